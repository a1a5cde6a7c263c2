using System;
using System.IO;
using System.Linq;
using System.Text;

namespace PyNet.Runtime;

/// <summary>
/// The <c>posix</c> module, the part <c>os</c> and <c>os.path</c> need to import and to answer the common questions
/// (environment, working directory, stat, listdir, file removal and creation), over .NET's file APIs. Paths may be
/// str, bytes or os.PathLike, as CPython's path_converter accepts; results follow the argument's type.
/// </summary>
public static class PosixModule
{
    private static readonly string[] s_statFields =
    {
        "st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid", "st_size", "st_atime", "st_mtime", "st_ctime",
        "st_atime", "st_mtime", "st_ctime", "st_atime_ns", "st_mtime_ns", "st_ctime_ns", "st_blksize", "st_blocks", "st_rdev",
    };

    // Linux's open(2) flag values, as CPython exposes them.
    private const int OCreat = 0x40;
    private const int OExcl = 0x80;
    private const int OTrunc = 0x200;
    private const int OAppend = 0x400;

    /// <summary>File descriptors opened by os.open (0-2 are the standard streams, not in this table).</summary>
    private static readonly System.Collections.Generic.Dictionary<long, FileStream> s_files = new();
    private static long s_nextFd = 3;

    public static readonly PyType StatResultType = PyStructSequence.NewType("stat_result", "os", s_statFields, visible: 10);

    private static readonly PyStr s_fspath = PyStr.Intern("__fspath__");
    private static readonly string[] s_pathNames = { "path", "dir_fd", "follow_symlinks" };
    private static readonly string[] s_symlinkNames = { "src", "dst", "target_is_directory" };

