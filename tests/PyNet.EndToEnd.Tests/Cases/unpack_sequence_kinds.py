# Unpacking: exact tuples and lists directly, subclasses through their (possibly overridden) __iter__, length errors.
class T(tuple):
    def __iter__(self):
        yield "x"; yield "y"
a, b = T((1, 2))
print(a, b)
class L(list): pass
c, d = L([3, 4])
print(c, d)
try:
    e, f = [1, 2, 3]
except ValueError as ex:
    print(ex)
try:
    e, f = (1,)
except ValueError as ex:
    print(ex)
g, h = "ab"
print(g, h)
for (p, q), r in [((1, 2), 3), ([4, 5], 6)]:
    print(p, q, r)
from collections import namedtuple
P = namedtuple("P", "x y")
x, y = P(1.5, 2.5)
print(x, y, [a * b for a, b in [P(1, 2), P(3, 4)]])
class U(tuple):
    pass
print([(a, b) for a, b in [U((5, 6)), U([7, 8])]])
try:
    a, b = U((1, 2, 3))
except ValueError as ex:
    print(ex)
