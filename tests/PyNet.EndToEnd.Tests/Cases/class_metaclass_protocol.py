class Meta(type):
    @classmethod
    def __prepare__(mcs, name, bases, **kw):
        print('prepare', name, kw)
        return {'injected': 1}
    def __new__(mcs, name, bases, ns, **kw):
        print('new', name, sorted(k for k in ns if not k.startswith('__')))
        return super().__new__(mcs, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        print('init', name)
        super().__init__(name, bases, ns)
class A(metaclass=Meta, flag=True):
    x = 1
print(A.injected, type(A).__name__, isinstance(A, Meta))
class B(A): pass
print(type(B).__name__)
class Reg(type):
    registry = []
    def __new__(mcs, *a):
        cls = super().__new__(mcs, *a)
        mcs.registry.append(cls.__name__)
        return cls
class R1(metaclass=Reg): pass
class R2(R1): pass
print(Reg.registry)
class Single(type):
    _inst = {}
    def __call__(cls, *a, **k):
        if cls not in cls._inst:
            cls._inst[cls] = super().__call__(*a, **k)
        return cls._inst[cls]
class S(metaclass=Single):
    def __init__(self): print('made')
print(S() is S())
print(type.__call__(int, '5'), type('X', (), {})().__class__.__name__)
class M2(type):
    def __getattr__(cls, name): return f'meta attr {name}'
class C2(metaclass=M2): pass
print(C2.anything)
class WithClassGetItem:
    def __class_getitem__(cls, item): return f'{cls.__name__}[{item}]'
print(WithClassGetItem[int])
try: int[0]
except TypeError as e: print(e)
class P:
    def __init__(self): self._v = 0
    @property
    def v(self): return self._v
    @v.setter
    def v(self, x): self._v = x * 2
p = P(); p.v = 3; print(p.v, P.v.__class__.__name__)
class NewOnly:
    def __new__(cls, *a): 
        o = super().__new__(cls)
        o.args = a
        return o
print(NewOnly(1, 2).args)
try: object.__new__(NewOnly, 1)
except TypeError as e: print(e)
try: NewOnly.__init__(NewOnly(), 1)
except TypeError as e: print(e)
class NoArgs: pass
try: NoArgs(1)
except TypeError as e: print(e)
class I1:
    def __init__(self, a): super().__init__(a)
try: I1(1)
except TypeError as e: print(e)
class I2:
    def __new__(cls, a): return super().__new__(cls)
    def __init__(self, a): super().__init__()
print(type(I2(1)).__name__)
class I3:
    def __new__(cls, *a): return object.__new__(cls)
I3(1, 2); print('ok I3')
class I4:
    def __init__(self, *a): pass
print(type(object.__new__(I4)).__name__, type(I4(1, 2)).__name__)
class E(Exception):
    def __init__(self, a, b): super().__init__(a, b)
print(E(1, 2).args)
