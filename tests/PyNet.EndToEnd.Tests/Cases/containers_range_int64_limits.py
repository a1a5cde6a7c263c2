# range() bounds near the limits of a 64-bit int: length, the last values, membership and slices (PyRange computes
# its length and end with unsigned and wrapping arithmetic).
M = 2**63
cases = [(0, 10, 1), (10, 0, -1), (0, 10, 3), (10, 0, -3), (-M, M - 1, 1), (M - 1, -M, -1), (0, M - 1, 2**62),
         (-M, M - 1, -1), (5, -M, -M), (M - 1, -M, -M), (-M, M - 1, M - 1), (-M, 0, 1), (0, M - 1, 1),
         (M - 10, M - 1, 3), (-M + 10, -M, -3), (-M, -M + 5, 2), (M - 1, M - 1, 1), (3, 3, -1), (-M, M - 1, 2),
         (M - 2, M - 1, M - 1), (-M + 1, -M, -M), (7, -7, -M), (0, 1, M - 1)]
for a, b, c in cases:
    r = range(a, b, c)
    try:
        n = len(r)
    except OverflowError as e:
        n = 'OverflowError: %s' % e
    items = []
    if r:
        items = [r[0], r[-1]]
    it = iter(r)
    head = [x for _, x in zip(range(3), it)]
    print(a, b, c, n, items, head, (b - c) in r, a in r, r.index(a) if a in r else None, r.count(a), bool(r))
    s = r[1::2]
    print('  ', s, len(s) if len(s) < 10**30 else 'big')
for x in range(M - 3, M - 1):
    print(x)
for x in range(-M + 2, -M, -1):
    print(x)
print(sum(range(0, 1000, 7)), list(range(10, -10, -4)), list(reversed(range(M - 3, M - 1))))
