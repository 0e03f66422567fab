# versions: 2.7 3.6+
import tbhelper


class Box(object):
    class Err(Exception):
        pass


try:
    tbhelper.fail()
except tbhelper.HelperError:
    try:
        raise tbhelper.Outer.InnerError("nested class")
    except LookupError:
        raise Box.Err("nested in main")
