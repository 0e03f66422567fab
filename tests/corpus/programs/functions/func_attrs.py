# versions: 3.6+
def outer():
    def inner():
        pass
    return inner
class K:
    def method(self):
        def local():
            pass
        return local
    class Nested:
        def deep(self):
            pass
print(outer.__name__, outer.__qualname__)
print(outer().__name__, outer().__qualname__)
print(K.method.__qualname__)
print(K().method().__qualname__)
print(K.Nested.deep.__qualname__)
print(K.Nested.__qualname__)
print((lambda: 0).__qualname__)
print(outer.__module__)
def documented(a, b=1, *c, d, **e):
    "The doc."
    x = a + b
    return x
print(documented.__doc__)
co = documented.__code__
print(co.co_name, co.co_argcount, co.co_kwonlyargcount, co.co_nlocals)
print(co.co_varnames)
print(documented.__defaults__, documented.__kwdefaults__)
documented.custom = "attr"
print(documented.custom)
print(sorted(k for k in documented.__dict__))
def f():
    pass
f.__name__ = "renamed"
print(f.__name__, f.__qualname__)
f.__qualname__ = "Q.renamed"
print(f.__qualname__)
print(callable(f), callable(1))
print(type(f).__name__)
print(K.method.__name__)
print(type(K().method).__name__)
bm = K().method
print(bm.__func__ is K.method)
print(bm.__self__.__class__.__name__)
