# open(): text and binary files, modes, newlines, encodings, errors; files live next to this script.
import os

base = os.path.join(os.path.dirname(os.path.abspath(__file__)), "_builtin_open_files")
text_path = base + ".txt"
bin_path = base + ".bin"


def show_error(action):
    try:
        action()
    except Exception as e:
        print(type(e).__name__, "|", e)


# writing, reading, appending text
with open(text_path, "w", encoding="utf-8") as f:
    print(f.write("héllo\n"), f.write("second line\n"), f.closed, f.mode, f.encoding)
    f.writelines(["a\n", "b\n"])
print(f.closed)
with open(text_path, "a", encoding="utf-8") as f:
    f.write("appended")
with open(text_path, encoding="utf-8") as f:
    print(repr(f.read()))
with open(text_path, encoding="utf-8") as f:
    print(repr(f.readline()), repr(f.readline(3)), repr(f.readline()))
    print(f.readlines())
    print(repr(f.readline()), repr(f.read()))
with open(text_path, "r", encoding="utf-8") as f:
    print([line for line in f])
with open(text_path, encoding="utf-8") as f:
    print(repr(f.read(4)), repr(f.read(3)))
    position = f.tell()
    rest = f.read()
    f.seek(position)
    print(f.read() == rest, f.seek(0), repr(f.read(5)))

# universal newlines and the newline argument
with open(bin_path, "wb") as f:
    f.write(b"one\r\ntwo\rthree\nfour")
for newline in (None, "", "\n", "\r", "\r\n"):
    with open(bin_path, newline=newline) as f:
        print(repr(newline), f.readlines())
    with open(bin_path, newline=newline) as f:
        print(repr(newline), repr(f.read()))
with open(text_path, "w", newline="\r\n") as f:
    f.write("x\ny\n")
with open(text_path, "rb") as f:
    print(f.read())

# encodings and errors
with open(text_path, "w", encoding="latin-1") as f:
    f.write("café ÿ\n")
with open(text_path, "rb") as f:
    print(f.read())
with open(text_path, encoding="latin-1") as f:
    print(repr(f.read()))
show_error(lambda: open(text_path, encoding="utf-8").read())
with open(text_path, encoding="utf-8", errors="replace") as f:
    print(repr(f.read()))
with open(text_path, encoding="ascii", errors="ignore") as f:
    print(repr(f.read()))
show_error(lambda: open(text_path, "w", encoding="ascii").write("é"))
with open(text_path, "w", encoding="ascii", errors="xmlcharrefreplace") as f:
    f.write("é!")
with open(text_path) as f:
    print(f.read())
show_error(lambda: open(text_path, encoding="no-such-codec"))

# binary files
with open(bin_path, "wb") as f:
    print(f.write(b"0123456789\nabc\n"), f.write(bytearray(b"xyz")), f.mode)
with open(bin_path, "rb") as f:
    print(f.read(4), f.tell(), f.readline(), f.readline(), f.read(), f.read())
    print(f.seek(2), f.read(3), f.seek(-3, 2), f.read(), f.seek(-5, 1), f.read(2), f.tell())
    f.seek(0)
    print(f.readlines())
    f.seek(0)
    print(list(f))
    f.seek(0)
    buffer = bytearray(4)
    print(f.readinto(buffer), buffer)
with open(bin_path, "r+b") as f:
    f.seek(3)
    f.write(b"ABC")
    f.seek(0)
    print(f.read(8), f.mode)
with open(bin_path, "ab") as f:
    f.write(b"!")
with open(bin_path, "rb") as f:
    print(f.read()[-5:])
with open(bin_path, "w+b") as f:
    f.write(b"fresh")
    f.seek(0)
    print(f.read(), f.mode, f.readable(), f.writable(), f.seekable())
with open(text_path, "w+") as f:
    f.write("read back")
    f.seek(0)
    print(f.read(), f.readable(), f.writable())

# modes and errors
for mode in ("rw", "rr", "", "b", "bt", "wx", "U", "z", "ra+"):
    show_error(lambda: open(text_path, mode))
show_error(lambda: open(text_path, "rb", encoding="utf-8"))
show_error(lambda: open(text_path, "rb", errors="strict"))
show_error(lambda: open(text_path, "rb", newline=""))
show_error(lambda: open(text_path, newline="x"))
show_error(lambda: open(text_path, mode=5))
show_error(lambda: open(3.5))
try:
    open(text_path, "x")
except FileExistsError as e:
    print(type(e).__name__, e.errno, e.strerror, os.path.basename(e.filename))
try:
    open(base + ".missing")
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e.strerror, os.path.basename(e.filename), isinstance(e, OSError))
try:
    open(os.path.dirname(base))
except IsADirectoryError as e:
    print(type(e).__name__, e.errno, e.strerror)
with open(base + ".new", "x") as f:
    f.write("created")
with open(base + ".new") as f:
    print(f.read())
os.remove(base + ".new")

# closed files, read-only and write-only files
f = open(text_path)
f.close()
f.close()
print(f.closed)
show_error(lambda: f.read())
show_error(lambda: f.readline())
show_error(lambda: f.write("x"))
show_error(lambda: f.tell())
show_error(lambda: next(iter(f)))
show_error(lambda: open(text_path).write("x"))
show_error(lambda: open(text_path, "a").read())
show_error(lambda: open(text_path, "w").readline())
show_error(lambda: open(bin_path, "rb").write(b"x"))
show_error(lambda: open(bin_path, "ab").read())
show_error(lambda: open(bin_path, "wb").write("text"))
show_error(lambda: open(text_path, "w").write(b"bytes"))
g = open(bin_path, "rb")
g.close()
show_error(lambda: g.read())
show_error(lambda: g.seek(0))
try:
    open(text_path).write("x")
except OSError as e:
    print("OSError", isinstance(e, ValueError))


class PathLike:
    def __fspath__(self):
        return text_path


with open(PathLike(), "w") as f:
    f.write("via fspath")
print(open(PathLike()).read())
os.remove(text_path)
os.remove(bin_path)
print(os.path.exists(text_path), os.path.exists(bin_path))
