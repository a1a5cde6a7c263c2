using System;

namespace PyNet.Runtime;

/// <summary>
/// The abstract bases of <c>_io</c>: <c>_IOBase</c>, <c>_RawIOBase</c>, <c>_BufferedIOBase</c> and <c>_TextIOBase</c>.
/// Their methods are written against the Python-level protocol of <c>self</c> (<c>self.closed</c>, <c>self.read</c>,
/// <c>self.readline</c>, ...), so pure-Python subclasses (io.py's IOBase and user classes) work as in CPython; the
/// closed flag of such instances is the attribute <c>__IOBase_closed</c>, as in CPython.
/// </summary>
public static class IoBase
{
    public static readonly PyType IOBaseType = new("_IOBase", PyType.ObjectType, InitIOBase, "_io");

    public static readonly PyType RawIOBaseType = new("_RawIOBase", IOBaseType, InitRaw, "_io");

    public static readonly PyType BufferedIOBaseType = new("_BufferedIOBase", IOBaseType, InitBuffered, "_io");

    public static readonly PyType TextIOBaseType = new("_TextIOBase", IOBaseType, InitText, "_io");

    private static readonly PyStr s_closedFlag = PyStr.Intern("__IOBase_closed");
    private static readonly PyStr s_closed = PyStr.Intern("closed");

    private static object? Call(object? self, string method, params object?[] args) =>
        PyCall.Call(PyProtocol.GetAttr(self, PyStr.Intern(method)), args, null);

    public static bool IsClosed(object? self) => PyProtocol.IsTrue(PyProtocol.GetAttr(self, s_closed));

    public static void CheckClosed(object? self)
    {
        if (IsClosed(self))
        {
            throw new PyException(PyErrors.ClosedFile());
        }
    }

    private static void Check(object? self, string predicate, PyBaseException error)
    {
        if (!PyProtocol.IsTrue(Call(self, predicate)))
        {
            throw new PyException(error);
        }
    }

    private static object? Unsupported(string name) => throw new PyException(PyErrors.FileNotReadable(name));

    /// <summary>The items of an iterable, for C# loops.</summary>
    internal static System.Collections.Generic.IEnumerable<object?> Iterate(object? iterable)
    {
        var it = PyProtocol.GetIterator(iterable);
        for (var x = it.Next(); !ReferenceEquals(x, PyOps.Done); x = it.Next())
        {
            yield return x;
        }
    }

    private static void InitIOBase(PyType t)
    {
        t.DefGetSet("closed", self => PyProtocol.TryGetAttr(self, s_closedFlag, out var v) && PyProtocol.IsTrue(v));
        t.DefMethod("close", self =>
        {
            if (!PyProtocol.TryGetAttr(self, s_closedFlag, out var v) || !PyProtocol.IsTrue(v))
            {
                try
                {
                    Call(self, "flush");
                }
                finally
                {
                    PyProtocol.SetAttr(self, s_closedFlag, true);
                }
            }
            return null;
        });
        t.DefMethod("flush", self =>
        {
            CheckClosed(self);
            return null;
        });
        t.DefMethod("__enter__", self =>
        {
            CheckClosed(self);
            return self;
        });
        t.DefMethodVar("__exit__", (args, kw) => Call(args[0], "close"));
        t.DefMethod("__iter__", self =>
        {
            CheckClosed(self);
            return self;
        });
        t.DefMethod("__next__", self =>
        {
            var line = Call(self, "readline");
            return PyProtocol.Len(line) == 0 ? throw new PyException(PyErrors.StopIteration()) : line;
        });
        t.DefMethod("readable", _ => false);
        t.DefMethod("writable", _ => false);
        t.DefMethod("seekable", _ => false);
        t.DefMethod("isatty", self =>
        {
            CheckClosed(self);
            return false;
        });
        t.DefMethod("fileno", _ => Unsupported("fileno"));
        t.DefMethodVar("seek", (_, _) => Unsupported("seek"));
        t.DefMethodVar("truncate", (_, _) => Unsupported("truncate"));
        t.DefMethod("tell", self => Call(self, "seek", PyInt.Zero, PyInt.Box(1)));
        t.DefMethodVar("_checkClosed", (args, kw) =>
        {
            CheckClosed(args[0]);
            return null;
        });
        t.DefMethodVar("_checkReadable", (args, kw) =>
        {
            Check(args[0], "readable", PyErrors.FileNotReadable("File or stream is not readable."));
            return null;
        });
        t.DefMethodVar("_checkWritable", (args, kw) =>
        {
            Check(args[0], "writable", PyErrors.FileNotWritable("File or stream is not writable."));
            return null;
        });
        t.DefMethodVar("_checkSeekable", (args, kw) =>
        {
            Check(args[0], "seekable", PyErrors.FileNotReadable("File or stream is not seekable."));
            return null;
        });
        t.DefMethodVar("readline", (args, kw) => ReadLine(args[0], args.Length > 1 ? args[1] : null));
        t.DefMethodVar("readlines", (args, kw) => ReadLines(args[0], args.Length > 1 ? args[1] : null));
        t.DefMethod("writelines", (self, lines) =>
        {
            CheckClosed(self);
            foreach (var line in Iterate(lines))
            {
                Call(self, "write", line);
            }
            return null;
        });
        t.DefMethod("__del__", self => null);
    }

