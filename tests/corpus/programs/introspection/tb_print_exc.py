# versions: 2.7 3.6+
from __future__ import print_function

import sys
import traceback


def without_carets(text):
    """Tracebacks minus 3.11+'s position markers: the host's traceback module draws them
    by its own version's rules (3.13 marks calls that 3.11 leaves bare)."""
    return "\n".join(line for line in text.split("\n") if not (line.strip() and set(line.strip()) <= set("~^")))


class Account(object):
    def __init__(self, balance):
        self.balance = balance

    def withdraw(self, amount):
        if amount > self.balance:
            raise ValueError("insufficient funds: %d > %d" % (amount, self.balance))
        self.balance -= amount


def transfer(account, amount):
    account.withdraw(amount)


def ratio(values):
    return values[0] / values[1]


try:
    transfer(Account(10), 50)
except ValueError:
    print(without_carets(traceback.format_exc()).rstrip())

try:
    ratio([1, 0])
except ZeroDivisionError:
    print(without_carets(traceback.format_exc()).rstrip())

try:
    try:
        {}["missing"]
    except KeyError:
        raise RuntimeError("lookup failed")
except RuntimeError:
    etype, value, tb = sys.exc_info()
    print(without_carets("".join(traceback.format_exception(etype, value, tb))).rstrip())
    print(traceback.format_exception_only(etype, value))
    print([(s[2], s[1]) for s in traceback.extract_tb(tb)])
