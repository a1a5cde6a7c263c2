# Sorts of 64 keys or more that are ints, strs or tuples of them compare precomputed prefixes first
# (ListMembers.Sort.cs, KeyPrefixes): orders at the UTF-16/code point boundary, ties past the prefix, shapes that mix kinds.
import random
rng = random.Random(5)
alphabet = ["a", "b", "ab", "abcd", "abcde", "abcdefgh", "abcdefghi", "\x00", "a\x00", "\ud800", "\ue000", "\U0001F600",
            "\uffff", "z", "", "abcd\ud800", "abcd\U0001F600x", "abcd\ue000", "é", "abcdefg\U0001F600"]
def rs():
    return "".join(rng.choice(alphabet) for _ in range(rng.randrange(0, 4)))
def ri():
    return rng.choice([0, 1, -1, 2**62, -2**63, 2**63 - 1, 5, -7, 300, -300])
shapes = [
    lambda: ri(),
    lambda: rs(),
    lambda: (ri(), rs()),
    lambda: (ri(), (rs(), rs())),
    lambda: (rs(), ri()),
    lambda: (ri(),),
    lambda: (ri(), ri(), rs()),
    lambda: (ri(), 1.5),
    lambda: (ri(), None),
    lambda: ((ri(), rs()), rs()),
    lambda: (),
    lambda: (ri(), ((ri(),),)),
]
for si, make in enumerate(shapes):
    keys = [make() for _ in range(300)]
    try:
        s = sorted(keys)
        r = sorted(keys, reverse=True)
        k = sorted(range(len(keys)), key=lambda i: keys[i])
        print(si, [ascii(x) for x in s[:5]], ascii(s[-1]), k[:10], [ascii(x) for x in r[:3]])
    except TypeError as e:
        print(si, "TypeError", e)
# mixes: shapes that compare fine together, and ones that must raise
mixes = [[(1, "a"), (1,), (0, "b"), (1, "a", 2)], [(1, "a"), (1, 2.5)], [(1, (2, "x")), (1, ("y",))], [("a", 1), ("a",), ("b", None)],
         [(1, 2.5), (1, None)], [(2, 2.5), (1, None)], [(1, ((5,),)), (1, 2.5)], [(2, ((5,),)), (1, 2.5)], [1, 2, -3, 2**63 - 1, -2**63]]
for m in mixes:
    try:
        print(sorted(m), sorted(m, key=lambda x: x, reverse=True))
    except TypeError as e:
        print("TypeError", e)
    big = m * 20  # large enough to get prefixes; which pair fails first depends on the sort algorithm
    try:
        print(sorted(big)[::20], sorted(big, key=lambda x: x, reverse=True)[::20])
    except TypeError:
        print("TypeError")
words = [rs() for _ in range(2000)]
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
by = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
print([ascii(x) for x in by[:10]], ascii(by[-1]))
pairs = {}
for a, b in zip(words, words[1:]):
    pairs[(a, b)] = pairs.get((a, b), 0) + 1
top = sorted(pairs.items(), key=lambda item: (-item[1], item[0]))
print([ascii(x) for x in top[:10]], len(top))
