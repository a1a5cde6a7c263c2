# Exception args through class calls and Base.__init__ (typed entries), and %-formatting's fast paths.

class E(Exception):
    def __init__(self, field, message):
        Exception.__init__(self, field, message)
        self.field = field


class NoSuper(Exception):
    def __init__(self, a, b):
        self.a = a


class Three(Exception):
    pass


e = E("age", "bad")
print(e.args, e.field, str(e), repr(e))
n = NoSuper(1, 2)
print(n.args, n.a, str(n))
t = Three(1, 2, 3)
print(t.args, str(t))
Exception.__init__(t)
print(t.args)
Exception.__init__(t, "x")
print(t.args, str(t))
Exception.__init__(t, "x", None)
print(t.args)
args = t.args
Exception.__init__(t, *args)
print(t.args == args)
BaseException.__init__(t, 1, 2, 3, 4)
print(t.args)
try:
    Exception.__init__(t, x=1)
except TypeError as err:
    print("TypeError:", err)
try:
    raise E("f", "m") from None
except E as caught:
    print(caught.args, caught.__cause__, caught.__suppress_context__)

print("%d|%i|%u" % (5, -7, True), "%d" % 2**70, "%d" % -(2**63), "%5d|%-5d|%05d|%+d" % (1, 2, 3, 4))
print("user%d" % 42, "%s:%s" % ("BadValue", "age"), "%d%%" % 3, "%x %o %X" % (255, 8, 255))


class Nested:
    def __str__(self):
        return "<%s:%d>" % ("inner", 7)


print("%s and %s" % (Nested(), Nested()), "%r" % "q")
for bad in (("%d", "x"), ("%d %d", (1,)), ("%d", (1, 2)), ("%z", 1)):
    try:
        print(bad[0] % bad[1])
    except (TypeError, ValueError) as err:
        print(type(err).__name__ + ":", err)


class Meta(type):
    def __call__(cls, *args):
        print("Meta.__call__", args)
        return super().__call__(*args)


class WithMeta(Exception, metaclass=Meta):
    pass


class OwnNew(Exception):
    def __new__(cls, *args):
        print("OwnNew.__new__", args)
        return super().__new__(cls, "replaced")


class BadInit(Exception):
    def __init__(self, a):
        raise KeyError(a)


class ReturnsValue(Exception):
    def __init__(self):
        return 5


print(WithMeta(1).args, OwnNew(1, 2).args, Three().args, Three(x := 1).args)
for make in (lambda: BadInit("k"), lambda: ReturnsValue(), lambda: E("only"), lambda: Three(a=1)):
    try:
        print(make())
    except Exception as err:
        print(type(err).__name__ + ":", err)
