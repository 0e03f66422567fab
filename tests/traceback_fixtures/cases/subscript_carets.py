# versions: 2.7 3.6+
config = {"server": {"host": "localhost"}}


def lookup(cfg):
    return cfg["server"]["port"]


lookup(config)
