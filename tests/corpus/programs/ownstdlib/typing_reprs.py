# versions: 3.6 3.8 3.9 3.10
# needs: own-stdlib
# typing's reprs are its version's: Optional (3.9: typing.Optional[int]), Union,
# generic aliases, get_type_hints.
import typing

print(repr(typing.Optional[int]))
print(repr(typing.Union[int, str]))
print(repr(typing.List[int]), repr(typing.Dict[str, typing.Tuple[int, ...]]))
print(repr(typing.Callable[[int], str]))
T = typing.TypeVar("T")
print(repr(T), repr(typing.List[T]))


class Box(typing.Generic[T]):
    pass


print(repr(Box[int]))
