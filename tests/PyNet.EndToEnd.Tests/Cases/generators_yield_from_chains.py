# yield from chains: values, return values, exceptions and the delegation state seen from Python.
import sys
import traceback


def leaf(n, log):
    for i in range(n):
        got = yield i
        if got is not None:
            log.append(("leaf got", got))
    return "leaf done %d" % n


def middle(n, log):
    r = yield from leaf(n, log)
    log.append(("middle", r))
    r2 = yield from leaf(1, log)
    log.append(("middle again", r2))
    return r + "/" + r2


def top(n, log):
    r = yield from middle(n, log)
    log.append(("top", r))
    return r


log = []
print(list(top(3, log)))
print(log)

# gi_yieldfrom along a suspended chain, and None once running or finished.
log = []
g = top(2, log)
print(g.gi_yieldfrom)
print(next(g))
m = g.gi_yieldfrom
print(type(m).__name__, m.gi_code.co_name, m.gi_yieldfrom.gi_code.co_name, m.gi_yieldfrom.gi_yieldfrom)
print(next(g), next(g))
print(g.gi_yieldfrom.gi_yieldfrom.gi_frame is not None)
print(list(g), log)
print(g.gi_yieldfrom, g.gi_running)


# While the innermost generator runs, every generator of the chain is running and has no gi_yieldfrom.
def watcher(outer_ref):
    o = outer_ref[0]
    m = o.gi_yieldfrom  # None: o is running (its delegate is being resumed)
    yield (o.gi_running, m)
    yield (o.gi_running, o.gi_yieldfrom)


def relay(g):
    yield from g


ref = []
w = watcher(ref)
outer = relay(relay(w))
ref.append(outer)
print(next(outer), next(outer))
print(outer.gi_running, outer.gi_yieldfrom is not None)


# Re-entering a running chain from its innermost generator.
def reenter(ref):
    try:
        next(ref[0])
    except ValueError as e:
        print("ValueError:", e)
    yield "after"


ref = []
outer = relay(relay(reenter(ref)))
ref.append(outer)
print(next(outer))


# An exception from the innermost generator unwinds through every level (with its traceback),
# and a level can catch it.
def failing():
    yield 1
    raise KeyError("boom")


def catcher():
    try:
        yield from relay(failing())
    except KeyError as e:
        print("caught", repr(e))
        yield "recovered"
    return "catcher done"


def outermost():
    r = yield from catcher()
    yield r


print(list(outermost()))

g = relay(relay(failing()))
print(next(g))
try:
    next(g)
except KeyError:
    tb = traceback.extract_tb(sys.exc_info()[2])
    print([(f.name, f.line) for f in tb])


# PEP 479 at the level that raises StopIteration.
def stopper():
    yield 1
    raise StopIteration("early")


g = relay(relay(stopper()))
print(next(g))
try:
    next(g)
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))


# send, throw and close go through every level.
def echo():
    received = []
    try:
        while True:
            x = yield len(received)
            received.append(x)
    except GeneratorExit:
        print("echo closed with", received)
        raise
    finally:
        print("echo finally")


g = relay(relay(echo()))
print(next(g), g.send("a"), g.send("b"), next(g))
try:
    g.throw(ValueError("thrown"))
except ValueError as e:
    print("throw came back:", e)
g = relay(relay(echo()))
next(g)
g.send(1)
g.close()
print(g.gi_yieldfrom, g.gi_frame)


# A delegate advanced or finished behind the delegating generator's back.
def two():
    yield "a"
    yield "b"
    return "two done"


def holder(it):
    r = yield from it
    yield ("holder got", r)


inner = two()
h = holder(inner)
print(next(h), next(inner), next(h))
inner = two()
h = holder(inner)
print(next(h))
inner.close()
print(next(h))


# yield from a non-generator iterator in the middle of a chain.
def over_list():
    r = yield from iter([1, 2, 3])
    yield ("list done", r)


g = relay(over_list())
print(next(g), g.gi_yieldfrom.gi_yieldfrom.__class__.__name__)
print(list(g))


# A deep recursive chain: values and the recursion limit both as CPython.
def countdown(n):
    if n == 0:
        yield "bottom"
        yield "bottom again"
        return
    yield from countdown(n - 1)


g = countdown(150)
print(next(g))
sys.setrecursionlimit(120)
try:
    next(g)
except RecursionError as e:
    print("RecursionError:", e)
sys.setrecursionlimit(1000)


def flatten(x):
    if isinstance(x, list):
        for y in x:
            yield from flatten(y)
    else:
        yield x


print(list(flatten([1, [2, [3, [4, [5]]], 6], [[7]], 8])))
print(sum(flatten([[i, [i * 2, [i * 3]]] for i in range(1000)])))
