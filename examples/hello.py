"""The bundled example: CPython 3.8 bytecode that pyctk runs on any host 3.10-3.13.

Rebuild: python3.8 -c "import py_compile as p; p.compile('hello.py', 'hello.pyc', 'hello.py',
         doraise=True, invalidation_mode=p.PycInvalidationMode.CHECKED_HASH)"
"""


def greet(name, punctuation="!"):
    return "Hello, %s%s" % (name, punctuation)


def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


if __name__ == "__main__":
    print(greet("pyctk"))
    print([fib(i) for i in range(10)])
    print(f"squares: {', '.join(str(i * i) for i in range(5))}")
