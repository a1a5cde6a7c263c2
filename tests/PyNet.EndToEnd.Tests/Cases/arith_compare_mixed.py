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
