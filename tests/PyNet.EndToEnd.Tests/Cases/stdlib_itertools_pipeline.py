# itertools building blocks combined into small pipelines.
import itertools as it


def window(seq, n):
    iters = it.tee(seq, n)
    for i, x in enumerate(iters):
        for _ in range(i):
            next(x, None)
    return zip(*iters)


print(list(window(range(6), 3)))
evens = it.filterfalse(lambda x: x % 2, it.count())
print(list(it.islice(evens, 5)))
runs = [(k, len(list(g))) for k, g in it.groupby("aaabccdddd")]
print(runs)
print(list(it.accumulate(range(1, 6), lambda a, b: a * b)))
print(list(it.starmap(lambda a, b: a + b, it.zip_longest([1, 2, 3], [10], fillvalue=0))))
print(sum(1 for _ in it.permutations(range(5), 3)), sum(1 for _ in it.combinations(range(10), 4)))
print(["".join(p) for p in it.product("01", repeat=3)])
print(list(it.takewhile(lambda c: c != " ", "hello world")), list(it.dropwhile(str.isdigit, "123abc")))
print(list(it.chain.from_iterable(it.repeat("ab", 3))), list(it.compress(range(8), it.cycle([1, 0]))))
print(list(it.pairwise([1, 4, 9, 16])), it.repeat(7, 2), it.count(3, 2))
c = it.count(2**63 - 1)
print(next(c), next(c))
try:
    it.islice([], -5)
except ValueError as e:
    print("ValueError:", e)
try:
    it.combinations([1, 2])
except TypeError as e:
    print("TypeError:", e)
print(type(it.chain()).__name__, isinstance(it.groupby([]), it.groupby))
