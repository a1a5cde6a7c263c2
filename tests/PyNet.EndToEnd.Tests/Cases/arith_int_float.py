# Integer and float arithmetic with CPython's results.
values = [7, -7, 0, 1, -1, 2**63, -(2**63), 10**30]
for a in values:
    for b in [3, -3, 1, -1]:
        print(a, b, a + b, a - b, a * b, a // b, a % b, a / b)
print(0.1 + 0.2, 1e16, 1e-5, 123456789.0, 1.5e300 * 1e10, -0.0, 2.0 ** 0.5)
print(True + 1, True * 3, False - 1, 7 // 2.0, -7 % 2.5, 2 ** -2, (-8) // 3)
print(1 << 70, (1 << 70) >> 65, 0xFF & 0x0F, 5 | 2, 5 ^ 1, ~5)
print(3 < 4 < 5, 3 < 4 > 5, 1 == 1.0, 2 ** 64 == 2.0 ** 64, 0.5 < 1)
print(divmod(-7, 2), abs(-3), abs(-2.5), max(3, 9, 2), min([4, 1, 8]))
