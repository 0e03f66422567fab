# versions: 3.6+
# (Not 2.7: its traceback belongs to sys.exc_info, which keeps a callee frame until the
# handling frame returns; pyctk does not model that yet.)
# When frames, exceptions and their locals are released: `except E as e` ends e; a callee's
# locals live as long as the exception whose traceback holds its frame; a generator's locals
# go when it finishes or is closed; a handled exception does not outlive its handler.
import sys

log = []


class Res(object):
    def __init__(self, name):
        self.name = name

    def __del__(self):
        log.append("del " + self.name)


class Carrier(Exception):
    pass


def show(title):
    print(title, log)
    del log[:]


# The exception holds a resource; `except ... as e` releases it at the handler's end.
def carrier_dies():
    try:
        raise Carrier(Res("carried"))
    except Carrier as e:
        log.append("handling " + e.args[0].name)
    log.append("after except")


carrier_dies()
show("except-as:")


# A callee's local lives while the exception (its traceback) does.
def raiser():
    r = Res("callee-local")
    raise KeyError("k")


def caller():
    try:
        raiser()
    except KeyError:
        log.append("caught in caller")
    log.append("after handler")


caller()
show("callee frame:")


# Kept exception: the callee's locals stay alive with it.
kept = []


def keep():
    try:
        raiser()
    except KeyError as e:
        kept.append(e)


keep()
log.append("exception kept")
del kept[:]
log.append("exception dropped")
show("kept exception:")


# Generators: locals released when the generator finishes or is closed.
def gen():
    r = Res("gen-local")
    yield 1
    yield 2


g = gen()
next(g)
log.append("suspended")
g.close()
log.append("closed")
show("generator close:")
g = gen()
list(g)
log.append("exhausted")
show("generator done:")


# sys.exc_info() is empty again after the handler, so nothing keeps the exception.
def handled_then_checked():
    try:
        raise Carrier(Res("handled"))
    except Carrier:
        pass
    log.append("exc_info empty: %s" % (sys.exc_info()[0] is None))


handled_then_checked()
show("exc_info after handler:")
