# Sort key prefixes write an int in [-2**14, 2**14) as one symbol and any other int as a marker and four symbols
# (ListMembers.Sort.cs, PrefixWriter): orders across that boundary, in tuples followed by strs, and ties.
import random
rng = random.Random(11)
edges = [-2**63, -2**62, -2**32, -65536, -16385, -16384, -16383, -2, -1, 0, 1, 2, 16382, 16383, 16384, 16385,
         65535, 65536, 2**32, 2**62, 2**63 - 1]
ints = [rng.choice(edges) + rng.choice([0, 0, 0, 1, -1]) for _ in range(500)]
print(sorted(ints)[::25], sorted(ints, reverse=True)[:5])
words = ["ab", "abc", "abd", "", "b", "ba", "abcdefghijkl", "abcdefghijkm", "é", "\U0001F600"]
pairs = [(rng.choice(edges), rng.choice(words)) for _ in range(400)]
print([ascii(p) for p in sorted(pairs)[::20]])
print([ascii(p) for p in sorted(pairs, key=lambda p: (-p[0], p[1]))[::20]] if all(p[0] > -2**63 for p in pairs) else "skip")
nested = [(rng.choice([-3, -2, -1, 16384, -16385]), (rng.choice(words), rng.choice(words))) for _ in range(400)]
order = sorted(range(len(nested)), key=lambda i: nested[i])
print(order[:20], [ascii(nested[i]) for i in order[::40]])
# Bigram-style keys: (-count, (word, word)) with words shared between keys, stable among equal keys.
text = " ".join(rng.choice(words[:6]) for _ in range(3000)).split()
bigrams = {}
for pair in zip(text, text[1:]):
    bigrams[pair] = bigrams.get(pair, 0) + 1
top = sorted(bigrams.items(), key=lambda item: (-item[1], item[0]))
print(top[:6], top[-3:], len(top))
tagged = sorted([(n % 3, i) for i, n in enumerate(ints)], key=lambda t: t[0])
print(tagged[:10], tagged[-5:])
