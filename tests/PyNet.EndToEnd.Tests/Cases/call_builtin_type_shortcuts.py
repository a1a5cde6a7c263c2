# Calls of builtin types that take a typed shortcut (int(x) of an int or float, enumerate(xs[, start])) must give
# exactly what the general type call gives, errors included.


def attempt(f, *args, **kw):
    try:
        return f(*args, **kw)
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)


for x in (0.0, -0.0, 0.5, -0.5, 2.9999, -2.9999, 1e18, 9.3e18, -9.3e18, 1e300, -1e300, 2.0 ** 63, -(2.0 ** 63), 123456789.75):
    r = int(x)
    print(repr(x), r, type(r).__name__)
for x in (float("inf"), float("-inf"), float("nan")):
    print(attempt(int, x))
big = 10 ** 30
print(int(big) is big, int(7), int(-7), int(True), type(int(True)).__name__, int(False))


class F(float):
    def __int__(self):
        return 42

    def __trunc__(self):
        return 43


class I(int):
    pass


print(int(F(1.5)), int(I(5)), type(int(I(5))).__name__)
print(attempt(int, 1.5, 10), attempt(int, "12", 8), attempt(int))

print(list(enumerate("abc")), list(enumerate([1, 2], 10)), list(enumerate((), 5)))
print(list(enumerate("ab", start=-1)), list(enumerate(iterable="xy")))
print(attempt(enumerate, 5), attempt(enumerate, [1], "s"), attempt(enumerate))
print(list(enumerate("ab", True)), list(enumerate("ab", 10 ** 20)))
e = enumerate(iter([1, 2, 3]))
print(next(e), type(e).__name__, list(e))


class MyEnumerate(enumerate):
    pass


print(type(MyEnumerate("ab")).__name__, list(MyEnumerate("ab", 3)))
for i, (n, c) in enumerate(enumerate("hi")):
    print(i, n, c)
