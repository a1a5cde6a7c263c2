# Instances keep their first attribute values inline and the rest in an overflow array: reads, writes, deletion,
# __dict__ materialisation and replacement, vars() and __class__ assignment must be the same on both sides of the
# boundary, through the cached attribute sites and the general path (getattr/setattr).


class Grow:
    pass


def fill(o, n):
    for i in range(n):
        setattr(o, "a%d" % i, i * 10)
    return o


def read(o):
    # cached sites, monomorphic then polymorphic over layouts of different sizes
    return o.a0, getattr(o, "a3", None), getattr(o, "a4", None), getattr(o, "a7", None)


objs = [fill(Grow(), n) for n in (1, 3, 4, 5, 6, 9, 12)]
print([read(o) for o in objs])
print([len(vars(o)) for o in objs])

big = fill(Grow(), 9)
big.a2 = "two"
big.a6 = "six"
print(big.a2, big.a6, big.a8)
del big.a1
print(list(vars(big)), big.a2, big.a6)
big.a1 = "back"
print(list(vars(big))[-1], big.a1)


class Pt:
    def __init__(self, x, y, z, w=None, v=None):
        self.x = x
        self.y = y
        self.z = z
        if w is not None:
            self.w = w
        if v is not None:
            self.v = v

    def norm1(self):
        return abs(self.x) + abs(self.y) + abs(self.z)


pts = [Pt(i, -i, 2 * i) for i in range(3)] + [Pt(1, 2, 3, 4), Pt(1, 2, 3, 4, 5)]
print([p.norm1() for p in pts], pts[-1].v, pts[-2].w)
for p in pts:
    p.x += 100
print([p.x for p in pts], vars(pts[-1]))

# replacing __dict__ drops the layout values, old and new stay separate
p = pts[-1]
old = p.__dict__
p.__dict__ = {"x": 7}
print(p.x, hasattr(p, "v"), old["v"], p.norm1() if hasattr(p, "y") else "no y")


class Other:
    def norm1(self):
        return "other"


q = Pt(1, 2, 3, 4, 5)
q.__class__ = Other
print(q.norm1(), q.v, sorted(vars(q)))

# an instance whose values are all reassigned keeps them all
r = fill(Grow(), 6)
for i in range(6):
    setattr(r, "a%d" % i, -i)
print([getattr(r, "a%d" % i) for i in range(6)])
try:
    r.missing
except AttributeError as e:
    print(e)

# __dict__ assignment errors and deletion
try:
    r.__dict__ = 5
except TypeError as e:
    print(e)
del r.__dict__
print(vars(r), hasattr(r, "a0"))
r.z = 1
print(vars(r))
