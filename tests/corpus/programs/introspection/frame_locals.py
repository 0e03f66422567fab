# versions: 2.7 3.6+
from __future__ import print_function

import sys


def show(frame):
    return sorted((k, "<function>" if callable(v) else v) for k, v in frame.f_locals.items() if not k.startswith("__"))


def func(x, *args, **kwargs):
    y = x * 2
    print(show(sys._getframe()))
    caller = sys._getframe(1)
    print("caller has", sorted(k for k in caller.f_locals if k in ("a", "b")))
    return y


def closure():
    captured = "c"

    def use():
        return captured + "!"

    print(show(sys._getframe()))
    return use()


def run():
    a = 1
    b = "two"
    func(a, 3, k=b)
    print(closure())


run()
frame = sys._getframe()
print("module locals is globals", frame.f_locals is globals())
print("builtins", frame.f_builtins["len"]("abc"))
print("trace", frame.f_trace)
print("lasti int", isinstance(frame.f_lasti, int) and frame.f_lasti >= 0)
