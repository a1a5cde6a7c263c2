# A builtin number's operator declines an operand of a type it does not handle even when it is a subclass instance:
# int * MyFloat goes to MyFloat.__rmul__, MyFloat.__mul__ returning NotImplemented against an int is a TypeError.
class MyFloat(float):
    def __mul__(self, other):
        return NotImplemented
    def __rmul__(self, other):
        return "rmul"
class F2(float):
    pass
for expr in ["MyFloat(2.0) * 3", "3 * MyFloat(2.0)", "MyFloat(2.0) * 2.5", "2.5 * MyFloat(2.0)", "F2(2.0) * 3", "3 * F2(2.0)", "(3).__mul__(2.0)", "(3).__add__(F2(1.0))", "True * MyFloat(1.0)"]:
    try:
        print(expr, "->", repr(eval(expr)))
    except TypeError as e:
        print(expr, "-> TypeError:", e)
class MyInt(int):
    def __radd__(self, other):
        return "radd"
for expr in ["2.5 + MyInt(1)", "MyInt(1) + 2.5", "1 + MyInt(2)", "F2(1.5) + MyInt(2)", "MyInt(2) + F2(1.5)"]:
    try:
        print(expr, "->", repr(eval(expr)))
    except TypeError as e:
        print(expr, "-> TypeError:", e)
