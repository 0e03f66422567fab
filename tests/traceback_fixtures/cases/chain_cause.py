# versions: 3.6+
class ConfigError(Exception):
    pass


def parse(text):
    return int(text)


def load(text):
    try:
        return parse(text)
    except ValueError as exc:
        raise ConfigError("bad config value: %r" % text) from exc


load("abc")
