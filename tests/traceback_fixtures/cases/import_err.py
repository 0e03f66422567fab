# versions: 2.7 3.6+
try:
    import no_such_module_here
except ImportError:
    from os import pathh
