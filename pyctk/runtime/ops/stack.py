"""Value-stack shuffling."""

from __future__ import annotations

from pyctk.runtime.ops import fusable


def nop(frame, arg):
    pass


def pop_top(frame, arg):
    frame.stack.pop()


def rot_two(frame, arg):
    s = frame.stack
    s[-1], s[-2] = s[-2], s[-1]


def rot_three(frame, arg):
    s = frame.stack
    s[-1], s[-2], s[-3] = s[-2], s[-3], s[-1]


def rot_four(frame, arg):
    s = frame.stack
    s[-1], s[-2], s[-3], s[-4] = s[-2], s[-3], s[-4], s[-1]


def rot_n(frame, n):
    s = frame.stack
    s.insert(len(s) - n, s.pop())


def dup_top(frame, arg):
    s = frame.stack
    s.append(s[-1])


def dup_top_two(frame, arg):
    s = frame.stack
    s.extend(s[-2:])


def copy(frame, n):
    s = frame.stack
    s.append(s[-n])


def swap(frame, n):
    s = frame.stack
    s[-1], s[-n] = s[-n], s[-1]


# runtime/fuse.py does these on its virtual stack.
fusable(("nop",), nop)
fusable(("pop",), pop_top)
fusable(("dup",), dup_top)
fusable(("dup2",), dup_top_two)
fusable(("rot", 2), rot_two)
fusable(("rot", 3), rot_three)
fusable(("rot", 4), rot_four)
fusable(("copy",), copy)
fusable(("swap",), swap)
