# Whitespace splitting and stripping over every str whitespace character (searched vectorised), and the results of
# methods that leave a str unchanged: the same object for strip (as CPython), an exact str for subclasses.

class S(str):
    pass


spaces = [chr(c) for c in range(0x3001) if chr(c).isspace()]
print(len(spaces), [hex(ord(c)) for c in spaces])
near = ["\x08", "\x0e", "\x1b", "\x84", "\x86", "\x9f", "\xa1", "\u167f", "\u200b", "\u2027", "\u202a", "\u205e", "\u3001", "\ufeff"]
for sep in spaces + near:
    text = sep + "ab" + sep + sep + "c" + sep + "d\u00e9" + sep
    print(hex(ord(sep)), text.split(), text.split(None, 1), text.rsplit(), text.rsplit(None, 1), len(text.strip()),
          len(text.lstrip()), len(text.rstrip()), len(text.splitlines()), (sep + "x").isspace(), sep.isspace())
long_text = " ".join("w%d" % i for i in range(100)) + "\t\n  " + "x" * 40 + "\u3000y"
print(long_text.split()[-3:], len(long_text.split()), long_text.rsplit(None, 2)[1:], long_text.split(None, 98)[-1])
print("".split(), "   ".split(), " \t ".rsplit(), "a".split(), "  a  b  ".split(None, 0), "  a  b  ".rsplit(None, 0))
print(repr("".strip()), repr("   ".strip()), repr(" \u3000".lstrip()), repr("\u2029 ".rstrip()), repr("xx".strip("x")))
print(repr("..a,b!?".strip(".,;!?")), repr("a".strip("")), repr(",;".lstrip(".,;!?")), repr("a.;".rstrip(".,;!?")))
print("l1\nl2\r\nl3\x1cl4\u2028l5\x85".splitlines(), "a\nb\n".splitlines(True), "".splitlines(), "\n".splitlines())
print(b" a\tb\x0bc\x0cd\x1ce ".split(), b"\x85a\xa0".split(), b"  x  ".strip(), b"\x1cx\x1c".strip(), b"a\rb\nc".splitlines())

for s in ["word", "Word", "WORD", "", "wörd", "x y"]:
    for m in ("strip", "lstrip", "rstrip"):
        r = getattr(s, m)()
        print(repr(s), m, repr(r), r is s, type(getattr(S(s), m)()).__name__, type(getattr(S(s), m)("q")).__name__)
    print(repr(s.lower()), repr(s.upper()), s.lower() == s, type(S(s).lower()).__name__, type(S(s).upper()).__name__)
    print(repr(s.replace("q", "z")), s.replace("q", "z") is s, type(S(s).replace("q", "z")).__name__)
counts = {}
for w in "the cat The dog the end".split():
    w = w.lower()
    counts[w] = counts.get(w, 0) + 1
print(counts, {S("the"): 1}.get("the"), {"the": 1}.get(S("the")), {1: "a", 2: "b"}.get(2), {(1, "a"): 3}.get((1, "a")))
