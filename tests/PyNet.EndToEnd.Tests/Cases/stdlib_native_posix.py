# The posix module under os and os.path: environment, cwd, stat, listdir, mkdir/rmdir/remove, os.open/write/close.
import os, os.path
d = os.path.join("/tmp", "pynet-e2e-posix-%d" % os.getpid())
print(os.name, os.sep, os.getcwd() == os.path.abspath('.'), os.path.join('a', 'b'), os.fspath('x'))
print(os.path.exists('/tmp'), os.path.isdir('/tmp'), os.path.isfile('/tmp'), os.path.exists('/nonexistent'))
print('PATH' in os.environ, os.environ.get('NOPE_X', 'd'), type(os.stat('/tmp')).__name__)
if os.path.exists(d):
    for n in os.listdir(d): os.remove(os.path.join(d, n))
    os.rmdir(d)
os.mkdir(d)
fd = os.open(os.path.join(d, "f.txt"), os.O_WRONLY | os.O_CREAT | os.O_TRUNC); os.write(fd, b"hello"); os.close(fd)
print(os.listdir(d), os.path.getsize(os.path.join(d, 'f.txt')), os.stat(d).st_mode & 0o170000 == 0o040000)
try:
    os.mkdir(d)
except FileExistsError as e:
    print('FileExistsError', e.errno)
try:
    os.stat('/nonexistent')
except FileNotFoundError as e:
    print('FileNotFoundError', e)
os.remove(os.path.join(d, 'f.txt')); os.rmdir(d); print(os.path.exists(d))
try:
    os.fspath(3)
except TypeError as e:
    print(e)
