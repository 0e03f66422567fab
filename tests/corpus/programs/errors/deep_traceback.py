# versions: 2.7 3.6+
class Processor(object):
    def __init__(self, data):
        self.data = data

    def run(self):
        return [self.step(x) for x in self.data]

    def step(self, x):
        return transform(x)


def transform(x):
    return scale(x) + 1


def scale(x):
    return 100 // x


def main():
    p = Processor([5, 2, 0, 1])
    print("processing")
    return p.run()


print("start")
main()
