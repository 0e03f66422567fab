# versions: 3.6+
# pickle stores the program's functions and classes by reference (module and name).
import pickle


def area(w, h):
    return w * h


class Box:
    def __init__(self, w, h):
        self.w = w
        self.h = h

    def area(self):
        return area(self.w, self.h)

    class Inner:
        def method(self):
            return "inner"


for obj in (area, Box, Box.area, Box.Inner, Box.Inner.method, [area, {"k": Box}]):
    data = pickle.dumps(obj)
    back = pickle.loads(data)
    print(back is obj or back == obj, len(data) > 0)
b = pickle.loads(pickle.dumps(Box(2, 3)))
print(b.area(), type(b) is Box)
for protocol in range(5):  # the protocols every version has
    print(protocol, pickle.loads(pickle.dumps(area, protocol)) is area)
try:
    pickle.dumps(lambda: 1)
except (pickle.PicklingError, AttributeError) as e:
    print(type(e).__name__)


def outer():
    def local():
        pass
    return local


try:
    pickle.dumps(outer())
except (pickle.PicklingError, AttributeError):
    # natively AttributeError from C's _pickle; pyctk runs pickle's Python code for the
    # guest (it must see the guest's modules), which raises PicklingError (README)
    print("local function not picklable")
