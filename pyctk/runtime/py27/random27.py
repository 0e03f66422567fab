"""2.7's ``random`` over the host's Mersenne Twister (``_random``): the generator's core
(``random()``, ``getrandbits``, the state) is the same C code in 2.7 and 3.x, but 2.7
seeds a non-integer by its 2.7 hash and its ``random.py`` draws integers as
``int(random() * n)`` (3.x: ``_randbelow`` with ``getrandbits``). These are 2.7's
``random.py`` algorithms, used when the guest runs on the host's standard library."""

from __future__ import annotations

import _random
import math
import os

from pyctk.runtime.py27.hash27 import hash27
from pyctk.runtime.py27.kinds import Long27

BPF = 53
_MAXWIDTH = 1 << BPF
_MASK64 = (1 << 64) - 1
TWOPI = 2.0 * math.pi
LOG4 = math.log(4.0)
NV_MAGICCONST = 4 * math.exp(-0.5) / math.sqrt(2.0)
SG_MAGICCONST = 1.0 + math.log(4.5)


def _seed27(a) -> int:
    """The integer 2.7's ``_random`` seeds with for ``a``."""
    if a is None:
        return int.from_bytes(os.urandom(2500), "big")
    if not isinstance(a, int):
        return hash27(a) & _MASK64  # (unsigned long)hash
    return a


class CoreRandom(_random.Random):
    """2.7's ``_random.Random``: a non-integer seed is its 2.7 hash, read as unsigned;
    ``getrandbits`` of more than 32 bits is a ``long``."""

    def seed(self, a=None):
        super().seed(_seed27(a))

    def getrandbits(self, k):
        r = super().getrandbits(k)
        return Long27(r) if k > 32 else r


