# Fast paths for sets, ranges, slices and tuple concatenation, against their general behaviour.

# range: construction from ints, bools, __index__ objects and big ints; errors in CPython's order.
class Idx:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        return self.v


for args in [(5,), (2, 9), (2, 9, 3), (9, 2, -2), (0,), (-3,), (True, 5), (Idx(2), Idx(7), Idx(2)),
             (2**63 - 3, 2**63 + 3), (-2**63, -2**63 + 5, 2), (0, 2**64, 2**62), (10, -10, -7),
             (-(2**63), 2**63 - 1, 2**62), (2**63 - 1, -(2**63), -(2**62))]:
    r = range(*args)
    print(r, len(r) if len(r) < 2**63 else "big", list(r)[:4], r[-1] if r else None, bool(r), r.start, r.stop, r.step)
for bad in [("a",), (1, "b"), ("x", 2, 0), (1, 2, 0), (1.5,), (), (1, 2, 3, 4)]:
    try:
        range(*bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    len(range(2**64))
except OverflowError as e:
    print("OverflowError", e)
print(list(range(2**64, 2**64 + 3)), list(reversed(range(1, 10, 4))), 7 in range(1, 10, 3), 8 in range(1, 10, 3))
print(range(10)[2:8:2], range(10)[::-1], range(0, 2**70, 2**68)[1:3])
total = 0
for i in range(3, 2**63, 2**62):
    total += 1
print(total)

# set and frozenset: membership of ints (negative ones: hash(-1) == -2), strs, tuples, None, floats equal to ints.
s = {-1, -2, 0, 1, 2**61 - 1, 2**61, -(2**61), 2**64, "a", (1, 2), None, 1.5}
for x in [-1, -2, -3, 1, 1.0, True, 2**61 - 1, 2**61, -(2**61), 2**64, 2**64 + 0.0, "a", "b", (1, 2), (2, 1), None, 1.5, frozenset()]:
    print(repr(x), x in s, x not in s)
print(hash(-1), hash(-2), hash(2**61 - 1), hash(-(2**61) + 1), hash(2**63 - 1), hash(-(2**63)), hash(2**64))
try:
    [1] in s
except TypeError as e:
    print("TypeError", e)
print({1, 2} in {frozenset({1, 2})}, set() in {frozenset()})
fs = frozenset(range(5))
print(3 in fs, 7 in fs, fs, frozenset(fs) is fs)
d = {1: "a", "k": 2}
print(1 in d, 2 in d, "k" in d, "z" not in d)
if 3 in fs and "k" in d and -1 in s and 5 not in fs:
    print("conditions hold")


class Contains:
    def __contains__(self, x):
        print("__contains__", x)
        return x == 3


class SetSub(set):
    def __contains__(self, x):
        return "sub says " + str(x)


print(3 in Contains(), 4 in Contains(), 3 in SetSub({3}), 4 not in SetSub())
if 3 in Contains():
    print("custom container in a condition")


class Eq:
    def __init__(self, v):
        self.v = v

    def __hash__(self):
        return hash(self.v)

    def __eq__(self, other):
        print("__eq__ called")
        return other == self.v


print(Eq(5) in {5}, 5 in {Eq(5)}, Eq(6) in {5})

# add/remove with dummies, many removals and re-adds (iteration order as CPython's).
cols, rising, falling = set(), set(), set()
for n in range(3):
    for row in range(8):
        for col in range(8):
            if col in cols or row + col in rising or row - col in falling:
                continue
            cols.add(col)
            rising.add(row + col)
            falling.add(row - col)
    print(sorted(cols), list(falling), list(rising))
    for x in list(cols):
        cols.remove(x)
    for x in list(falling)[::2]:
        falling.discard(x)
print(cols, falling, rising, len(falling), len(rising))
print({x % 7 - 3 for x in range(40)}, {(-x) for x in range(-5, 20)})
print(set(range(20)) - set(range(5, 15)), set(range(10)) & {3, 4, 100}, {1, 2} ^ {2, 3}, set() == frozenset())
try:
    cols.remove(99)
except KeyError as e:
    print("KeyError", e)
print(set(), set("abc") == {"a", "b", "c"}, set([3, 1, 2]), type(set()).__name__)
try:
    set(1)
except TypeError as e:
    print("TypeError", e)
try:
    set(1, 2)
except TypeError as e:
    print("TypeError", e)

# slices with and without bounds; whole slices of tuples and strs are the object itself.
lst = list(range(10))
t = tuple(lst)
text = "hello world"
for a, b in [(None, None), (2, None), (None, 3), (-3, None), (None, -2), (-100, 100), (5, 2), (3, 3), (True, False), (2**70, None), (None, -(2**70))]:
    print(a, b, lst[a:b], t[a:b], text[a:b])
print(t[:] is t, t[0:len(t)] is t, text[:] is text, text[0:99] is text, lst[:] is lst, lst[:] == lst)


class TupleSub(tuple):
    pass


ts = TupleSub((1, 2, 3))
print(type(ts[:]).__name__, ts[:] is ts, ts[1:], type(ts[1:]).__name__)
i, j = 1, 4
print(lst[i:j], lst[:i] + lst[i + 1:], t[i:j], text[i:j])
try:
    lst["a":]
except TypeError as e:
    print("TypeError", e)


class Sliceable:
    def __getitem__(self, key):
        return key


sl = Sliceable()
print(sl[1:2], sl[:], sl[::2], sl["a":None], sl[1:2, 3])
print(lst[Idx(2):Idx(5)], t[Idx(-2):])

# (x,) + t and t + (x,) build one tuple; other operands keep the general rules.
placed = ()
for col in range(4):
    placed = placed + (col,)
    placed = (col * 10,) + placed
print(placed)


class Radd:
    def __radd__(self, other):
        return ("radd", other)

    def __add__(self, other):
        return ("add", other)


print((1,) + Radd(), Radd() + (1,), (1,) + TupleSub((2,)), TupleSub((2,)) + (1,))
for left, right in [((1,), [2]), ([2], (1,)), ((1,), "s"), (None, (1,))]:
    try:
        print(left + right)
    except TypeError as e:
        print("TypeError", e)
print(((),) + ((),), ((1, 2),) + ((3,),), (*[1, 2],) + (3,), (3,) + (*[1, 2],))
pair = (1, 2)
sub = TupleSub((1,))
print((pair + ()) is pair, (() + pair) is pair, type(sub + ()).__name__, (sub + ()) is sub, (() + sub) is sub)
print([1] + [2, 3], [] + [], lst + [] is lst, type(lst + []).__name__, (1, 2) + (3,) + () + (4, 5))
