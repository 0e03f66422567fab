# versions: 2.7
# needs: own-stdlib
# 2.7's heapq orders any two values (None below numbers, numbers below other types) and
# classes with only __cmp__ or __le__ (its C module's cmp_lt). With 2.7's own library the
# guest's heapq.py runs over pyctk's _heapq; the host's (--stdlib host) compares as 3.x.
import heapq


class Le(object):
    def __init__(self, v):
        self.v = v

    def __le__(self, other):
        return self.v <= other.v

    def __repr__(self):
        return "Le(%d)" % self.v


class Cmp:
    def __init__(self, v):
        self.v = v

    def __cmp__(self, other):
        return cmp(self.v, other.v)

    def __repr__(self):
        return "Cmp(%d)" % self.v


def attempt(label, thunk):
    try:
        value = thunk()
        print label, value
    except Exception as e:
        print label, type(e).__name__, e


tasks = []
for item in [(2, "write"), (1, None), (1, "read"), (3, u"uni"), (2, 2.5)]:
    heapq.heappush(tasks, item)
print [heapq.heappop(tasks) for _ in range(len(tasks))]
mixed = [3, "a", None, 1.5, (1,), u"b"]
heapq.heapify(mixed)
print sorted(mixed), mixed[0]
for cls in (Le, Cmp):
    h = [cls(v) for v in (5, 1, 4, 2, 3)]
    heapq.heapify(h)
    print h[0], heapq.heappushpop(h, cls(0)), heapq.heapreplace(h, cls(9)), [x.v for x in h]
print heapq.nsmallest(2, [Cmp(v) for v in (5, 1, 4)])
print heapq.nlargest(3, [(1, "b"), (1, None), (2, "a"), (1, "a")]), heapq.nsmallest(2, ["x", 1, None])
print list(heapq.merge([1, "z"], [None, 2]))
attempt("pop empty", lambda: heapq.heappop([]))
attempt("push tuple", lambda: heapq.heappush((), 1))

