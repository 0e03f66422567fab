"""A package beside the main file, with data files next to it."""
import pkgutil

GREETING = pkgutil.get_data(__name__, "greeting.txt")


def read(name):
    return pkgutil.get_data(__name__, name)
