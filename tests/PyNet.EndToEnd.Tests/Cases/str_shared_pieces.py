# Short pieces made by split, strip, lower and upper may be shared between equal results (docs/design.md,
# "str methods"): values, types, hashes and dict behaviour must be as if each were new.


class S(str):
    pass


text = "The cat, the Cat. THE cat! été Été ÉTÉ straße ǅemal \u0130stanbul x\ty\nz  a\u00a0b\u2003c"
words = text.split()
print(words)
print([w.strip(".,!") for w in words])
print([w.lower() for w in words])
print([w.upper() for w in words])
print(text.split(" "), text.split("t", 3), text.rsplit(None, 2), text.rsplit("a", 2))
print("a,b,,c,".split(","), ",a".split(","), "".split(","), "".split(), "   ".split(), "x".split(","))
print("ab\r\ncd\n\nef\r".splitlines(), "ab\r\ncd\n".splitlines(True))

# Equal pieces made different ways hash alike and find each other as dict keys.
counts = {}
for token in (text + " " + text.upper() + " " + text.lower()).split():
    word = token.strip(".,;!?").lower()
    counts[word] = counts.get(word, 0) + 1
print(sorted(counts.items()))
built = "".join(["c", "a", "t"])
print(counts[built], hash(built) == hash("cat".lower()) == hash("CAT".lower()) == hash(" cat ".strip()))
print({("the", "cat"): 1}[tuple("the cat".split())], ("the", "cat") in {tuple(w.lower() for w in "THE CAT".split())})

# Pieces of every length around the sharing limit, many distinct ones (slots are reused).
for n in (1, 2, 23, 24, 25, 40, 64, 65, 100):
    w = "Ab" * (n // 2) + "C" * (n % 2)
    s = (w + " ") * 3
    parts = s.split()
    print(n, len(parts), parts[0] == w, len(w.lower()), w.lower() == parts[2].lower(), w.upper()[:3])
many = " ".join("w%d" % i for i in range(100000)).split()
print(len(many), len(set(many)), many[12345], sum(len(w) for w in many))
again = " ".join("w%d" % i for i in range(100000)).split()
print(many == again, len({w: 1 for w in many + again}))

# Subclass instances give exact strs, also when nothing changes.
s = S("word")
print(type(s.strip()), type(s.lower()), type(s.upper()), type(S("Word").lower()), type(S(" word ").strip()))
print([type(p) for p in S("a b").split()], type(S("ab").split()[0]), type("".join([S("x")])))

# Case mapping of ASCII only text against Unicode text.
print("ǅ".lower(), "ǅ".upper(), "ß".upper(), "İ".lower(), len("İ".lower()), "ΣΑΣ ΑΣ".lower(), "Mixed123_".lower(), "Mixed123_".upper())
print("abc".lower(), "ABC".upper(), "".lower(), "".upper(), "1".lower())

# Strip with characters, including non-ASCII and astral ones.
print("..ab..".strip("."), "..ab..".lstrip("."), "..ab..".rstrip("."), "....".strip("."), "ab".strip(""), "éaé".strip("é"))
print("😀a😀".strip("😀"), "xyzzyx".strip("xz"), "  \t ab \n".strip(), "\u3000ab\u3000".strip(), "ab".strip(None))

# len of fresh strs (counted once), with astral characters and lone surrogates.
print(len("a😀b".split("b")[0]), len("\ud800x".strip("x")), [len(w) for w in "😀😀 a\U00010000b c".split()])
print(repr("\ud83d".join(["a", "\ude00"])), len("\ud83d".join(["a", "\ude00"])), "-".join(["a", "b", ""]), ",".join(()))
# Pieces of a str whose surrogates are code points keep them apart.
s = "\ud83d\ude00 x \ud83d\ude00."
print([len(p) for p in s.split()], [len(p) for p in s.split(" ")], len(s.strip(".")), len(s.rstrip(".x")), [len(p) for p in s.splitlines()])
print([ascii(p) for p in s.split()], ascii(s.strip(". ")), ascii(s.lower()), ascii(s.upper()))

# strip with characters: short and long strs, ASCII sets at the 64 boundary, non-ASCII sets, bytes.
for chars in (".,;!?", "", "?@A~\x7f", "\x00 ", "é.", "ab", "\x3f\x40"):
    for w in ("", ".", "..x..", "?@Ax~\x7f?", "\x00 a \x00", "é.aé.", "abcab", "x" * 40 + "..", ".." + "y" * 40, "ab" * 20):
        print(ascii(w.strip(chars)), ascii(w.lstrip(chars)), ascii(w.rstrip(chars)), end=" ")
    print()
print(b"..ab,,".strip(b".,"), bytearray(b"xxaxx").strip(b"x"), b"\xe9a\xe9".strip(b"\xe9"))
