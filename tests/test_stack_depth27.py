"""The stored stack effects, checked against CPython's own compiler: for every code
object of the committed corpus, the maximum stack depth walked from the stored effects
(``pyctk.runtime.ops.stack_effect_of``) as CPython 2.7's ``stackdepth()`` walks its
blocks is the ``co_stacksize`` that compiler recorded. 2.7 has no ``dis.stack_effect``
to record (tests/test_single_definition.py checks 3.6-3.13's against theirs); this is
how its effects meet CPython's.
"""

from __future__ import annotations

import glob
import os

from pyctk import pyc, versions
from pyctk.runtime.ops import stack_effect_of
from pyctk.versions import py27

PYC = os.path.join(os.path.dirname(__file__), "corpus", "pyc")

# Where the walk's fall-through ends: the rest of the block is dead (2.7's stackdepth_walk
# "goto out"; it walks on after RETURN_VALUE, RAISE_VARARGS and BREAK_LOOP, into what
# follows them).
_NO_FALL_THROUGH = {"JUMP_ABSOLUTE", "JUMP_FORWARD"}


def _effects_of_27():
    """opname -> effect(arg, jump): the handler's stored one, or 2.7's own count where the
    handler is shared with versions counting it otherwise (py27.STACK_EFFECTS)."""
    effects = {}
    for opname, handler in versions.opset_for("2.7").handlers.items():
        effects[opname] = py27.STACK_EFFECTS.get(opname) or (
            lambda arg, jump, handler=handler: stack_effect_of(handler, arg, jump)
        )
    return effects


def _unfolded_peak(value):
    """How deep the compiler's LOAD_CONSTs and BUILD_TUPLE of a constant tuple went
    before the peephole optimizer folded them into one constant."""
    if type(value) is not tuple:
        return 1
    return max([position + _unfolded_peak(item) for position, item in enumerate(value)] + [1])


def _folded(code, instructions, index):
    """The depth the compiler counted beyond a LOAD_CONST of a tuple the peephole
    optimizer folded (it runs after stackdepth(), leaving co_stacksize as counted); a
    from-import's names are a tuple constant the compiler loads as such."""
    ins = instructions[index]
    if ins.opname != "LOAD_CONST":
        return 0
    following = instructions[index + 1].opname if index + 1 < len(instructions) else None
    return 0 if following == "IMPORT_NAME" else _unfolded_peak(code.co_consts[ins.arg]) - 1


def max_depth(code, effects):
    """CPython 2.7's stackdepth_walk over instructions: each instruction's depth taken
    after its effect (jumping for the target, not jumping for the next one); an
    instruction is walked again only from a larger depth than before, and never while it
    is on the path being walked (that is what ends a loop's walk, whatever depth the loop
    comes back with)."""
    instructions = code.instructions
    start = [None] * len(instructions)
    on_path = [False] * len(instructions)
    deepest = 0

    def walk(index, depth):
        nonlocal deepest
        marked = []
        while index < len(instructions):
            if on_path[index] or (start[index] is not None and start[index] >= depth):
                break
            on_path[index] = True
            marked.append(index)
            start[index] = depth
            ins = instructions[index]
            arg = ins.arg or 0
            if ins.target is not None:
                taken = effects[ins.opname](arg, True)
                assert taken is not None, f"{ins.opname}: no stored stack effect"
                deepest = max(deepest, depth + taken)
                walk(ins.target, depth + taken)
            if ins.opname in _NO_FALL_THROUGH:
                break
            change = effects[ins.opname](arg, False)
            assert change is not None, f"{ins.opname}: no stored stack effect"
            depth += change
            deepest = max(deepest, depth + _folded(code, instructions, index))
            index += 1
        for index in marked:
            on_path[index] = False

    walk(0, 0)
    return deepest


def _code_objects(version):
    for path in sorted(glob.glob(os.path.join(PYC, version, "**", "*.pyc"), recursive=True)):
        top = pyc.load(path).code
        for code in top.walk():
            yield os.path.relpath(path, PYC), code


# The peephole optimizer also folds arithmetic on constants (``2 ** 70``, ``1 << 31``,
# ``(3 + 4j) // 2``): two LOAD_CONSTs and a BINARY_* the compiler counted one deeper than
# the LOAD_CONST left, which does not say it was folded. These code objects, and only
# these, are walked exactly one shallower than CPython counted (each checked by hand
# against its source line).
_FOLDED_ARITHMETIC = {
    ("2.7/errors/messages_builtin_ops.pyc", "<lambda>", 40),  # (3 + 4j) // 2
    ("2.7/errors/messages_py27.pyc", "<lambda>", 32),  # '%*d' % 10**30
    ("2.7/errors/messages_py27.pyc", "<lambda>", 118),  # "%x" % 1.5
    ("2.7/errors/messages_py27.pyc", "<lambda>", 119),
    ("2.7/numbers/bigints.pyc", "<module>", 2),
    ("2.7/numbers/bitops.pyc", "<module>", 2),
    ("2.7/pkg_six/six.pyc", "__len__", 62),  # 1 << 31
    ("2.7/py2/future_division.pyc", "<module>", 2),
    ("2.7/py27world/model_hash.pyc", "__hash__", 15),  # 2 ** 70
}


def test_walked_stack_depth_is_the_compilers():
    """2.7 only: 3.x's compilers walk otherwise (3.8 counts SETUP_FINALLY's handler by
    its own rules, 3.10+ walk their exception tables), and 3.6-3.13 are checked against
    ``dis.stack_effect`` itself (tests/test_single_definition.py)."""
    effects = _effects_of_27()
    wrong = {}
    folded = set()
    checked = 0
    for where, code in _code_objects("2.7"):
        walked = max_depth(code, effects)
        key = (where, code.co_name, code.co_firstlineno)
        if key in _FOLDED_ARITHMETIC and walked == code.co_stacksize - 1:
            folded.add(key)
        elif walked != code.co_stacksize:
            wrong[key] = (walked, code.co_stacksize)
        checked += 1
    assert not wrong, f"{len(wrong)} of {checked}: (walked, co_stacksize) {sorted(wrong.items())[:20]}"
    assert folded == _FOLDED_ARITHMETIC, f"no longer one shallower: {sorted(_FOLDED_ARITHMETIC - folded)}"
    assert checked > 2500
