# tuple(x) and list(x) of iterables that are not exact lists or tuples (generators, subclasses with their own
# __iter__, errors raised while iterating), and of tuple subclasses, which give exact tuples.
print(tuple(x * 2 for x in range(3)), list(x for x in "abc"), tuple(range(0)), list(range(12)), tuple(x for x in range(20)))
print(tuple({1: 2, 3: 4}), sorted(list({5, 6})), tuple("héllo"), list(map(str, (1, 2))), tuple(iter([1, 2])))
class L(list):
    def __iter__(self):
        return iter([9])
class T(tuple):
    pass
print(tuple(L([1, 2])), list(L([1, 2])), tuple(T((1, 2))), type(tuple(T((1, 2)))).__name__, list(T((3,))))
for bad in (5, None, 1.5):
    for f in (tuple, list):
        try:
            f(bad)
        except TypeError as e:
            print(f.__name__, e)
def gen():
    yield 1
    raise ValueError("inside")
for f in (tuple, list):
    try:
        f(gen())
    except ValueError as e:
        print(f.__name__, e)
key = lambda item: tuple(f(item) for f in (abs, str))
print(sorted([-3, 2, -1], key=key))
