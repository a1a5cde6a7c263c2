# str's character predicates and case mappings over a sample of every plane, as CPython 3.11 (Unicode 14) has them.
def checksum(values):
    h = 0
    for v in values:
        for ch in str(v):
            h = (h * 1000003 + ord(ch)) % 2305843009213693951
    return h

for start in range(0, 0x110000, 0x8000):
    rows = []
    for cp in range(start, start + 0x8000, 37):
        if 0xD800 <= cp <= 0xDFFF:
            continue
        c = chr(cp)
        rows.append((c.upper(), c.lower(), c.title(), c.casefold(), c.swapcase(), c.isalpha(), c.isdecimal(),
                     c.isdigit(), c.isnumeric(), c.isspace(), c.isupper(), c.islower(), c.istitle(),
                     c.isidentifier(), c.isprintable(), ('a' + c).isidentifier(), repr(c)))
    print(hex(start), checksum(rows))
for s in ['ΑΣ', 'ΑΣ.', 'ΑΣΑ', 'Σ', 'aΣ\u0301', 'ǅungla', 'ß', 'ﬁnal', 'İstanbul', 'ΌΣΟΣ ΣΟΦΟΣ', 'hello WORLD ǆ', 'ᾼ', 'ΐ',
          'Ⅻ', 'ⓐⓑ', 'ǈ', '\u0345', 'aʰ', '𝔘𝔫𝔦', 'ꭰ', 'ᏸ']:
    print(s.upper(), s.lower(), s.title(), s.casefold(), s.swapcase(), s.capitalize(), s.istitle(), s.isupper(),
          s.islower(), s.isalpha(), s.isprintable())
