# Subclasses of complex: instances of the subclass, its methods and reflected operators, complex's own members.
class MyComplex(complex):
    def __rmul__(self, other):
        return "crmul"
    def describe(self):
        return "my %r" % (self,)
c = MyComplex(1, 2)
print(type(c).__name__, isinstance(c, complex), c, repr(c), c.real, c.imag, c.conjugate(), abs(MyComplex(3, 4)))
print(3 * c, 2.0 * c, c * 2, c + 1, c == complex(1, 2), hash(c) == hash(complex(1, 2)), c.describe())
print(MyComplex("1+2j"), MyComplex(2), type(MyComplex(2) + 1).__name__, bool(MyComplex(0)), complex(c), type(complex(c)).__name__)
class Plain(complex):
    pass
p = Plain(1, 1)
p.attr = 5
print(p * p, -p, p ** 2, p.attr, type(p).__mro__[1].__name__, f"{p:.2f}", str(p))
