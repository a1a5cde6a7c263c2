# Argument binding on every call path: typed entries up to 8 parameters, keyword calls, *args/**kwargs
# forwarding, bound methods, generators, and CPython's errors.


def show(label, fn, *args, **kwargs):
    try:
        print(label, fn(*args, **kwargs))
    except TypeError as e:
        print(label, "TypeError:", e)


def p5(a, b, c, d, e):
    return (a, b, c, d, e)


def p6(a, b, c, d, e, f):
    return (a, b, c, d, e, f)


def p7(a, b, c, d, e, f, g):
    return (a, b, c, d, e, f, g)


def p8(a, b, c, d, e, f, g, h):
    return (a, b, c, d, e, f, g, h)


def p9(a, b, c, d, e, f, g, h, i):
    return (a, b, c, d, e, f, g, h, i)


def d6(a, b=2, c=3, d=4, e=5, f=6):
    return (a, b, c, d, e, f)


def mixed(a, /, b, *args, c, d=4, **kw):
    return (a, b, args, c, d, sorted(kw.items()))


print(p5(1, 2, 3, 4, 5), p6(1, 2, 3, 4, 5, 6), p7(1, 2, 3, 4, 5, 6, 7))
print(p8(1, 2, 3, 4, 5, 6, 7, 8), p9(1, 2, 3, 4, 5, 6, 7, 8, 9))
print(d6(1), d6(1, 2, 3, 4, 5), d6(1, f=0), d6(1, 2, 3, 4, 5, 6))
print(p6(*range(6)), p6(1, *[2, 3], *(4, 5), 6), p8(*"abcdefgh"))
show("p5 short", p5, 1, 2, 3, 4)
show("p6 long", p6, 1, 2, 3, 4, 5, 6, 7)
show("p6 kw", p6, 1, 2, 3, 4, 5, f=9)
show("p6 dup", p6, 1, 2, 3, 4, 5, 6, a=0)
show("p9 kw", p9, 1, 2, 3, 4, 5, 6, 7, 8, i=9)
show("mixed", mixed, 1, 2, 3, 4, c=5, e=6, f=7)
show("mixed pos-only as kw", mixed, 1, 2, c=3, a=4)
show("mixed missing kw-only", mixed, 1, 2)
show("mixed missing", mixed)
show("unexpected", d6, 1, z=2)
show("too many", d6, 1, 2, 3, 4, 5, 6, 7, b=1)


class Box:
    def __init__(self, x):
        self.x = x

    def m6(self, a, b, c, d, e):
        return (self.x, a, b, c, d, e)

    def star(self, *args, **kwargs):
        return (self.x, args, sorted(kwargs.items()))

    def opt(self, a, b=10, *, c=20):
        return (self.x, a, b, c)


box = Box("b")
print(box.m6(1, 2, 3, 4, 5), box.star(), box.star(1, k=2), box.opt(1), box.opt(1, c=3), box.opt(a=5, b=6))
bound = box.star
print(bound(1, 2, *[3], **{"z": 4}), bound(*(), **{}))
bound_opt = box.opt
print(bound_opt(7, c=8))
show("bound dup self", Box.opt, box, 1, self=2)


# *args/**kwargs forwarding keeps nothing shared with the caller.
def forward(*args, **kwargs):
    return target(*args, **kwargs)


def target(*args, **kwargs):
    kwargs["added"] = True
    return args, kwargs


shared = {"k": 1}
print(forward(1, 2, **shared), shared)
args = (1, 2)
print(target(*args)[0] is args, target(*args)[0] == args)
lst = [1, 2]
r = target(*lst)
lst.append(3)
print(r[0], lst)


# Lone * and ** arguments: CPython's errors and order of evaluation.
def trace(label, value):
    print("eval", label)
    return value


def gen():
    print("gen runs")
    yield 1


show("star empty", lambda *a: a, *[])
try:
    print((lambda *a, **k: (a, k))(*1))
except TypeError as e:
    print("TypeError:", e)
try:
    print((lambda *a, **k: (a, k))(**1))
except TypeError as e:
    print("TypeError:", e)
try:
    print((lambda *a, **k: (a, k))(*1, **2))
except TypeError as e:
    print("TypeError:", e)
try:
    print((lambda *a, **k: (a, k))(*None))
except TypeError as e:
    print("TypeError:", e)
try:
    print((lambda *a, **k: (a, k))(**None))
except TypeError as e:
    print("TypeError:", e)
try:
    print((lambda **k: k)(**{1: 2}))
except TypeError as e:
    print("TypeError:", e)
try:
    print((lambda **k: k)(**{"a": 1}, **{"a": 2}))
except TypeError as e:
    print("TypeError:", e)
try:
    print((lambda a: a)(1, **{"a": 2}))
except TypeError as e:
    print("TypeError:", e)