class Random(_random.Random):
    """2.7's ``random.Random``."""

    VERSION = 3

    def __init__(self, x=None):
        self.seed(x)
        self.gauss_next = None

    def seed(self, a=None):
        super().seed(_seed27(a))
        self.gauss_next = None

    def getstate(self):
        return self.VERSION, super().getstate(), self.gauss_next

    def setstate(self, state):
        version = state[0]
        if version != 3:
            raise ValueError("state with version %s passed to Random.setstate() of version %s" % (version, self.VERSION))
        _, internalstate, self.gauss_next = state
        super().setstate(tuple(int(x) for x in internalstate))

    def jumpahead(self, n):
        raise NotImplementedError("jumpahead() is not reproduced by pyctk")

    def randrange(self, start, stop=None, step=1):
        istart = int(start)
        if istart != start:
            raise ValueError("non-integer arg 1 for randrange()")
        if stop is None:
            if istart > 0:
                if istart >= _MAXWIDTH:
                    return self._randbelow(istart)
                return int(self.random() * istart)
            raise ValueError("empty range for randrange()")
        istop = int(stop)
        if istop != stop:
            raise ValueError("non-integer stop for randrange()")
        width = istop - istart
        if step == 1 and width > 0:
            if width >= _MAXWIDTH:
                return _int27(istart + self._randbelow(width))
            return _int27(istart + int(self.random() * width))
        if step == 1:
            raise ValueError("empty range for randrange() (%d,%d, %d)" % (istart, istop, width))
        istep = int(step)
        if istep != step:
            raise ValueError("non-integer step for randrange()")
        if istep > 0:
            n = (width + istep - 1) // istep
        elif istep < 0:
            n = (width + istep + 1) // istep
        else:
            raise ValueError("zero step for randrange()")
        if n <= 0:
            raise ValueError("empty range for randrange()")
        if n >= _MAXWIDTH:
            return _int27(istart + istep * self._randbelow(n))
        return _int27(istart + istep * int(self.random() * n))

    def randint(self, a, b):
        return self.randrange(a, b + 1)

    def _randbelow(self, n):
        k = int(1.00001 + math.log(n - 1, 2.0))
        r = self.getrandbits(k)
        while r >= n:
            r = self.getrandbits(k)
        return _int27(r)

    def choice(self, seq):
        return seq[int(self.random() * len(seq))]

    def shuffle(self, x, random=None):
        if random is None:
            random = self.random
        for i in reversed(range(1, len(x))):
            j = int(random() * (i + 1))
            x[i], x[j] = x[j], x[i]

    def sample(self, population, k):
        n = len(population)
        if not 0 <= k <= n:
            raise ValueError("sample larger than population")
        random = self.random
        result = [None] * k
        setsize = 21
        if k > 5:
            setsize += 4 ** math.ceil(math.log(k * 3, 4))
        if n <= setsize or hasattr(population, "keys"):
            pool = list(population)
            for i in range(k):
                j = int(random() * (n - i))
                result[i] = pool[j]
                pool[j] = pool[n - i - 1]
        else:
            try:
                selected = set()
                for i in range(k):
                    j = int(random() * n)
                    while j in selected:
                        j = int(random() * n)
                    selected.add(j)
                    result[i] = population[j]
            except (TypeError, KeyError):
                if isinstance(population, list):
                    raise
                return self.sample(tuple(population), k)
        return result

    def uniform(self, a, b):
        return a + (b - a) * self.random()

    def triangular(self, low=0.0, high=1.0, mode=None):
        u = self.random()
        try:
            c = 0.5 if mode is None else (mode - low) / (high - low)
        except ZeroDivisionError:
            return low
        if u > c:
            u = 1.0 - u
            c = 1.0 - c
            low, high = high, low
        return low + (high - low) * (u * c) ** 0.5

    def normalvariate(self, mu, sigma):
        random = self.random
        while 1:
            u1 = random()
            u2 = 1.0 - random()
            z = NV_MAGICCONST * (u1 - 0.5) / u2
            zz = z * z / 4.0
            if zz <= -math.log(u2):
                break
        return mu + z * sigma

    def lognormvariate(self, mu, sigma):
        return math.exp(self.normalvariate(mu, sigma))

    def expovariate(self, lambd):
        return -math.log(1.0 - self.random()) / lambd

    def gauss(self, mu, sigma):
        random = self.random
        z = self.gauss_next
        self.gauss_next = None
        if z is None:
            x2pi = random() * TWOPI
            g2rad = math.sqrt(-2.0 * math.log(1.0 - random()))
            z = math.cos(x2pi) * g2rad
            self.gauss_next = math.sin(x2pi) * g2rad
        return mu + z * sigma

    def betavariate(self, alpha, beta):
        y = self.gammavariate(alpha, 1.0)
        if y == 0:
            return 0.0
        return y / (y + self.gammavariate(beta, 1.0))

    def paretovariate(self, alpha):
        u = 1.0 - self.random()
        return 1.0 / pow(u, 1.0 / alpha)

    def weibullvariate(self, alpha, beta):
        u = 1.0 - self.random()
        return alpha * pow(-math.log(u), 1.0 / beta)

    def gammavariate(self, alpha, beta):
        if alpha <= 0.0 or beta <= 0.0:
            raise ValueError("gammavariate: alpha and beta must be > 0.0")
        random = self.random
        if alpha > 1.0:
            ainv = math.sqrt(2.0 * alpha - 1.0)
            bbb = alpha - LOG4
            ccc = alpha + ainv
            while 1:
                u1 = random()
                if not 1e-7 < u1 < .9999999:
                    continue
                u2 = 1.0 - random()
                v = math.log(u1 / (1.0 - u1)) / ainv
                x = alpha * math.exp(v)
                z = u1 * u1 * u2
                r = bbb + ccc * v - x
                if r + SG_MAGICCONST - 4.5 * z >= 0.0 or r >= math.log(z):
                    return x * beta
        elif alpha == 1.0:
            u = random()
            while u <= 1e-7:
                u = random()
            return -math.log(u) * beta
        else:
            while 1:
                u = random()
                b = (math.e + alpha) / math.e
                p = b * u
                if p <= 1.0:
                    x = p ** (1.0 / alpha)
                else:
                    x = -math.log((b - p) / alpha)
                u1 = random()
                if p > 1.0:
                    if u1 <= x ** (alpha - 1.0):
                        break
                elif u1 <= math.exp(-x):
                    break
            return x * beta


def _int27(value):
    return Long27(value) if value > (1 << 63) - 1 or value < -(1 << 63) else value


class SystemRandom(Random):
    def random(self):
        return (int.from_bytes(os.urandom(7), "big") >> 3) * (2.0 ** -BPF)

    def getrandbits(self, k):
        if k <= 0:
            raise ValueError("number of bits must be greater than zero")
        numbytes = (k + 7) // 8
        return int.from_bytes(os.urandom(numbytes), "big") >> (numbytes * 8 - k)

    def seed(self, *args, **kwds):
        return None


def module_functions():
    """The module-level names of 2.7's ``random``, bound to one hidden instance."""
    inst = Random()
    names = ("seed", "random", "uniform", "triangular", "randint", "choice", "randrange", "sample", "shuffle",
             "normalvariate", "lognormvariate", "expovariate", "gammavariate", "gauss", "betavariate",
             "paretovariate", "weibullvariate", "getstate", "setstate", "jumpahead", "getrandbits")
    table = {name: getattr(inst, name) for name in names}
    table.update(Random=Random, SystemRandom=SystemRandom, WichmannHill=None, _inst=inst,
                 BPF=BPF, TWOPI=TWOPI, LOG4=LOG4, NV_MAGICCONST=NV_MAGICCONST, SG_MAGICCONST=SG_MAGICCONST)
    del table["WichmannHill"]
    return table
