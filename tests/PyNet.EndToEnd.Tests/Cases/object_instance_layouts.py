# Instance attributes kept in per-class layouts (hidden classes) must behave exactly like a per-instance dict:
# order, __dict__ identity and mutation through it, deletion, odd names, __slots__, __class__ assignment, vars().


class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def total(self):
        return self.x + self.y


def read(o):
    # one site each for loads, stores and method calls, reused over objects of several layouts
    return o.x, o.y, o.total()


ps = [P(i, i * 2) for i in range(5)]
print([read(p) for p in ps])
print(vars(ps[0]), ps[0].__dict__ is ps[0].__dict__)

# different insertion orders give different layouts; the dict order follows each instance's own order
q = P(1, 2)
r = P.__new__(P)
r.y = 20
r.x = 10
r.extra = "e"
print(vars(q), vars(r), read(q), read(r))

# mutation through __dict__ is seen by attribute access, and the dict keeps its identity
d = q.__dict__
d["x"] = 100
d["z"] = "new"
q.w = "after"
print(q.x, q.z, d is q.__dict__, list(d), read(q))
d.clear()
print(hasattr(q, "x"), vars(q))
q.x = 5
q.y = 6
print(vars(q), read(q))

# deletion, then re-adding: order as in CPython
s = P(1, 2)
del s.x
print(vars(s), hasattr(s, "x"))
s.x = 9
print(vars(s), read(s))
try:
    del s.nothing
except AttributeError as e:
    print("AttributeError:", e)
try:
    P(1, 2).missing
except AttributeError as e:
    print("AttributeError:", e)

# an instance attribute shadows a method at the same call site, and stops shadowing when deleted
t = P(3, 4)
t.total = lambda: "shadowed"
print(t.total(), ps[1].total())
del t.total
print(t.total())

# setattr/getattr with computed names, many attributes (past any layout limit), str subclass names
class Bag:
    pass


b = Bag()
for i in range(45):
    setattr(b, "a%d" % i, i)
print(len(vars(b)), b.a0, b.a44, getattr(b, "a" + "17"), list(vars(b))[:3])


class Name(str):
    pass


c = Bag()
c.first = 1
setattr(c, Name("second"), 2)
print(c.second, [(k, type(k).__name__) for k in vars(c)])

# many objects with attributes added in varying orders (many layouts from one class)
objs = []
for i in range(40):
    o = Bag()
    for j in range(i % 7):
        setattr(o, "k%d" % ((i + j) % 7), j)
    objs.append(o)
print(sum(len(vars(o)) for o in objs), [sorted(vars(o).items()) for o in objs[:4]])

# __class__ assignment keeps the attributes
class Q:
    def total(self):
        return "Q.total"


m = P(7, 8)
m.__class__ = Q
print(type(m).__name__, m.x, m.y, m.total(), vars(m))
m.__class__ = P
print(m.total())

# __slots__ with and without __dict__
class S:
    __slots__ = ("a", "b")


class SD:
    __slots__ = ("a", "__dict__")


sv = S()
sv.a = 1
try:
    sv.c = 3
except AttributeError as e:
    print("AttributeError:", e)
sd = SD()
sd.a = 1
sd.other = 2
print(sv.a, sd.a, sd.other, vars(sd))

# class attributes, properties and data descriptors against instance values
class R:
    kind = "class"

    @property
    def p(self):
        return "prop"


rr = R()
print(rr.kind)
rr.kind = "instance"
print(rr.kind, R.kind, rr.p)
try:
    rr.p = 1
except AttributeError as e:
    print("AttributeError:", e)
rr.__dict__["p"] = "shadow?"
print(rr.p, vars(rr))
R.kind = "changed"
del rr.kind
print(rr.kind)

# a custom __setattr__ / __getattr__ and object.__setattr__ into the same instance
class Hooked:
    def __setattr__(self, name, value):
        object.__setattr__(self, name, value * 2)

    def __getattr__(self, name):
        return "missing:" + name


h = Hooked()
h.v = 21
print(h.v, h.nope, vars(h))

# copy, pickle-style reduce, dir and equality of __dict__ snapshots
import copy

e1 = P(1, [2])
e2 = copy.copy(e1)
e3 = copy.deepcopy(e1)
e1.y.append(3)
print(vars(e2), vars(e3), "x" in dir(e1), vars(e1) == {"x": 1, "y": [2, 3]})

# attributes holding None and the instance itself
n = Bag()
n.none = None
n.me = n
print(n.none, n.me is n, vars(n)["none"])

# more different first names than one layout keeps transitions for: later instances fall back to dicts
wide = []
for i in range(24):
    o = Bag()
    setattr(o, "only%d" % i, i)
    o.common = -i
    wide.append(o)
print([(list(vars(o)), o.common, getattr(o, "only%d" % i)) for i, o in enumerate(wide) if i % 5 == 0])
print(sum(o.common for o in wide))
