# versions: 2.7 3.6+
def compute():
    result = 42
    return reslt


print("computing")
compute()
