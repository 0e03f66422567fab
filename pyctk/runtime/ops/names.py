"""Loading and storing names: constants, locals, globals, cells, attributes."""

from __future__ import annotations

import builtins
from types import FunctionType, MemberDescriptorType

import attrs

from pyctk.runtime.hostcompat import attribute_fallback
from pyctk.runtime.messages import own_words
from pyctk.runtime.objects import NULL, cell_get
from pyctk.runtime.ops import PLAIN, Kind, attribute_name, attribute_of, const, effect, fusable, name, operand
from pyctk.runtime.ops.stack import Nop


@operand(const)
def load_const(frame, value):
    frame.stack.append(value)


def _name_error(frame, key):
    error = NameError(frame.opset.fact("name_error") % key)
    error.name = key  # what "Did you mean" (3.10+) looks for
    return error


@operand(name)
def load_name(frame, key):
    locals_ = frame.locals
    if type(locals_) is dict:
        value = locals_.get(key, NULL)
    else:
        try:
            value = locals_[key]
        except KeyError:
            value = NULL
    if value is NULL:
        value = _global(frame, key)
    frame.stack.append(value)


@operand(name)
def store_name(frame, key):
    frame.locals[key] = frame.stack.pop()


@operand(name)
def delete_name(frame, key):
    try:
        del frame.locals[key]
    except KeyError:
        raise _name_error(frame, key) from None


@operand(name)
def load_global(frame, key):
    frame.stack.append(_global(frame, key))


@operand(name)
def store_global(frame, key):
    frame.globals[key] = frame.stack.pop()


@operand(name)
def delete_global(frame, key):
    try:
        del frame.globals[key]
    except KeyError:
        raise _name_error(frame, key) from None


def unbound_local(frame, index):
    names = frame.opset.fact("fast_names")(frame.code)
    return UnboundLocalError(frame.opset.fact("unbound_local") % names[index])


def load_fast(frame, index):
    value = frame.fast[index]
    if value is NULL:
        raise unbound_local(frame, index)
    frame.stack.append(value)


def store_fast(frame, index):
    frame.fast[index] = frame.stack.pop()


def delete_fast(frame, index):
    fast = frame.fast
    if fast[index] is NULL:
        raise unbound_local(frame, index)
    fast[index] = NULL


# -- cells, before 3.11: frame.cells holds cellvars then freevars ---------------------------


def unbound_cell(frame, index):
    code = frame.code
    names = code.co_cellvars + code.co_freevars
    if index < len(code.co_cellvars):
        return UnboundLocalError(frame.opset.fact("unbound_local") % names[index])
    return NameError(frame.opset.fact("unbound_free") % names[index])


def load_deref(frame, index):
    try:
        frame.stack.append(frame.cells[index].cell_contents)
    except ValueError:
        raise unbound_cell(frame, index) from None


def store_deref(frame, index):
    frame.cells[index].cell_contents = frame.stack.pop()


def delete_deref(frame, index):
    cell = frame.cells[index]
    try:
        del cell.cell_contents
    except ValueError:
        raise unbound_cell(frame, index) from None


def load_closure(frame, index):
    frame.stack.append(frame.cells[index])


def load_classderef(frame, index):
    code = frame.code
    key = (code.co_cellvars + code.co_freevars)[index]
    value = frame.locals.get(key, NULL) if frame.locals is not None else NULL
    if value is NULL:
        value = cell_get(frame.cells[index])
        if value is NULL:
            raise unbound_cell(frame, index)
    frame.stack.append(value)


# -- attributes ---------------------------------------------------------------------------


@operand(name)
def load_attr(frame, key):
    s = frame.stack
    try:
        s[-1] = getattr(s[-1], key)
    except AttributeError:
        s[-1] = host_lacks(s[-1], key)


@operand(name)
def store_attr(frame, key):
    s = frame.stack
    obj = s.pop()
    setattr(obj, key, s.pop())


