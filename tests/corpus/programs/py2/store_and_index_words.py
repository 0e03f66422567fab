# versions: 2.7
# 2.7's rules where a 3.x host's own differ: marshal round-trips str and unicode; with
# looks __exit__ up first; a dict is no sequence to reversed; read-only names; slices are
# unhashable; the words of a failed subscript, del and splitlines' argument.
import marshal


class New(object):
    pass


class Old:
    pass


def gen():
    yield 1


def attempt(label, thunk):
    try:
        value = thunk()
        print label, value
    except Exception as e:
        print label, type(e).__name__, e


data = marshal.dumps((1, "s", u"u", [2.5, None], {"k": (True, long("1" + "0" * 30))}))
print type(data).__name__, repr(marshal.loads(data))
attempt("loads empty", lambda: marshal.loads(""))

def exec_with(manager):
    with manager:
        pass


attempt("with int", lambda: exec_with(1))
attempt("reversed dict", lambda: reversed({1: 2}))
attempt("reversed list", lambda: list(reversed([1, 2])))

g = gen()
attempt("generator name", lambda: setattr(g, "__name__", "h"))
attempt("class doc", lambda: setattr(New, "__doc__", "d"))
attempt("builtin doc", lambda: setattr(int, "__doc__", "d"))
Old.__doc__ = "old"
print Old.__doc__
attempt("function dict", lambda: setattr(gen, "__dict__", 1))

for key in (1.5, None, New(), Old(), [1]):
    attempt("str index", lambda: "ab"[key])
    attempt("unicode index", lambda: u"ab"[key])
attempt("list index", lambda: [1][Old()])

def delete_x(obj):
    del obj.x


fresh = New()
attempt("del fresh", lambda: delete_x(fresh))
fresh.y = 1
attempt("del used", lambda: delete_x(fresh))
attempt("del old", lambda: delete_x(Old()))
attempt("del class", lambda: delete_x(New))
attempt("del old class", lambda: delete_x(Old))
attempt("del function", lambda: delete_x(gen))

attempt("hash slice", lambda: hash(slice(1)))
attempt("dict slice", lambda: {}[1:2])
attempt("dict slice key", lambda: {}[::2])
attempt("splitlines None", lambda: "a\nb".splitlines(None))
attempt("splitlines float", lambda: "a\nb".splitlines(1.5))
attempt("splitlines", lambda: u"a\nb".splitlines(1))
