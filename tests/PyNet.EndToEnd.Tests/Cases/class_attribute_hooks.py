# Attribute hooks, metaclass __call__, slots, __class__ assignment and method objects
class Meta(type):
    def __call__(cls, *a, **k):
        print('meta call', cls.__name__)
        return super().__call__(*a, **k)
class A(metaclass=Meta):
    def __init__(self, x):
        self.x = x
print(A(3).x)
class Hidden:
    def __getattribute__(self, name):
        if name.startswith('_') and not name.startswith('__'):
            raise AttributeError(f'{name} is private')
        return super().__getattribute__(name)
h = Hidden()
print(hasattr(h, '_s'), getattr(h, '_s', 'dflt'))
try:
    h._s
except AttributeError as e:
    print(e)
class Lazy:
    @property
    def broken(self):
        raise AttributeError('inner')
    def __getattr__(self, name):
        return 'fallback ' + name
print(Lazy().broken, Lazy().other)
class D:
    def __delattr__(self, n):
        print('del', n)
        object.__delattr__(self, n)
d = D(); d.a = 1; del d.a; print(vars(d))
class P:
    __slots__ = ('x',)
class Q:
    __slots__ = ('x',)
p = P(); p.x = 1
p.__class__ = Q
print(type(p).__name__, p.x, hasattr(p, '__dict__'))
try:
    p.__class__ = int
except TypeError as e:
    print(e)
class M:
    def f(self):
        'doc of f'
m = M()
bm = m.f
print(bm.__self__ is m, bm.__func__ is M.f, bm.__name__, bm.__qualname__, bm.__doc__, bm == m.f, hash(bm) == hash(m.f))
print(M.f.__get__(m, M)() is None, [].append.__name__, repr(len), repr(...), repr(NotImplemented))
def outer():
    v = 5
    def inner():
        return v
    return inner
print(outer().__closure__[0].cell_contents)
class E:
    def __eq__(self, o):
        return True
try:
    hash(E())
except TypeError as e:
    print(e)
class Idx:
    def __index__(self):
        return 2
print([0] * Idx(), 'ab' * Idx(), (1, 2, 3)[Idx()])
try:
    [1] * 2.0
except TypeError as e:
    print(e)
class BoolNone:
    __bool__ = None
try:
    bool(BoolNone())
except TypeError as e:
    print(e)
print(type(A.__dict__).__name__, A.__dict__['__init__'].__name__)
print(repr(int.__add__), repr(object.__init__), type(object().__str__).__name__, (1).__add__.__name__, (1).__add__.__self__)
print(repr(str.join), type(str.join).__name__, type(dict.fromkeys).__name__, repr(list.__len__))
print(int.__add__(2, 3), int.__add__.__get__(4)(5), object.__eq__(1, 1))
