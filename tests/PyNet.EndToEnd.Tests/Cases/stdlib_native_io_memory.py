import io
s = io.StringIO()
s.write("hello\n")
print("x", 1, file=s)
print(repr(s.getvalue()), s.tell())
s.seek(0)
print(s.readline(), end="")
print(list(s))
s2 = io.StringIO("a\r\nb\rc\n", newline=None)
print(repr(s2.getvalue()), s2.newlines)
s3 = io.StringIO("a\r\nb\rc\n", newline="")
print(s3.readlines())
b = io.BytesIO(b"abc\ndef")
print(b.read(2), b.readline(), b.read(), b.tell())
b.seek(10); b.write(b"Z"); print(b.getvalue())
print(isinstance(s, io.TextIOBase), isinstance(b, io.BufferedIOBase), isinstance(b, io.IOBase))
with io.StringIO() as f:
    f.write("é")
    print(f.getvalue())
try:
    f.getvalue()
except ValueError as e:
    print(e)
class My(io.StringIO):
    pass
m = My("q")
print(m.read(), type(m).__name__)
print(io.DEFAULT_BUFFER_SIZE, io.UnsupportedOperation.__mro__[1:3])
import sys
print(isinstance(sys.stdout, io.TextIOBase))
d = io.IncrementalNewlineDecoder(None, translate=True)
print(repr(d.decode("a\r")), repr(d.decode("\nb", final=True)), d.newlines)
b = io.BytesIO()
b.write(b"line1\nline2\n")
b.seek(0)
print(list(b), b.readable(), b.seekable())
print(b.seek(-3, 2), b.read(), b.truncate(4), b.getvalue())
s = io.StringIO("x\ny")
print(s.read(1), s.tell(), s.seek(0, 2), s.write("z"), s.getvalue())
try:
    s.seek(1, 1)
except OSError as e:
    print(type(e).__name__, e)
print(io.StringIO("a\nb\n", newline="\r\n").getvalue().encode())
print(memoryview(b"abcdefgh").cast("H").tolist(), memoryview(b"\x01\x00\x00\x00").cast("I")[0])
import contextlib
buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    print("captured", 1)
    print("two", end="!")
print(repr(buf.getvalue()))
saved, sys.stdout = sys.stdout, None
print("invisible")
sys.stdout = saved
print("visible again")
