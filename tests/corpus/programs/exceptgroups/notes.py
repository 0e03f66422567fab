# versions: 3.11+
# needs: host-stdlib
import traceback
e = ValueError("with notes")
e.add_note("first note")
e.add_note("second note")
print(e.__notes__)
try:
    raise e
except ValueError as caught:
    lines = traceback.format_exception_only(type(caught), caught)
    print("".join(lines), end="")
try:
    e.add_note(42)
except TypeError as t:
    print("TypeError:", t)
def enrich(step):
    try:
        if step == 2:
            raise KeyError(step)
        return "ok"
    except KeyError as err:
        err.add_note(f"while processing step {step}")
        raise
for s in range(3):
    try:
        print(enrich(s))
    except KeyError as err:
        print("caught", repr(err), err.__notes__)
eg = ExceptionGroup("grp", [ValueError("a")])
eg.add_note("group note")
print("".join(traceback.format_exception_only(type(eg), eg)), end="")
print(hasattr(ValueError(), "__notes__"))
