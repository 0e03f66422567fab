# versions: 2.7 3.6+
def ret_in_finally():
    try:
        return "try"
    finally:
        print("finally before return")


print(ret_in_finally())


def override():
    try:
        return "try"
    finally:
        return "finally"


print(override())


def swallow():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"


print(swallow())


def break_in_finally():
    for i in range(5):
        try:
            if i == 2:
                raise KeyError(i)
        finally:
            if i == 2:
                break
    return i


print(break_in_finally())


def nested_finally():
    out = []
    try:
        try:
            out.append("inner try")
            return out
        finally:
            out.append("inner finally")
    finally:
        out.append("outer finally")


print(nested_finally())


def loop_with_finally():
    log = []
    for i in range(4):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            log.append("body%d" % i)
        finally:
            log.append("fin%d" % i)
    return log


print(loop_with_finally())


def return_value_evaluated_first():
    x = [1]
    try:
        return x
    finally:
        x.append(2)


print(return_value_evaluated_first())


def while_finally():
    n = 0
    while n < 10:
        n += 1
        try:
            if n % 2:
                continue
            if n > 6:
                return n
        finally:
            print("finally n=%d" % n)


print(while_finally())


def gen_finally():
    try:
        yield 1
    finally:
        print("gen finally")


for v in gen_finally():
    print(v)
    break
print("end")
