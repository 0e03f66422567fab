# versions: 2.7 3.6+
class Point(object):
    def __init__(self):
        self.horizontal = 1

    def area(self):
        return horizontal * 2


def read(p):
    return p.horizontl


def compute():
    counter_value = 1
    return counter_vlaue + counter_value


try:
    read(Point())
except AttributeError:
    try:
        compute()
    except NameError:
        try:
            Point().area()
        except NameError:
            shutil.copy("a", "b")