    public static PyModule Create()
    {
        var d = new PyDict();
        var m = new PyModule("posix", d);
        d[PyStr.Intern("environ")] = Environ();
        d[PyStr.Intern("_have_functions")] = new PyList();
        d[PyStr.Intern("stat_result")] = StatResultType;
        d[PyStr.Intern("error")] = PyExc.OSError;
        foreach (var (name, value) in new (string, int)[]
        {
            ("F_OK", 0), ("R_OK", 4), ("W_OK", 2), ("X_OK", 1), ("O_RDONLY", 0), ("O_WRONLY", 1), ("O_RDWR", 2),
            ("O_CREAT", OCreat), ("O_EXCL", OExcl), ("O_TRUNC", OTrunc), ("O_APPEND", OAppend),
        })
        {
            d[PyStr.Intern(name)] = PyInt.Box(value);
        }
        NativeTypes.Def(d, PyBuiltinFunction.Create("fspath", p => FsPath(p)));
        NativeTypes.Def(d, PyBuiltinFunction.Create("getcwd", () => new PyStr(Directory.GetCurrentDirectory())));
        NativeTypes.Def(d, PyBuiltinFunction.Create("getcwdb", () => new PyBytes(Encoding.UTF8.GetBytes(Directory.GetCurrentDirectory()))));
        NativeTypes.Def(d, PyBuiltinFunction.Create("getpid", () => PyInt.Box(Environment.ProcessId)));
        NativeTypes.Def(d, PyBuiltinFunction.Create("cpu_count", () => PyInt.Box(Environment.ProcessorCount)));
        NativeTypes.Def(d, PyBuiltinFunction.Create("urandom", n => new PyBytes(System.Security.Cryptography.RandomNumberGenerator.GetBytes((int)PyProtocol.Index(n)))));
        NativeTypes.Def(d, PyBuiltinFunction.Create("_exit", code =>
        {
            Environment.Exit((int)PyProtocol.Index(code));
            return null;
        }));
        NativeTypes.Def(d, new PyBuiltinFunction("stat", (args, kw) => Stat(args, kw, "stat", followSymlinks: true)));
        NativeTypes.Def(d, new PyBuiltinFunction("lstat", (args, kw) => Stat(args, kw, "lstat", followSymlinks: false)));
        d[PyStr.Intern("listdir")] = new PyBuiltinFunction("listdir", (args, kw) => ListDir(args.Length > 0 && args[0] != null ? args[0] : new PyStr(".")));
        d[PyStr.Intern("scandir")] = new PyBuiltinFunction("scandir", (args, kw) => Scandir(args.Length > 0 && args[0] != null ? args[0] : null));
        d[PyStr.Intern("DirEntry")] = PyDirEntry.DirEntryType;
        NativeTypes.Def(d, PyBuiltinFunction.Create("access", (p, mode) => PathExists(Path(p, "access"))));
        NativeTypes.Def(d, PyBuiltinFunction.Create("chdir", p => Io("chdir", p, path => Directory.SetCurrentDirectory(path))));
        NativeTypes.Def(d, new PyBuiltinFunction("mkdir", (args, kw) => Io("mkdir", args[0], path =>
        {
            if (PathExists(path))
            {
                throw new PyException(PyErrors.OSErrorFromErrno(17, "File exists", args[0]));
            }
            Directory.CreateDirectory(path);
        })));
        NativeTypes.Def(d, PyBuiltinFunction.Create("rmdir", p => Io("rmdir", p, path => Directory.Delete(path))));
        NativeTypes.Def(d, PyBuiltinFunction.Create("remove", p => Io("remove", p, RemoveFile)));
        NativeTypes.Def(d, PyBuiltinFunction.Create("unlink", p => Io("unlink", p, RemoveFile)));
        NativeTypes.Def(d, PyBuiltinFunction.Create("rename", (a, b) => Io("rename", a, path => Move(path, Path(b, "rename")))));
        // symlink(src, dst): the link dst names src (which need not exist); target_is_directory matters on Windows only.
        NativeTypes.Def(d, new PyBuiltinFunction("symlink", (args, kw) =>
        {
            var a = MethodArguments.Keywords("symlink", args, kw, s_symlinkNames, 2, 3, skip: 0);
            var target = Path(a[0], "symlink");
            return Io("symlink", a[1], path => File.CreateSymbolicLink(path, target));
        }));
        NativeTypes.Def(d, PyBuiltinFunction.Create("readlink", p =>
        {
            var path = Path(p, "readlink");
            var target = new FileInfo(path).LinkTarget;
            if (target == null)
            {
                throw new PyException(PathExists(path) || Directory.Exists(path)
                    ? PyErrors.OSErrorFromErrno(22, "Invalid argument", p)
                    : PyErrors.OSErrorFromErrno(2, "No such file or directory", p));
            }
            return FsPath(p) is PyBytes ? new PyBytes(Encoding.UTF8.GetBytes(target)) : new PyStr(target);
        }));
        NativeTypes.Def(d, PyBuiltinFunction.Create("replace", (a, b) => Io("replace", a, path => Move(path, Path(b, "replace")))));
        NativeTypes.Def(d, new PyBuiltinFunction("open", (args, kw) => Open(args[0], PyProtocol.Index(args[1]))));
        NativeTypes.Def(d, PyBuiltinFunction.Create("close", fd =>
        {
            lock (s_files)
            {
                if (!s_files.Remove((long)PyProtocol.Index(fd), out var stream))
                {
                    throw new PyException(PyErrors.OSErrorFromErrno(9, "Bad file descriptor"));
                }
                stream.Dispose();
            }
            return null;
        }));
        NativeTypes.Def(d, PyBuiltinFunction.Create("read", (fd, n) =>
        {
            var buffer = new byte[(int)PyProtocol.Index(n)];
            var count = Descriptor(fd).Read(buffer, 0, buffer.Length);
            return new PyBytes(buffer[..count]);
        }));
        NativeTypes.Def(d, PyBuiltinFunction.Create("write", (fd, data) =>
        {
            var bytes = PyBytes.AsBuffer(data);
            var stream = Descriptor(fd);
            stream.Write(bytes, 0, bytes.Length);
            stream.Flush();
            return PyInt.Box(bytes.Length);
        }));
        NativeTypes.Def(d, PyBuiltinFunction.Create("putenv", (k, v) =>
        {
            Environment.SetEnvironmentVariable(EnvText(k), EnvText(v));
            return null;
        }));
        NativeTypes.Def(d, PyBuiltinFunction.Create("unsetenv", k =>
        {
            Environment.SetEnvironmentVariable(EnvText(k), null);
            return null;
        }));
        return m;
    }

