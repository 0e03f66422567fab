# versions: 3.11+
class BadNote:
    def __str__(self):
        raise RuntimeError("no")

    def __repr__(self):
        return "BadNote()"


try:
    e = ValueError("string notes")
    e.__notes__ = "not a list"
    raise e
except ValueError:
    try:
        e = KeyError("k")
        e.__notes__ = ("tuple note\n", BadNote(), "")
        raise e
    except KeyError:
        raise TypeError("plain")
