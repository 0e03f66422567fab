# versions: 3.11+
# ExceptionGroup.subgroup/split with a predicate, a type and a tuple (on a 3.10 host,
# pyctk's own exception groups).
group = ExceptionGroup("outer", [ValueError(1), TypeError("t"), ExceptionGroup("inner", [ValueError(2), KeyError("k")])])
print(repr(group.subgroup(lambda e: isinstance(e, ValueError))))
match, rest = group.split(lambda e: isinstance(e, (TypeError, KeyError)))
print(repr(match))
print(repr(rest))
print(repr(group.subgroup(ValueError)), repr(group.subgroup((OSError,))))
print(group.subgroup(lambda e: e is group) is group)
print(repr(group.split(lambda e: False)))
