# versions: 3.6+
def f(a, b):
    return (a  # first
            +  # the operator
            b)


f(1, "x")
