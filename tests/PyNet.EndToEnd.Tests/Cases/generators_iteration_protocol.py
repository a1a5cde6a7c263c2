# A coroutine is not iterable (for, iter(), list(), yield from); a generator is its own iterator; sum over tuples
# and lists (its in-place int path) agrees with the general loop.


async def co():
    return 5


c = co()
for f in (iter, list, tuple, sorted, sum):
    try:
        f(c)
    except TypeError as e:
        print(f.__name__, e)
try:
    for x in c:
        pass
except TypeError as e:
    print("for:", e)


def delegate():
    yield from c


try:
    list(delegate())
except TypeError as e:
    print("yield from:", e)
c.close()


async def main():
    return await co()


m = main()
try:
    m.send(None)
except StopIteration as e:
    print("value", e.value)


def g():
    yield 1
    yield 2


it = g()
print(iter(it) is it, [x for x in it], list(it))

print(sum((1, 2, 3)), sum([1, 2, 3]), sum([]), sum(()), sum([1, 2], 10), sum([2**62, 2**62, 2**62]))
print(sum([1, 2.5]), sum([True, 2]), sum([1, True]), sum([0.5, 1]), sum((1, 2), 0.5))
print(sum([1, 2], start=5), sum((), 2**70), sum([-2**63, -1]), sum([2**63 - 1, 1]), sum([2**70, 1]))


class I(int):
    def __add__(self, o):
        print("add", o)
        return 100

    def __radd__(self, o):
        print("radd", o)
        return 200


print(sum([I(1), 2, 3]), sum([1, I(2), 3]), sum((4, 5), I(1)))


class L(list):
    def __iter__(self):
        yield 10


print(sum(L([1, 2])), sum(iter([1, 2])), sum(x for x in (1, 2)))
for bad in ("", b"", bytearray(b"")):
    try:
        sum([], bad)
    except TypeError as e:
        print(e)
try:
    sum([1, "a"])
except TypeError as e:
    print(e)
