using System.Collections.Generic;

namespace PyNet.Runtime;

/// <summary>
/// OSError: <c>OSError(errno, strerror[, filename[, winerror[, filename2]]])</c> fills errno, strerror and the file
/// names; constructing OSError itself with a known errno makes the matching subclass (ENOENT gives
/// FileNotFoundError); str() reads <c>[Errno 2] No such file or directory: 'x'</c>.
/// </summary>
public static partial class ExceptionMembers
{
    private static Dictionary<long, PyType>? s_errnoTypes;

    /// <summary>The subclass CPython picks for an errno (Linux numbering), or null.</summary>
    public static PyType? OSErrorSubclassFor(long errno)
    {
        s_errnoTypes ??= new Dictionary<long, PyType>
        {
            [11] = PyExc.BlockingIOError,
            [114] = PyExc.BlockingIOError,
            [115] = PyExc.BlockingIOError,
            [10] = PyExc.ChildProcessError,
            [32] = PyExc.BrokenPipeError,
            [108] = PyExc.BrokenPipeError,
            [103] = PyExc.ConnectionAbortedError,
            [111] = PyExc.ConnectionRefusedError,
            [104] = PyExc.ConnectionResetError,
            [17] = PyExc.FileExistsError,
            [2] = PyExc.FileNotFoundError,
            [21] = PyExc.IsADirectoryError,
            [20] = PyExc.NotADirectoryError,
            [4] = PyExc.InterruptedError,
            [13] = PyExc.PermissionError,
            [1] = PyExc.PermissionError,
            [3] = PyExc.ProcessLookupError,
            [110] = PyExc.TimeoutError,
        };
        return s_errnoTypes.TryGetValue(errno, out var t) ? t : null;
    }

    private static void InitOSError(PyType t)
    {
        t.DefStatic("__new__", (args, kw) =>
        {
            var type = (PyType)args[0]!;
            var nPos = args.Length - (kw?.Length ?? 0);
            if (ReferenceEquals(type, PyExc.OSError) && nPos >= 3 && nPos <= 6 && args[1] is long errno && OSErrorSubclassFor(errno) is { } sub)
            {
                type = sub;
            }
            var e = (PyBaseException)type.InstanceFactory!(type);
            InitOSErrorFields(e, args[1..nPos]);
            return e;
        });
        t.DefMethodVar("__init__", (args, kw) => null);
        t.DefMethod("__str__", self => new PyStr(OSErrorStr((PyBaseException)self!)));
        t.DefMethod("__reduce__", self => PyTuple.Create(PyType.Of(self), ((PyBaseException)self!).Args));
        DefField(t, "errno");
        DefField(t, "strerror");
        DefField(t, "filename");
        DefField(t, "filename2");
        DefField(t, "characters_written");
    }

    private static void DefField(PyType t, string name) =>
        t.DefGetSet(name, self => ((PyBaseException)self).GetField(name), (self, v) => ((PyBaseException)self).SetField(name, ReferenceEquals(v, PyOps.Unbound) ? null : v));

    /// <summary>Sets args and the errno fields from the constructor arguments (CPython's oserror_parse_args and oserror_init).</summary>
    public static void InitOSErrorFields(PyBaseException e, object?[] args)
    {
        e.Args = PyTuple.Create(args);
        e.SetField("errno", null);
        e.SetField("strerror", null);
        e.SetField("filename", null);
        e.SetField("filename2", null);
        if (args.Length < 2 || args.Length > 5)
        {
            return;
        }
        e.SetField("errno", args[0]);
        e.SetField("strerror", args[1]);
        if (args.Length >= 3 && args[2] != null)
        {
            e.SetField("filename", args[2]);
            if (args.Length == 5)
            {
                e.SetField("filename2", args[4]);
            }
            e.Args = PyTuple.Create(args[0], args[1]);
        }
    }

    private static string OSErrorStr(PyBaseException e)
    {
        var errno = e.GetField("errno");
        var strerror = e.GetField("strerror");
        var filename = e.GetField("filename");
        var filename2 = e.GetField("filename2");
        if (filename != null)
        {
            var head = $"[Errno {PyProtocol.Str(errno).Value}] {PyProtocol.Str(strerror).Value}: {PyProtocol.Repr(filename)}";
            return filename2 != null ? head + " -> " + PyProtocol.Repr(filename2) : head;
        }
        if (errno != null && strerror != null)
        {
            return $"[Errno {PyProtocol.Str(errno).Value}] {PyProtocol.Str(strerror).Value}";
        }
        return ArgsStr(e);
    }
}
