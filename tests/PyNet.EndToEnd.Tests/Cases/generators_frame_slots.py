# Generator frames across yields: locals that change or not, closure cells and globals read again on resumption.
counter = 0


def make():
    shared = []
    step = 1

    def gen(a, b, c, d, e, f, g, h):
        nonlocal step
        x = a
        it = iter([10, 20, 30])
        for v in it:
            y = (yield (x, v, step, len(shared), counter, a + b + c + d + e + f + g + h))
            if y is not None:
                x = y
                h = h + 1
            shared.append(v)
            step += 1
        yield ("end", x, h, shared, step)

    def poke():
        nonlocal step
        step *= 10
        shared.append("p")

    return gen, poke


gen, poke = make()
g = gen(1, 2, 3, 4, 5, 6, 7, 8)
print(next(g))
poke()
counter = 5
print(g.send("sent"))
counter = "changed"
print(next(g))
poke()
print(g.send(None))


def keeps_same(values):
    big = list(values)
    total = 0
    for i, v in enumerate(big):
        total += v
        yield total, i, len(big)
    del big
    yield "deleted"
    try:
        print(big)
    except UnboundLocalError as e:
        print("UnboundLocalError", e)


print(list(keeps_same(range(5))))


def rebinding():
    obj = [0]
    for k in range(4):
        yield obj
        if k % 2:
            obj = [k]
        obj.append(k)


print([list(o) for o in rebinding()])


def numbers():
    f = 0.5
    n = 2**62
    for k in range(5):
        yield f, n
        f *= 3
        n *= 2
        if k == 2:
            n = "now a str"
            f = 7


print(list(numbers()))
