l = [1, 2, 3, 4]
print(l.pop(), l.pop(0), l, l.insert(0, 9), l, l.insert(-1, 7), l, l.insert(100, 5), l)
try:
    [].pop()
except IndexError as e:
    print(e)
try:
    l.pop("x")
except TypeError as e:
    print(e)
d = {"a": 1}
print(d.setdefault("a"), d.setdefault("b"), d.setdefault("c", 3), d)
print(d.pop("a"), d.pop("zz", "dflt"), d)
try:
    d.pop("zz")
except KeyError as e:
    print("KE", e)
d.update({"x": 1}); d.update([("y", 2)]); d.update(z=3); d.update({"w": 0}, v=5)
print(d)
class D(dict):
    pass
dd = D()
dd.update({"k": 1}); print(dd.pop("k"), dd.setdefault("q", 2), dd)
try:
    d.update(5)
except TypeError as e:
    print(e)
