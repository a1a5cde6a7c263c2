class Upper(str):
    def __new__(cls, v):
        return super().__new__(cls, v.upper())
u = Upper('hello')
print(u, type(u).__name__, u + '!', len(u), u == 'HELLO', repr(u), str(u), type(str(u)).__name__, u.lower(), u[1:3])
d = {u: 1}; print(d['HELLO'], 'HELLO' in d, hash(u) == hash('HELLO'))
class Positive(int):
    def __new__(cls, v):
        if v < 0: raise ValueError('neg')
        return super().__new__(cls, v)
p = Positive(6)
print(p, type(p).__name__, p + 1, 1 + p, p * p, p == 6, 6 == p, hash(p) == hash(6), p > 3, [0] * Positive(2), int(p), float(p))
print(isinstance(p, int), p.bit_length(), p.real, f'{p:>4}', '%d' % p, range(p)[-1], bool(Positive(0)), -p, abs(p))
class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
    @property
    def x(self): return self[0]
    @property
    def y(self): return self[1]
pt = Point(3, 4)
print(pt, pt.x, pt.y, len(pt), pt == (3, 4), type(pt).__name__, pt + (5,), list(pt))
a, b = pt; print(a, b)
class SubF(float):
    def __format__(self, spec):
        return 'SubF:' + super().__format__(spec)
print(format(SubF(1.5), '.3f'), f'{SubF(2.0):6}', SubF(1.5) + 1, SubF(2.5) * 2, round(SubF(2.567), 1))
class B(bytes): pass
bb = B(b'ab'); print(bb, type(bb).__name__, bb + b'c', len(bb), bb[0])
class E(int):
    def __repr__(self): return 'E(%d)' % int(self)
print(repr(E(3)), str(E(3)), [E(1)], E(3) + E(4))
class T(str):
    def __repr__(self): return 'T!'
print(repr(T('a')), [T('x')], str(T('a')))
x = Positive(5); x.attr = 1; print(x.attr, vars(x))
print(int.__add__(Positive(2), 3), (7).__add__(1.5))


# A str subclass's own __hash__ is what hash() and dicts use.
class HashedStr(str):
    def __hash__(self):
        return 42

    def __eq__(self, other):
        return str.__eq__(self, other)


hs = HashedStr("a")
print(hash(hs), {hs: 1}[hs], {hs: 1}.get("a"), hash(HashedStr.__new__(HashedStr, "b")) == 42)
