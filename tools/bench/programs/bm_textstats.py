# quick: 500
"""textstats: statistics over generated text.

str.split/strip/lower/join/format, dict counting with get(), tuple keys,
sorted() with key functions, set operations. Usage: bm_textstats.py [lines]
"""
import sys

ROOTS = ["alpha", "beta", "gamma", "delta", "omega", "sigma", "theta", "kappa", "lambda", "zeta"]
SUFFIXES = ["", "s", "ed", "ing", "er", "ly"]


def generate(lines):
    out = []
    seed = 7
    for i in range(lines):
        words = []
        for j in range(8 + i % 5):
            seed = (seed * 48271) % 2147483647
            root = ROOTS[seed % len(ROOTS)]
            suffix = SUFFIXES[(seed // 7) % len(SUFFIXES)]
            word = root + suffix
            if seed % 5 == 0:
                word = word.upper()
            words.append(word)
        out.append("  " + " ".join(words) + (". " if i % 3 else "; "))
    return out


def analyse(lines):
    counts = {}
    pairs = {}
    letters = set()
    for line in lines:
        words = [w.lower() for w in line.strip(" .;").split()]
        for w in words:
            counts[w] = counts.get(w, 0) + 1
            letters.update(w)
        for a, b in zip(words, words[1:]):
            key = (a[:3], b[:3])
            pairs[key] = pairs.get(key, 0) + 1
    top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
    top_pairs = sorted(pairs, key=lambda k: (-pairs[k], k))[:3]
    return top, top_pairs, "".join(sorted(letters))


def main():
    lines = int(sys.argv[1]) if len(sys.argv) > 1 else 40000
    top, top_pairs, letters = analyse(generate(lines))
    for word, n in top:
        print("{:<12}{:>8}".format(word, n))
    print(top_pairs)
    print(letters)


main()
