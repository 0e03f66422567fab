# versions: 3.7+
# (3.6: pyparsing's "class version_info(NamedTuple)" fails under pyctk in 3.6's typing form; not a frames matter)
# pyparsing 3.0.9 (MIT, see NOTICE) reads frames and tracebacks: _trim_arity compares
# traceback.extract_stack/extract_tb lines to tell a parse action's own TypeError from a
# call with the wrong number of arguments, Forward records its caller's line.
import pyparsing as pp

integer = pp.Word(pp.nums).setParseAction(lambda t: int(t[0]))
name = pp.Word(pp.alphas, pp.alphanums + "_")
operand = integer | name
expr = pp.infixNotation(operand, [
    (pp.oneOf("* /"), 2, pp.opAssoc.LEFT),
    (pp.oneOf("+ -"), 2, pp.opAssoc.LEFT),
])
print(expr.parseString("1 + 2 * x - 3").asList())


def no_args():
    return "no-args"


def one_arg(tokens):
    return [t.upper() for t in tokens]


def three_args(s, loc, tokens):
    return ["%d:%s" % (loc, tokens[0])]


for action in (no_args, one_arg, three_args):
    print(action.__name__, pp.Word(pp.alphas).setParseAction(action).parseString("hello").asList())


def buggy(tokens):
    raise TypeError("bug inside the action")


try:
    pp.Word(pp.alphas).setParseAction(buggy).parseString("oops")
except TypeError as e:
    print("TypeError from the action:", e)

key_value = pp.Dict(pp.OneOrMore(pp.Group(name + pp.Suppress("=") + operand)))
result = key_value.parseString("a=1 b=two c=3")
print(sorted(result.asDict().items()))

try:
    integer.parseString("abc")
except pp.ParseException as e:
    print("ParseException:", e.lineno, e.col, e.msg)

rec = pp.Forward()
rec <<= pp.Suppress("(") + pp.ZeroOrMore(rec | integer) + pp.Suppress(")")
print(rec.parseString("(1 (2 3) ((4)))").asList())
