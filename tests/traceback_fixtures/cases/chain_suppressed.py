# versions: 3.6+
def find(table, key):
    try:
        return table[key]
    except KeyError:
        raise LookupError("no entry for %s" % key) from None


find({}, "alpha")
