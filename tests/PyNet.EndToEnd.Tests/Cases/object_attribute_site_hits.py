# Attribute sites' monomorphic fast paths: the cached layout, shadowing, class changes, __class__ assignment.
class P:
    def __init__(self, x):
        self.x = x
    def m(self):
        return "method"

class Q:
    def __init__(self, x):
        self.y = 0
        self.x = x
    def m(self):
        return "Q.method"

def get_x(o):
    return o.x

def call_m(o):
    return o.m()

def set_x(o, v):
    o.x = v

objs = [P(1), P(2), Q(3), P(4)]
print([get_x(o) for o in objs])
print([call_m(o) for o in objs])
p = P(5)
print(call_m(p))
p.m = lambda: "shadowed"
print(call_m(p), call_m(P(6)))
for o in objs:
    set_x(o, o.x * 10)
print([get_x(o) for o in objs])
a = P(7)
a.__class__ = Q
print(get_x(a), call_m(a))
del a.x
try:
    get_x(a)
except AttributeError as e:
    print("AttributeError", e)
set_x(a, 8)
print(get_x(a), vars(a))
P.x = property(lambda self: "prop")
try:
    print(get_x(P.__new__(P)))
    set_x(P.__new__(P), 1)
except AttributeError as e:
    print("AttributeError", e)
del P.x
b = P(9)
print(get_x(b))
b.__dict__["x"] = 10
print(get_x(b))
P.m = lambda self: "replaced"
print(call_m(P(1)), call_m(b))
class R:
    pass
r = R()
for i in range(5):
    set_x(r, i)
    print(get_x(r), end=" ")
print()
class S:
    __slots__ = ("x",)
s = S()
set_x(s, 11)
print(get_x(s))
class T:
    pass
T.z = property(None)
for op in ("get", "set", "del"):
    try:
        if op == "get":
            T().z
        elif op == "set":
            T().z = 1
        else:
            del T().z
    except AttributeError as e:
        print(op, e)
