# Constructs whose interactions are where implementations diverge from CPython.

# return inside finally inside a generator: the return wins over the pending exception and ends the generator
def gen_finally_return():
    try:
        yield 1
        raise ValueError("lost")
    finally:
        return "from finally"

g = gen_finally_return()
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration value:", e.value)

def gen_finally_close():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup on close")

g = gen_finally_close()
next(g)
g.close()
print("closed:", g.gi_frame is None)

# closures over a loop variable: one cell per function scope, shared by every closure made in the loop
def make_closures():
    fs = []
    for i in range(3):
        fs.append(lambda: i)
    return [f() for f in fs]
print(make_closures())

def make_bound():
    fs = []
    for i in range(3):
        def f(i=i):
            return i * 10
        fs.append(f)
    return [f() for f in fs]
print(make_bound())

def counter_pair():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    def get():
        return n
    return inc, get
inc, get = counter_pair()
inc(); inc()
print("shared cell:", get())

# super() in a class created by a metaclass, and in a class built by type()
class Meta(type):
    def __new__(mcs, name, bases, ns):
        ns.setdefault("tag", name.lower())
        return super().__new__(mcs, name, bases, ns)

class Base(metaclass=Meta):
    def describe(self):
        return f"Base({self.tag})"

class Child(Base):
    def describe(self):
        return "Child+" + super().describe()

print(Child().describe(), type(Child).__name__)

def method(self):
    return "Dyn+" + super(Dyn, self).describe()
Dyn = Meta("Dyn", (Base,), {"describe": method})
print(Dyn().describe())

# except* re-raising part of a group
def split_group():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), ValueError(3)])
    except* ValueError as vs:
        print("handled", [repr(e) for e in vs.exceptions])
try:
    split_group()
except ExceptionGroup as rest:
    print("rest:", repr(rest), [repr(e) for e in rest.exceptions])

def reraise_part():
    try:
        raise ExceptionGroup("eg2", [KeyError("k"), OSError("o")])
    except* KeyError:
        raise
    except* OSError as e:
        print("os part", len(e.exceptions))
try:
    reraise_part()
except ExceptionGroup as eg:
    print("re-raised:", repr(eg))

# unbounded recursion raises RecursionError and the program goes on
def down(n):
    return down(n + 1)
for attempt in range(2):
    try:
        down(0)
    except RecursionError as e:
        print("attempt", attempt, type(e).__name__, e)

# a generator that returns inside try/finally while being closed by a for loop break
def numbers():
    try:
        for k in range(10):
            yield k
    finally:
        print("numbers finalised")
for k in numbers():
    if k == 2:
        break
print("after break", k)
