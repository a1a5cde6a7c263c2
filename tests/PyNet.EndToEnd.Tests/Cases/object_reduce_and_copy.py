# object.__reduce_ex__/__getstate__ as copy and copyreg use them.
import copy, copyreg

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Point({self.x!r}, {self.y!r})"

p = Point(1, [2, 3])
r = p.__reduce_ex__(2)
print(r[0] is copyreg.__newobj__, r[1] == (Point,), r[2], r[3], r[4])
print(copy.copy(p), copy.copy(p).y is p.y, copy.deepcopy(p).y is p.y)
print(object().__reduce_ex__(4)[1][0] is object, Point(0, 0).__getstate__())

class Slotted:
    __slots__ = ('a', 'b')
    def __init__(self):
        self.a = 1
s = copy.copy(Slotted())
print(s.a, hasattr(s, 'b'), Slotted().__getstate__())

class Tagged(list):
    pass
t = Tagged([1, [2]])
t.tag = 'x'
u = copy.deepcopy(t)
print(u, type(u).__name__, u.tag, u[1] is t[1])

class Mapping(dict):
    pass
print(copy.copy(Mapping(a=1)), type(copy.copy(Mapping(a=1))).__name__)

class WithArgs(int):
    def __new__(cls, v, extra='e'):
        self = super().__new__(cls, v)
        self.extra = extra
        return self
w = WithArgs(5, 'q')
print(copy.copy(w), copy.copy(w).extra, w.__reduce_ex__(2)[1])

class Custom:
    def __reduce__(self):
        return (Custom, ())
print(Custom().__reduce_ex__(4)[0] is Custom)

e = ValueError('bad', 2)
e.note = 'n'
print(e.__reduce__(), copy.copy(e).args, copy.copy(e).note)
try:
    copy.copy((x for x in []))
except TypeError as ex:
    print('TypeError', ex)
