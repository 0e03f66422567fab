# A class whose __repr__ counts its calls: stepping through it changes nothing
# versions: 2.7 3.8 3.13
class Point(object):
    reprs = 0

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        Point.reprs += 1
        return "Point(%d, %d)" % (self.x, self.y)


p = Point(1, 2)
q = Point(p.x + 1, p.y * 2)
pair = [p, q]
print("reprs so far: %d" % Point.reprs)
print(pair)
print("reprs so far: %d" % Point.reprs)
