def twice(x):
    return x * 2
print "helper imported as", __name__