@operand(name)
def delete_attr(frame, key):
    obj = frame.stack.pop()
    try:
        delattr(obj, key)
    except AttributeError as error:  # (a try costs nothing until it raises)
        if (error.args == (key,) and frame.opset.fact("delete_names_owner", False)
                and not isinstance(getattr(type(obj), key, None), MemberDescriptorType)):  # (a slot: its name)
            # a 3.6-3.10 host's words for what 3.11+ say of the object's type (the
            # version's own words: not reworded again)
            own_words(frame, error, "'%s' object has no attribute '%s'" % (type(obj).__name__, key))
        raise


_object_getattribute = object.__getattribute__


def host_lacks(obj, key):
    """Called with the AttributeError being handled: an attribute of the guest's version
    that this host lacks (3.11's add_note on a 3.10 host), or that error raised again."""
    try:
        return attribute_fallback(obj, key)
    except AttributeError:
        pass
    raise  # the original AttributeError, with its message and name


def method_pair(obj, key):
    """(function, self) when ``obj.key`` is a guest method found on the class (no bound
    method is made), else (NULL, obj.key)."""
    tp = type(obj)
    if tp.__getattribute__ is _object_getattribute:
        meth = NULL
        for klass in tp.__mro__:
            d = klass.__dict__
            if key in d:
                meth = d[key]
                break
        if type(meth) is FunctionType:  # a method, guest's or host's: bound by the call
            d = getattr(obj, "__dict__", None)
            if d is None or key not in d:
                return meth, obj
    try:
        return NULL, getattr(obj, key)
    except AttributeError:
        return NULL, host_lacks(obj, key)


def push_method(stack, obj, key):
    """Replace ``obj`` on the stack by ``method_pair(obj, key)``."""
    stack[-1], value = method_pair(obj, key)
    stack.append(value)


@operand(name)
def load_method(frame, key):
    s = frame.stack
    push_method(s, s[-1], key)


def setup_annotations(frame, arg):
    locals_ = frame.locals
    if "__annotations__" not in locals_:
        locals_["__annotations__"] = {}


@operand(name)
def store_annotation(frame, key):
    frame.locals["__annotations__"][key] = frame.stack.pop()


# -- 3.11+: cells live in the localsplus slots (frame.fast) ---------------------------------


def unbound_localsplus(frame, index):
    from pyctk.code import CO_FAST_FREE

    code = frame.code
    key = code.co_localsplusnames[index]
    if code.co_localspluskinds[index] & CO_FAST_FREE:
        return NameError(frame.opset.fact("unbound_free") % key)
    return UnboundLocalError(frame.opset.fact("unbound_local") % key)


def make_cell(frame, index):
    from pyctk.runtime.objects import Cell

    fast = frame.fast
    value = fast[index]
    fast[index] = Cell() if value is NULL else Cell(value)


def copy_free_vars(frame, n):
    """The closure's cells are already in the last slots (layout.init_frame_localsplus)."""


def load_deref_311(frame, index):
    try:
        frame.stack.append(frame.fast[index].cell_contents)
    except ValueError:
        raise unbound_localsplus(frame, index) from None


def store_deref_311(frame, index):
    frame.fast[index].cell_contents = frame.stack.pop()


def delete_deref_311(frame, index):
    try:
        del frame.fast[index].cell_contents
    except ValueError:
        raise unbound_localsplus(frame, index) from None


def load_closure_311(frame, index):
    frame.stack.append(frame.fast[index])


def _dict_or_deref(frame, mapping, index):
    key = frame.code.co_localsplusnames[index]
    if mapping is not None:
        try:
            return mapping[key]
        except KeyError:
            pass
    value = cell_get(frame.fast[index])
    if value is NULL:
        raise unbound_localsplus(frame, index)
    return value


def load_classderef_311(frame, index):
    frame.stack.append(_dict_or_deref(frame, frame.locals, index))


def load_from_dict_or_deref(frame, index):
    """3.12+: the mapping on the stack (a class namespace), else the cell."""
    s = frame.stack
    s[-1] = _dict_or_deref(frame, s[-1], index)


