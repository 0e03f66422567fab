"""Loading and storing names: constants, locals, globals, cells, attributes."""

from __future__ import annotations

from pyctk.runtime.objects import NULL, Function, cell_get
from pyctk.runtime.ops import const, name, operand


@operand(const)
def load_const(frame, value):
    frame.stack.append(value)


def _name_error(frame, key):
    return NameError(frame.opset.fact("name_error") % key)


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
        value = frame.globals.get(key, NULL)
        if value is NULL:
            value = frame.builtins.get(key, NULL)
            if value is NULL:
                raise _name_error(frame, key)
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
    value = frame.globals.get(key, NULL)
    if value is NULL:
        value = frame.builtins.get(key, NULL)
        if value is NULL:
            raise _name_error(frame, key)
    frame.stack.append(value)


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
    s[-1] = getattr(s[-1], key)


@operand(name)
def store_attr(frame, key):
    s = frame.stack
    obj = s.pop()
    setattr(obj, key, s.pop())


@operand(name)
def delete_attr(frame, key):
    delattr(frame.stack.pop(), key)


_object_getattribute = object.__getattribute__


def push_method(stack, obj, key):
    """Replace ``obj`` on the stack by (function, self) when ``obj.key`` is a guest method
    found on the class (no bound method is made), else by (NULL, obj.key)."""
    tp = type(obj)
    if tp.__getattribute__ is _object_getattribute:
        meth = NULL
        for klass in tp.__mro__:
            d = klass.__dict__
            if key in d:
                meth = d[key]
                break
        if type(meth) is Function:
            d = getattr(obj, "__dict__", None)
            if d is None or key not in d:
                stack[-1] = meth
                stack.append(obj)
                return
    stack[-1] = NULL
    stack.append(getattr(obj, key))


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
