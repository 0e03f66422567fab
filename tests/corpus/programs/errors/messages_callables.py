# versions: 2.7 3.6+
# needs: host-words
# Errors whose words depend on the built-in called (chr and range, getattr and hasattr),
# on the instruction (a failed attribute store, load or del), and pyctk's own built-ins.


def show(label, thunk):
    try:
        thunk()
    except Exception as e:
        print("%s: %s: %s" % (label, type(e).__name__, e))
    else:
        print("%s: ok" % label)


def del_attr():
    x = 1
    del x.foo


def set_attr():
    x = 1
    x.foo = 2


def get_attr():
    x = 1
    return x.foo


show("chr str", lambda: chr('a'))
show("chr float", lambda: chr(1.5))
show("chr list", lambda: chr([1]))
show("range str", lambda: range('a'))
show("getattr", lambda: getattr(1, 1))
show("hasattr", lambda: hasattr(1, 1))
show("setattr", lambda: setattr(1, 'foo', 1))
show("delattr", lambda: delattr(1, 'foo'))
show("del attr", del_attr)
show("set attr", set_attr)
show("get attr", get_attr)
show("super", lambda: super(1))
show("eval", lambda: eval(1))
show("dir kw", lambda: dir(x=1))
show("join", lambda: 'abc'.join())
show("copy", lambda: [1].copy(1) if hasattr([], 'copy') else [].sort(1))
show("capitalize", lambda: 'abc'.capitalize(None))
show("count kw", lambda: 'abc'.count(x=1))
show("bit_length", lambda: (1).bit_length(1))
