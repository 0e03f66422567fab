"""Errors raised by the host's built-in operations, worded as the guest's version words them.

A guest's ``1 + 'a'``, ``f(1)``, ``int('x')`` or ``C().prop = 1`` run in host C code, which
words its error as the host version does (``property 'x' of 'C' object has no setter``
where 3.6-3.10 say ``can't set attribute``). ``tools/record_messages.py`` ran a catalogue of
failing operations under every real CPython (``pyctk/versions/messages/X.Y.json.gz``) and
derived from it, per (host, guest) pair, the rules this module applies
(``pyctk/versions/messages/rules/HOST-GUEST.json.gz``): one mechanism, driven only by
that data.

A message is split into its fixed words and its variable parts (quoted names, numbers,
``name()`` of the function, the type after ``, not``): the fixed words with the variable
parts blanked out are its *skeleton*. A rule maps (exception type, host skeleton) to the
guest's message as a template over the host message's variable parts, found by comparing
the same operation's message on both versions. Where operations with one host skeleton
get different guest words (``takes exactly`` or ``at most`` on 2.7, depending on the
function's defaults, which the host message does not show), the rule names the variable
part whose value decides, and the guest template per value; where even that does not
decide, the exact host message maps to the guest's most common wording.

``reword`` is called once per exception raised in a guest frame (``VM.handle_exception``):
nothing runs on the path where nothing is raised.
"""

from __future__ import annotations

import dis
import functools
import gzip
import json
import os
import re
import types
import weakref

from pyctk.versions.host import HOST

# Variable parts: a quoted name or repr, a number, a function's (qualified) name before
# "()" (``f``, ``K.m``, ``g.<locals>.<lambda>``), the type name that ends "..., not TYPE"
# or follows "of type".
_VAR = re.compile(
    r"(?<!\w)'[^']*'(?!\w)"
    r"|(?<![\w.])\d+(?![\w.])"
    r"|(?<![\w.'<>])[A-Za-z_<][\w.<>]*(?=\(\))"
    r"|(?<=, not )[A-Za-z_][\w.]*$"
    r"|(?<=of type )[A-Za-z_][\w.]*"
)
_HOLE = "\x00"
RULES_DIR = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "versions", "messages", "rules")


def parts(message: str) -> tuple[str, list[str]]:
    """(skeleton, variable parts without their quotes) of ``message``."""
    values = []

    def hole(match):
        text = match.group(0)
        values.append(text[1:-1] if text[:1] == "'" else text)
        return _HOLE

    return _VAR.sub(hole, message), values


def _with_names(names):
    """The variable parts, and also the program's own ``names`` (a class's, a method's)
    where a message gives them unquoted (``abstract class A with abstract method m``)."""
    if not names:
        return _VAR
    words = "|".join(sorted((re.escape(n) for n in names), key=len, reverse=True))
    return re.compile(_VAR.pattern + r"|(?<![\w.'])(?:%s)(?![\w'])" % words)


def named_pattern(message: str, names) -> tuple[str, list[str]] | None:
    """A regex source matching ``message`` with its variable parts and ``names`` as
    groups, and their values; None when no name of the program is in it."""
    out = []
    values = []
    pos = 0
    named = False
    for match in _with_names(names).finditer(message):
        text = match.group(0)
        out.append(re.escape(message[pos:match.start()]))
        if text[:1] == "'":
            out.append("'([^']*)'")
            values.append(text[1:-1])
        elif text.isdigit():
            out.append(r"(\d+)")
            values.append(text)
        else:
            out.append(r"([A-Za-z_<][\w.<>]*)")
            values.append(text)
            named = named or (_VAR.fullmatch(message, match.start(), match.end()) is None
                              and not message.startswith("()", match.end()))
        pos = match.end()
    out.append(re.escape(message[pos:]))
    return ("".join(out), values) if named else None


_NAMES = re.compile(r"\b(?:class|def)\s+([A-Za-z_]\w*)|^([A-Za-z_]\w*)\s*=|'([A-Za-z_]\w*)'", re.M)


def snippet_names(snippet: str) -> set[str]:
    """Names a snippet gives its classes, functions and methods (also as strings:
    ``ABCMeta('A', (object,), {'m0': ...})``)."""
    return {n for m in _NAMES.finditer(snippet) for n in m.groups() if n and len(n) > 1 or n in ("A", "B", "K")}


