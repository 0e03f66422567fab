# versions: 3.6+
def cleanup():
    raise RuntimeError("cleanup failed")


try:
    {}["missing"]
except KeyError:
    cleanup()
