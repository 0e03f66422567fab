# versions: 3.12+
type Point = tuple[float, float]
type IntList = list[int]
type Pair[T] = tuple[T, T]
type Tree[T] = T | list[Tree[T]]
print(type(Point).__name__)
print(Point.__name__)
print(Point.__value__)
print(Pair.__type_params__)
print(Pair[int])
print(Pair.__value__)
print(Tree.__value__)
print(IntList.__value__ == list[int])
def lazily_evaluated():
    type Forward = Undefined
    try:
        Forward.__value__
    except NameError as e:
        print("NameError on __value__:", e)
    return Forward.__name__
print(lazily_evaluated())
class Holder:
    type Inner = dict[str, int]
print(Holder.Inner.__value__)
print(Holder.Inner.__name__)
