# Comparisons of ints and floats (branch conditions and values), at the edges where a float cannot hold the int.
nan = float("nan")
inf = float("inf")
values = [0, 1, -1, 0.0, -0.0, 0.5, 2**53, 2**53 + 1, float(2**53), -(2**53) - 1, 2**63, 10**30, 1e30, inf, -inf, nan, True, 3]
ops = ["<", "<=", "==", "!=", ">", ">="]
rows = []
for a in values:
    for b in values:
        rows.append("".join("1" if eval("a %s b" % op) else "0" for op in ops))
print(len(rows), rows[:12])
print(sum(r.count("1") for r in rows))
count = 0
for a in values:
    for b in values:
        if a < b:
            count += 1
        if a == b:
            count += 10
        if not a >= b:
            count += 100
print(count)
print([x < 1.5 for x in (1, 2, 1.0, 2.0, True)], (1.0 == 1) is True, (nan == nan) is False, (nan != nan) is True)
print(sorted([3, 1.5, -2, 2**60, 1e18, 0.0, -0.5]), max(1, 1.0), min(-0.0, 0))

# float arithmetic with int operands, in-place forms on list items, and float powers at their edges
xs = [1.5, -2.25, 0.1, 2**53 + 1, -7, 3]
out = []
for a in xs:
    for b in xs:
        out.append((a + b, a - b, a * b, a / b if b else None))
print(out[:8], len(out))
v = [1.0, 2.0, 3.0]
v[0] -= 0.5 * 3
v[1] += 2
v[2] *= 3
v[0] /= 4
print(v)
for base, exp in ((2.0, 0.5), (2.0, -1), (10.0, 2), (0.5, float("inf")), (2.0, float("inf")), (float("inf"), 2), (1.0, float("nan")), (2.0, 1023.5), (9.0, 0.5)):
    try:
        print(base, exp, base ** exp)
    except OverflowError as e:
        print(base, exp, "OverflowError:", e)
for base, exp in ((-8.0, 1 / 3), (0.0, -1.0), (-2.0, 2), (-2.0, 0.5)):
    try:
        print(base, exp, base ** exp)
    except (ZeroDivisionError, ValueError) as e:
        print(base, exp, type(e).__name__ + ":", e)
