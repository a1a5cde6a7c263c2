# One attribute site, one store site and one method site seeing instances of four classes (the polymorphic hits):
# every class's own attributes and methods, and the classes changed after the sites cached them (a property added,
# a method replaced, __class__ assigned, an instance attribute shadowing a method).


class Base:
    def __init__(self, n):
        self.n = n
        self.tag = type(self).__name__

    def kind(self):
        return "base"


class A(Base):
    def kind(self):
        return "a"


class B(Base):
    def __init__(self, n):
        Base.__init__(self, n)
        self.extra = n * 2

    def kind(self):
        return "b"


class C(Base):
    pass


class D(B):
    def kind(self):
        return "d" + B.kind(self)


def visit(objs):
    out = []
    for o in objs:
        o.n = o.n + 1  # store site
        out.append((o.tag, o.n, o.kind()))  # load and method sites
    return out


objs = [A(1), B(2), C(3), D(4), A(5), D(6)]
for _ in range(3):
    print(visit(objs))

C.tag = property(lambda self: "C-property")  # a data descriptor now wins over the instance's value
print(visit(objs))
A.kind = lambda self: "a-replaced"
print(visit(objs))
objs[1].__class__ = C
print(visit(objs))
objs[3].kind = lambda: "own kind"
print(visit(objs))
del C.tag
print(visit(objs))


class Slotted:
    __slots__ = ("n", "tag")

    def __init__(self, n):
        self.n = n
        self.tag = "slotted"

    def kind(self):
        return "slots"


objs.append(Slotted(10))
print(visit(objs))
