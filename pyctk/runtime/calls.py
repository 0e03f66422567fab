"""Binding call arguments to a guest function's parameters, as CPython does.

The messages of the TypeErrors follow the guest's version: which name they use
(``f()`` or ``C.f()``) is the opset fact ``call_error_name``.
"""

from __future__ import annotations

from pyctk.code import CO_VARARGS, CO_VARKEYWORDS
from pyctk.runtime.objects import NULL


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def _names_list(names: list[str]) -> str:
    quoted = [f"'{n}'" for n in names]
    if len(quoted) == 1:
        return quoted[0]
    if len(quoted) == 2:
        return f"{quoted[0]} and {quoted[1]}"
    return ", ".join(quoted[:-1]) + f", and {quoted[-1]}"


def bind(entry, func, args: tuple, kwargs: dict | None, nslots: int) -> list:
    """The fast-locals list of a new frame of the guest function ``func`` (its stub's
    ``entry``: code and opcode set) called with ``args``/``kwargs``."""
    code = entry.code
    argcount = code.co_argcount
    nargs = len(args)
    flags = code.co_flags
    if not kwargs and not code.co_kwonlyargcount:
        # Positional arguments only, that fit: no error to word, no keyword to place.
        missing = argcount - nargs
        if missing > 0:  # the last parameters' defaults fill in
            defaults = func.__defaults__
            if defaults and len(defaults) >= missing:
                fast = [*args, *defaults[len(defaults) - missing:]]
            else:
                fast = None
        elif not missing:
            fast = list(args)
        elif flags & CO_VARARGS:
            fast = list(args[:argcount])
        else:
            fast = None
        if fast is not None:
            if flags & CO_VARARGS:
                fast.append(tuple(args[argcount:]))
            if flags & CO_VARKEYWORDS:
                fast.append({})
            fast.extend([NULL] * (nslots - len(fast)))
            return fast
    return _bind_slow(entry, func, code, args, kwargs or {}, nslots)


def _bind_slow(entry, func, code, args, kwargs, nslots):
    check = entry.opset.fact("arity_words")
    if check is not None:  # 2.7: its own words and order (checked before binding)
        check(code.co_name, code, func.__defaults__ or (), args, kwargs)
    fast = [NULL] * nslots
    argcount = code.co_argcount
    posonly = code.co_posonlyargcount
    kwonly = code.co_kwonlyargcount
    varnames = code.co_varnames
    flags = code.co_flags
    total = argcount + kwonly
    name = _display_name(entry, func)

    n = min(len(args), argcount)
    fast[:n] = args[:n]
    slot = total
    if flags & CO_VARARGS:
        fast[slot] = tuple(args[argcount:])
        slot += 1
    too_many = not flags & CO_VARARGS and len(args) > argcount  # told after the keywords, as CPython does
    kwdict = None
    if flags & CO_VARKEYWORDS:
        kwdict = {}
        fast[slot] = kwdict
    posonly_passed_by_keyword = []
    for key, value in kwargs.items():
        if not isinstance(key, str):
            message = entry.opset.fact("keywords_not_strings")
            raise TypeError(message % name if "%s" in message else message)
        try:
            index = varnames.index(key, posonly, total)
        except ValueError:
            index = -1
        if index < 0:
            if kwdict is None:
                if key in varnames[:posonly]:
                    posonly_passed_by_keyword.append(key)
                    continue
                raise TypeError(f"{name}() got an unexpected keyword argument '{key}'")
            kwdict[key] = value
            continue
        if fast[index] is not NULL:
            raise TypeError(f"{name}() got multiple values for argument '{key}'")
        fast[index] = value
    if too_many:
        _too_many_positional(func, name, code, args, kwargs)
    if posonly_passed_by_keyword:
        raise TypeError(
            f"{name}() got some positional-only arguments passed as keyword arguments: "
            f"'{', '.join(posonly_passed_by_keyword)}'"
        )

    defaults = func.__defaults__ or ()
    if len(args) < argcount:
        first_default = argcount - len(defaults)
        missing = []
        for i in range(len(args), argcount):
            if fast[i] is NULL:
                if i >= first_default:
                    fast[i] = defaults[i - first_default]
                else:
                    missing.append(varnames[i])
        if missing:
            raise TypeError(
                f"{name}() missing {len(missing)} required positional argument{'s' if len(missing) > 1 else ''}: "
                f"{_names_list(missing)}"
            )
    if kwonly:
        kwdefaults = func.__kwdefaults__ or {}
        missing = []
        for i in range(argcount, total):
            if fast[i] is NULL:
                key = varnames[i]
                if key in kwdefaults:
                    fast[i] = kwdefaults[key]
                else:
                    missing.append(key)
        if missing:
            raise TypeError(
                f"{name}() missing {len(missing)} required keyword-only argument{'s' if len(missing) > 1 else ''}: "
                f"{_names_list(missing)}"
            )
    return fast


def _display_name(entry, func) -> str:
    if entry.opset.fact("call_error_name") == "qualname":
        return func.__qualname__
    return entry.code.co_name  # before 3.10: the code's name, whatever __name__ became


def _too_many_positional(func, name, code, args, kwargs):
    argcount = code.co_argcount
    defaults = func.__defaults__ or ()
    kwonly_given = sum(1 for k in kwargs if k in code.co_varnames[argcount:argcount + code.co_kwonlyargcount])
    if defaults:
        takes = f"from {argcount - len(defaults)} to {argcount} positional arguments"
    else:
        takes = f"{_plural(argcount, 'positional argument')}"
    given = len(args)
    if kwonly_given:
        given_text = (
            f"{given} positional argument{'s' if given != 1 else ''} "
            f"(and {_plural(kwonly_given, 'keyword-only argument')}) were given"
        )
    else:
        given_text = f"{given} {'was' if given == 1 else 'were'} given"
    raise TypeError(f"{name}() takes {takes} but {given_text}")


def arity_words27(name, code, defaults, args, kwargs) -> None:
    """Raise what 2.7's ceval says for a call that does not fit the function's parameters
    (its order: too many positionals, then each keyword, then the missing ones; the count
    given includes the keywords), or nothing."""
    argcount = code.co_argcount
    flags = code.co_flags
    nargs = len(args)
    if not argcount and not flags & (CO_VARARGS | CO_VARKEYWORDS):
        if nargs or kwargs:
            raise TypeError("%s() takes no arguments (%d given)" % (name, nargs + len(kwargs)))
        return
    if nargs > argcount and not flags & CO_VARARGS:
        raise TypeError("%s() takes %s %d argument%s (%d given)" % (
            name, "at most" if defaults else "exactly", argcount, "" if argcount == 1 else "s", nargs + len(kwargs)))
    params = code.co_varnames[:argcount]
    filled = [i < nargs for i in range(argcount)]
    for key in kwargs:
        if not isinstance(key, str):
            raise TypeError("%s() keywords must be strings" % name)
        if key not in params:
            if not flags & CO_VARKEYWORDS:
                raise TypeError("%s() got an unexpected keyword argument '%s'" % (name, key))
            continue
        index = params.index(key)
        if filled[index]:
            raise TypeError("%s() got multiple values for keyword argument '%s'" % (name, key))
        filled[index] = True
    required = argcount - len(defaults)
    if nargs < required and not all(filled[:required]):
        raise TypeError("%s() takes %s %d argument%s (%d given)" % (
            name, "at least" if flags & CO_VARARGS or defaults else "exactly", required,
            "" if required == 1 else "s", sum(filled)))