    /// <summary>os.open(path, flags[, mode]): a descriptor over a .NET FileStream.</summary>
    private static object Open(object? pathArg, System.Numerics.BigInteger flagsValue)
    {
        var path = Path(pathArg, "open");
        var flags = (int)flagsValue;
        var access = (flags & 3) switch
        {
            1 => FileAccess.Write,
            2 => FileAccess.ReadWrite,
            _ => FileAccess.Read,
        };
        var mode = (flags & (OCreat | OExcl)) == (OCreat | OExcl) ? FileMode.CreateNew
            : (flags & OCreat) != 0 ? ((flags & OTrunc) != 0 ? FileMode.Create : FileMode.OpenOrCreate)
            : (flags & OTrunc) != 0 ? FileMode.Truncate : FileMode.Open;
        FileStream stream;
        try
        {
            stream = new FileStream(path, mode, access, FileShare.ReadWrite | FileShare.Delete);
        }
        catch (IOException) when (mode == FileMode.CreateNew && PathExists(path))
        {
            throw new PyException(PyErrors.OSErrorFromErrno(17, "File exists", pathArg));
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new PyException(PyErrors.OSErrorFromErrno(2, "No such file or directory", pathArg));
        }
        if ((flags & OAppend) != 0)
        {
            stream.Seek(0, SeekOrigin.End);
        }
        lock (s_files)
        {
            var fd = s_nextFd++;
            s_files[fd] = stream;
            return PyInt.Box(fd);
        }
    }

    private static FileStream Descriptor(object? fd)
    {
        lock (s_files)
        {
            return s_files.TryGetValue((long)PyProtocol.Index(fd), out var stream)
                ? stream
                : throw new PyException(PyErrors.OSErrorFromErrno(9, "Bad file descriptor"));
        }
    }

    /// <summary>os.fspath: str and bytes as they are, else __fspath__ (which must return one of them).</summary>
    public static object FsPath(object? path)
    {
        if (path is PyStr or PyBytes)
        {
            return path;
        }
        if (PyType.Of(path).Lookup(s_fspath) is { } method)
        {
            var result = PyProtocol.CallBound(method, path);
            return result is PyStr or PyBytes ? result : throw new PyException(PyErrors.FsPathReturned(path, result));
        }
        throw new PyException(PyErrors.FsPathExpected(path));
    }

    internal static string Path(object? path, string function) => FsPath(path) switch
    {
        PyStr s => s.Value,
        PyBytes b => Codecs.Decode(b.Span, "utf-8", "surrogateescape").Value,
        _ => throw new PyException(PyErrors.FsPathExpected(path)),
    };

    private static bool PathExists(string path) => File.Exists(path) || Directory.Exists(path);

    private static PyDict Environ()
    {
        var environ = new PyDict();
        foreach (System.Collections.DictionaryEntry e in Environment.GetEnvironmentVariables())
        {
            environ[new PyBytes(Encoding.UTF8.GetBytes((string)e.Key))] = new PyBytes(Encoding.UTF8.GetBytes((string?)e.Value ?? ""));
        }
        return environ;
    }

    private static string EnvText(object? value) => value switch
    {
        PyBytes b => Encoding.UTF8.GetString(b.Span),
        _ => Path(value, "putenv"),
    };

    private static void RemoveFile(string path)
    {
        if (Directory.Exists(path))
        {
            throw new PyException(PyErrors.OSErrorFromErrno(21, "Is a directory", new PyStr(path)));
        }
        if (!File.Exists(path))
        {
            throw new FileNotFoundException(path);
        }
        File.Delete(path);
    }

    private static void Move(string from, string to)
    {
        if (Directory.Exists(from))
        {
            Directory.Move(from, to);
        }
        else
        {
            File.Move(from, to, overwrite: true);
        }
    }

    /// <summary>Runs a file operation, turning .NET's I/O exceptions into CPython's OSError subclasses with the path.</summary>
    private static object? Io(string function, object? pathArg, Action<string> action)
    {
        var path = Path(pathArg, function);
        try
        {
            action(path);
            return null;
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new PyException(PyErrors.OSErrorFromErrno(2, "No such file or directory", pathArg));
        }
        catch (UnauthorizedAccessException)
        {
            throw new PyException(PyErrors.OSErrorFromErrno(13, "Permission denied", pathArg));
        }
        catch (IOException) when (function == "rmdir" && Directory.Exists(path))
        {
            throw new PyException(PyErrors.OSErrorFromErrno(39, "Directory not empty", pathArg));
        }
        catch (IOException) when (function == "symlink" && (File.Exists(path) || Directory.Exists(path) || new FileInfo(path).LinkTarget != null))
        {
            throw new PyException(PyErrors.OSErrorFromErrno(17, "File exists", pathArg));
        }
    }