def template_of(guest: str, values: list[str], names=()) -> list:
    """``guest`` as a template: each variable part equal to one of ``values`` (the host
    message's, used in order) becomes its index; everything else stays text."""
    out = []
    used = set()
    pos = 0
    for match in _with_names(names).finditer(guest):
        text = match.group(0)
        quoted = text[:1] == "'"
        core = text[1:-1] if quoted else text
        index = next((i for i, v in enumerate(values) if v == core and i not in used), None)
        if index is None:
            index = next((i for i, v in enumerate(values) if v == core), None)
        part = index
        if index is None:  # 3.10+ name a method by its qualified name, older versions by its own
            index = next((i for i, v in enumerate(values) if "." in v and v.rsplit(".", 1)[1] == core), None)
            part = None if index is None else -1 - index
        if index is None:
            continue
        used.add(index)
        out.append(guest[pos:match.start()] + ("'" if quoted else ""))
        out.append(part)
        pos = match.end() - (1 if quoted else 0)
    out.append(guest[pos:])
    merged = []
    for part in out:
        if isinstance(part, str) and merged and isinstance(merged[-1], str):
            merged[-1] += part
        elif part != "":
            merged.append(part)
    return merged


def expand(template: list, values: list[str]) -> str:
    """The message ``template`` gives for ``values``: index i is values[i], -1 - i the last
    dotted part of values[i]."""
    return "".join(p if isinstance(p, str) else values[p] if p >= 0 else values[-1 - p].rsplit(".", 1)[-1]
                   for p in template)


def derive_rules(host_ops, guest_ops) -> dict:
    """From two recorded tables ([snippet, type, message, instruction] rows), the rules
    that word the host's messages as the guest's: {"skeleton": {type: {skeleton: rule}},
    "named": {type: [[regex, rule]]}, "exact": {type: {host message: guest message}}}.
    A rule is [template], [template, index, {value: template}] (the variable part at
    ``index`` decides) or [template, "op", {instruction: template}] (the guest instruction
    that raised decides: 3.13 words a failed attribute store unlike a failed load); a
    template None keeps the host's words."""
    # The tables keep a message on one line (``\\n`` for a newline, ``\\\\`` for a
    # backslash); the rules word the messages themselves.
    guest = {row[0]: [row[0], row[1], _unescape(row[2]), row[3]] for row in guest_ops}
    host_ops = [[row[0], row[1], _unescape(row[2]), row[3]] for row in host_ops]
    groups = {}  # (type, skeleton) -> [(values, template, host message, guest message, instruction)]
    named_groups = {}  # (type, regex source) -> the same
    elsewhere = {}  # (type, host message) -> operations the guest raises another type for
    for snippet, kind, message, _ in host_ops:
        other = guest.get(snippet)
        callee = callable_of(snippet) if other is not None and other[3].startswith("CALL") else None
        # KeyError's str() is the repr of its argument: not a message to reword.
        if other is not None and other[1] not in ("OK", kind) and other[2] == message:
            # the guest says the same words with another type (2.7's ``readonly attribute``
            # is a TypeError): evidence that the host's words are the guest's
            elsewhere[(kind, message)] = elsewhere.get((kind, message), 0) + 1
            skeleton = (kind, parts(message)[0])
            elsewhere[skeleton] = elsewhere.get(skeleton, 0) + 1
        if kind in ("OK", "KeyError") or other is None or other[1] != kind:
            continue
        names = snippet_names(snippet)
        pattern = named_pattern(message, names)
        if pattern is not None:
            values = pattern[1]
            target = named_groups.setdefault((kind, pattern[0]), [])
        else:
            names = ()
            skeleton, values = parts(message)
            target = groups.setdefault((kind, skeleton), [])
        identity = template_of(message, values, names)
        wanted = template_of(other[2], values, names)
        target.append((values, None if wanted == identity else wanted, message, other[2], other[3], callee))
    named = {}
    for (kind, pattern), cases in sorted(named_groups.items()):
        rule = _rule_for(cases)
        if rule is not None and rule != [None]:
            named.setdefault(kind, []).append([pattern, rule])
    skeletons = {}
    exact = {}
    for (kind, skeleton), cases in sorted(groups.items()):
        rule = _rule_for(cases)
        if rule == [None] or elsewhere.get((kind, skeleton), 0) > len(cases):
            continue  # (more operations say the host's words with another type in the guest)
        # Else the exact host message, where its operations agree on the guest's words:
        # taken when nothing in the message decides, or when it gives more operations
        # their words than the instruction does.
        by_message = {}
        for case in cases:
            by_message.setdefault(case[2], []).append(case[3])
        words = {}
        for host, wanted in by_message.items():
            # Some operations keep the host's words, or more say them with another type
            # in the guest: leave them.
            if host not in wanted and elsewhere.get((kind, host), 0) < len(wanted):
                words[host] = max(set(wanted), key=lambda w: (wanted.count(w), w))
        if rule is not None and (rule[1:2] not in (["op"], ["call"], ["opcall"]) or _right(rule, cases) >= _right_exact(words, cases)):
            skeletons.setdefault(kind, {})[skeleton] = rule
        elif words:
            exact.setdefault(kind, {}).update(words)
            if rule is not None:
                # The exact messages first; the rule words those the catalogue never
                # showed (a program's own slotted class, 2.7's ``long``), which would
                # otherwise keep the host's words. Those it showed keep what they had.
                skeletons.setdefault(kind, {})[skeleton] = rule
                exact[kind].update((host, host) for host in by_message if host not in words)
    return {"skeleton": skeletons, "exact": exact, "named": named}


