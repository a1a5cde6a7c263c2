using System.IO;
using System.Text;

namespace PyNet.Runtime;

/// <summary>
/// <c>os.DirEntry</c>: one entry of an <c>os.scandir</c> listing. Its name and path are str or bytes as the scandir
/// argument was; is_dir/is_file follow symbolic links unless asked not to, as CPython's do.
/// </summary>
public sealed class PyDirEntry : PyObject
{
    public static readonly PyType DirEntryType = new("DirEntry", PyType.ObjectType, Init, "posix", isBaseType: false);

    private static readonly string[] s_followNames = { "follow_symlinks" };

    private readonly string _path;
    private readonly bool _asBytes;

    /// <param name="folder">The scandir argument as given (its str form); the entry's path joins it and the name.</param>
    public PyDirEntry(string folder, string name, bool asBytes)
    {
        Name = name;
        _path = folder.EndsWith('/') ? folder + name : folder + "/" + name;
        _asBytes = asBytes;
    }

    public override PyType Type => DirEntryType;

    public string Name { get; }

    private object Text(string s) => _asBytes ? new PyBytes(Encoding.UTF8.GetBytes(s)) : new PyStr(s);

    private bool IsSymlink => new FileInfo(_path).LinkTarget != null;

    private bool IsDir(bool follow) => follow ? Directory.Exists(_path) : !IsSymlink && Directory.Exists(_path);

    private bool IsFile(bool follow)
    {
        // File.Exists answers true for a symbolic link whose target is missing: the link is resolved here instead.
        var info = new FileInfo(_path);
        if (info.LinkTarget != null)
        {
            return follow && info.ResolveLinkTarget(returnFinalTarget: true) is FileInfo { Exists: true };
        }
        return info.Exists;
    }

    private static bool Follow(object?[] args, PyStr[]? kw, string function)
    {
        var a = MethodArguments.Keywords(function, args, kw, s_followNames, 0, 0);
        return !MethodArguments.IsGiven(a[0]) || PyProtocol.IsTrue(a[0]);
    }

    private static PyDirEntry Self(object? self) => (PyDirEntry)self!;

    private static void Init(PyType t)
    {
        t.DefGetSet("name", self => Self(self).Text(Self(self).Name));
        t.DefGetSet("path", self => Self(self).Text(Self(self)._path));
        t.DefMethodVar("is_dir", (args, kw) => Self(args[0]).IsDir(Follow(args, kw, "is_dir")));
        t.DefMethodVar("is_file", (args, kw) => Self(args[0]).IsFile(Follow(args, kw, "is_file")));
        t.DefMethod("is_symlink", self => Self(self).IsSymlink);
        t.DefMethodVar("stat", (args, kw) => PosixModule.Stat(Self(args[0])._path, Follow(args, kw, "stat")));
        // PyNet's stat results carry no inode numbers (st_ino is 0); inode() agrees with them.
        t.DefMethod("inode", self => PyInt.Box(0));
        t.DefMethod("__fspath__", self => Self(self).Text(Self(self)._path));
        t.DefMethod("__repr__", self => new PyStr("<DirEntry " + PyProtocol.Repr(Self(self).Text(Self(self).Name)) + ">"));
    }
}
