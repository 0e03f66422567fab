# versions: 2.7 3.6+
def make_adder(n):
    return None


def run():
    return make_adder(1)(2) + 3


answer = run()
