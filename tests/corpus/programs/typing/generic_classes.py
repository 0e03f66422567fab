# versions: 3.12+
class Stack[T]:
    def __init__(self) -> None:
        self.items: list[T] = []
    def push(self, item: T) -> None:
        self.items.append(item)
    def pop(self) -> T:
        return self.items.pop()
    def __repr__(self):
        return f"Stack({self.items})"
s = Stack[int]()
s.push(1)
s.push(2)
print(s, s.pop(), s)
print(Stack.__type_params__)
print(Stack[str])
print(Stack.__mro__[1].__name__)
class Box[T: (int, str)]:
    def __init__(self, v: T):
        self.v = v
    def get[U](self, conv: "callable[[T], U]") -> U:
        return conv(self.v)
b = Box(41)
print(b.get(lambda v: v + 1))
print(Box.get.__type_params__)
class Mapping[K, V](dict[K, V]):
    def keys_sorted(self) -> list[K]:
        return sorted(self)
m = Mapping(b=2, a=1)
print(m.keys_sorted(), type(m).__name__, isinstance(m, dict))
print([t.__name__ for t in Mapping.__type_params__])
class Node[T]:
    def __init__(self, value: T, next: "Node[T] | None" = None):
        self.value = value
        self.next = next
    def values(self):
        node = self
        while node is not None:
            yield node.value
            node = node.next
print(list(Node(1, Node(2, Node(3))).values()))
