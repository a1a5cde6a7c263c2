# Tuples of every short length (stored inline) and longer ones: indexing, slicing, unpacking, hashing, equality,
# ordering, subclasses, and the tuples builtins hand out (zip, enumerate, items, divmod, *args).
import collections

values = [(), (1,), (1, "a"), (1, "a", 2.5), (None, None), (1, 2, 3, 4), ("x",) * 5]
for t in values:
    print(len(t), t, repr(t), t[:], t[::-1], t[1:], list(t), bool(t), hash(t) == hash(tuple(list(t))))
    for i in range(-len(t), len(t)):
        print(" ", i, t[i])
    try:
        t[len(t)]
    except IndexError as e:
        print("IndexError", e)

# equality and hashing across lengths and mixed item types
print((1, 2) == (1, 2), (1, 2) == (1, 2, 3), (1,) == (1.0,), (1, "a") != (1, "b"), () == ())
print(hash((1, 2)) == hash((1.0, 2)), hash((1,)) == hash((True,)), {(1, 2): "a", (1.0, 2.0): "b"})
print((1, 2) < (1, 2, 3), (2,) > (1, 9), (1, "b") >= (1, "a"), sorted([(2, "b"), (1,), (2, "a"), (), (1, 0, 0)]))
nan = float("nan")
t = (nan, 1)
print(t == t, t == (nan, 1), [t] == [t], t in [t])

# unpacking, including into targets that run code
a, b = (1, 2)
(c,) = (3,)
d, e, f = (4, 5, 6)
x, *rest = (7, 8, 9)
print(a, b, c, d, e, f, x, rest)
lst = [0, 0]
lst[0], lst[1] = (lst, "s")
print(lst[1], lst[0] is lst)
try:
    a, b = (1, 2, 3)
except ValueError as err:
    print(err)
try:
    a, b, c = (1, 2)
except ValueError as err:
    print(err)

# tuples built by builtins and refilled by unpacking loops
pairs = list(zip("ab", [1, 2]))
print(pairs, pairs[0] is not pairs[1])
for i, (ch, n) in enumerate(zip("xyz", range(3))):
    print(i, ch, n)
kept = [p for p in zip([1, 2], [3, 4])]
print(kept, [p for p in enumerate("ab")], list(zip([1, 2])), list(zip()))
d = {"k": 1, "j": 2}
for k, v in d.items():
    print(k, v)
print(list(d.items()), divmod(17, 5), dict([(1, 2), ("a", "b")]), dict(zip("ab", "cd")))

# *args tuples of every length
def args_of(*args):
    return args
print(args_of(), args_of(1), args_of(1, 2), args_of(1, 2, 3), args_of(*(1, 2)), args_of(*[1, 2, 3, 4]))
def f(a, b=2, *rest, **kw):
    return a, b, rest, kw
print(f(1), f(1, 5), f(1, 5, 6), f(*(1, 2, 3)), f(*(9,), c=1))

# subclasses
class Pair(tuple):
    def __repr__(self):
        return "Pair" + tuple.__repr__(self)
p = Pair((1, 2))
print(p, type(p).__name__, p[0], p[-1], len(p), p == (1, 2), hash(p) == hash((1, 2)), isinstance(p, tuple))
a, b = p
print(a, b, p + (3,), (0,) + p, p[1:], tuple(p), type(tuple(p)).__name__)
class Rev(tuple):
    def __iter__(self):
        return iter(reversed(tuple.__getitem__(self, slice(None))))
a, b = Rev((1, 2))
print(a, b)
Point = collections.namedtuple("Point", "x y")
pt = Point(3, 4)
x, y = pt
print(pt, pt.x, pt.y, x, y, pt._replace(y=0), pt._asdict(), pt == (3, 4), Point._make([5, 6]))
one = collections.namedtuple("One", "v")(7)
print(one, one.v, len(one))

# tuples as dict and set keys: lookups by equal, non-identical tuples
counts = {}
for w in "a b a c b a".split():
    for pair in zip(w, w + "!"):
        counts[pair] = counts.get(pair, 0) + 1
print(sorted(counts.items()))
s = {(i % 3, i % 2) for i in range(10)}
print(sorted(s), (1, 1) in s, (9, 9) in s)
print("%s-%s" % ("a", "b"), "%d" % (5,), "%s" % ((1, 2),), "".join(("a", "b")), "-".join(("x",)))
print(max([(1, "b"), (1, "a")]), min((3, 1), (2, 9)), (1, 2).index(2), (1, 1).count(1), 2 in (1, 2), 3 in (1, 2))
print((1, 2) * 2, (5,) * 0, (1, 2) + (), () + (1,), tuple(x * 2 for x in (1, 2)))
# results that cross the inline size: concatenation, prepend/append displays, slices, repeats, tuple(list)
for n in range(6):
    t = tuple(range(n))
    print(t + (9,), (8,) + t, t + t, t[::2], t[1:4], t[::-1][:3], t * 2, tuple(list(t)), tuple(x for x in t))
perms = []
def permutations(items):
    if len(items) <= 1:
        yield tuple(items)
        return
    for i in range(len(items)):
        for rest in permutations(items[:i] + items[i + 1:]):
            yield (items[i],) + rest
print(list(permutations([1, 2, 3, 4]))[:7], len(set(permutations([1, 2, 3, 4, 5]))))
