# Int trees: arithmetic computed as longs when every operand is an int that fits, the general path otherwise
# (overflow into big ints, negative divisors, bools, int subclasses, floats).


def ops(a, b, c):
    return (a + b * c, a - b - c, a * b * c, (a + b) // c, (a - b) % c, a & b | c, a ^ b ^ c, -a + -b, -(a * b) // c)


big = 2**62
for args in [(7, 3, 2), (-7, 3, 2), (7, -3, 5), (0, 0, 1), (big, big, 3), (-big, big, 7), (2**31, 2**31, 3),
             (2**31 - 1, -2**31, 5), (-2**63, 1, 3), (2**63 - 1, 1, 2), (3, 4, -2), (True, 2, 3), (1.5, 2, 3), (10**20, 3, 7)]:
    try:
        print(args, ops(*args))
    except Exception as e:
        print(args, type(e).__name__, e)
for args in [(7, 3, 0), (1, 2, "x"), (None, 1, 1)]:
    try:
        print(ops(*args))
    except Exception as e:
        print(type(e).__name__, e)


class I(int):
    def __add__(self, other):
        return 100

    def __rmul__(self, other):
        return 1000


print(ops(I(5), 2, 3))


def loops(n):
    total = 0
    acc = 1
    for i in range(n):
        for j in range(n):
            total += i * j - (i + j) % 3 + (i - j) // 2
            acc = acc * 3 % 1000003 + i
    return total, acc


print(loops(10), loops(0))


def grow(n):
    x = 1
    for i in range(n):
        x = x * 3 + i
    return x


print(grow(50), grow(100))


def setcomp(perm):
    cols = range(len(perm))
    return len({perm[i] + i for i in cols}), len({perm[i] - i for i in cols}), sorted({perm[i] * i for i in cols})


print(setcomp([3, 1, 4, 1, 5, 9, 2, 6]), setcomp([2**62, 2**62, -2**62]), setcomp([0.5, 1.5]))


def aug(v):
    v[0] += 5
    v[1] -= v[0] * 2
    v[2] //= 3
    v[3] %= 4
    v[0] *= 2**40
    v[0] *= 2**40
    return v


print(aug([1, 2, 10, -7]), aug([1.5, 2, 10.5, -7.0]))
neg = -2**63


def minus(x):
    return -x + 0, -(x - 1) * 1


print(minus(5), minus(neg + 1), minus(neg))


def shifts(a, b):
    return (a >> b) & 0xFF, (a * 214013 + 2531011) % 4294967296 >> 16, a * b * 3037000499


for args in [(1000, 3), (-1000, 3), (5, 0), (5, 64), (-5, 100), (2**62, 63), (4294967295, 2), (5, -1), (5, 2**70), (2.0, 1)]:
    try:
        print(args, shifts(*args))
    except Exception as e:
        print(args, type(e).__name__, e)
