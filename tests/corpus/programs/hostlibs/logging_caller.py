# versions: 2.7 3.6+
from __future__ import print_function

import logging
import sys


def without_carets(text):
    """Tracebacks minus 3.11+'s position markers: the host's traceback module draws them
    by its own version's rules (3.13 marks calls that 3.11 leaves bare)."""
    return "\n".join(line for line in text.split("\n") if not (line.strip() and set(line.strip()) <= set("~^")))

handler = logging.StreamHandler(sys.stdout)
class Formatter(logging.Formatter):
    def formatException(self, ei):
        return without_carets(logging.Formatter.formatException(self, ei))


handler.setFormatter(Formatter("%(filename)s:%(lineno)d %(funcName)s %(module)s %(levelname)s %(message)s"))
log = logging.getLogger("app")
log.addHandler(handler)
log.setLevel(logging.DEBUG)
log.propagate = False


def connect(host):
    log.info("connecting to %s", host)
    if host == "bad":
        log.warning("refused: %s", host)
    return host


class Client(object):
    def __init__(self):
        log.debug("client made")

    def send(self, data):
        log.error("send failed: %r", data)


def fail():
    return 1 / 0


connect("good")
connect("bad")
Client().send("x")
log.info("module level")
try:
    fail()
except ZeroDivisionError:
    log.exception("fail() raised")
logging.getLogger("app.child").info("child logger")