_ESCAPE = re.compile(r"\\(.)", re.S)


def _unescape(message: str) -> str:
    """A message as the table keeps it (on one line), as the interpreter gave it."""
    return _ESCAPE.sub(lambda m: "\n" if m.group(1) == "n" else m.group(1), message)


def _right(rule, cases) -> int:
    """How many ``cases`` an instruction- or callable-split rule words as the guest does."""
    right = 0
    for values, _, host, wanted, opname, callee in cases:
        template = rule[2].get(_rule_key(rule, opname, callee, values), rule[0])
        try:
            right += (host if template is None else expand(template, values)) == wanted
        except IndexError:
            pass
    return right


def _right_exact(words, cases) -> int:
    return sum(words.get(case[2], case[2]) == case[3] for case in cases)


# The callable a snippet's last line calls first (``chr`` in ``chr('a')``, ``join`` in
# ``'abc'.join()``, ``factorial`` in ``math.factorial(x)``): at run time the name of the
# built-in a CALL called when it raised (``ops/calls.call``).
_CALLEE = re.compile(r"([A-Za-z_]\w*)\(")
_STATEMENT = re.compile(r"del |[\w.]+(?:\[.*\])?\s*[-+*/%&|^<>@]{0,3}=(?!=)")


def callable_of(snippet: str):
    line = snippet.rsplit("\n", 1)[-1]
    if _STATEMENT.match(line):
        return None  # an assignment or del, not a call
    if line.startswith(("class ", "def ", "@")):
        return None
    match = _CALLEE.search(line)
    return None if match is None or match.group(1) in ("lambda",) else match.group(1)


def _rule_key(rule, opname, callee, values):
    """The key an instruction- or callable-split ``rule`` looks up."""
    how = rule[1]
    if how == "op":
        return opname
    if how == "call":
        return _call_key(callee, values, rule[3])
    return _op_call_key(opname, callee, values, rule[3])


def _op_call_key(opname, callee, values, index) -> str | None:
    """The instruction, the built-in it called (if a CALL's) and the variable part
    ``index`` (if any)."""
    key = opname if callee is None else opname + "\x00" + callee
    if index is None:
        return key
    return key + "\x01" + values[index] if index < len(values) else None


def _call_key(callee, values, index) -> str | None:
    """The key of a callable-split rule: the callable's name, and the value of the
    variable part ``index`` where the callable's own operations disagree (``chr`` of a
    float and of a str)."""
    if callee is None:
        return None
    if index is None:
        return callee
    return callee + "\x00" + values[index] if index < len(values) else None


