# versions: 3.6+
import sys
import traceback


def walker():
    print([(f.f_code.co_name, line) for f, line in traceback.walk_stack(sys._getframe())])
    summary = traceback.StackSummary.extract(traceback.walk_stack(sys._getframe()), capture_locals=True)
    print([(s.name, s.lineno, sorted(k for k in s.locals or () if not k.startswith("__"))) for s in summary])


def caller(token):
    walker()


caller("x")
