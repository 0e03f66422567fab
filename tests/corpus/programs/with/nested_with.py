# versions: 2.7 3.6+
log = []


class CM(object):
    def __init__(self, name, fail_enter=False, fail_exit=False):
        self.name = name
        self.fail_enter = fail_enter
        self.fail_exit = fail_exit

    def __enter__(self):
        log.append("enter " + self.name)
        if self.fail_enter:
            raise RuntimeError("enter failed " + self.name)
        return self

    def __exit__(self, et, ev, tb):
        log.append("exit %s %s" % (self.name, et.__name__ if et else None))
        if self.fail_exit:
            raise KeyError("exit failed " + self.name)
        return False


def show(title):
    print(title)
    for entry in log:
        print("  " + entry)
    del log[:]


with CM("a"), CM("b"), CM("c"):
    log.append("body")
show("three managers")
try:
    with CM("a"), CM("b", fail_enter=True), CM("c"):
        log.append("body")
except RuntimeError as e:
    log.append("caught %s" % e)
show("enter failure")
try:
    with CM("a"):
        with CM("b", fail_exit=True):
            raise ValueError("body")
except KeyError as e:
    log.append("caught %r" % (e,))
show("exit failure replaces exception")


def gen():
    with CM("gen"):
        yield 1
        yield 2


for v in gen():
    log.append("got %d" % v)
show("with in generator")
g = gen()
next(g)
g.close()
show("closed generator")
for i in range(2):
    with CM("outer%d" % i):
        for j in range(3):
            with CM("inner%d" % j):
                if j == 1:
                    break
show("loops")
