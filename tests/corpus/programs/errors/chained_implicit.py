# versions: 3.6+
def cleanup():
    raise OSError("cleanup failed too")
def work():
    try:
        return 1 / 0
    except ZeroDivisionError:
        cleanup()
print("working")
work()
