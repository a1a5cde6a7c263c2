def f(n):
    total = 0
    x = 1.5
    for i in range(n):
        total += i * i
        x = x * 1.0001 + i / 3
    return total, x

print(f(10), f(1000))

def ovf():
    a = 2**62
    b = a + a
    c = b * b
    d = -9223372036854775807 - 1
    e = -d
    f = d // -1
    g = d % -1
    return a, b, c, d, e, f, g
print(ovf())

def mixed(a, b):
    s = a + b
    t = a * 3
    u = a - b
    v = a / b if b else None
    w = a // 2
    return s, t, u, v, w
print(mixed(3, 4), mixed(2.5, 4), mixed("ab", "cd") if False else None, mixed([1], [2]) if False else None)
try:
    mixed("ab", 3)
except TypeError as e:
    print("TE", e)
print(mixed(True, 2))
print(mixed(10**20, 3))

def unb():
    if False:
        k = 1
    return k + 1
try:
    unb()
except UnboundLocalError as e:
    print("ULE", e)

def cmp(n):
    c = 0
    i = 0
    while i < n:
        i += 1
        if i % 3 == 0:
            c += 1
        if i > 2.5:
            c += 0
    z = 0.0
    if z:
        c = -1
    return c, i, 2**53 + 1 > 2.0**53, (2**53+1) == 2.0**53
print(cmp(100))

def divs():
    out = []
    for a in (7, -7, 0):
        for b in (2, -2, 3):
            x = a // b
            y = a % b
            z = a / b
            out.append((x, y, z))
    try:
        q = 1
        q = q / 0
    except ZeroDivisionError as e:
        out.append(str(e))
    try:
        q = 1.0
        q = q // 0
    except ZeroDivisionError as e:
        out.append(str(e))
    return out
print(divs())

def shifts():
    r = []
    for s in (0, 1, 63, 64, 100):
        a = 1
        a = a << s
        b = -5
        b = b >> s
        r.append((a, b))
    return r
print(shifts())

def floats():
    a = 0.1
    b = a * 3
    c = b ** 2
    d = (-8.0) 
    e = d ** 0.5
    f = 10.0
    g = f ** 400 if False else 1
    try:
        h = f ** 400
    except OverflowError as ex:
        h = str(ex)
    return b, c, e, g, h, -a, +a
print(floats())

def swap():
    a, b = 1, 2
    a, b = b, a
    x, (y, z) = 1, (2, 3)
    return a, b, x, y, z
print(swap())

def loc():
    q = 5
    q = q * 2
    return locals()
print(loc())

def delit():
    v = 1
    v += 1
    del v
    try:
        v += 1
    except UnboundLocalError as e:
        return str(e)
print(delit())
def neg():
    m = -9223372036854775807 - 1
    m = -m
    return m, -(-3), -(2.5)
print(neg())
def big():
    x = 3
    for i in range(200):
        x = x * 3
    return x % 1000007
print(big())
def rng():
    t = 0
    for i in range(10**19, 10**19 + 3):
        t += i
    for j in range(5, -5, -2):
        t += j
    return t
print(rng())


def special_floats():
    inf = float("inf")
    nan = float("nan")
    z = 0.0
    nz = -z
    r = []
    x = inf
    x = x - inf
    r.append((x != x, nan < 1.0, nan >= 1.0, nan == nan, nan != nan, nz, 1 / inf, -inf * 0 != 0))
    y = 1e308
    y = y * 10
    r.append(y)
    k = 2 ** 53
    k = k + 1
    r.append((k > 2.0 ** 53, k == 2.0 ** 53, k < 2.0 ** 53 + 2, float(k)))
    m = 7.5
    m = m // 2
    n = -7.5
    n = n % 2
    r.append((m, n))
    return r
print(special_floats())


class MyInt(int):
    def __add__(self, other):
        return "MyInt.add"


def subclasses():
    a = MyInt(3)
    b = a + 1
    c = True
    c = c + True
    d = 5
    d = d + MyInt(1)
    return b, c, d
print(subclasses())


def kinds_change():
    x = 0
    x = x + 1
    x = "s"
    x = x + "t"
    y = 1
    y = [1]
    y += [2]
    alias = y
    y += [3]
    z = 5
    z = None
    try:
        z = z + 1
    except TypeError as e:
        z = str(e)
    return x, y, alias is y, z
print(kinds_change())


def indexing():
    data = [10, 20, 30]
    t = (1, 2, 3)
    i = 0
    i = i + 2
    out = [data[i], data[i - 3], t[i], t[-i], data[i - 1]]
    data[i - 2] = 99
    data[i] += 1
    try:
        data[i + 5]
    except IndexError as e:
        out.append(str(e))
    try:
        data[i + 5] = 1
    except IndexError as e:
        out.append(str(e))
    try:
        t[i * 10]
    except IndexError as e:
        out.append(str(e))
    d = {3: "three"}
    out.append(d[i + 1])
    return out, data
print(indexing())


def order():
    log = []

    def f(v):
        log.append(v)
        return v
    a, b, c = f(1), f(2), f(3)
    a, b = b + c, a * 10
    lst = [0, 0]
    lst[0], lst[1] = f(4), f(5)
    return a, b, c, lst, log
print(order())


def nested_arith(p, q):
    return p.real * q.real + p.imag * q.imag - (p.real - q.real) * 2
print(nested_arith(3, 4), nested_arith(1.5, 2), nested_arith(2 + 1j, 3 + 0j))


def loops():
    total = 0
    for i in range(3):
        for j in range(i, 10, 3):
            total += i * j
    for w in range(0):
        total = -1
    n = 10
    while n:
        n -= 3 if n > 3 else n
    for x in [1.5, 2, "three"]:
        total = total * 2 if not isinstance(x, str) else total
    return total, n
print(loops())


def comprehensions(n):
    cols = range(n)
    perm = (2, 0, 3, 1)
    a = {perm[i] + i for i in cols}
    b = [x * y for x in range(n) for y in range(x) if (x + y) % 2]
    c = {k: k ** 2 for k in [1, 2.5, -3]}
    d = [s + "!" for s in ["a", "b"] if s < "b"]
    e = [i for i in range(n, 0, -1) if i > 1]
    f = [(lambda: j)() for j in range(3)]
    return sorted(a), b, c, d, e, f
print(comprehensions(4))


def loop_targets(items):
    total = 0
    for v in items:
        total = total + v * 2
    for w in ["x", "y"]:
        total = str(total) + w if w > "x" else total
    return total
print(loop_targets([1, 2.5, True]))
