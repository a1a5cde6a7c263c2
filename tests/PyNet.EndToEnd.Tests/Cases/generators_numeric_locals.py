def pr(seed, count):
    state = seed
    for _ in range(count):
        state = (state * 214013 + 2531011) % 4294967296
        yield (state >> 16) & 0x7FFF

def collatz(n):
    while n != 1:
        yield n
        n = n // 2 if n % 2 == 0 else 3 * n + 1
    yield 1

def mixed():
    x = 1
    x = x + (yield x)
    y = 2.5
    y += (yield y)
    z = 0
    if z < (yield z) < 10:
        z = 100
    k = [1, 2, 3]
    i = 1
    k[i] += (yield k)
    w = i * 3 + (yield w if False else i)
    yield (x, y, z, k, w)

def big():
    v = 2 ** 62
    for i in range(3):
        v = v * 4
        yield v
    yield v - 1

print(list(pr(7, 10)))
print(list(collatz(27))[:20], len(list(collatz(97))))
g = mixed()
vals = [next(g)]
for s in [10, 1.5, 5, 4, 6]:
    try:
        vals.append(g.send(s))
    except StopIteration:
        break
print(vals)
print(list(big()))
def unb():
    if False:
        q = 1
    yield q + 1
try:
    list(unb())
except UnboundLocalError as e:
    print(e)
