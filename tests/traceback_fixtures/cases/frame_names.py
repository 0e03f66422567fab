# versions: 2.7 3.6+
class Klass(object):
    values = [1, 2, 0]
    inverted = list(map(lambda v: [10 // x for x in (v,)][0], values))