    /// <summary>IOBase.readline over <c>self.read(1)</c>: bytes up to and including b'\n'.</summary>
    private static object? ReadLine(object? self, object? limit)
    {
        var max = limit == null ? -1 : PyProtocol.Index(limit);
        var result = new System.Collections.Generic.List<byte>();
        while (max < 0 || result.Count < max)
        {
            var b = Call(self, "read", PyInt.Box(1));
            var chunk = PyBytes.AsBuffer(b);
            if (chunk.Length == 0)
            {
                break;
            }
            result.AddRange(chunk);
            if (chunk[^1] == '\n')
            {
                break;
            }
        }
        return new PyBytes(result.ToArray());
    }

    /// <summary>readlines(hint): lines from iterating self until their total length reaches the hint.</summary>
    public static object? ReadLines(object? self, object? hint)
    {
        var limit = hint == null ? -1 : PyProtocol.Index(hint);
        var lines = new PyList();
        long total = 0;
        foreach (var line in Iterate(self))
        {
            lines.Append(line);
            total += PyProtocol.Len(line);
            if (limit > 0 && total >= limit)
            {
                break;
            }
        }
        return lines;
    }

    private static void InitRaw(PyType t)
    {
        t.DefMethodVar("read", (args, kw) =>
        {
            var size = args.Length > 1 && args[1] != null ? PyProtocol.Index(args[1]) : -1;
            if (size < 0)
            {
                return Call(args[0], "readall");
            }
            var buffer = new PyByteArray(new byte[size]);
            var n = Call(args[0], "readinto", buffer);
            return n == null ? null : new PyBytes(buffer.Span[..(int)PyProtocol.Index(n)].ToArray());
        });
        t.DefMethod("readall", self =>
        {
            var result = new System.Collections.Generic.List<byte>();
            while (true)
            {
                var chunk = Call(self, "read", PyInt.Box(8192));
                if (chunk == null)
                {
                    return result.Count == 0 ? null : new PyBytes(result.ToArray());
                }
                var data = PyBytes.AsBuffer(chunk);
                if (data.Length == 0)
                {
                    return new PyBytes(result.ToArray());
                }
                result.AddRange(data);
            }
        });
        t.DefMethod("readinto", (_, _) => throw new PyException(new PyBaseException(PyExc.NotImplementedError)));
        t.DefMethod("write", (_, _) => throw new PyException(new PyBaseException(PyExc.NotImplementedError)));
    }

    private static void InitBuffered(PyType t)
    {
        t.DefMethodVar("read", (_, _) => Unsupported("read"));
        t.DefMethodVar("read1", (_, _) => Unsupported("read1"));
        t.DefMethod("write", (_, _) => Unsupported("write"));
        t.DefMethod("detach", _ => Unsupported("detach"));
        t.DefMethod("readinto", (self, target) => ReadInto(self, target, "read"));
        t.DefMethod("readinto1", (self, target) => ReadInto(self, target, "read1"));
    }

    private static object? ReadInto(object? self, object? target, string read)
    {
        var buffer = target as PyByteArray ?? throw new PyException(PyErrors.ExpectedBytesLike(target));
        var data = PyBytes.AsBuffer(Call(self, read, PyInt.Box(buffer.Span.Length)));
        data.CopyTo(buffer.Span);
        return PyInt.Box(data.Length);
    }

    private static void InitText(PyType t)
    {
        t.DefMethodVar("read", (_, _) => Unsupported("read"));
        t.DefMethodVar("readline", (_, _) => Unsupported("readline"));
        t.DefMethod("write", (_, _) => Unsupported("write"));
        t.DefMethod("detach", _ => Unsupported("detach"));
        t.DefGetSet("encoding", _ => null);
        t.DefGetSet("newlines", _ => null);
        t.DefGetSet("errors", _ => null);
    }
}
