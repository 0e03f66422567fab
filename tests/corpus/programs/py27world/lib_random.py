# versions: 2.7
# random as 2.7 computes it: seeding from ints, longs, strings, floats; 2.7's draws.
import random
for seed in (42, 0, 12345678901234567890L, -7, 'hello', u'abc', 3.5, (1, 2) and 'x'):
    random.seed(seed)
    print repr(seed), [random.randrange(100) for i in range(3)], random.randint(1, 6), random.choice('abcdef'),
    l = range(10); random.shuffle(l); print l, random.sample(range(100), 4), round(random.uniform(1, 2), 6), round(random.gauss(0, 1), 6), random.random()
r = random.Random(5); print r.randrange(0, 100, 7), r.sample(xrange(1000), 3), r.getrandbits(40), r.randrange(10**20)
random.seed(1); print random.sample(set([1,2,3]), 2) if False else random.sample([5,6,7,8,9,10,11,12], 7)
