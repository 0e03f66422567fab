# versions: 2.7 3.6+
def numbers():
    yield 1
    yield 2
    raise RuntimeError("generator broke")


def consume():
    for n in numbers():
        print("got %d" % n)


consume()
