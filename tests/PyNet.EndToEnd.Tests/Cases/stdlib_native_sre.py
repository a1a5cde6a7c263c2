import re
print(re.match(r"(\w+) (?P<last>\w+)", "Jane Doe x"))
m = re.search(r"(?P<a>\d+)-(?P<b>\d+)?", "tel 12- and")
print(m.group(0), m.groups(), m.groupdict(), m.span(), m.start("a"), m.lastindex, m.lastgroup)
print(re.findall(r"\d+", "a1b22c333"), re.findall(r"(\w)(\d)", "a1b2"))
print(re.sub(r"(\w+)@(\w+)", r"\2 at \1", "joe@home, ann@work"))
print(re.sub(r"x*", "-", "abxd"), re.subn("a", lambda m: m.group().upper(), "banana"))
print(re.split(r"[,;]\s*", "a, b;c"), re.split(r"(,)", "a,b"), re.split(r"\b", "a b"))
print(re.compile(r"ab+", re.I | re.M), re.compile(b"x"))
print(re.fullmatch(r"a|ab", "ab"), re.match(r"a|ab", "ab"))
p = re.compile(r"""
   (\d+)   # digits
   \s*     # space
   ([a-z]+)  # word
""", re.VERBOSE)
print(p.findall("12 ab 3cd"))
print(re.findall(rb"\w+", b"hi there"), re.sub(rb"e", b"E", b"eve"))
print(re.escape("a.b*c"), re.match(r"(?i)HELLO", "hello") is not None)
print([m.span() for m in re.finditer(r"o", "foo boo")])
print(re.search(r"^b", "a\nb", re.M).start(), re.search(r"a$", "a\n"))
print(re.match(r"(a)(?:b)(c)?", "ab").groups("z"))
print(re.search("é+", "caféé").span(), re.search("x", "😀x").span())
print(re.sub(r"(?P<n>\d)", r"<\g<n>>", "a1b2"))
print(re.compile(r"a").search("bab", 2), re.compile(r"a").match("bab", 1))
print(re.match(r"\w+", "héllo", re.A), re.match(r"[\w]+", "héllo"))
