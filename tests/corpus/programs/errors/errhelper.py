"""Helper for the errors area: raises from inside an imported module."""


def parse_record(text):
    fields = text.split(",")
    return {"name": fields[0], "age": to_int(fields[1])}


def to_int(s):
    return int(s)