def _rule_for(cases):
    """The rule for one skeleton's operations, or None when neither one template, one
    variable part nor the raising instruction decides their guest words."""
    templates = {json.dumps(case[1]) for case in cases}
    if len(templates) == 1:
        return [cases[0][1]]
    # One template may give every case its words (a 3.10+ "K.m()" cut to "m()" also
    # leaves a plain "f()" as it is).
    for text in sorted(templates, key=lambda t: (t == "null", t)):
        template = json.loads(text)
        if template is not None and all(_gives(template, case[0], case[3]) for case in cases):
            return [template]
    best = None
    for index in range(len(cases[0][0])):
        by_value = _split(cases, lambda case, i=index: case[0][i])
        if by_value is not None and (best is None or len(by_value) < len(best[1])):
            best = (index, by_value)
    if best is None:
        # The instruction decides where its operations agree (3.13: STORE_ATTR and
        # DELETE_ATTR); or the built-in a CALL called (3.6-3.9: ``chr`` says ``an integer
        # is required`` where ``range`` says ``'str' object cannot be interpreted as an
        # integer``), alone or with one variable part; where neither does, the host's
        # words stay, as for a message nothing decides.
        candidates = []
        by_op = _split(cases, lambda case: case[4], lenient=True)
        if not all(t is None for t in by_op.values()):
            candidates.append(("op", by_op, None))
        for index in [None] + list(range(len(cases[0][0]))):
            by_call = _split(cases, lambda case, i=index: _call_key(case[5], case[0], i), lenient=True)
            if not all(t is None for t in by_call.values()):
                candidates.append(("call", by_call, index))
        # Both: the instruction, and the built-in where it is a CALL (3.13: ``del x.a``
        # and ``setattr`` add ``and no __dict__ ...``, ``x.a`` and ``getattr`` do not).
        # 3.13's ``del x.a`` on an object without a __dict__ (a value: its type) too.
        for index in [None] + list(range(len(cases[0][0]))):
            by_both = _split(cases, lambda case, i=index: _op_call_key(case[4], case[5], case[0], i), lenient=True)
            if not all(t is None for t in by_both.values()):
                candidates.append(("opcall", by_both, index))
        if not candidates:
            return None
        default = _default(cases)
        scored = []
        for how, split, index in candidates:
            rule = [default, how, {k: t for k, t in split.items() if t != default and k is not None}]
            if how != "op":
                rule.append(index)
            scored.append((_right(rule, cases), -len(rule[2]), -len(scored), rule))
        return max(scored)[3]
    default = _default(cases)
    return [default, best[0], {v: t for v, t in best[1].items() if t != default}]


def _default(cases):
    """A value never seen keeps the host's words if some operation does (the safe side)."""
    counts = {}
    for case in cases:
        key = json.dumps(case[1])
        counts[key] = counts.get(key, 0) + 1
    return None if "null" in counts else json.loads(max(counts, key=lambda k: (counts[k], k)))


def _split(cases, key, lenient=False):
    """{key: template} when the cases of each key agree on one template, else None;
    ``lenient``: a key whose cases disagree gets None (the host's words)."""
    found = {}
    for case in cases:
        template = json.dumps(case[1])
        if found.setdefault(key(case), template) != template:
            if not lenient:
                return None
            found[key(case)] = "null"
    return {k: json.loads(t) for k, t in found.items()}


def _gives(template, values, wanted) -> bool:
    try:
        return expand(template, values) == wanted
    except IndexError:
        return False


# -- at run time ---------------------------------------------------------------------

_HOST = str(HOST)
_loaded: dict = {}


def rules_for(guest_version):
    """The rules from this host's words to ``guest_version``'s (a Version or "X.Y";
    None: none to apply)."""
    guest_version = str(guest_version)
    if guest_version in _loaded:
        return _loaded[guest_version]
    rules = None
    if str(guest_version) != _HOST:
        path = os.path.join(RULES_DIR, "%s-%s.json.gz" % (_HOST, guest_version))
        if os.path.exists(path):
            with gzip.open(path, "rt", encoding="utf-8") as f:
                data = json.load(f)
            named = {kind: [(re.compile(p), rule) for p, rule in pairs] for kind, pairs in data["named"].items()}
            rules = (data["skeleton"], data["exact"], named, {})  # the last: looked-up messages
    _loaded[guest_version] = rules
    return rules


