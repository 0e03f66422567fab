# versions: 2.7 3.6+
class AppError(Exception):
    pass


class ValidationError(AppError):
    def __init__(self, field, message):
        AppError.__init__(self, field, message)
        self.field = field
        self.message = message

    def __str__(self):
        return "%s: %s" % (self.field, self.message)


class NotFound(AppError):
    code = 404


def validate(d):
    if "name" not in d:
        raise ValidationError("name", "required")
    if len(d["name"]) < 3:
        raise ValidationError("name", "too short")
    if d["name"] == "ghost":
        raise NotFound("no such user")
    return "valid"


for case in [{}, {"name": "ab"}, {"name": "ghost"}, {"name": "alice"}]:
    try:
        print(validate(case))
    except ValidationError as e:
        print("ValidationError %s | field=%s | args=%r" % (e, e.field, e.args))
    except AppError as e:
        print("%s %s code=%d" % (type(e).__name__, e, e.code))
print(issubclass(ValidationError, Exception))
print(ValidationError.__mro__[1].__name__)
e = NotFound("a", "b")
print(e.args)
print(str(e))
print(repr(e))
print(repr(AppError()))
print(str(AppError()))
print(repr(ValueError("x")))


class WithRepr(Exception):
    def __repr__(self):
        return "WithRepr!"


print(repr(WithRepr()))


class Payload(Exception):
    def __init__(self, value):
        Exception.__init__(self)
        self.value = value


try:
    raise Payload([1, 2, 3])
except Payload as p:
    print(p.value)
    print(p.args)
try:
    raise NotFound
except AppError as e:
    print("raised class: %s" % type(e).__name__)
