# Defaults, keyword arguments, *args/**kwargs, closures and nonlocal.
def f(a, b=2, *rest, c, d=4, **extra):
    return (a, b, rest, c, d, sorted(extra.items()))

print(f(1, c=3))
print(f(1, 5, 6, 7, c=8, z=9, y=10))

def counter():
    count = 0
    def increment(step=1):
        nonlocal count
        count += step
        return count
    return increment

c1, c2 = counter(), counter()
print(c1(), c1(), c1(10), c2())

makers = [lambda x, i=i: x + i for i in range(3)]
print([m(10) for m in makers])
late = [lambda: i for i in range(3)]
print([g() for g in late])

def apply(fn, *args, **kwargs):
    return fn(*args, **kwargs)

print(apply(max, 3, 8, 1), apply(f, 0, c=1, d=2))

def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print([fib(k) for k in range(15)])
g = 10
def read_global():
    return g * 2
def write_global():
    global g
    g = 7
write_global()
print(read_global())
