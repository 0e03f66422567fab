# versions: 3.6+
import inspect


def leaf(a, b, *rest, **options):
    frame = inspect.currentframe()
    print("current", frame.f_code.co_name, frame.f_lineno)
    print("stack", [(info.function, info.lineno) for info in inspect.stack()])
    print("context", [info.code_context[0].strip() for info in inspect.stack()[:2]])
    info = inspect.getframeinfo(frame)
    print("frameinfo", info.filename, info.lineno, info.function, info.code_context[0].strip())
    outer = inspect.getouterframes(frame)
    print("outer", [(o.function, o.lineno) for o in outer])
    args = inspect.getargvalues(frame)
    print("argvalues", args.args, args.varargs, args.keywords, args.locals["a"], args.locals["rest"])
    print("isframe", inspect.isframe(frame), inspect.isframe(frame.f_back))
    print("source", inspect.getsourcelines(frame)[1] <= frame.f_lineno)
    return a


def middle():
    return leaf(1, 2, 3, key="v")


class Service:
    def handle(self):
        return middle()


Service().handle()
print("module", inspect.stack()[0].function, inspect.stack()[0].lineno)
