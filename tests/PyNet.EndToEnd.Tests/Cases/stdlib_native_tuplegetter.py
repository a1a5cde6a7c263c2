from collections import namedtuple
from _collections import _tuplegetter
import copy
P = namedtuple('P', 'x y')
p = P(1, 2)
print(p.x, p.y, p, P.x.__doc__)
for f in (lambda: setattr(p, 'x', 3), lambda: delattr(p, 'x'), lambda: P.x.__get__(5), lambda: _tuplegetter(5, 'd').__get__((1,))):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
print(P.x.__get__(None, P) is P.x, type(P.x).__module__, type(P.x).__name__)
t = _tuplegetter(0, 'doc')
t.__doc__ = 'new'
print(t.__doc__, t.__reduce__()[1], copy.copy(p), p._replace(x=9), p._asdict())
class Q(P):
    @property
    def total(self):
        return self.x + self.y
print(Q(3, 4).total, Q(3, 4).x)
q = Q(5, 6)
for f in (lambda: setattr(q, 'x', 1), lambda: delattr(q, 'y')):
    try:
        f()
    except AttributeError as e:
        print("AttributeError", e)
q.z = 3
print(q.x, q.z, vars(q))
