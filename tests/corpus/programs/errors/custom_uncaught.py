# versions: 2.7 3.6+
class ConfigError(Exception):
    def __init__(self, key, problem):
        Exception.__init__(self, key, problem)
        self.key = key
        self.problem = problem

    def __str__(self):
        return "bad config key %r: %s" % (self.key, self.problem)


def load(cfg):
    for k in sorted(cfg):
        print("checking %s" % k)
        if cfg[k] is None:
            raise ConfigError(k, "missing value")


load({"alpha": 1, "beta": None, "gamma": 3})
