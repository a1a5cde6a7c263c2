# Lists, tuples and dicts.
xs = [5, 3, 8, 1]
xs.append(7)
xs.sort()
print(xs, xs[1:3], xs[-2:], len(xs), 8 in xs, xs.index(7))
xs[0] = 100
del xs[1]
print(xs, xs.pop(), xs)
t = (1, "two", 3.0)
a, b, c = t
print(t, a, b, c, t[1], t + (4,), t * 2, (1,))
first, *middle, last = range(6)
print(first, middle, last)
d = {"one": 1, "two": 2}
d["three"] = 3
del d["one"]
print(d, d.get("zero", 0), list(d.keys()), list(d.values()), "two" in d)
print({k: v * 2 for k, v in d.items()}, sorted(d, key=lambda k: -d[k]))
matrix = [[r * 3 + c for c in range(3)] for r in range(3)]
print(matrix, [row[1] for row in matrix])
nested = [1, [2, [3, [4]]]]
nested[1][1].append(5)
print(nested, nested == [1, [2, [3, [4], 5]]])