    private static PyList ListDir(object? pathArg)
    {
        var path = ExistingFolder(pathArg, "listdir");
        var asBytes = FsPath(pathArg) is PyBytes;
        var names = Directory.EnumerateFileSystemEntries(path).Select(e => System.IO.Path.GetFileName(e))
            .Select(n => asBytes ? (object?)new PyBytes(Encoding.UTF8.GetBytes(n)) : new PyStr(n)).ToArray();
        return new PyList(names, names.Length);
    }

    /// <summary>The folder a listing reads (str form); OSError when it is missing or not a folder.</summary>
    private static string ExistingFolder(object? pathArg, string function)
    {
        var path = Path(pathArg, function);
        if (!Directory.Exists(path))
        {
            throw new PyException(File.Exists(path)
                ? PyErrors.OSErrorFromErrno(20, "Not a directory", pathArg)
                : PyErrors.OSErrorFromErrno(2, "No such file or directory", pathArg));
        }
        return path;
    }

    /// <summary>os.scandir(path='.'): an entry's path is the argument joined with its name ("./name" by default).</summary>
    private static PyScandirIterator Scandir(object? pathArg)
    {
        var path = ExistingFolder(pathArg ?? new PyStr("."), "scandir");
        return new PyScandirIterator(pathArg == null ? "." : path, Directory.EnumerateFileSystemEntries(path), pathArg != null && FsPath(pathArg) is PyBytes);
    }

    private static object Stat(object?[] args, PyStr[]? kw, string function, bool followSymlinks)
    {
        var a = MethodArguments.Keywords(function, args, kw, s_pathNames, 1, 1, skip: 0);
        var follow = followSymlinks && (!MethodArguments.IsGiven(a[2]) || PyProtocol.IsTrue(a[2]));
        return Stat(Path(a[0], function), follow, a[0]);
    }

    /// <summary>os.stat of a path given as a str (<paramref name="pathArg"/>, as the caller gave it, for errors).</summary>
    internal static object Stat(string path, bool follow, object? pathArg = null)
    {
        pathArg ??= new PyStr(path);
        FileSystemInfo info = Directory.Exists(path) ? new DirectoryInfo(path) : new FileInfo(path);
        if (!info.Exists && info.LinkTarget == null)
        {
            throw new PyException(PyErrors.OSErrorFromErrno(2, "No such file or directory", pathArg));
        }
        if (follow && info.LinkTarget != null)
        {
            info = info.ResolveLinkTarget(returnFinalTarget: true) ?? info;
            if (!info.Exists)
            {
                throw new PyException(PyErrors.OSErrorFromErrno(2, "No such file or directory", pathArg));
            }
        }
        var type = info.LinkTarget != null ? 0xA000 : info is DirectoryInfo ? 0x4000 : 0x8000;
        var permissions = OperatingSystem.IsWindows() ? 0x1B6 : (int)info.UnixFileMode;
        var size = info is FileInfo f && info.LinkTarget == null ? f.Length : 4096;
        double Seconds(DateTime t) => (t.ToUniversalTime() - DateTime.UnixEpoch).Ticks / 1e7;
        long Nanos(DateTime t) => (t.ToUniversalTime() - DateTime.UnixEpoch).Ticks * 100;
        var atime = info.LastAccessTimeUtc;
        var mtime = info.LastWriteTimeUtc;
        var ctime = info.LastWriteTimeUtc;
        return PyStructSequence.New(StatResultType, new object?[]
        {
            PyInt.Box(type | permissions), PyInt.Box(0), PyInt.Box(0), PyInt.Box(1), PyInt.Box(0), PyInt.Box(0), PyInt.Box(size),
            PyInt.Box((long)Math.Floor(Seconds(atime))), PyInt.Box((long)Math.Floor(Seconds(mtime))), PyInt.Box((long)Math.Floor(Seconds(ctime))),
            Seconds(atime), Seconds(mtime), Seconds(ctime), PyInt.Box(Nanos(atime)), PyInt.Box(Nanos(mtime)), PyInt.Box(Nanos(ctime)),
            PyInt.Box(4096), PyInt.Box((size + 511) / 512), PyInt.Box(0),
        });
    }
}
