# int and float subclass instances mix with builtin numbers by their values (float.__mul__(2.0, MyInt(3)) is 6.0).
class I(int):
    def __truediv__(self, other):
        return "I.div"
print(I(3) * 2.0)
x = I(3)
print(x * 2)
print(2.0 * x)
print(x < 2.5, 2.5 < x, x == 3.0, x + 0.5, 0.5 + x, x ** 0.5, 2.0 ** x, divmod(7.5, x), x / 2.0, 2.0 / x)
class F(float): pass
f = F(2.5)
print(f + 1, 1 + f, x * f, f * x, [1] * x, x * [1], "ab" * x)
y = 1.5
y += x
print(y)
