# versions: 3.6+
try:
    {}["key"]
except KeyError:
    raise LookupError("context hidden") from None
