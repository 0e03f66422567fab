# versions: 2.7 3.6+
# A real package that needs six (python-dateutil 2.8.2) and six 1.16.0 itself, beside the program.
import sys
import datetime
import six
print(six.PY2, six.PY3, six.__version__, sys.modules["six"] is six)
print(six.text_type.__name__, six.binary_type.__name__, len(six.integer_types), six.MAXSIZE == sys.maxsize)
from six.moves import range as srange, configparser, queue, reduce
print(list(srange(3)), configparser.__name__, queue.__name__, reduce(lambda a, b: a + b, [1, 2, 3]))
from six.moves.urllib.parse import quote
print(quote("a b/c"))
print(six.moves.builtins.__name__, "six.moves.builtins" in sys.modules)
d = {"a": 1, "b": 2}
print(sorted(six.iteritems(d)), sorted(six.iterkeys(d)), repr(six.u("text"))[-5:])

class Meta(type):
    def __new__(mcs, name, bases, ns):
        ns["tagged"] = name.lower()
        return type.__new__(mcs, name, bases, ns)

@six.add_metaclass(Meta)
class Thing(object):
    pass

class Other(six.with_metaclass(Meta, object)):
    pass

print(Thing.tagged, type(Thing).__name__, Other.tagged)
try:
    six.reraise(ValueError, ValueError("again"), None)
except ValueError as e:
    print("reraised", e)

from dateutil.relativedelta import relativedelta, MO, FR
from dateutil.easter import easter
from dateutil.rrule import rrule, MONTHLY, WEEKLY
print(datetime.date(2020, 1, 31) + relativedelta(months=+1))
print(relativedelta(datetime.date(2021, 3, 1), datetime.date(2020, 1, 15)))
print(easter(2024), easter(1999))
print(datetime.date(2024, 5, 15) + relativedelta(weekday=MO(+1)), relativedelta(weekday=FR(-2)))
for day in rrule(MONTHLY, count=3, dtstart=datetime.datetime(2020, 1, 31)):
    print(day)
print(rrule(WEEKLY, count=2, dtstart=datetime.datetime(2024, 2, 26)).after(datetime.datetime(2024, 2, 27)))
