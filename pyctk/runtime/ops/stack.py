"""Value-stack shuffling."""

from __future__ import annotations

import attrs

from pyctk.runtime.ops import Kind, effect, fusable


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
    s.extend((s[-2], s[-1]))  # not s[-2:]: a stack of one value is bad bytecode (faults.py)


def copy(frame, n):
    s = frame.stack
    s.append(s[-n])


def swap(frame, n):
    s = frame.stack
    s[-1], s[-n] = s[-n], s[-1]


# -- in a superinstruction: on runtime/fuse.py's virtual stack ------------------------------


@attrs.frozen
class Nop(Kind):
    constant_effect = 0

    def describe(self, handler, operand):
        return (Nop,), ()

    @staticmethod
    def write(w, part) -> bool:
        return False


@attrs.frozen
class Pop(Kind):
    constant_effect = -1

    def describe(self, handler, operand):
        return (Pop,), ()

    @staticmethod
    def write(w, part) -> bool:
        if w.vstack:
            w.vstack.pop()
        else:
            w.mark()
            w.emit("s.pop()")
        return False


class _Shuffle(Kind):
    """Stack shuffles on the virtual stack; on the value stack, as the handlers do them
    (with their faults on a short stack), when the virtual one is not deep enough."""

    constant_effect = 0  # how many values it adds

    def describe(self, handler, operand):
        return (type(self), operand), ()

    @classmethod
    def write(cls, w, part) -> bool:
        depth = part[1]
        v = w.vstack
        if not 0 < depth <= len(v):
            w.spill()
            w.mark()
            w.emit(cls.on_stack(depth))
        else:
            cls.on_vstack(v, depth)
        return False


@attrs.frozen
class Dup(_Shuffle):
    """DUP_TOP (depth 1) and COPY n."""

    constant_effect = 1
    depth: int | None = None  # None: the operand is the depth (COPY)

    def describe(self, handler, operand):
        return (Dup, self.depth or operand), ()

    @staticmethod
    def on_stack(n):
        return "s.append(s[-1])" if n == 1 else f"s.append(s[-{n}])"

    @staticmethod
    def on_vstack(v, n):
        v.append(v[-n])


@attrs.frozen
class Dup2(_Shuffle):
    constant_effect = 2

    def describe(self, handler, operand):
        return (Dup2, 2), ()

    @staticmethod
    def on_stack(n):
        return "s.extend((s[-2], s[-1]))"

    @staticmethod
    def on_vstack(v, n):
        v.extend(v[-2:])


@attrs.frozen
class DupTop(_Shuffle):
    """2.7's DUP_TOPX n: the top n values again."""

    def stack_effect(self, arg, jump):
        return arg

    @staticmethod
    def on_stack(n):
        return f"s.extend(s[-{n}:]) if len(s) >= {n} else s[-{n}]"  # (too short: as dup_topx)

    @staticmethod
    def on_vstack(v, n):
        v.extend(v[-n:])


@attrs.frozen
class Swap(_Shuffle):
    @staticmethod
    def on_stack(n):
        return f"s[-1], s[-{n}] = s[-{n}], s[-1]"

    @staticmethod
    def on_vstack(v, n):
        v[-1], v[-n] = v[-n], v[-1]


@attrs.frozen
class Rot(_Shuffle):
    """ROT_TWO/THREE/FOUR: the top goes down ``depth - 1`` places."""

    depth: int

    def describe(self, handler, operand):
        return (Rot, self.depth), ()

    @staticmethod
    def on_stack(n):
        places = ", ".join(f"s[-{k}]" for k in range(1, n + 1))
        moved = ", ".join([f"s[-{k}]" for k in range(2, n + 1)] + ["s[-1]"])
        return f"{places} = {moved}"

    @staticmethod
    def on_vstack(v, n):
        v.insert(len(v) - n, v.pop())


fusable(Nop(), nop)
fusable(Pop(), pop_top)
fusable(Dup(1), dup_top)
fusable(Dup2(), dup_top_two)
fusable(Rot(2), rot_two)
fusable(Rot(3), rot_three)
fusable(Rot(4), rot_four)
fusable(Dup(), copy)
fusable(Swap(), swap)

# Stack effects of the handlers whose kind does not give one (checked against each
# version's dis.stack_effect by tests/test_single_definition.py).
effect(0, rot_n)
