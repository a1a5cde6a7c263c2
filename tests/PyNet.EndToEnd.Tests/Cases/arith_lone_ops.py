# Lone arithmetic operations whose operand types are unknown (no constant, no loop variable): in a function without a
# loop they take the general path, in one with a loop the inline float and int attempts; both must agree with CPython.


class MyInt(int):
    def __add__(self, other):
        return "MyInt.__add__"

    def __rsub__(self, other):
        return "MyInt.__rsub__"


class MyFloat(float):
    def __sub__(self, other):
        return "MyFloat.__sub__"


class Left:
    def __add__(self, other):
        return NotImplemented

    def __repr__(self):
        return "Left()"


def ops(a, b):
    return [a + b, a - b, a * b, -a, +b]


def divs(a, b):
    return [a / b, a // b, a % b, a ** b]


def bits(a, b):
    return [a & b, a | b, a ^ b, a >> b, a << b]


def looped(a, b):
    out = []
    for _ in range(2):
        out.append([a + b, a - b, a * b, -a])
    return out[1]


def nested(p, q):
    return p.x * q.x + p.y * q.y


class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"P({self.x!r}, {self.y!r})"


def show(f, *args):
    try:
        print(f.__name__, args, f(*args))
    except Exception as e:
        print(f.__name__, args, type(e).__name__, e)


values = [
    (3, 4), (2**62, 2**62), (-2**63, 1), (-2**63, -1), (2**63 - 1, 1), (3037000500, 3037000500), (1.5, 2), (2, 0.25),
    (True, True), (True, 2.5), (False, 3), (10**30, 7), (7, 10**30), (MyInt(5), 1), (1, MyInt(5)), (MyFloat(2.0), 3),
    (3, MyFloat(2.0)), (Left(), 1), ("ab", "cd"), ("ab", 3), ([1], [2]), (None, 1), (float("inf"), float("nan")),
    (-0.0, 0.0),
]
for a, b in values:
    show(ops, a, b)
    show(looped, a, b)
for a, b in [(7, 2), (-7, 2), (7, -2), (7, 0), (7.0, 0), (0, 0.0), (2, -1), (0, -1), (7.5, 2), (10**20, 3), (True, 2),
             (2, 0.5), (-8, 1 / 3), (1e308, 2)]:
    show(divs, a, b)
for a, b in [(12, 10), (-12, 3), (1, 70), (5, -1), (-1, 100), (True, 3), (12, 1.0)]:
    show(bits, a, b)
show(nested, P(1.5, 2), P(2, 0.5))
show(nested, P(2**40, 3), P(2**40, 4))
show(nested, P("a", "b"), P(2, 3))
show(nested, P(1, None), P(1, 1))
