# versions: 2.7 3.6+
# Exceptions passed on inside hot (translated) functions: an except clause that does
# not match, a finally the exception runs through, a bare raise, a with block whose
# __exit__ declines it, a finally that returns or breaks (dropping it), and handlers
# that keep values on the stack below them. Each is raised again where a handler of
# the same frame takes it: what that handler sees (the exception, sys.exc_info, the
# traceback's lines, what stays on the stack) must be CPython's.
from __future__ import print_function

import sys
import traceback


class Soft(Exception):
    pass


class Hard(Exception):
    pass


class Declines(object):
    def __init__(self, log):
        self.log = log

    def __enter__(self):
        return self

    def __exit__(self, kind, value, tb):
        self.log.append(kind.__name__ if kind else None)
        return False


def raise_for(i):
    if i % 3 == 0:
        raise Soft(i)
    if i % 3 == 1:
        raise Hard(i)
    raise KeyError(i)


def no_match(i, log):
    try:
        try:
            raise_for(i)
        except Soft:
            log.append("soft")
        except ValueError:
            log.append("never")
    except Hard as e:
        log.append(("hard", e.args[0] % 7, len(traceback.extract_tb(sys.exc_info()[2]))))
    except LookupError as e:
        log.append(("lookup", type(e).__name__))
    return len(log)


def through_finally(i, log):
    try:
        try:
            try:
                raise_for(i)
            finally:
                log.append("inner")
        finally:
            log.append("outer")
    except Exception as e:
        log.append(type(e).__name__)
        log.append([entry[1] for entry in traceback.extract_tb(sys.exc_info()[2])])
        return sys.exc_info()[0].__name__


def bare_raise(i):
    try:
        try:
            raise_for(i)
        except Exception:
            raise
    except Exception:
        tb = sys.exc_info()[2]
        lines = [entry[1] for entry in traceback.extract_tb(tb)]
        return len(lines), lines[-1] - lines[0]


def with_declined(i, log):
    try:
        with Declines(log):
            raise_for(i)
    except Exception as e:
        return type(e).__name__


def finally_returns(i):
    try:
        raise_for(i)
    finally:
        return -i  # the exception is dropped


def finally_breaks(n):
    total = 0
    for i in range(n):
        try:
            try:
                raise_for(i)
            finally:
                total += i
                if i >= 2:
                    break  # the exception is dropped
        except Exception:
            total += 100  # before: passed on
    return total


def kept_below(i):
    # the handler runs with the tuple being built and the loop's iterator below it
    return [(k, _guarded(k + i)) for k in range(3)]


def _guarded(k):
    try:
        try:
            raise_for(k)
        finally:
            k += 1
    except (Soft, Hard):
        return ("sh", k)
    except KeyError:
        return ("key", k)


def main():
    counts = {}
    log = []
    lines = set()
    for i in range(1500):
        del log[:]
        counts["no_match"] = counts.get("no_match", 0) + no_match(i, log)
        name = through_finally(i, log)
        counts[name] = counts.get(name, 0) + len(log)
        depth, span = bare_raise(i)
        lines.add((depth, span))
        counts[with_declined(i, log)] = counts.get(with_declined(i, log), 0) + 1
        counts["finally_returns"] = counts.get("finally_returns", 0) + finally_returns(i)
        counts["finally_breaks"] = counts.get("finally_breaks", 0) + finally_breaks(5)
        for k, value in kept_below(i):
            counts[value[0]] = counts.get(value[0], 0) + value[1] + k
    for key in sorted(counts):
        print(key, counts[key])
    print(sorted(lines))
    print(log[-4:])
    print(sys.exc_info())


main()
