# versions: 2.7 3.6+
# The guest's own IndexError and KeyError, raised inside the VM's handlers by operations
# on the guest's values, stay the guest's (pyctk tells them from stack underflow, which
# raises the same IndexError inside a handler: pyctk/runtime/faults.py).
from __future__ import print_function


def attempt(label, thunk):
    try:
        thunk()
    except (IndexError, KeyError) as e:
        print(label, type(e).__name__, e)


empty = []
attempt("subscript", lambda: empty[1])
attempt("negative", lambda: empty[-1])
attempt("pop", lambda: empty.pop())
attempt("pop index", lambda: [1, 2].pop(5))
attempt("tuple", lambda: ()[0])
attempt("string", lambda: ""[-1])
attempt("dict", lambda: {}["k"])
attempt("set pop", lambda: set().pop())
attempt("next of pop", lambda: [[].pop for _ in range(1)][0]())


class Seq(object):
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError("seq ends")
        return i * 10


print(list(Seq()))
attempt("custom", lambda: Seq()[7])
a, b, c = Seq()
print(a, b, c)


def raises():
    raise IndexError("pop from empty list")


attempt("raised", raises)


def stack_like():
    stack = [1]
    stack.pop()
    return stack.pop()


attempt("method", stack_like)


def gen():
    try:
        yield 1
    except IndexError as e:
        print("in generator", e)
    yield 2


g = gen()
next(g)
print(g.throw(IndexError("thrown in")))
g = gen()
next(g)
next(g)
attempt("thrown through", lambda: g.throw(IndexError("thrown through")))
print([].pop())
