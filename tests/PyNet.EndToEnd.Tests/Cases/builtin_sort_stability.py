
state = [5]
def randint(a, b):
    state[0] = (state[0] * 1103515245 + 12345) & 0x7FFFFFFF
    return a + state[0] % (b - a + 1)
for n in [0, 1, 2, 7, 8, 9, 17, 100, 1000]:
    data = [(randint(0, 20), i) for i in range(n)]
    a = sorted(data, key=lambda t: t[0])
    b = sorted(data, key=lambda t: t[0], reverse=True)
    c = sorted([d[0] for d in data], reverse=True)
    s = sorted([str(d[0]) for d in data])
    f = sorted([d[0] / 3 for d in data])
    print(n, hash(tuple(a)), hash(tuple(b)), hash(tuple(c)), "".join(s)[-30:], hash(tuple(f)))
try:
    sorted([1, "a", 2])
except TypeError as e:
    print(e)
l = [3, 1, 2]
try:
    l.sort(key=lambda x: 1 / (x - 2))
except ZeroDivisionError as e:
    print(e, l)
print(sorted([[2, 1], [1, 2], [1]]), sorted({3: 1, 1: 2}), sorted("hello", reverse=True))