def reword(exc: BaseException, frame) -> None:
    """Give ``exc`` (raised by the host, entering the guest ``frame``) the guest version's
    words."""
    args = exc.args
    if len(args) != 1 or type(args[0]) is not str or " " not in args[0]:
        return  # a bare name (AttributeError('x'), KeyError) says nothing of the operation
    try:
        rules = _by_opset[id(frame.opset)][1]
    except KeyError:
        rules = _by_opset.setdefault(id(frame.opset), (frame.opset, rules_for(frame.opset.version)))[1]
    if rules is None:
        return
    key = (type(exc).__name__, args[0])
    found = rules[3].get(key, _UNSEEN)
    if found is _UNSEEN:  # a loop raising one error again and again looks it up once
        # A message naming a type the guest's version has and the host lacks (2.7's long)
        # is worded as its stand-in's first: a skeleton's rule would give an unseen type
        # its most common words.
        found = _standing_in(rules, key, frame.opset.fact("message_stand_ins", None))
        if found is None:
            found = _lookup(rules, *key)
        if len(rules[3]) >= _CACHED:
            rules[3].clear()
        rules[3][key] = found
    names = frame.opset.fact("message_names", None)
    if found is None:
        if names is not None and getattr(frame.current_instruction, "opname", None) not in _RAISES:
            names(exc)  # (no rule: only the version's names for the host's types)
        return
    noted = getattr(frame.vm, "call_error", None)
    if noted is not None and noted[2] is _OWN_WORDS and noted[0] == id(exc) and noted[1] is exc.args:
        return  # a stand-in's arity error, already in the version's words (not another at its freed address)
    if _from_binding(exc) and frame.opset.fact("binding_words_own", False):
        return  # pyctk's own binding already said it in the version's words
    if _own_words(exc):
        return  # pyctk's own rule of the guest's version, in its words (a host's would say others)
    instruction = frame.current_instruction
    opname = getattr(instruction, "opname", None)
    if opname in _RAISES:  # the guest's own raise: its own words
        return
    if opname == "BINARY_OP":  # the catalogue names its operator (``% 0`` and ``// 0`` differ)
        opname = "BINARY_OP %d" % instruction.arg
    _apply(exc, frame, found, opname)
    if names is not None:  # the version's names for the host's types, in what it now says
        names(exc)


def _apply(exc, frame, found, opname) -> None:
    if type(found) is str:
        exc.args = (found,)
        return
    rule, values = found  # a rule the raising instruction or the called built-in decides
    callee = None if rule[1] == "op" else called_name(exc, frame)
    template = rule[2].get(_rule_key(rule, opname, callee, values), rule[0])
    if template is not None:
        try:
            words = expand(template, values)
        except (IndexError, AttributeError, TypeError):
            return
        if not _CATALOGUE_NAME.search(words):
            exc.args = (words,)


def note_call_error(frame, exc, func) -> None:
    """Called by ``ops/calls.call`` when calling ``func`` raised ``exc``: the name of the
    built-in (C function, method or type) that raised, for ``reword``. Only the name, the
    exception's id and its args are kept: nothing the guest could see freed later."""
    if isinstance(func, type):
        name = type.__dict__["__name__"].__get__(func)
    elif type(func) in _C_CALLABLES:
        name = func.__name__
    elif type(func) is types.FunctionType and (func.__module__ == "builtins" or str(func.__module__).startswith("pyctk.")):
        # pyctk's own stand-in for a built-in (getattr, dir_; 2.7's type27 is type's)
        name = STAND_INS.get(func) or func.__name__.rstrip("_")
    else:
        name = None
    if type(exc) is TypeError:
        words = _stand_in_arity(frame, exc, func)
        if words is not None:  # the version's own words: reword leaves them
            exc.args = (words,)
            name = _OWN_WORDS
    frame.vm.call_error = (id(exc), exc.args, name)


def own_words(frame, exc, words) -> None:
    """Give ``exc`` the version's own ``words`` (2.7's argument parsing: py27/argparse27),
    which ``reword`` then leaves as they are."""
    exc.args = (words,)
    frame.vm.call_error = (id(exc), exc.args, _OWN_WORDS)


# -- a stand-in's arity words --------------------------------------------------------
# 2.7 words a built-in's wrong number of arguments by how its C code parses them
# (``len() takes exactly one argument (2 given)``, ``getattr expected at least 2
# arguments, got 1``); pyctk's own Python stand-ins (``divmod``, ``set.copy``) fail in
# Python's words. ``arity-X.Y.json.gz`` (recorded by ``tools/record_messages.py
# --arity``) holds the version's words per built-in and number of arguments given.

