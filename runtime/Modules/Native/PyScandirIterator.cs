using System.Collections.Generic;
using System.IO;

namespace PyNet.Runtime;

/// <summary>
/// The iterator <c>os.scandir(path='.')</c> returns: the folder's entries (no "." or ".."), read as it is iterated; a
/// context manager whose exit, like close(), ends the listing.
/// </summary>
public sealed class PyScandirIterator : PyIterator
{
    public static readonly PyType ScandirIteratorType = new("ScandirIterator", PyType.ObjectType, t =>
    {
        IteratorMembers.Init(t);
        t.DefMethod("close", self =>
        {
            ((PyScandirIterator)self!).Close();
            return null;
        });
        t.DefMethod("__enter__", self => self);
        t.DefMethodVar("__exit__", (args, kw) =>
        {
            ((PyScandirIterator)args[0]!).Close();
            return false;
        });
    }, "posix", isBaseType: false);

    private readonly string _folder;
    private readonly bool _asBytes;
    private IEnumerator<string>? _entries;

    public PyScandirIterator(string folder, IEnumerable<string> entries, bool asBytes)
    {
        _folder = folder;
        _entries = entries.GetEnumerator();
        _asBytes = asBytes;
    }

    public override PyType Type => ScandirIteratorType;

    public override object? Next()
    {
        if (_entries == null || !_entries.MoveNext())
        {
            Close();
            return PyOps.Done;
        }
        return new PyDirEntry(_folder, Path.GetFileName(_entries.Current), _asBytes);
    }

    private void Close()
    {
        _entries?.Dispose();
        _entries = null;
    }
}