@operand(name)
def load_from_dict_or_globals(frame, key):
    s = frame.stack
    mapping = s[-1]
    try:
        value = mapping[key]
    except KeyError:
        value = frame.globals.get(key, NULL)
        if value is NULL:
            value = frame.builtins.get(key, NULL)
            if value is NULL:
                raise _name_error(frame, key) from None
    s[-1] = value


def load_locals(frame, arg):
    if frame.locals is None:
        raise SystemError("no locals found")
    frame.stack.append(frame.locals)


def load_fast_and_clear(frame, index):
    """3.12+ (PEP 709): save a variable an inlined comprehension shadows; may be NULL."""
    fast = frame.fast
    frame.stack.append(fast[index])
    fast[index] = NULL


def _pair(code, ins):
    return (ins.arg >> 4, ins.arg & 15)


@operand(_pair)
def load_fast_load_fast(frame, pair):
    fast = frame.fast
    first, second = pair
    a = fast[first]
    if a is NULL:
        raise unbound_local(frame, first)
    b = fast[second]
    if b is NULL:
        raise unbound_local(frame, second)
    s = frame.stack
    s.append(a)
    s.append(b)


@operand(_pair)
def store_fast_load_fast(frame, pair):
    fast = frame.fast
    first, second = pair
    s = frame.stack
    fast[first] = s.pop()
    value = fast[second]
    if value is NULL:
        raise unbound_local(frame, second)
    s.append(value)


@operand(_pair)
def store_fast_store_fast(frame, pair):
    fast = frame.fast
    first, second = pair
    s = frame.stack
    fast[first] = s.pop()
    fast[second] = s.pop()


# -- 3.11+: packed arguments of LOAD_GLOBAL / LOAD_ATTR / LOAD_SUPER_ATTR ---------------------


def name_and_low_bit(code, ins):
    """``co_names[arg >> 1]`` and the low bit (push NULL / load a method)."""
    return (code.co_names[ins.arg >> 1], ins.arg & 1)


def _global(frame, key):
    globals_ = frame.globals
    if type(globals_) is dict:
        value = globals_.get(key, NULL)
    else:  # a dict subclass's own __getitem__ answers, as CPython 3 reads it (KeyError: not there)
        try:
            value = globals_[key]
        except KeyError:
            value = NULL
    if value is NULL:
        value = frame.builtins.get(key, NULL)
        if value is NULL:
            error = _name_error(frame, key)
            try:
                raise error
            finally:
                # Called inside fused or translated code's ``except KeyError`` (``Global``):
                # that lookup is no context of the guest's (vm.handle_exception gives it the
                # guest's own).
                error.__context__ = None
                del error  # (no cycle through this frame)
    return value


@operand(name_and_low_bit)
def load_global_311(frame, operand_):
    """3.11, 3.12: the NULL (for CALL) goes below the value."""
    key, push_null = operand_
    value = _global(frame, key)
    s = frame.stack
    if push_null:
        s.append(NULL)
    s.append(value)


@operand(name_and_low_bit)
def load_global_313(frame, operand_):
    """3.13: the NULL goes above the value."""
    key, push_null = operand_
    value = _global(frame, key)
    s = frame.stack
    s.append(value)
    if push_null:
        s.append(NULL)


@operand(name_and_low_bit)
def load_attr_312(frame, operand_):
    """3.12: with the low bit, (method, self) or (NULL, attribute), as LOAD_METHOD did."""
    key, method = operand_
    s = frame.stack
    if method:
        push_method(s, s[-1], key)
    else:
        try:
            s[-1] = getattr(s[-1], key)
        except AttributeError:
            s[-1] = host_lacks(s[-1], key)


@operand(name_and_low_bit)
def load_attr_313(frame, operand_):
    """3.13: with the low bit, (method, self) or (attribute, NULL)."""
    key, method = operand_
    s = frame.stack
    if method:
        push_method(s, s[-1], key)
        if s[-2] is NULL:
            s[-2] = s[-1]
            s[-1] = NULL
    else:
        try:
            s[-1] = getattr(s[-1], key)
        except AttributeError:
            s[-1] = host_lacks(s[-1], key)


def _super_operand(code, ins):
    return (code.co_names[ins.arg >> 2], ins.arg & 1, ins.arg & 2)


