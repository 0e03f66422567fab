# versions: 3.12+
# itertools.batched (3.12) and its strict= (3.13), on hosts that lack either.
import itertools

print(list(itertools.batched("abcdefg", 3)))
print(list(itertools.batched(range(6), 2)))
print(list(itertools.batched([], 4)))
b = itertools.batched("abcd", 3)
print(type(b).__name__, next(b), next(b), next(b, "done"))
for args, kwargs in [(("abc", 0), {}), (("abc",), {}), (("abc", "2"), {}), (("abc", 2), {"strict": True}),
                     (("abcd", 2), {"strict": True}), (("abc", 2, True), {}), (("abc",), {"foo": 1}),
                     ((), {"iterable": "abc", "n": 2, "strict": 1}), (("abc",), {"iterable": "x", "n": 1})]:
    try:
        print(list(itertools.batched(*args, **kwargs)))
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
