# for loops and comprehensions whose target unpacks each item: enumerate and zip may refill one tuple, which must
# never be visible (items kept, errors, nested loops over one iterator, targets that run code).
data = [10, 20, 30]
for i, x in enumerate(data):
    print(i, x)
for [i, x] in enumerate(data, 5):
    print(i, x)
print([(i, x) for i, x in enumerate("abc")])
print({k: v for k, v in zip("abc", range(3))})
e = enumerate(data)
for i, x in e:
    print(i, x, next(e, None))
pairs = []
for a, b in zip([1, 2, 3], "xy"):
    pairs.append((a, b))
print(pairs, pairs[0] is pairs[1])
kept = [t for t in enumerate(data)]
print(kept, kept[0] is kept[1])
kept = [t for t in zip(data, data)]
print(kept, kept[0] is kept[1])
outer = enumerate("abcd")
for i, x in outer:
    for j, y in outer:
        print(i, x, j, y)
        break
try:
    for a, b, c in enumerate(data):
        pass
except ValueError as ex:
    print(ex)
try:
    for (a,) in zip(data, data):
        pass
except ValueError as ex:
    print(ex)
try:
    for a, b in zip([1], [2], strict=True):
        print(a, b)
    for a, b in zip([1, 2], [2], strict=True):
        print(a, b)
except ValueError as ex:
    print(ex)


def gen():
    yield 1
    raise KeyError("boom")


try:
    for i, x in enumerate(gen()):
        print(i, x)
except KeyError as ex:
    print("KeyError", ex)


class Target:
    def __setattr__(self, name, value):
        print("set", name, value, next(it, "end"))
        object.__setattr__(self, name, value)


o = Target()
it = enumerate("pqrs")
for o.i, o.x in it:
    print(o.i, o.x)
for i, (a, b) in enumerate(zip("pq", "rs")):
    print(i, a, b)
for i, x in enumerate((10**20 + k for k in range(2)), 2**63 - 1):
    print(i, x)
print(sum(i * x for i, x in enumerate(range(100))))
