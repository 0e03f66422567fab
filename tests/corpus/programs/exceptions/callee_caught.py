# versions: 2.7 3.6+
def parse_all(items):
    results = []
    for item in items:
        try:
            results.append(parse(item))
        except ValueError as e:
            results.append("err(%s)" % e)
    return results


def parse(s):
    return convert(s.strip())


def convert(s):
    if not s:
        raise ValueError("empty")
    return int(s)


print(parse_all(["1", " 2 ", "", "x3", "40"]))


def deep(n):
    if n == 0:
        raise LookupError("bottom reached")
    return deep(n - 1)


try:
    deep(50)
except LookupError as e:
    print("caught from depth: %s" % e)
import traceback
try:
    deep(3)
except LookupError:
    frames = traceback.extract_tb(__import__("sys").exc_info()[2])
    print([f[2] for f in frames])
    print(len(frames))


class Resource(object):
    def __init__(self, name):
        self.name = name

    def use(self, fail):
        if fail:
            raise IOError("%s failed" % self.name)
        return "%s ok" % self.name


def run(fail):
    r = Resource("res")
    try:
        return r.use(fail)
    finally:
        print("released %s" % r.name)


print(run(False))
try:
    run(True)
except IOError as e:
    print("caller got: %s" % e)


def callback_runner(cb):
    try:
        return cb()
    except ZeroDivisionError:
        return "runner caught"


print(callback_runner(lambda: 1 / 0))
print(callback_runner(lambda: "fine"))
print(list(map(lambda x: callback_runner(lambda: 10 // x), [1, 0, 5])))
