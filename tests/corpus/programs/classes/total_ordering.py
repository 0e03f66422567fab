# versions: 2.7 3.6+
import functools


@functools.total_ordering
class Card(object):
    order = "23456789TJQKA"

    def __init__(self, rank, suit):
        self.rank = rank
        self.suit = suit

    def _key(self):
        return (self.order.index(self.rank), self.suit)

    def __eq__(self, other):
        return self._key() == other._key()

    def __lt__(self, other):
        return self._key() < other._key()

    def __hash__(self):
        return hash(self._key())

    def __repr__(self):
        return self.rank + self.suit


a = Card("K", "s")
b = Card("3", "h")
c = Card("K", "s")
print(a > b)
print(a >= c)
print(b <= a)
print(a != b)
print(a == c)
print(b > a)
hand = [Card(r, s) for r, s in ["Ah", "2c", "Td", "2b", "Ks", "9h"]]
print(sorted(hand))
print(max(hand))
print(min(hand))
print(sorted(hand, reverse=True))


class Guest(object):
    def __init__(self, n, label):
        self.n = n
        self.label = label

    def __lt__(self, other):
        print("lt %s %s" % (self.label, other.label))
        return self.n < other.n

    def __repr__(self):
        return "%s%d" % (self.label, self.n)


gs = [Guest(3, "c"), Guest(1, "a"), Guest(2, "b"), Guest(1, "d")]
print(sorted(gs))
gs.sort(reverse=True)
print(gs)
print(max(gs, key=lambda g: g.n))
import heapq
h = []
for g in [Guest(5, "x"), Guest(2, "y"), Guest(8, "z")]:
    heapq.heappush(h, g)
print(heapq.heappop(h))