def _super_attr(frame):
    s = frame.stack
    self_ = s.pop()
    cls = s.pop()
    global_super = s.pop()
    return global_super, cls, self_


@operand(_super_operand)
def load_super_attr_312(frame, operand_):
    """3.12: ``super().name``; bit 2 says super was given (class, self) explicitly."""
    key, method, two_args = operand_
    global_super, cls, self_ = _super_attr(frame)
    sup = global_super(cls, self_) if two_args else global_super()
    value = getattr(sup, key)
    s = frame.stack
    if method:
        s.append(NULL)
    s.append(value)


@operand(_super_operand)
def load_super_attr_313(frame, operand_):
    key, method, two_args = operand_
    global_super, cls, self_ = _super_attr(frame)
    sup = global_super(cls, self_) if two_args else global_super()
    s = frame.stack
    s.append(getattr(sup, key))
    if method:
        s.append(NULL)


# The attribute each reads, and where a method load puts the NULL (runtime/apisurface.py
# checks the names a guest's version lacks on built-in types, per instruction, at decoding).
def _key(operand):
    return operand


def _first(operand):
    return operand[0]


for _handler, _attribute, _form in (
    (load_attr, _key, lambda operand: None),
    (load_method, _key, lambda operand: "below"),
    (load_attr_312, _first, lambda operand: "below" if operand[1] else None),
    (load_attr_313, _first, lambda operand: "above" if operand[1] else None),
):
    _handler.attribute_key = _attribute
    _handler.method_form = _form

# -- in a superinstruction: the templates runtime/fuse.py writes for these -----------------


@attrs.frozen
class PushConst(Kind):
    constant_effect = 1

    @staticmethod
    def write(w, part) -> bool:
        w.push(w.value())
        return False


@attrs.frozen
class PushFast(Kind):
    constant_effect = 1

    @staticmethod
    def names():
        return {"unbound_local": unbound_local}

    @staticmethod
    def write(w, part) -> bool:
        o = w.value()
        v = w.new()
        translated = hasattr(w, "now_bound")  # (translate.py knows which slots are bound: bound.py)
        if translated and w.always_bound(o):
            w.emit(f"{v} = fast[{o}]")
        else:
            w.mark()
            w.emit(f"{v} = fast[{o}]")
            w.emit(f"if {v} is NULL: raise unbound_local(frame, {o})")
            if translated:
                w.now_bound(o)
        w.push(v)
        return False


@attrs.frozen
class StoreFast(Kind):
    constant_effect = -1

    @staticmethod
    def write(w, part) -> bool:
        o = w.value()
        if not w.vstack:
            w.mark()  # the value comes off the value stack, which may be empty
        w.emit(f"fast[{o}] = {w.pop()}")
        if hasattr(w, "now_bound"):
            w.now_bound(o)
        return False


class _FastPair(Kind):
    """3.13's superinstructions on two fast locals: the two halves' templates in turn."""

    halves = ()  # the two kinds, in order

    def stack_effect(self, arg, jump):
        return sum(half().stack_effect(arg, jump) for half in self.halves)

    def describe(self, handler, operand):
        return (type(self),), tuple(operand)

    @classmethod
    def names(cls):
        return PushFast.names()

    @classmethod
    def write(cls, w, part) -> bool:
        for half in cls.halves:
            half.write(w, (half,))
        return False


@attrs.frozen
class PushFast2(_FastPair):
    halves = (PushFast, PushFast)


@attrs.frozen
class StorePushFast(_FastPair):
    halves = (StoreFast, PushFast)


@attrs.frozen
class StoreFast2(_FastPair):
    halves = (StoreFast, StoreFast)


_HOST_BUILTINS = frozenset(vars(builtins))  # (a guest version's own built-ins are mostly these)