STAND_INS: "weakref.WeakKeyDictionary" = weakref.WeakKeyDictionary()  # stand-in function -> built-in name
# A method's stand-in (bound as functools.partial(fn, obj)) -> the method's name.
METHOD_STAND_INS: "weakref.WeakKeyDictionary" = weakref.WeakKeyDictionary()
# A guest's type pyctk implements as a host subclass (2.7's dict as Dict27) -> the type the
# guest sees, whose name the arity table keeps.
GUEST_TYPES: dict = {}
_OWN_WORDS = "\x00own"
_arity: dict = {}
_GIVEN = re.compile(r"takes (?:from \d+ to )?\d+ positional arguments? but (\d+) (?:was|were) given")
_MISSING = re.compile(r"missing (\d+) required positional argument")
_UNEXPECTED = re.compile(r"got an unexpected keyword argument '([^']*)'|got multiple values for argument '([^']*)'"
                         r"|got some positional-only arguments passed as keyword arguments: '([^']*)'")


def _stand_in_arity(frame, exc, func):
    """The version's arity words where binding ``func``'s arguments failed (its code
    never ran: the traceback ends at the caller's frame, or at the guard crecursion.py
    puts around ``repr`` and ``format``)."""
    tb = exc.__traceback__
    if tb is None:
        return None
    if tb.tb_next is not None:
        inner = getattr(func, "_pyctk_guarded", None) if type(func) is types.FunctionType else None
        if inner is None or tb.tb_next.tb_next is not None:
            return None
        func = inner
    return arity_words(frame.opset.version, func, exc.args)


def arity_table(version):
    """{"functions": {name: {given: words}}, "methods": {"type.name": ...}} of
    ``version``; None where the host's binding words are the version's."""
    version = str(version)
    if version not in _arity:
        path = os.path.join(os.path.dirname(RULES_DIR), "arity-%s.json.gz" % version)
        table = None
        if os.path.exists(path):
            with gzip.open(path, "rt", encoding="utf-8") as f:
                table = json.load(f)
        _arity[version] = table
    return _arity[version]


def arity_words(version, func, args):
    """The version's words for calling the stand-in ``func`` with the arguments the
    host's binding error ``args`` describes; None where none are recorded."""
    table = arity_table(version)
    if table is None or len(args) != 1 or type(args[0]) is not str:
        return None
    bound = 0
    if type(func) is types.MethodType and type(func.__func__) is types.FunctionType:
        target = func.__func__
        if not str(target.__module__).startswith("pyctk."):
            return None
        owner = func.__self__
        # a class method of a type pyctk implements (dict.fromkeys) is bound to the class
        owner = GUEST_TYPES[owner] if isinstance(owner, type) and owner in GUEST_TYPES else type(owner)
        words = table["methods"].get("%s.%s" % (type.__dict__["__name__"].__get__(owner),
                                                METHOD_STAND_INS.get(target, target.__name__)))
        bound = 1
    elif type(func) is functools.partial and len(func.args) == 1 and func.func in METHOD_STAND_INS:
        target = func.func
        words = table["methods"].get("%s.%s" % (type.__dict__["__name__"].__get__(type(func.args[0])),
                                                METHOD_STAND_INS[target]))
        bound = 1
    elif type(func) is types.FunctionType:
        target = func
        name = STAND_INS.get(func)
        words = None if name is None else table["functions"].get(name)
    else:
        return None
    if words is None:
        return None
    message = args[0]
    match = _UNEXPECTED.search(message)
    if match is not None:
        kw = words.get("kw")
        return None if kw is None else kw.replace("'x'", "'%s'" % next(g for g in match.groups() if g))
    match = _GIVEN.search(message)
    if match is not None:
        given = int(match.group(1))
    else:
        match = _MISSING.search(message)
        if match is None:
            return None
        code = target.__code__
        given = code.co_argcount - len(target.__defaults__ or ()) - int(match.group(1))
    return words.get(str(given - bound))


def called_name(exc, frame):
    """The name ``note_call_error`` noted for ``exc``; None if its call did not raise it."""
    vm = frame.vm
    noted = getattr(vm, "call_error", None)
    if noted is None:
        return None
    vm.call_error = None
    return noted[2] if noted[0] == id(exc) and noted[1] is exc.args else None


