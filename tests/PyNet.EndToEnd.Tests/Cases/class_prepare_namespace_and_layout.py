# A metaclass's __prepare__ namespace sees every class-body store, load and delete through its own methods;
# type(name, bases, dict) defers to the most derived metaclass; builtin exception bases combine as CPython allows.
class Recording(dict):
    def __setitem__(self, key, value):
        print("set", key)
        super().__setitem__(key, value)
    def __getitem__(self, key):
        print("get", key)
        return super().__getitem__(key)
    def __delitem__(self, key):
        print("del", key)
        super().__delitem__(key)

class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        return Recording()
    def __new__(mcls, name, bases, ns, *, flag=None, **kw):
        print("Meta.__new__", name, flag, sorted(k for k in ns if not k.startswith('__')))
        return super().__new__(mcls, name, bases, dict(ns), **kw)

class C(metaclass=Meta):
    a = 1
    b = a + 1
    def f(self):
        return self.b
    tmp = 0
    del tmp
    try:
        missing
    except NameError as e:
        print("NameError", e)

print(C().f(), type(C).__name__)
D = type('D', (C,), {'x': 1}, flag=True)
print(type(D).__name__, D.x)

class Refusing(dict):
    def __setitem__(self, key, value):
        if key == 'bad':
            raise ValueError('no ' + key)
        super().__setitem__(key, value)

class M2(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return Refusing()

try:
    class E(metaclass=M2):
        good = 1
        bad = 2
except ValueError as e:
    print("ValueError", e)

class DecimalLike(ArithmeticError):
    pass
class FloatOperation(DecimalLike, TypeError):
    pass
print(FloatOperation.__base__.__name__, [t.__name__ for t in FloatOperation.__mro__])
print(isinstance(FloatOperation(), TypeError), issubclass(FloatOperation, ArithmeticError))
for bases in [(OSError, TypeError), (int, str), (KeyError, IndexError), (StopIteration, SyntaxError)]:
    try:
        type('X', bases, {})
        print([b.__name__ for b in bases], 'ok')
    except TypeError as e:
        print([b.__name__ for b in bases], e)
