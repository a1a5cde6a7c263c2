# str operations and f-strings.
s = "Hello, World"
print(len(s), s[0], s[-1], s[7:], s[:5], s[::2], s[::-1])
print(s.upper(), s.lower(), s.split(", "), "-".join(["a", "b", "c"]))
print(s.replace("l", "L"), s.find("World"), s.startswith("Hell"), "lo" in s)
name, n = "PyNet", 3
print(f"{name} has {len(name)} letters; n*2={n * 2}; {name!r}")
print(repr("it's"), repr('say "hi"'), repr("tab\there"), str(42), str(None))
print("ab" * 3, "é".upper(), len("😀"), "😀x"[1], "a" < "b", "abc" == "abc")
