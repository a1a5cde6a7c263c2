# types.MethodType(function, instance): construction and its argument errors.
import types
def f(self, x=1):
    return self, x
for args in ((1, 2), (f, None), (f,), (f, 1, 2)):
    try:
        types.MethodType(*args)
    except TypeError as e:
        print(e)
m = types.MethodType(f, 5)
print(m(), m(2), m.__self__, m.__func__ is f, type(m) is types.MethodType)
class C:
    pass
c = C()
c.g = types.MethodType(lambda self: id(self) == id(c), c)
print(c.g())
bm = types.MethodType(len, [1, 2, 3])
print(bm())
