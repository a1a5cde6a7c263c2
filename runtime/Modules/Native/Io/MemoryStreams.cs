using System;

namespace PyNet.Runtime;

/// <summary>What <c>io.BytesIO</c> and <c>io.StringIO</c> share: a closed flag, a position and a length in their own units.</summary>
internal interface IMemoryStream
{
    bool IsClosed { get; }

    long Position { get; }

    void CheckOpen();

    void Close();

    /// <summary>Cuts the stream to at most <paramref name="size"/> units (truncate).</summary>
    void Shorten(long size);
}

/// <summary>The members both in-memory streams define the same way.</summary>
internal static class MemoryStreams
{
    /// <summary>The optional size argument of read, readline...: -1 when absent or None.</summary>
    public static long Size(string function, object?[] args)
    {
        if (args.Length > 2)
        {
            throw new PyException(PyErrors.ArgumentCountRange(function, 0, 1, args.Length - 1));
        }
        return args.Length < 2 || args[1] == null ? -1 : PyProtocol.Index(args[1]);
    }

    /// <summary>seek(pos, whence=0)'s arguments, once the stream is known to be open; the checks of their values,
    /// whose messages CPython spells differently for the two types, are the caller's.</summary>
    public static (long Pos, long Whence) SeekArguments(object?[] args, PyStr[]? kw)
    {
        Builtins.NoKeywords("seek", kw);
        if (args.Length is < 2 or > 3)
        {
            throw new PyException(PyErrors.ArgumentCountRange("seek", 1, 2, args.Length - 1));
        }
        var pos = PyProtocol.Index(args[1]);
        var whence = args.Length > 2 ? PyProtocol.Index(args[2]) : 0;
        ((IMemoryStream)args[0]!).CheckOpen();
        return (pos, whence);
    }

    /// <summary>
    /// tell, truncate, close, closed, readable, writable, seekable and flush. <paramref name="negativeSize"/> is the
    /// start of truncate's error message, which CPython spells differently for the two types.
    /// </summary>
    public static void DefineShared(PyType t, string negativeSize)
    {
        static IMemoryStream Self(object? o) => (IMemoryStream)o!;
        t.DefMethod("tell", self =>
        {
            Self(self).CheckOpen();
            return PyInt.Box(Self(self).Position);
        });
        t.DefMethodVar("truncate", (args, kw) =>
        {
            var self = Self(args[0]);
            self.CheckOpen();
            var size = args.Length > 1 && args[1] != null ? PyProtocol.Index(args[1]) : self.Position;
            if (size < 0)
            {
                throw new PyException(PyErrors.ValueError($"{negativeSize} {size}"));
            }
            self.Shorten(size);
            return PyInt.Box(size);
        });
        t.DefMethod("close", self =>
        {
            Self(self).Close();
            return null;
        });
        t.DefGetSet("closed", self => Self(self).IsClosed);
        foreach (var name in new[] { "readable", "writable", "seekable" })
        {
            t.DefMethod(name, self =>
            {
                Self(self).CheckOpen();
                return true;
            });
        }
        t.DefMethod("flush", self =>
        {
            Self(self).CheckOpen();
            return null;
        });
    }
}
