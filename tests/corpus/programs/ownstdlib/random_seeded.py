# versions: 2.7 3.6 3.13
# needs: own-stdlib
# A seeded random sequence is its version's: 2.7's randint/choice/shuffle draw
# differently from 3.x's (_randbelow).
from __future__ import print_function

import random

random.seed(42)
print([random.randint(1, 100) for _ in range(6)])
print(random.choice("abcdefgh"), random.randrange(0, 1000, 7))
items = list(range(10))
random.shuffle(items)
print(items)
print(random.sample(range(100), 5))
print(round(random.random(), 10), round(random.uniform(1, 2), 10))
r = random.Random(7)
print([r.randint(0, 9) for _ in range(8)])
