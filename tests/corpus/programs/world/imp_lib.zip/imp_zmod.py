"""A module in a zip archive on the path (as an application's base_library.zip)."""


def hello():
    return "hello from a zipped module"
