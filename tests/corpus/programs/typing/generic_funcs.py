# versions: 3.12+
def first[T](items: list[T]) -> T:
    return items[0]
def pair[K, V](k: K, v: V) -> tuple[K, V]:
    return (k, v)
def clamp[N: (int, float)](x: N, lo: N, hi: N) -> N:
    return max(lo, min(hi, x))
def longest[S: str](a: S, b: S) -> S:
    return a if len(a) >= len(b) else b
def variadic[*Ts](*args: *Ts) -> tuple[*Ts]:
    return args
def with_params[**P](f):
    return f
print(first([3, 2, 1]), first("xyz"))
print(pair("a", 1))
print(clamp(15, 0, 10), clamp(-2.5, 0.0, 1.0))
print(longest("abc", "de"))
print(variadic(1, "two", 3.0))
print(with_params(len)("four"))
T_, = first.__type_params__
print(T_, T_.__name__, type(T_).__name__)
K, V = pair.__type_params__
print(K.__name__, V.__name__)
N, = clamp.__type_params__
print(N.__constraints__)
S, = longest.__type_params__
print(S.__bound__)
print(type(variadic.__type_params__[0]).__name__, type(with_params.__type_params__[0]).__name__)
print(first.__annotations__)