print((lambda *a, **k: (a, k))(*gen(), k=trace("k", 1)))
print((lambda *a, **k: (a, k))(*gen(), **trace("m", {"k": 2})))
print((lambda *a, **k: (a, k))(0, *gen(), **trace("m", {"k": 3})))


class Mapping:
    def keys(self):
        print("keys()")
        return ["x", "y"]

    def __getitem__(self, key):
        return key.upper()


class SubDict(dict):
    def keys(self):
        return ["only"]

    def __getitem__(self, key):
        return "sub-" + key


class Seq:
    def __getitem__(self, i):
        if i < 3:
            return i * 10
        raise IndexError


print((lambda **k: sorted(k.items()))(**Mapping()))
print((lambda **k: sorted(k.items()))(**SubDict(only=1, other=2)))
print((lambda *a: a)(*Seq()), (lambda *a: a)(*{"p": 1, "q": 2}), (lambda *a: a)(*"xy"))


class TupleSub(tuple):
    def __iter__(self):
        return iter((9, 9))


print((lambda *a: a)(*TupleSub((1, 2))))


# Generators with many parameters, called through the typed entries and with keywords.
def walk(n, row=0, a=None, b=None, c=None, placed=()):
    if row == n:
        yield placed
        return
    for col in range(2):
        yield from walk(n, row + 1, a, b, c, placed + (col,))


print(list(walk(2)), list(walk(n=1, placed=("p",))))


# Keyword calls through a decorator that counts calls.
def counted(fn):
    def wrapper(*args, **kwargs):
        wrapper.calls += 1
        return fn(*args, **kwargs)
    wrapper.calls = 0
    return wrapper


@counted
def scale(x, factor=1, offset=0):
    return x * factor + offset


print([scale(x, offset=-1) for x in range(3)], scale(2, 3), scale(x=1, factor=2, offset=3), scale.calls)
show("scale bad kw", scale, 1, bogus=2)


# dict(d) and d.update(...) copy, never alias.
base = {"a": 1, "b": 2}
copy = dict(base)
copy["c"] = 3
merged = dict(base, b=20)
merged.update({"d": 4}, e=5)
merged.update([("f", 6)])
print(base, copy, merged, dict(), dict(copy) == copy, dict(copy) is copy)


class DictSub(dict):
    pass


print(type(dict(DictSub(x=1))).__name__, dict(DictSub(x=1)), type(DictSub(base)).__name__)


def kwonly(a, *, k, j=1):
    return a, k, j


show("too many with kw-only", kwonly, 1, 2, k=3)
show("too many with bad kw", kwonly, 1, 2, z=3)
show("too many, missing kw-only", kwonly, 1, 2)


# Classes whose __init__ needs binding: keywords, defaults, many parameters, errors.
class Material:
    def __init__(self, color, diffuse=0.8, specular=0.3, shininess=16, reflect=0.0, **extra):
        self.values = (color, diffuse, specular, shininess, reflect, sorted(extra.items()))


class Six:
    def __init__(self, a, b, c, d, e, f):
        self.values = (a, b, c, d, e, f)


class Returns:
    def __init__(self, x=1):
        return x


print(Material("red").values, Material("blue", shininess=8, glow=1).values, Six(1, 2, 3, 4, 5, 6).values)
print(Six(*range(6)).values, Six(1, 2, 3, d=4, e=5, f=6).values)
show("init missing", Six, 1, 2)
show("init dup", Material, "red", color="blue")
show("init returns", Returns, x=2)
show("init returns None", lambda: type(Returns(x=None)).__name__)


# More parameter slots than the typed body delegates take (array entries), generators and coroutines.
def many(a, b, c, d, e, f, g, h, i, j=10, *rest, k=11, **kw):
    return (a, b, c, d, e, f, g, h, i, j, rest, k, sorted(kw.items()))
def gen9(a, b, c, d, e, f, g, h, i):
    yield a + i
def gen20(a1,a2,a3,a4,a5,a6,a7,a8,a9,a10,a11,a12,a13,a14,a15,a16,a17,a18,a19,a20=20):
    yield a1 + a20
def f20(a1,a2,a3,a4,a5,a6,a7,a8,a9,a10,a11,a12,a13,a14,a15,a16,a17,a18,a19,a20=20):
    return a1 + a20
def g8(a, b, c, d, e, f, g, *h):
    yield (a, h)
print(many(*range(9)), many(*range(12), k=0, z=1))
print(list(gen9(*range(9))), list(gen20(*range(19))), f20(*range(20)), list(g8(*range(10))))
class K:
    x = 1
    def m(self, *a, **k): return a, k
print(K().m(1, y=2), K.x)
async def co(a, b): return a + b
c = co(1, 2)
try:
    c.send(None)
except StopIteration as e:
    print("co", e.value)
