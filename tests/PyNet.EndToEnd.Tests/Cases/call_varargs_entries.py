# Functions with *args/**kwargs called with positional arguments (typed entries installed on first call),
# function attributes read and written through attribute sites, and dict(d)/d.copy().


def w(*args, **kwargs):
    kwargs["seen"] = len(args)
    return args, kwargs


for _ in range(3):
    print(w(), w(1), w(1, 2), w(1, 2, 3), w(1, 2, 3, 4), w(1, 2, 3, 4, 5), w(1, k=2))
    print(w(1) is not w(1), w(1)[1] is not w(1)[1])


def v(a, b, *rest):
    return a, b, rest


for _ in range(3):
    print(v(1, 2), v(1, 2, 3), v(1, 2, 3, 4), v(*[1, 2, 3]), v(1, *(2,)))
    try:
        v(1)
    except TypeError as e:
        print(e)


def k(a, **kw):
    kw["x"] = a
    return kw


for _ in range(3):
    print(k(1), k(2), k(a=3), k(4, y=5))
    try:
        k(1, 2)
    except TypeError as e:
        print(e)


def defaults(a, b=2, *args):
    return a, b, args


for _ in range(3):
    print(defaults(1), defaults(1, 5), defaults(1, 5, 6))


def kwonly(*args, flag=False):
    return args, flag


for _ in range(3):
    print(kwonly(), kwonly(1), kwonly(1, flag=True))


def gen(*args):
    yield from args


for _ in range(3):
    print(list(gen()), list(gen(1, 2)))


class C:
    def __init__(self, *args, **kw):
        self.args = args
        self.kw = kw

    def m(self, *args):
        return len(args)


for _ in range(3):
    c = C(1, 2)
    print(c.args, c.kw, c.m(), c.m(1), c.m(1, 2), C(x=1).kw)
print(list(map(w, [1, 2])))


def counted(fn):
    def wrapper(*args, **kwargs):
        wrapper.calls += 1
        return fn(*args, **kwargs)

    wrapper.calls = 0
    return wrapper


@counted
def scale(x, factor=1, offset=0):
    return x * factor + offset


for i in range(5):
    scale(i, factor=2)
    scale(i)
print(scale.calls, scale.__dict__)
try:
    scale.missing
except AttributeError as e:
    print(e)
print(scale.__name__)
scale.__name__ = "renamed"
scale.__doc__ = "doc"
print(scale.__name__, scale.__doc__, sorted(scale.__dict__))
scale.__dict__ = {"calls": 42}
print(scale.calls, scale(1), scale.calls)
for bad in (5, None):
    try:
        scale.__dict__ = bad
    except TypeError as e:
        print(e)
try:
    del scale.__dict__
except TypeError as e:
    print(e)
del scale.calls
try:
    scale.calls += 1
except AttributeError as e:
    print(e)

d = {"a": 1, "b": 2, "c": 3}
del d["b"]
for source in (d, {}, {i: i * i for i in range(20)}, dict.fromkeys("abcdefghij")):
    copy = dict(source)
    other = source.copy()
    copy["new"] = 1
    print(copy == source, other == source, list(other) == list(source), "new" in source, len(copy), len(other))
big = {i: str(i) for i in range(12)}
for i in range(0, 12, 3):
    del big[i]
copied = big.copy()
print(copied, copied[4], 3 in copied, [copied.get(i) for i in range(12)])
copied[100] = "x"
print(len(big), len(copied))
