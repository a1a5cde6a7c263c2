# Membership of small ints in sets (PySet answers it from a bitmap while every key is an int): the answers must be
# the probing ones whatever else the set holds or held.


class AlwaysEqual:
    def __init__(self, h):
        self.h = h

    def __hash__(self):
        return self.h

    def __eq__(self, other):
        return True


def show(label, s, probes=range(-34, 35)):
    print(label, sorted(x for x in probes if x in s), len(s))


s = set()
for rep in range(50):
    for k in range(-12, 13):
        s.add(k)
    for k in range(-12, 13, 2):
        s.remove(k)
    for k in range(-12, 13, 3):
        s.discard(k)
show("add/remove", s)
print(s)

s = {1, 2, 3}
print(1.0 in s, 2.5 in s, True in s, False in s)
s.add(0.0)
print(0 in s, 0.0 in s, False in s, s)
s.discard(0)
print(0 in s, s)
s.add(True)
print(True in s, 1 in s, s)

s = {5, 6}
s.add(AlwaysEqual(7))
print(7 in s, 8 in s)
s.remove(7)
print(7 in s, len(s))

s = {-32, -33, 31, 32, 63, 64, 2**40, -(2**40)}
show("edges", s)
print(2**40 in s, -(2**40) in s, 2**70 in s)
s.add(2**70)
print(2**70 in s, s.remove(-32), -32 in s)

s = set(range(-5, 5))
while s:
    x = s.pop()
    print(x, x in s, end="; ")
print()

s = {1, 2, 3}
s.clear()
print(1 in s)
s.add(2)
print(1 in s, 2 in s)

a = {1, 2, 3, 4}
b = {3, 4, 5, 1.5}
a &= b
print(a, 3 in a, 1 in a)
a = {1, 2, 3, 4}
a.intersection_update({2, 3, 9})
print(a, 2 in a, 1 in a, 9 in a)
c = {10, 11}.copy()
print(10 in c, 12 in c)
c = set()
c.update({7, 8, 9})
print(7 in c, 6 in c)
c.update([1.0, "x"])
print(1 in c, "x" in c, 2 in c)
f = frozenset({3, 4})
print(3 in f, 5 in f, 3 in {f: 1}, frozenset([3, 4]) in {f})
s = {1, 2}
s ^= {2, 3}
print(s, 2 in s, 3 in s)
s -= {1}
print(s, 1 in s)
try:
    s.remove(1)
except KeyError as e:
    print("KeyError", e)
print({perm - i for i, perm in enumerate([3, 1, 4, 1, 5, 9, 2, 6])})
print(len({x % 7 for x in range(100)}), {x % 7 for x in range(100)})
