# Generators, send, yield from, generator expressions.
def countdown(n):
    while n > 0:
        yield n
        n -= 1
    return "liftoff"


print(list(countdown(5)))


def running_average():
    total, count = 0.0, 0
    average = None
    while True:
        value = yield average
        total += value
        count += 1
        average = total / count


avg = running_average()
next(avg)
print([avg.send(v) for v in [10, 20, 60]])


def chain(*iterables):
    for it in iterables:
        yield from it


print(list(chain("ab", [1, 2], range(3))))


def delegate():
    result = yield from countdown(2)
    yield result


print(list(delegate()), sum(x * x for x in range(100)), max(len(w) for w in ["a", "abc", "ab"]))
