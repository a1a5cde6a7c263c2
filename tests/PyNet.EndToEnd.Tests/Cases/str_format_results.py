# Results of %-formatting and f-strings: short ones may be shared objects, so only values are compared; surrogates,
# bytes, str subclasses (an f-string field of a str subclass gives an exact str).
a = ["user%d" % (i % 7) for i in range(20)]
print(a[0] == a[7], a[0] is a[7] or True, len(set(map(id, a))) <= 20)
print("%s|%5.2f|%-6s|%x" % ("\U0001F600x", 2.5, "ab", 255), len("%s" % "\U0001F600"), len(f"{chr(0x1F600)}"))
s = "\ud800"
print(len("%s%s" % (s, s)), len(f"{s}{s}"), repr(f"{s}a"))
x, y = 3, "q"
print(f"{x}-{y}", f"{x!r:>4}{y:*^5}", f"{'a' * 30}{x}", len(f"{'a' * 30}{x}"))
print(b"%d-%s" % (5, b"z"), "%c%c" % (65, "b"))
class S(str): pass
print(type("%s" % S("k")).__name__, type(f"{S('k')}").__name__)
