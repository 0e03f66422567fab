# versions: 3.6 3.8 3.10 3.11 3.12 3.13
# needs: own-stdlib
# IntEnum's str() and format() (3.11: the value), Flag reprs and combinations (3.11:
# new forms), an Enum's repr, errors looking up a bad value.
import enum


class Color(enum.Enum):
    RED = 1
    GREEN = 2


class Number(enum.IntEnum):
    ONE = 1
    TWO = 2


class Perm(enum.IntFlag):
    R = 4
    W = 2
    X = 1


print(repr(Color.RED), str(Color.RED), format(Color.RED), "{}".format(Color.GREEN))
print(repr(Number.ONE), str(Number.ONE), format(Number.TWO), "{:>4}".format(Number.ONE), Number.ONE + 1)
print(repr(Perm.R | Perm.W), str(Perm.R | Perm.X))
print(repr(Perm(0)), repr(Perm(7)))
print([m.name for m in Color], list(Number.__members__))
try:
    Color(3)
except ValueError as e:
    print("ValueError:", e)
print(Color["GREEN"] is Color.GREEN, Color.RED in Color)
