# versions: 3.6+
# The messages of failed calls, which change from version to version.
def f(*a, **k):
    return a, k


def g(x, y=1, *, z):
    return x, y, z


class K:
    def m(self, x):
        return x


attempts = [
    lambda: f(*1),
    lambda: f(**1),
    lambda: f(**{"a": 1}, **{"a": 2}),
    lambda: f(a=1, **{"a": 2}),
    lambda: print(*5),
    lambda: print(**[]),
    lambda: K().m(*None),
    lambda: g(),
    lambda: g(1),
    lambda: g(1, 2, 3),
    lambda: g(1, 2, 3, z=4),
    lambda: g(1, x=2, z=3),
    lambda: g(1, w=2, z=3),
    lambda: f(**{1: 2}),
    lambda: K.m(),
    lambda: K().m(1, 2),
]
for attempt in attempts:
    try:
        attempt()
    except TypeError as e:
        print(e)
