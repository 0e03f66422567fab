# versions: 2.7 3.6+
def describe(count):
    return "count: " + count


print(describe("5"))
print(describe(5))
