# Binary operators on instances of Python classes: the left operand's method is cached per class version, so
# reassigning or deleting it, NotImplemented, reflected methods, subclasses on the right and errors raised inside
# the method must all behave as with CPython's full dispatch.
import traceback


class V:
    def __init__(self, x):
        self.x = x

    def __add__(self, other):
        if isinstance(other, V):
            return V(self.x + other.x)
        if isinstance(other, (int, float)):
            return V(self.x + other)
        return NotImplemented

    def __mul__(self, k):
        if isinstance(k, V):
            return NotImplemented
        return V(self.x * k)

    def __sub__(self, other):
        raise ValueError("no subtraction for %r" % (other,))

    def __repr__(self):
        return "V(%r)" % (self.x,)


def add(a, b):
    return a + b


def mul(a, b):
    return a * b


def attempt(f, *args):
    try:
        return f(*args)
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)


for _ in range(3):  # the same sites, warm
    print(add(V(1), V(2)), add(V(1), 2), add(V(1), 2.5), mul(V(3), 4), mul(V(3), 0.5))
print(attempt(mul, V(1), V(2)))
print(attempt(add, V(1), "s"))
print(attempt(lambda a, b: a - b, V(1), 3))


class W(V):
    def __radd__(self, other):
        return "W.__radd__ first"


print(add(V(1), W(5)), add(W(5), V(1)))

# the class changes after the sites have cached its methods
V.__add__ = lambda self, other: "replaced"
print(add(V(1), V(2)), add(V(1), 3), add(W(1), 3))
del V.__add__
print(attempt(add, V(1), V(2)), attempt(add, V(1), 3))
V.__add__ = lambda self, other: NotImplemented
print(attempt(add, V(1), 3), attempt(add, V(1), 2.0))


class Base:
    def __add__(self, other):
        return "Base.__add__"


class Derived(Base):
    pass


print(add(Derived(), Derived()), add(Derived(), 1))
Base.__add__ = lambda self, other: "Base changed"
print(add(Derived(), Derived()))


class Seq:
    def __mul__(self, n):
        return NotImplemented

    def __rmul__(self, n):
        return "rmul %r" % (n,)


print(attempt(mul, Seq(), 3), attempt(mul, 3, Seq()), attempt(mul, Seq(), Seq()))


class Left:
    def __add__(self, other):
        return NotImplemented


class RightFloat(float):
    def __radd__(self, other):
        return "RightFloat.__radd__"


print(attempt(add, Left(), 1.5), attempt(add, Left(), RightFloat(1.5)), attempt(add, Left(), Left()))


class Deep:
    def __add__(self, other):
        return self + other


def deep():
    try:
        Deep() + 1
    except RecursionError as e:
        return "RecursionError"


print(deep())

try:
    V(1) - V(2)
except ValueError:
    tb = traceback.format_exc().splitlines()
    print(tb[0], tb[-1])
    print([line.strip() for line in tb if line.strip().startswith(("V(1)", "raise"))])
