# Generators save only the locals live across each yield: every local read after a resume, on any path (normal
# flow, except/finally handlers reached by throw() and close(), loops back to an earlier yield), must survive it.
import sys


def loop_back_to_earlier_yield():
    # The second yield's live set must include what the first yield needs after the loop goes round.
    total = 10
    while True:
        try:
            x = yield "ready"
            total += x
        except ValueError as e:
            yield ("recovered", total, str(e))


g = loop_back_to_earlier_yield()
print(next(g))
print(g.send(5))
print(g.throw(ValueError("bad")))
print(next(g))
print(g.send(1))
try:
    g.throw(KeyError("k"))
except KeyError as e:
    print("propagated", repr(e))


def finally_reads_locals():
    resource = ["open"]
    count = 0
    try:
        for i in range(5):
            count += i
            yield i
    finally:
        resource.append("closed after %d" % count)
        print("finally:", resource)


g = finally_reads_locals()
print(next(g), next(g), next(g))
g.close()
print(g.gi_frame is None)


def unbound_after_resume(flag):
    if flag:
        late = "bound"
    yield 1
    try:
        print("late is", late)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    yield 2


print(list(unbound_after_resume(True)))
print(list(unbound_after_resume(False)))


def deleted_local():
    a = 1
    b = 2
    del a
    yield b
    try:
        print(a)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    yield "done"


print(list(deleted_local()))


def locals_snapshot(p, q=3):
    r = p * q
    yield sorted(locals().items())
    s = r + 1
    yield sorted(locals().items())


print(list(locals_snapshot(2)))


def cells_across_yield(n):
    counter = 0

    def bump():
        nonlocal counter
        counter += 1
        return counter

    for _ in range(n):
        yield bump()
    yield ("final", counter)


print(list(cells_across_yield(3)))


def many_arguments(a, b, c, d, e, f, g, h, i, j, k, l, m, n, o, p, q, r):
    yield a + r
    yield sum((a, b, c, d, e, f, g, h, i, j, k, l, m, n, o, p, q, r))


print(list(many_arguments(*range(18))))


def varargs(*args, **kwargs):
    for x in args:
        yield x
    yield sorted(kwargs.items())


t = (1, 2, 3)
print(list(varargs(*t, z=1, y=2)), t)


def pending_operands():
    # Values on the evaluation stack at a yield (spilled, not locals) survive it too.
    return [1, (yield "a"), 3, (yield "b")]


g = pending_operands()
print(next(g), g.send("A"))
try:
    g.send("B")
except StopIteration as e:
    print("returned", e.value)


def yield_from_chain(depth):
    if depth == 0:
        got = yield "leaf"
        return ("leaf got", got)
    before = depth * 10
    result = yield from yield_from_chain(depth - 1)
    return (before, result)


g = yield_from_chain(3)
print(next(g))
try:
    g.send("value")
except StopIteration as e:
    print("returned", e.value)


def stop_iteration_inside():
    yield 1
    raise StopIteration("inner")


try:
    list(stop_iteration_inside())
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))


def renamed():
    yield 1


gen = renamed()
renamed.__name__ = "changed"
print(gen.__name__, renamed().__name__, gen.__qualname__)


def recursive_depth(n):
    if n:
        yield from recursive_depth(n - 1)
    else:
        yield sys.getrecursionlimit() > 0


print(list(recursive_depth(50)))

# Comprehensions are called directly: their scope, closure and errors behave as before.
scale = 3
print([x * scale for x in range(4)], {x % 3 for x in range(10)}, {k: v for k, v in zip("ab", (1, 2))})
print(sum(x * x for x in range(10)), "".join(c.upper() for c in "abc"), any(x > 2 for x in [1, 3]))
try:
    [1 / x for x in (1, 0)]
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    list(x for x in 5)
except TypeError as e:
    print("TypeError:", e)

try:
    list(recursive_depth(100000))
except RecursionError as e:
    print("RecursionError:", e)

# A generator made on one thread and resumed on another counts its frames on the resuming thread.
import _thread

shared = recursive_depth(20)
results = []
finished = _thread.allocate_lock()
finished.acquire()


def consume():
    results.append(next(shared, "exhausted"))
    finished.release()


_thread.start_new_thread(consume, ())
finished.acquire()
results.append(next(shared, "exhausted"))
print(results)

# Builtins that loop over a generator in C# resume it with the loop's thread state: results and errors as before.


def numbers(fail_at=None):
    for i in range(1, 6):
        if i == fail_at:
            raise ValueError("failed at %d" % i)
        yield i


print(sum(numbers()), min(numbers()), max(numbers(), key=lambda v: -v), any(numbers()), all(numbers()))
print(list(numbers()), tuple(numbers()), "-".join(str(n) for n in numbers()), sorted(numbers(), reverse=True))
for consume in (sum, min, max, any, all, list, tuple, sorted, lambda g: "".join(map(str, g))):
    try:
        consume(numbers(fail_at=3))
    except ValueError as e:
        print("ValueError:", e)
