# len({... for ...}) counts into a reused scratch set when len is the builtin: the same counts, the same __eq__ calls
# (the scratch set grows as a fresh set does), errors, nesting, and a rebound or shadowed len.
perms = [(0, 2, 1, 3), (3, 1, 0, 2), (1, 3, 0, 2)]
cols = range(4)
for perm in perms:
    print(len({perm[i] + i for i in cols}), len({perm[i] - i for i in cols}))
print(len({x % 7 for x in range(1000)}), len({x for x in range(100) if x % 3}), len({(a, b) for a in range(5) for b in range(a)}))
print(len({len({y for y in range(x)}) for x in range(10)}))
class K:
    def __init__(self, v): self.v = v
    def __hash__(self): return self.v % 3
    def __eq__(self, o):
        print("eq", self.v, o.v, end="; ")
        return self.v % 2 == o.v % 2
print(len({K(i) for i in range(8)}))
print(len({K(i) for i in range(8)}))
def inner():
    return len({z for z in "hello world"})
print(len({inner() + i for i in range(3)}))
try:
    len({1 // (3 - i) for i in range(5)})
except ZeroDivisionError as e:
    print("error", e)
print(len({i for i in range(40)}), len({i for i in range(3)}))
def f(len):
    return len({1, 2} | {i for i in range(4)}), len({i for i in range(4)})
print(f(lambda s: "mine %d" % len(s) if False else sorted(s)))
len = lambda s: "shadow %r" % sorted(s)
print(len({i for i in range(3)}))
del len
print(len({i % 2 for i in range(10)}))
import builtins
old = builtins.len
builtins.len = lambda s: -1
print(len({i for i in range(5)}))
builtins.len = old
print(len({i for i in range(5)}))
g = (len({c for c in w}) for w in ["aab", "abc", ""])
print(list(g))


def counted_in_generator(words):
    for w in words:
        yield len({c for c in w}), {c for c in w} == set(w)


print(list(counted_in_generator(["xyz", "xxy"])))
