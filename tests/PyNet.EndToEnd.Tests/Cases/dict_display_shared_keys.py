# Dicts built by a display of str constant keys share the display's keys until one gains or loses a key: every
# operation must see a plain dict (order, lookups, updates, deletion, copies, views, equality, resizing).
def record(i):
    return {"id": str(i), "name": "user%d" % i, "age": i % 90, "score": i * 3}

rs = [record(i) for i in range(6)]
r = rs[0]
print(r, len(r), list(r), list(r.values()), list(r.items()), "age" in r, "x" in r, r.get("name"), r.get("x", 7))
rs[1]["age"] = "unknown"          # existing key: stays shared
del rs[2]["name"]                 # loses a key
rs[3]["extra"] = [1]              # gains a key
rs[4].pop("id")
rs[5].update({"score": 0, "new": 1})
for x in rs:
    print(x, len(x))
print(rs[0] == record(0), rs[1] == record(1), rs[0] != rs[1], record(0) == dict(record(0)))
c = rs[0].copy()
c["id"] = "changed"
d2 = dict(rs[0])
d2["more"] = 1
print(rs[0], c, d2, rs[0] == record(0))
print(rs[0].popitem(), rs[0], rs[0].setdefault("age", 5), rs[0].setdefault("z", 6), rs[0])
r = record(9)
r.clear()
r["a"] = 1
print(r, record(9))
# growing far past the small size, then deleting and re-adding
g = record(1)
for k in range(40):
    g["k%d" % k] = k
for k in range(0, 40, 3):
    del g["k%d" % k]
g["id"] = "again"
print(len(g), list(g)[:8], g["k1"], "k0" in g, g["id"])
# iteration, reversed, views and mutation while iterating
r = record(2)
print(list(reversed(r)), list(reversed(r.items())), r.keys() & {"id", "q"}, sorted(r.keys() | {"q"}))
try:
    for k in r:
        r["added"] = 1
except RuntimeError as e:
    print("RuntimeError", e)
r = record(3)
for k in r:
    r[k] = 0
print(r)
# the same display in a loop, and a display with repeated keys
print([{"a": i, "b": i * i} for i in range(3)], {"a": 1, "a": 2, "b": 3}, {"x": 1, **{"y": 2}})
print({"": 0, "a,b": 1, "a": 2, "b,": 3}, {"k": v for v in range(2)})
# keys given as other objects that equal the str keys
class S(str):
    pass
r = record(4)
print(r[S("id")], S("name") in r, r.get(S("age")))
r[S("id")] = "sub"
print(r, type(list(r)[0]).__name__)
def kw(**k):
    return k
print(kw(**record(5)), dict(record(5), extra=1), {**record(5), "id": "x"})
