# Which loads of a local can be unbound: definite assignment through branches, loops, try/except/finally, with,
# match, del and except-as (PyNet drops the unbound check only where every path has bound the name).
import contextlib

def probe(f, *a):
    try:
        print(f.__name__, f(*a))
    except NameError as e:
        print(f.__name__, type(e).__name__, e)

def if_one(c):
    if c:
        x = 1
    return x

def if_both(c):
    if c:
        x = 1
    else:
        x = 2
    return x

def if_return(c):
    if not c:
        return "early"
    else:
        y = 5
    return y

def loop_del(n):
    x = 0
    out = []
    for i in range(n):
        out.append(x)
        del x
    return out

def while_body(n):
    while n > 0:
        z = n
        n -= 1
    return z

def for_else(items):
    for i in items:
        pass
    else:
        w = 3
    return w, i

def try_paths(k):
    try:
        if k == 1:
            raise ValueError
        a = 1
    except ValueError:
        pass
    return a

def try_both(k):
    try:
        if k:
            raise KeyError
        b = 1
    except KeyError:
        b = 2
    return b

def try_finally(k):
    try:
        c = 1 / k
    finally:
        d = 2
    return c, d

def except_as():
    e = 1
    try:
        raise ValueError
    except ValueError as e:
        pass
    return e

def with_suppress():
    with contextlib.suppress(ZeroDivisionError):
        q = 1 / 0
    return q

def with_as():
    with contextlib.nullcontext(7) as v:
        pass
    return v

def aug_after_del():
    t = 1
    del t
    t += 1
    return t

def param_del(p):
    del p
    return p

def param_ok(p, *args, **kw):
    return p, args, kw

def walrus(c):
    if c and (m := 5):
        pass
    return m

def match_bind(v):
    match v:
        case [a, b]:
            pass
        case _:
            pass
    return a

def nested_loop(n):
    total = 0
    for i in range(n):
        for j in range(i):
            total += i * j
            last = j
    return total, last

def comp(xs):
    return [y * 2 for y in xs if y], {k: k for k in xs}, list(g for g in xs)

def lam():
    f = lambda u, v=2: u + v
    return f(1)

def gen(n):
    for i in range(n):
        s = i * 2
        yield s
    yield s

def continue_break(n):
    for i in range(n):
        if i == 1:
            continue
        r = i
        if i > 2:
            break
    return r

def num_locals(n):
    acc = 0.0
    for i in range(n):
        dx = i * 0.5
        acc += dx * dx
    return acc + dx

def num_unbound(n):
    for i in range(n):
        dx = i * 0.5
    return dx

def class_in_func():
    class K:
        pass
    return K.__name__

def import_in_func():
    import os.path
    from math import sqrt as root
    return os.path.basename("/a/b"), root(4.0)

for f, args in [(if_one, (1,)), (if_one, (0,)), (if_both, (0,)), (if_return, (1,)), (if_return, (0,)),
                (loop_del, (1,)), (loop_del, (2,)), (while_body, (2,)), (while_body, (0,)),
                (for_else, ([1],)), (for_else, ([],)), (try_paths, (0,)), (try_paths, (1,)), (try_both, (1,)),
                (try_finally, (1,)), (except_as, ()), (with_suppress, ()), (with_as, ()), (aug_after_del, ()),
                (param_del, (1,)), (param_ok, (1, 2)), (walrus, (1,)), (walrus, (0,)), (match_bind, ([1, 2],)),
                (match_bind, (3,)), (nested_loop, (4,)), (nested_loop, (1,)), (comp, ([0, 1, 2],)), (lam, ()),
                (continue_break, (5,)), (continue_break, (1,)), (num_locals, (3,)), (num_locals, (0,)),
                (num_unbound, (0,)), (class_in_func, ()), (import_in_func, ())]:
    probe(f, *args)
print(list(gen(3)))
try:
    print(list(gen(0)))
except NameError as e:
    print("gen", type(e).__name__, e)
