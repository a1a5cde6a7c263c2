# Assigning __bases__: validation, the new MRO of the class and its subclasses, subclass lists, isinstance.
from typing import NamedTuple


class A:
    def who(self):
        return "A"


class B:
    def who(self):
        return "B"


class C(A):
    pass


class D(C):
    pass


d = D()
print(d.who())
for v in ([A], (), (1,), (D,)):
    try:
        C.__bases__ = v
    except TypeError as e:
        print(type(e).__name__, e)
try:
    int.__bases__ = (object,)
except TypeError as e:
    print(e)
C.__bases__ = (B,)
print([k.__name__ for k in D.__mro__], issubclass(D, B), issubclass(D, A), B.__subclasses__(), A.__subclasses__())
print(isinstance(d, B), d.who())


class E(dict):
    pass


try:
    E.__bases__ = (list,)
except TypeError as e:
    print(e)
C.__bases__ = (A, B)
print([k.__name__ for k in D.__mro__], d.who())


class Emp(NamedTuple):
    name: str
    dept: str = "eng"


e = Emp("ann")
print(e, Emp._fields, Emp._field_defaults, Emp.__annotations__, e._replace(dept="ops"), isinstance(e, tuple))
