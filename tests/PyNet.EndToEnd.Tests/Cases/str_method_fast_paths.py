# str methods called from compiled method sites (their typed entries), with the edge cases of each fast path.

class S(str):
    pass


words = ["Hello,", "world.", "", "  padded  ", "ÉCOLE", "straße", "a\u1680b", "x\x1cy\x1fz", "ǅungla"]
for w in words:
    print(repr(w), w.split(), w.split(None), w.split(None, 1), w.rsplit(), w.rsplit(None, 1))
    print(repr(w.strip()), repr(w.strip(".,")), repr(w.strip(None)), repr(w.lstrip("H ")), repr(w.rstrip(". ")))
    print(w.isupper(), w.islower(), repr(w.capitalize()), repr(w.lower()), w.isalpha(), w.isspace(), w.isdigit())
    print(w.startswith("He"), w.endswith("."), w.startswith(("x", "w")), w.find("l"), w.rfind("l"), w.count("l"))

text = "one two  three\tfour\nfive"
print(text.split(" "), text.split(" ", 1), text.rsplit(" ", 1), text.split("\n"), text.splitlines())
print(text.replace("o", "0"), text.replace("o", "0", 1), text.replace("", "-", 3), text.replace("zz", "y"))
s = "unchanged"
print(s.replace("zz", "y") is s, s.replace("u", "u") == s, S("sub").replace("zz", "y"), type(S("sub").replace("zz", "y")).__name__)
print("-".join(["a", "b", "c"]), "".join(("x",)), "-".join([]), ", ".join(("a", "", "b")), "x".join("abc"))
single = "solo"
print("-".join([single]) is single, type("-".join([S("sub")])).__name__)
print(len("".join(["\ud83d", "\ude00"])), len("\ud83d" + "\ude00"), len("".join(["😀", "x"])))
for bad in ([1, "a"], ["a", 2], ("a", None)):
    try:
        "-".join(bad)
    except TypeError as e:
        print("TypeError:", e)
for call in (lambda: "a".split(""), lambda: "a".split(1), lambda: "a".strip(1), lambda: "a".replace(1, "b"),
             lambda: "a".startswith(1), lambda: "a".find(1), lambda: "a".count(None), lambda: "a".split("a", "b")):
    try:
        call()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
print("abc".find("c", 1), "abc".index("b"), "abcabc".rindex("b"), "a,b,,c".split(",", -1), "a b".split(maxsplit=0))
print("ABC".isupper(), "ABC1".isupper(), "1".isupper(), "Abc".islower(), "abc ".islower(), "".isupper(), "Σ".isupper())
