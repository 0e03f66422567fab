# versions: 2.7 3.6+
from __future__ import print_function

import json
import os
import sys
import traceback


def parse(text):
    return json.loads(text)


def load(text):
    return parse(text)


try:
    load("{bad")
except ValueError:
    tb = sys.exc_info()[2]
    while tb is not None:
        code = tb.tb_frame.f_code
        name = os.path.basename(code.co_filename)
        if name.startswith("tb_"):
            print("guest", name, tb.tb_lineno, code.co_name)
        else:
            print("library", name, code.co_name)
        tb = tb.tb_next
    entries = traceback.extract_tb(sys.exc_info()[2])
    print([(os.path.basename(e[0]), e[2]) for e in entries])


def fail(items):
    return items["key"]


def call_fail():
    return fail({})


try:
    call_fail()
except KeyError:
    tb = sys.exc_info()[2]
    lines = []
    while tb is not None:
        lines.append((tb.tb_frame.f_code.co_name, tb.tb_lineno, tb.tb_frame.f_globals is globals()))
        tb = tb.tb_next
    print(lines)
    print(traceback.format_exc().splitlines()[-1])
