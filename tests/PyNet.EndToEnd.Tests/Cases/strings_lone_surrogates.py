# Lone surrogates: '\ud83d\ude00' written with escapes is two code points, not the astral character U+1F600.
s = '\ud83d\ude00'
print(len(s), s == '😀', s != '😀', repr(s), ascii(s), [hex(ord(c)) for c in s])
print('\ud800' != '\U00010000', len('\ud83d\ude00'), '\ud83d\ude00' == '😀', len('\U0001F600'))
t = chr(0xd83d) + chr(0xde00)
print(len(t), t == s, hash(t) == hash(s), t == '😀', repr(t))
print(len('a\ud800' '\udc00b'), repr('a\ud800' '\udc00b'), len('x\ud800'), len('\udc00y'))
print(sorted(['\ud800', '\ue000', '\U00010000', '\ud800\udc00', 'a', '\uffff']))
print('\ud800' < '\ue000', '\U00010000' > '\uffff', '\ud800\udc00' < '\U00010000', '\ud800\udc00' < '\ud800\udc01')
print(repr(s[0]), repr(s[1]), repr(s[::-1]), repr(s[:2]), repr(s[1:]), list(s), repr(''.join([chr(0xd800), chr(0xdc00)])))
print([repr(c) for c in reversed(s)], s.index('\ude00'), s.count('\ud83d'), '\ude00' in s)
for errors in ['strict', 'surrogatepass', 'replace', 'backslashreplace', 'ignore', 'xmlcharrefreplace']:
    try:
        print(errors, s.encode('utf-8', errors))
    except UnicodeEncodeError as e:
        print(errors, 'UnicodeEncodeError:', e, e.start, e.end)
try:
    ('ab' + s).encode('utf-16-le')
except UnicodeEncodeError as e:
    print('utf-16-le', e)
b = s.encode('utf-8', 'surrogatepass')
d = b.decode('utf-8', 'surrogatepass')
print(len(d), d == s, repr(d), b)
print(len('😀'.encode('utf-8').decode('utf-8', 'surrogatepass')), repr(b'\xed\xa0\x80x'.decode('utf-8', 'surrogatepass')))
print(repr(b'a\xff\xfe'.decode('utf-8', 'surrogateescape')), b'a\xff\xfe'.decode('utf-8', 'surrogateescape').encode('utf-8', 'surrogateescape'))
print({s: 1, '😀': 2}, len({s, t, '😀'}))
print(repr(s * 2), len(s * 2), repr(s + 'x'), repr('\udc00\ud800' * 2), len('\udc00\ud800' * 2))
print(repr('-'.join(['\ud800', '\udc00'])), len('\udc00'.join(['\ud800', '\ud800'])))
class S(str):
    pass
u = S(s)
print(len(u), u == s, repr(str(u)), repr(u), type(str(u)).__name__)
print(f"{s!r}", '%r' % s, '{!r}'.format(s), s.upper() == s, repr(s.upper()), len(s.lower()))
