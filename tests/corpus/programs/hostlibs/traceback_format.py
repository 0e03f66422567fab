# versions: 2.7 3.6+
from __future__ import print_function

import sys
import traceback


def without_carets(text):
    """Tracebacks minus 3.11+'s position markers: the host's traceback module draws them
    by its own version's rules (3.13 marks calls that 3.11 leaves bare)."""
    return "\n".join(line for line in text.split("\n") if not (line.strip() and set(line.strip()) <= set("~^")))


def level3(data):
    return data["a"]["b"]


def level2(data):
    return level3(data)


def level1():
    return level2({"a": {}})


try:
    level1()
except KeyError:
    etype, value, tb = sys.exc_info()
    for entry in traceback.extract_tb(tb):
        print(entry[0], entry[1], entry[2], entry[3])
    print(without_carets(traceback.format_tb(tb, limit=1)[0]).rstrip())
    print(len(traceback.format_tb(tb)))
    print(without_carets("".join(traceback.format_tb(tb)[-1:])).rstrip())
    print(without_carets("".join(traceback.format_exception(etype, value, tb))).rstrip())
    print(traceback.format_exception_only(etype, value)[-1].rstrip())
