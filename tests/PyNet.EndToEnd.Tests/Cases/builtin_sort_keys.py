# sorted()/list.sort over keys of one kind (ints, strs, floats, tuples) and mixed keys, with ties and reverse.
class R:
    s = 5
    def randint(self, a, b):
        self.s = (self.s * 1103515245 + 12345) & 0x7FFFFFFF
        return a + self.s % (b - a + 1)
    def random(self):
        return self.randint(0, 10**9) / 1e9
    def seed(self, s):
        self.s = s
random = R()
random.seed(5)
ints = [random.randint(-10**6, 10**6) for _ in range(2000)]
strs = ["w%d" % random.randint(0, 500) for _ in range(2000)]
floats = [random.random() for _ in range(1000)] + [-0.0, 0.0, float("inf")]
tuples = [(random.randint(0, 20), s) for s in strs]
tuples2 = [(s, random.randint(0, 3), [1]) for s in strs[:300]]
mixed = [1, 2.5, True, -3, 2**70, 0.5]
print(sorted(ints)[:5], sorted(ints, reverse=True)[:3])
print(sorted(strs)[:5])
print(sorted(floats)[:3], sorted(floats)[-3:])
print(sorted(tuples)[:4], sorted(tuples, key=lambda t: (-t[0], t[1]))[:3])
print(sorted(tuples2)[:2], sorted(mixed))
print(sorted([(1, "b"), (1, "a"), (0, "z"), (1,)]), sorted(["b", "a", "é", "Z"]))
pairs = sorted(range(50), key=lambda i: (i % 7, -i))
print(pairs[:10])
try:
    sorted([(1, "a"), (1, 2)])
except TypeError as e:
    print("TypeError:", e)
