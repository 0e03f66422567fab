# versions: 3.6+
try:
    {}["k"]
except KeyError as e:
    print(e.args, str(e), repr(e))
try:
    [].pop()
except IndexError as e:
    print(e.args)
try:
    int("nope")
except ValueError as e:
    print(e.args)
try:
    open("/nonexistent/dir/file.txt")
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e.strerror, e.filename)
    print(isinstance(e, OSError))
try:
    import no_such_module_xyz
except ImportError as e:
    print(type(e).__name__, e.name)
try:
    None.attr
except AttributeError as e:
    print(type(e).__name__)
try:
    raise StopIteration(42)
except StopIteration as e:
    print(e.value, e.args)
try:
    raise SystemExit(3)
except SystemExit as e:
    print("SystemExit code", e.code)
e = Exception("a", 2)
print(e.args, str(e))
print(str(Exception()), repr(Exception()))
print(str(Exception("one")))
e.args = ("changed",)
print(e)
e.custom = "attr"
print(e.custom)
try:
    1 / 0
except ZeroDivisionError as zde:
    tb = zde.__traceback__
    print(tb.tb_lineno, tb.tb_frame.f_code.co_name)
    print(type(tb).__name__)
try:
    del zde
except NameError:
    pass
try:
    print(zde)
except NameError:
    print("zde unbound after except block")
print(BaseException.__subclasses__ is not None)
print([c.__name__ for c in ZeroDivisionError.__mro__])
print(issubclass(KeyboardInterrupt, Exception), issubclass(KeyboardInterrupt, BaseException))
u = UnicodeDecodeError("utf-8", b"\xff", 0, 1, "bad byte")
print(u.encoding, u.object, u.start, u.end, u.reason)
print(str(u))
