# Float trees: arithmetic computed as doubles when every operand is a float, the general path otherwise.
import math


def tree(a, b, c):
    x = a * b + c
    y = (a - b) * (a + b) / c
    z = -a * 2 + b ** 2 - c / 4
    w = a * -0 + b * 0
    return x, y, z, w


print(tree(1.5, 2.25, -3.0))
print(tree(1, 2, 3))
print(tree(1.5, 2, 3))
print(tree(True, 2.5, 1.0))
print(tree(10**20, 1.5, 2.0))
print(tree(-0.0, 0.0, 1.0))
for args in [(1.0, 2.0, 0.0), (1.0, 2.0, 0), (10**400, 1.0, 1.0), ("a", 2.0, 1.0), (None, 1.0, 1.0)]:
    try:
        print(tree(*args))
    except Exception as e:
        print(type(e).__name__, e)


def powers(x, y):
    return x ** y, x ** 0.5, x ** -1.5, 2 ** x, x ** 2


for x, y in [(2.0, 0.5), (1e-300, 2.0), (4.0, -0.5), (0.0, 2.0), (-8.0, 1.0 / 3), (-2.0, 2.0), (1e300, 2.0),
             (math.inf, 0.5), (math.nan, 0.0), (1.0, math.nan), (0.5, math.inf), (2.0, -math.inf), (1e308, 1e308)]:
    try:
        print(x, y, powers(x, y))
    except Exception as e:
        print(x, y, type(e).__name__, e)
try:
    print(0.0 ** -1.0 + 1.0)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)


class F(float):
    def __add__(self, other):
        return "F.add"

    def __mul__(self, other):
        return F(99.0)

    def __rsub__(self, other):
        return "F.rsub"


def sub(a, b, c):
    return a * b + c, b - a, a + b * c


print(sub(F(1.0), 2.0, 3.0), sub(2.0, F(3.0), 4.0))


class I(int):
    def __truediv__(self, other):
        return "I.div"


print(tree(I(3), 2.0, 4.0), I(3) / 2.0 + 0.0 if False else I(3) / 2.0)

log = []


class Seq:
    def __init__(self, name, value):
        self.name = name
        self.value = value

    def __getitem__(self, i):
        log.append(self.name)
        if i > 5:
            raise IndexError(self.name)
        return self.value


def order(a, b, c):
    # a[0] * b runs before c[9] is evaluated: its TypeError wins over c's IndexError.
    return a[0] * b + c[9]


for a in [Seq("a", "text"), Seq("a", 2.0)]:
    try:
        print(order(a, [1], Seq("c", 1.0)))
    except Exception as e:
        print(type(e).__name__, e, log)
    log.clear()


def calls(f, g):
    return f(1) * 2.0 + g(2) * 3.0


def loud(tag):
    def fn(v):
        log.append(tag)
        return v * 1.5
    return fn


print(calls(loud("f"), loud("g")), log)
log.clear()


def augmented(v, k):
    v[0] -= k * 2.0
    v[1] += v[0] * k
    v[-1] *= 0.5
    v[2] /= k
    v[0] **= 2
    return v


print(augmented([1.0, 2.0, 3.0], 1.5))
print(augmented([1, 2, 3], 2))
print(augmented([F(1.0), 2.0, 3.0], 1.5))
for bad in ([1.0, 2.0, 3.0], 0.0), ([1.0], 1.0), ("abc", 1.0):
    try:
        print(augmented(*bad))
    except Exception as e:
        print(type(e).__name__, e)


def locals_aug(n):
    total = 0.0
    x = 1.0
    for i in range(n):
        x *= 1.0001
        total += x * x - 1.0 / x
    return total, x


print(locals_aug(10), locals_aug(0))


def mixed_local(n):
    acc = 0
    for i in range(n):
        acc += i * 0.5
        acc -= 1
    return acc


print(mixed_local(7))


class P:
    def __init__(self):
        self.x = 1.5
        self.y = 2.5


def attrs(p):
    p.x += p.y * 2.0
    return p.x * p.y + 1.0


print(attrs(P()))


def unbound(flag):
    if flag:
        z = 2.0
    return z * 3.0 + 1.0


print(unbound(True))
try:
    unbound(False)
except UnboundLocalError as e:
    print("UnboundLocalError", e)


def gen(n):
    x = 0.5
    for i in range(n):
        x = x * 1.5 + (yield x * 2.0)
        x = x + 0.25


g = gen(3)
print(next(g), g.send(1.0), g.send(2.5))
print([a * 2.0 + b for a, b in [(1.0, 2.0), (1, 2), (0.5, -0.5)]])


def cond(a, b):
    if a * 2.0 > b + 1.0:
        return "gt"
    return "le"


print(cond(1.0, 0.5), cond(1, 5), cond(1.5, 2.0))
print(1e308 * 10.0 - 1e308 * 10.0, -(1.0 - 1.0), 5e-324 / 2.0, 0.1 + 0.2, 1 / 3.0 * 3.0)


def mixed(y, size, n):
    a = 2.4 * y / size - 1.2
    b = 1.5 + n
    c = (y * 0.5 + n * 0.25) ** 2
    d = n ** 0.5 + 2.0 ** n
    e = n / 3.0 - y / 2.0
    acc = n
    acc += 0.5 * y
    return a, b, c, d, e, acc


for args in [(3, 7, 5), (0, 1, 0), (2**62 + 1, 3, 2**53 + 1), (-7, 2, -3), (3, 0, 1), (3.5, 2, 1), (True, 2, 3),
             (10**30, 3, 1), (3, 7, 10**400)]:
    try:
        print(args[:2], mixed(*args))
    except Exception as e:
        print(type(e).__name__, e)


def mandel_like(size):
    out = []
    for y in range(size):
        ci = 2.4 * y / size - 1.2
        for x in range(size):
            cr = 3.0 * x / size - 2.1
            out.append(cr * ci)
    return sum(out)


print(mandel_like(7))
print(mixed(2**62 + 1, 3, 5), mixed(2**53 + 1, 2**53 + 3, 7), mixed(-2**63, 1, 2))