@attrs.frozen
class Global(Kind):
    """LOAD_GLOBAL: ``null`` is where the NULL for a call goes (None: no NULL, the operand
    is the name alone); ``slow`` the lookup past the globals and built-ins that raises the error (None:
    ``_global``)."""

    null: str | None = None
    slow: object = None

    def stack_effect(self, arg, jump):
        return 2 if self.null is not None and arg & 1 else 1  # 3.11+: arg & 1 pushes a NULL too

    def describe(self, handler, operand):
        slow = (self.slow,) if self.slow is not None else ()
        if type(operand) is tuple:
            key, null = operand
        else:
            key, null = operand, False
        # 3.x: a name that is no built-in's is read by subscript (a module's function, class
        # or constant: fewer host instructions than ``get``), as CPython reads globals that
        # are not a plain dict (a dict subclass's ``__getitem__`` answers, a KeyError goes on
        # to the built-ins). 2.7 reads them as a plain dict, with ``get``.
        subscript = not slow and type(key) is str and key not in _HOST_BUILTINS  # (bad bytecode: any key)
        return (Global, self.null if null else None, bool(slow), subscript), (key, *slow)

    @staticmethod
    def names():
        return {"global_value": _global}

    @staticmethod
    def write(w, part) -> bool:
        key = w.value()
        slow = w.value() if part[2] else "global_value"
        w.mark()
        v = w.new()
        # (``get``, not a subscript: a built-in would raise a KeyError, which costs more)
        if part[3]:
            w.emit("try:")
            w.emit(f"{v} = frame.globals[{key}]", 1)
            w.emit("except KeyError:")
        else:
            w.emit(f"{v} = frame.globals.get({key}, NULL)")
            w.emit(f"if {v} is NULL:")
        # A built-in (``len``, an exception class) without a call; a missing name raises
        # in ``slow`` (which looks in the built-ins again, then words the version's error).
        w.emit(f"{v} = frame.builtins.get({key}, NULL)", 1)
        w.emit(f"if {v} is NULL: {v} = {slow}(frame, {key})", 1)
        if part[1] == "below":
            w.push("NULL")
        w.push(v)
        if part[1] == "above":
            w.push("NULL")
        return False


@attrs.frozen
class Attr(Kind):
    """LOAD_ATTR: an attribute this host lacks may be the guest version's (host_lacks)."""

    constant_effect = 0

    def describe(self, handler, operand):
        return (Attr,), (operand,)

    @staticmethod
    def names():
        return {"host_lacks": host_lacks}

    @staticmethod
    def write(w, part) -> bool:
        key = w.value()
        w.mark()
        obj = w.pop()
        v = w.new()
        w.emit("try:")
        w.emit(f"{v} = {attribute_of(w, obj, key)}", 1)
        w.emit("except AttributeError:")
        w.emit(f"{v} = host_lacks({obj}, {key})", 1)
        w.push(v)
        return False


@attrs.frozen
class Method(Kind):
    """LOAD_METHOD (``null`` "below": (method, self) or (NULL, attribute)) and 3.13's
    ("above": (method, self) or (attribute, NULL)); names.method_pair."""

    null: str

    constant_effect = 1

    def describe(self, handler, operand):
        return (Method, self.null), (operand,)

    @staticmethod
    def names():
        return {"method_pair": method_pair, "host_lacks": host_lacks}

    @staticmethod
    def write(w, part) -> bool:
        if w.runs_calls:
            # A translated function: the attribute, bound by the host's own lookup (its
            # method cache), and NULL; the call then runs a bound guest method's function
            # with its self first (translate.call_value), as for (method, self).
            Attr.write(w, part)
            v = w.pop()
            if part[1] == "above":
                w.push(v)
                w.push("NULL")
            else:
                w.push("NULL")
                w.push(v)
            return False
        key = w.value()
        w.mark()
        obj = w.pop()
        m, v = w.new(), w.new()
        w.emit(f"{m}, {v} = method_pair({obj}, {key})")
        if part[1] == "above":
            w.emit(f"if {m} is NULL: {m}, {v} = {v}, NULL")
        w.push(m)
        w.push(v)
        return False


@attrs.frozen
class AttrOrMethod(Kind):
    """3.12+ LOAD_ATTR: the operand's low bit picks the method form."""

    method: Method

    def stack_effect(self, arg, jump):
        return 1 if arg & 1 else 0

    def describe(self, handler, operand):
        key, method = operand
        return (self.method if method else _ATTR).describe(handler, key)


