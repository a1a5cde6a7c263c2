# os.scandir and DirEntry, os.symlink/readlink, and what rests on scandir: os.walk, glob, shutil.copytree/rmtree.
import os, tempfile, shutil, glob
root = tempfile.mkdtemp()
try:
    os.mkdir(os.path.join(root, "d1"))
    os.mkdir(os.path.join(root, "d1", "d2"))
    for p in ["a.txt", "b.py", "d1/c.txt", "d1/d2/e.py"]:
        with open(os.path.join(root, p), "w") as f:
            f.write(p)
    os.symlink(os.path.join(root, "d1"), os.path.join(root, "link_d1"))
    os.symlink(os.path.join(root, "missing"), os.path.join(root, "broken"))
    with os.scandir(root) as it:
        entries = sorted(it, key=lambda e: e.name)
    for e in entries:
        print(repr(e), e.name, e.path == os.path.join(root, e.name), e.is_dir(), e.is_file(), e.is_symlink(),
              e.is_dir(follow_symlinks=False), e.is_file(follow_symlinks=False), os.fspath(e) == e.path)
        if e.name == "a.txt":
            print(e.stat().st_size, e.stat(follow_symlinks=False).st_size)
    print(type(entries[0]).__name__, isinstance(entries[0], os.DirEntry))
    old = os.getcwd()
    os.chdir(root)
    try:
        print(sorted(e.path for e in os.scandir()))
        print(sorted(e.path for e in os.scandir("d1")))
        print(sorted(e.name for e in os.scandir(b"d1")), sorted(e.path for e in os.scandir(b"d1")))
    finally:
        os.chdir(old)
    walked = []
    for top, dirs, files in os.walk(root):
        dirs.sort()
        walked.append((os.path.relpath(top, root), sorted(dirs), sorted(files)))
    print(walked)
    print(sorted(os.path.relpath(p, root) for p in glob.glob(os.path.join(root, "**", "*.py"), recursive=True)))
    print(sorted(os.path.relpath(p, root) for p in glob.glob(os.path.join(root, "*.txt"))))
    it = os.scandir(root)
    next(it)
    it.close()
    print(list(it))
    try:
        os.scandir(os.path.join(root, "nope"))
    except FileNotFoundError as e:
        print("FileNotFoundError", e.errno)
    try:
        os.scandir(os.path.join(root, "a.txt"))
    except NotADirectoryError as e:
        print("NotADirectoryError", e.errno)
    shutil.copytree(os.path.join(root, "d1"), os.path.join(root, "copy"))
    print(sorted(os.listdir(os.path.join(root, "copy"))))
finally:
    shutil.rmtree(root)
print(os.path.exists(root))
src = tempfile.mkdtemp()
try:
    os.symlink("target-name", os.path.join(src, "l"))
    print(os.readlink(os.path.join(src, "l")), os.readlink(os.fsencode(os.path.join(src, "l"))))
    try:
        os.readlink(src)
    except OSError as e:
        print(type(e).__name__, e.errno)
    try:
        os.symlink("x", os.path.join(src, "l"))
    except FileExistsError as e:
        print("FileExistsError", e.errno)
finally:
    shutil.rmtree(src)