_C_CALLABLES = frozenset({types.BuiltinFunctionType, types.MethodDescriptorType, types.WrapperDescriptorType,
                          types.MethodWrapperType, types.ClassMethodDescriptorType})
def _from_binding(exc) -> bool:
    """Whether ``exc`` was raised by pyctk's binding of a guest function's arguments."""
    tb = _innermost(exc)
    return tb is not None and tb.tb_frame.f_code.co_filename == _BINDING_FILE


def _own_words(exc) -> bool:
    """Whether a ``raise`` statement of a module in ``_GUEST_WORDS_FILES`` raised ``exc``
    (not a host call there, whose words are the host's)."""
    tb = _innermost(exc)
    if tb is None:
        return False
    code = tb.tb_frame.f_code
    return code.co_filename in _GUEST_WORDS_FILES and code.co_code[tb.tb_lasti] == _RAISE_VARARGS


def _innermost(exc):
    tb = exc.__traceback__
    if tb is not None:
        while tb.tb_next is not None:
            tb = tb.tb_next
    return tb


_BINDING_FILE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "calls.py")
# pyctk's modules whose errors are the guest version's own words: 2.7's buffer rules
# (``subsection not found`` is a bytearray's, where the catalogue's b'...' is a 2.7 str's),
# its values' rules (a unicode's ``string indices must be integers`` names no type).
_RAISE_VARARGS = dis.opmap["RAISE_VARARGS"]
_GUEST_WORDS_FILES = frozenset(os.path.join(os.path.dirname(os.path.abspath(__file__)), "py27", name)
                               for name in ("bytes27.py", "values.py"))
_by_opset: dict = {}  # id(opset) -> (opset, rules): the opset kept, so its id stays its own
_UNSEEN = object()
_CACHED = 1024
_RAISES = frozenset({"RAISE_VARARGS", "RAISE_EXCEPTION"})


def _lookup(rules, kind, message):
    """The guest's message for a host message, (rule, values) when the raising
    instruction decides it, or None (the host's words stay). A rule whose words name the
    catalogue's own snippets (``_t123.<locals>.K``) is not the program's: never applied."""
    found = _lookup_rule(rules, kind, message)
    if type(found) is str and _CATALOGUE_NAME.search(found):
        return None
    return found


_CATALOGUE_NAME = re.compile(r"\b_t\d+\b")


def _type_word(name):
    """``name`` where a message names a type: quoted, before `` object`` or `` found``, or
    ending it (``, not long``); not ``long()`` the function."""
    return re.compile(r"(?<=')%s(?=')|(?<![\w.'])%s(?= object| found|$)" % (name, name))


def _standing_in(rules, key, stand_ins):
    """The guest's words for a message naming a type no host catalogue names (2.7's
    ``long``, a host int subclass): those for the type it stands for (``int``), its own
    name put back. None where the message names both (which one is which is unknown)."""
    if not stand_ins:
        return None
    kind, message = key
    for own, host in stand_ins.items():
        own_word, host_word = _type_word(own), _type_word(host)
        if own_word.search(message) is None or host_word.search(message) is not None:
            continue
        found = _lookup(rules, kind, own_word.sub(host, message))
        if type(found) is str:
            return host_word.sub(own, found)
        if found is not None:
            return found[0], [own if v == host else v for v in found[1]]
    return None


def _lookup_rule(rules, kind, message):
    exact = rules[1].get(kind)
    if exact is not None and message in exact:
        return exact[message]
    found = None
    by_skeleton = rules[0].get(kind)
    if by_skeleton is not None:
        skeleton, values = parts(message)
        rule = by_skeleton.get(skeleton)
        if rule is not None:
            found = rule, values
    if found is None:
        for pattern, candidate in rules[2].get(kind, ()):
            match = pattern.fullmatch(message)
            if match is not None:
                found = candidate, list(match.groups())
                break
        else:
            return None
    rule, values = found
    if len(rule) > 1 and rule[1] in ("op", "call", "opcall"):
        return found
    template = rule[0] if len(rule) == 1 else rule[2].get(values[rule[1]], rule[0])
    if template is None:
        return None
    try:
        return expand(template, values)
    except (IndexError, AttributeError, TypeError):
        return None
