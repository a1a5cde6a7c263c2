# List comprehensions over lists, tuples and ranges and list(map(...)) size their result from the source's length hint:
# the result must not depend on it (sources that change while iterated, iterators partly consumed, big ranges).
xs = [1, 2, 3]
print([x * 2 for x in xs], [x for x in range(5)], [x for x in (1, 2)], [x for x in range(10**20, 10**20 + 2)])
ys = [1, 2, 3]
print([ys.append(x) or x for x in ys if len(ys) < 6])
zs = [1, 2, 3, 4, 5]
print([zs.pop() for x in zs])
print(list(map(str, range(3))), list(map(abs, [-1, 2])), list(map(lambda a, b: a + b, [1, 2], [3, 4])))
l = [0]
l.extend(range(3)); l.extend(map(str, [5])); l.extend(x for x in [7]); print(l)
print([x for x in range(0)], list(map(int, [])), [c for c in "ab"])
it = iter(range(10)); next(it); print([x for x in it])
it = iter([1, 2, 3]); next(it); print(list(map(str, it)))
print(len([x for x in range(2_000_000)]))