_ATTR = Attr()


@attrs.frozen
class PushCell(Kind):
    """LOAD_DEREF: a cell's contents. ``cells`` is where the frame keeps its cells (3.11+:
    the fast locals; before, ``frame.cells``), ``unbound`` the error an empty cell raises."""

    cells: str = "fast"
    unbound: str = "unbound_localsplus"
    constant_effect = 1

    def describe(self, handler, operand):
        return (PushCell, self.cells, self.unbound), (operand,)

    @staticmethod
    def names():
        return {"unbound_localsplus": unbound_localsplus, "unbound_cell": unbound_cell}

    @staticmethod
    def write(w, part) -> bool:
        _, cells, unbound = part
        o = w.value()
        v = w.new()
        w.mark()
        w.emit("try:")
        w.emit(f"{v} = {cells}[{o}].cell_contents", 1)
        w.emit("except ValueError:")
        w.emit(f"raise {unbound}(frame, {o}) from None", 1)
        w.push(v)
        return False


@attrs.frozen
class StoreCell(Kind):
    """STORE_DEREF: into a cell, kept where ``cells`` says (as ``PushCell``)."""

    cells: str = "fast"
    constant_effect = -1

    def describe(self, handler, operand):
        return (StoreCell, self.cells), (operand,)

    @staticmethod
    def write(w, part) -> bool:
        o = w.value()
        if not w.vstack:
            w.mark()  # the value comes off the value stack, which may be empty
        w.emit(f"{part[1]}[{o}].cell_contents = {w.pop()}")
        return False


@attrs.frozen
class StoreAttr(Kind):
    constant_effect = -2

    @staticmethod
    def write(w, part) -> bool:
        key = w.value()
        w.mark()
        obj = w.pop()
        value = w.pop()
        name = attribute_name(w, key)
        w.emit(f"{obj}.{name} = {value}" if name is not None else f"setattr({obj}, {key}, {value})")
        return False


fusable(PushConst(), load_const)
fusable(PushFast(), load_fast)
fusable(StoreFast(), store_fast)
fusable(PushFast2(), load_fast_load_fast)
fusable(StorePushFast(), store_fast_load_fast)
fusable(StoreFast2(), store_fast_store_fast)
fusable(Nop(), copy_free_vars)
fusable(Global(), load_global)
fusable(Global("below"), load_global_311)
fusable(Global("above"), load_global_313)
fusable(_ATTR, load_attr)
fusable(Method("below"), load_method)
fusable(StoreAttr(), store_attr)
fusable(PushCell("frame.cells", "unbound_cell"), load_deref)
fusable(PushCell(), load_deref_311)
fusable(StoreCell("frame.cells"), store_deref)
fusable(StoreCell(), store_deref_311)
fusable(AttrOrMethod(Method("below")), load_attr_312)
fusable(AttrOrMethod(Method("above")), load_attr_313)
fusable(
    PLAIN, load_name, store_name, delete_name, store_global, delete_global, delete_fast,
    delete_deref, load_closure, load_classderef, delete_attr, setup_annotations, store_annotation, make_cell,
    delete_deref_311, load_closure_311, load_classderef_311, load_from_dict_or_deref,
    load_from_dict_or_globals, load_locals, load_fast_and_clear, load_super_attr_312, load_super_attr_313,
)

# Stack effects of the handlers whose kind does not give one (checked against each
# version's dis.stack_effect by tests/test_single_definition.py).
effect(-1, delete_attr, store_annotation, store_global, store_name)
effect(0, delete_deref, delete_deref_311, delete_fast, delete_global, delete_name, load_from_dict_or_deref,
       load_from_dict_or_globals, make_cell, setup_annotations)
effect(1, load_classderef, load_classderef_311, load_closure, load_closure_311,
       load_fast_and_clear, load_locals, load_name)
effect(lambda arg, jump: -1 if arg & 1 else -2, load_super_attr_312, load_super_attr_313)  # arg & 1: a method
