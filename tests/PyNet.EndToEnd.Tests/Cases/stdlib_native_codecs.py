import codecs
print(codecs.lookup("UTF-8").name, codecs.lookup("latin1").name)
print(codecs.encode("héllo", "utf-8"), codecs.decode(b"h\xc3\xa9", "utf-8"))
print(codecs.encode("héllo", "latin-1"), codecs.decode(b"\x80abc", "cp1252"))
print("x€".encode("cp1252"), codecs.encode("aé", "ascii", "replace"))
d = codecs.getincrementaldecoder("utf-8")()
print(repr(d.decode(b"\xe2\x82")), repr(d.decode(b"\xac!")))
print(codecs.lookup_error("strict").__name__)
try:
    codecs.encode("é", "ascii")
except UnicodeEncodeError as e:
    print(e)
try:
    codecs.lookup("nope")
except LookupError as e:
    print(e)
print(codecs.encode("abc", "rot13"))
print("é".encode("ascii", "xmlcharrefreplace"))
print(codecs.decode(b"\x81", "cp1252", "replace"))
print(codecs.BOM_UTF8, codecs.utf_8_decode(b"ab\xc3", None, False))
