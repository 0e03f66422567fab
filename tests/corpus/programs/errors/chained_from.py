# versions: 3.6+
def read_port(cfg):
    try:
        return int(cfg["port"])
    except KeyError as e:
        raise RuntimeError("configuration incomplete") from e
print("reading")
read_port({"host": "localhost"})
