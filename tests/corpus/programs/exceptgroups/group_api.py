# versions: 3.11+
# The exception group API as each CPython gives it: on a 3.10 host pyctk supplies the classes,
# and what the guest sees must not depend on a backport's release.
def show(label, thunk):
    try:
        print(label, repr(thunk()))
    except Exception as e:
        print(label, type(e).__name__, e)
def type_of_error(thunk):
    # (3.13 words this one differently, and the message comes from the host's class on 3.11+ hosts)
    try:
        thunk()
    except Exception as e:
        return type(e).__name__


show("args list:", lambda: ExceptionGroup("m", [ValueError(1)]).args)
show("args tuple:", lambda: ExceptionGroup("m", (ValueError(1),)).args)
show("str one:", lambda: str(ExceptionGroup("one", [ValueError(1)])))
show("str two:", lambda: str(BaseExceptionGroup("two", [ValueError(1), KeyboardInterrupt()])))
show("no args:", lambda: ExceptionGroup())
show("one arg:", lambda: ExceptionGroup("m"))
show("bad message:", lambda: ExceptionGroup(1, [ValueError()]))
show("not a sequence:", lambda: ExceptionGroup("m", {ValueError()}))
show("empty:", lambda: BaseExceptionGroup("m", ()))
show("not an exception:", lambda: ExceptionGroup("m", [ValueError(), 3]))
show("base in plain group:", lambda: ExceptionGroup("m", [SystemExit(2)]))
show("keywords:", lambda: ExceptionGroup("m", [ValueError()], x=1))
show("base group type:", lambda: type(BaseExceptionGroup("m", [SystemExit(2)])).__name__)
show("mro:", lambda: [c.__name__ for c in ExceptionGroup.__mro__])
show("module:", lambda: (ExceptionGroup.__module__, BaseExceptionGroup.__qualname__))
show("exceptions is a tuple:", lambda: ExceptionGroup("m", [ValueError(1)]).exceptions)
show("bad matcher:", lambda: type_of_error(lambda: ExceptionGroup("m", [ValueError()]).split(3)))
show("list matcher:", lambda: type_of_error(lambda: ExceptionGroup("m", [ValueError()]).subgroup([ValueError])))
show("tuple matcher:", lambda: ExceptionGroup("m", [ValueError(1), KeyError(2), OSError(3)]).split((KeyError, OSError)))
show("whole group matches:", lambda: ExceptionGroup("m", [ValueError(1)]).subgroup(ExceptionGroup))
show("subscript:", lambda: ExceptionGroup[int])


class Tagged(ExceptionGroup):
    def derive(self, excs):
        return Tagged(self.message + "+", excs)


show("subclass base nesting:", lambda: Tagged("t", [KeyboardInterrupt()]))
tagged = Tagged("t", [ValueError(1), TypeError(2)])
show("subclass split:", lambda: tagged.split(TypeError))
show("subclass plain derive:", lambda: ExceptionGroup.derive(tagged, [OSError()]))

try:
    try:
        raise KeyError("cause")
    except KeyError as cause:
        raise ExceptionGroup("meta", [ValueError(1), TypeError(2)]) from cause
except ExceptionGroup as caught:
    group = caught
group.add_note("a note")
match, rest = group.split(ValueError)
print("cause kept:", repr(match.__cause__), match.__suppress_context__, repr(rest.__context__))
print("notes copied:", match.__notes__, rest.__notes__, match.__notes__ is group.__notes__)
print("traceback kept:", match.__traceback__ is group.__traceback__)
print("leaves kept:", match.exceptions[0] is group.exceptions[0])
try:
    raise BaseExceptionGroup("outer", [ValueError("v"), BaseExceptionGroup("inner", [KeyboardInterrupt()])])
except* ValueError as g:
    print("star value:", repr(g))
except* KeyboardInterrupt as g:
    print("star interrupt:", repr(g))
