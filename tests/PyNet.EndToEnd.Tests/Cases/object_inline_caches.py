# Inline caches (attribute, method, global and constructor sites) must see every change CPython would see.
import sys

class A:
    kind = "A-class"
    def who(self):
        return "A.who"

class B(A):
    def who(self):
        return "B.who"

class C:
    kind = "C-class"
    def who(self):
        return "C.who"
    @property
    def prop(self):
        return "C.prop"

def describe(o):
    # one site each: polymorphic over the classes passed in
    return o.kind, o.who()

objs = [A(), B(), C(), A(), B(), C()]
for o in objs:
    print(describe(o))

# an instance attribute shadows the class attribute and the method at the same sites
b = B()
b.kind = "instance kind"
b.who = lambda: "instance who"
print(describe(b))
del b.who
print(describe(b))

# changing the class after the sites have cached it
def who_patched(self):
    return "patched"
A.who = who_patched
print(describe(A()), describe(B()))
A.kind = "A-new"
print(describe(A()), describe(B()))
del B.who
print(describe(B()))

# __class__ assignment
x = A()
print(describe(x))
x.__class__ = C
print(describe(x), x.prop)

# a property that raises AttributeError falls back to __getattr__
class Lazy:
    @property
    def value(self):
        raise AttributeError("inner")
    def __getattr__(self, name):
        return "fallback " + name
for _ in range(3):
    print(Lazy().value)

# a custom __getattribute__ wins over everything
class Loud:
    x = 1
    def __getattribute__(self, name):
        return "loud " + name
for _ in range(2):
    print(Loud().x)

# many classes at one site (beyond the polymorphic cache)
classes = [type("K%d" % i, (), {"kind": i, "who": lambda self, i=i: i * 10}) for i in range(12)]
print([describe(k()) for k in classes for _ in range(2)][:6], sum(describe(k())[1] for k in classes))

# attribute stores: dict, data descriptors, __setattr__, __slots__
class P:
    __slots__ = ("a",)
class Q:
    def __setattr__(self, name, value):
        object.__setattr__(self, name, value * 2)
class R:
    @property
    def v(self):
        return self._v
    @v.setter
    def v(self, value):
        self._v = value + 100
def store(o, value):
    o.a = value
    return o.a
for o in (P(), Q(), P()):
    print(type(o).__name__, store(o, 5))
try:
    P().b = 1
except AttributeError as e:
    print("AttributeError:", e)
r = R()
for i in range(3):
    r.v = i
    print(r.v)

# globals and builtins: rebinding, deleting, shadowing a builtin, then removing the shadow
def read_len():
    return len("abc")
print(read_len())
len = lambda s: "shadowed"
print(read_len())
del len
print(read_len())
counter = 1
def read_counter():
    return counter
print(read_counter())
counter = 2
print(read_counter())
del counter
try:
    read_counter()
except NameError as e:
    print("NameError:", e)
import builtins
builtins.my_builtin = "from builtins"
def read_my_builtin():
    return my_builtin
print(read_my_builtin())
builtins.my_builtin = "changed"
print(read_my_builtin())

# module attributes through the same sites
import math
def sq(v):
    return math.sqrt(v)
print(sq(16.0))
math.sqrt = lambda v: "patched sqrt"
print(sq(16.0))

# constructors: __init__ added, replaced, returning a value, __new__ added later
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
print(Point(1, 2).x)
def init3(self, x, y):
    self.x = x * 3
    self.y = y
Point.__init__ = init3
print(Point(1, 2).x)
def bad_init(self, x, y):
    return 42
Point.__init__ = bad_init
try:
    Point(1, 2)
except TypeError as e:
    print("TypeError:", e)
class Empty:
    pass
print(type(Empty()).__name__)
try:
    Empty(1)
except TypeError as e:
    print("TypeError:", e)
Empty.__new__ = lambda cls, *a: "from __new__"
print(Empty(1))

# int() parsing and routine errors raised without .NET exceptions, with CPython's messages
for text in ("42", " -17 ", "0x1f", "1_000", "12345678901234567890", "x", "", "1__0", "٣"):
    try:
        print(repr(text), int(text))
    except ValueError as e:
        print(repr(text), "ValueError:", e)
for a, b in ((1, 0), (1.0, 0), (1, 0.0), (True, False), (10**30, 0)):
    for op in ("/", "//", "%"):
        try:
            eval("a %s b" % op)
        except ZeroDivisionError as e:
            print(type(a).__name__, op, type(b).__name__, "ZeroDivisionError:", e)
for seq in (["a"], ["a", "b", "c"], "ab/cd".split("/")):
    try:
        top, bottom = seq
        print("unpacked", top, bottom)
    except ValueError as e:
        print("ValueError:", e)
def gen():
    yield 1
    return "done"
it = gen()
print(next(it))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", e.value)
print(next(iter([]), "default"))
try:
    next(iter([]))
except StopIteration as e:
    print("StopIteration", e.args)

# calls that leave parameters to their defaults, before and after __defaults__ changes
def f(a, b=10, c=20):
    return a + b + c
def g(a=1, b=2, c=3, d=4):
    return (a, b, c, d)
print(f(1), f(1, 2), f(1, 2, 3), g(), g(2), g(2, 3), g(2, 3, 4), g(2, 3, 4, 5))
f.__defaults__ = (100,)
print(f(1, 2))
for args in ((1,), ()):
    try:
        f(*args)
    except TypeError as e:
        print("TypeError:", e)
f.__defaults__ = None
try:
    f(1, 2)
except TypeError as e:
    print("TypeError:", e)
f.__defaults__ = (7, 8)
print(f(1), [f(i) for i in range(3)])
