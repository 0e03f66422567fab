# versions: 3.6+
class PluginBase:
    plugins = []
    def __init_subclass__(cls, name=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.plugin_name = name or cls.__name__.lower()
        PluginBase.plugins.append(cls.plugin_name)
        print("registered", cls.plugin_name)
class Alpha(PluginBase):
    pass
class Beta(PluginBase, name="bee"):
    pass
class Gamma(Beta):
    pass
print(PluginBase.plugins)
print(Gamma.plugin_name, Beta.plugin_name)
print(hasattr(PluginBase, "plugin_name"))
class Validated:
    required = ()
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        missing = [r for r in cls.required if not hasattr(cls, r)]
        if missing:
            raise TypeError("%s missing %s" % (cls.__name__, missing))
class Good(Validated):
    required = ("run",)
    def run(self):
        return "ran"
print(Good().run())
try:
    class Bad(Validated):
        required = ("run", "stop")
except TypeError as e:
    print("TypeError:", e)
try:
    class Wrong(PluginBase, unknown=1):
        pass
except TypeError as e:
    print("TypeError for unknown kwarg")
class Field:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.name = name
        self.private = "_" + name
    def __get__(self, obj, owner):
        if obj is None:
            return self
        return getattr(obj, self.private, None)
    def __set__(self, obj, value):
        setattr(obj, self.private, value)
class Model(PluginBase, name="model"):
    first = Field()
    second = Field()
    def __init__(self, a, b):
        self.first = a
        self.second = b
m = Model(1, "two")
print(m.first, m.second)
print(Model.first.name, Model.second.private)
print(sorted(vars(m)))
class Later:
    pass
f = Field()
Later.attr = f
print(hasattr(f, "name"))
f.__set_name__(Later, "attr")
print(f.name)
