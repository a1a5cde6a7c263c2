using System;
using System.Collections.Generic;
using System.IO;

namespace PyNet.Runtime;

/// <summary>
/// A file opened by open() in binary mode (_io.BufferedReader, BufferedWriter or BufferedRandom, by mode), over a
/// .NET FileStream (which does the buffering). Text files read and write through one of these, as CPython's
/// TextIOWrapper does through its <c>buffer</c>.
/// </summary>
public sealed class PyBinaryFile : PyObject
{
    public static readonly PyType ReaderType = new("BufferedReader", PyType.ObjectType, Init, "_io", isBaseType: false);
    public static readonly PyType WriterType = new("BufferedWriter", PyType.ObjectType, Init, "_io", isBaseType: false);
    public static readonly PyType RandomType = new("BufferedRandom", PyType.ObjectType, Init, "_io", isBaseType: false);

    private readonly FileStream _stream;
    private readonly bool _append;

    public PyBinaryFile(FileStream stream, object? name, string mode, bool readable, bool writable, bool append)
    {
        _stream = stream;
        Name = name;
        Mode = mode;
        Readable = readable;
        Writable = writable;
        _append = append;
    }

    public object? Name { get; }

    public string Mode { get; }

    public bool Readable { get; }

    public bool Writable { get; }

    public bool Closed { get; private set; }

    public override PyType Type => Readable && Writable ? RandomType : Writable ? WriterType : ReaderType;

    /// <summary>Raises the closed-file ValueError, with the message of the operation (CPython's vary by method).</summary>
    public void CheckOpen(string message = "I/O operation on closed file.")
    {
        if (Closed)
        {
            throw new PyException(PyErrors.ClosedFile(message));
        }
    }

    /// <summary>Checks for a read: binary files name the method ("read"), text files say "not readable".</summary>
    public void CheckReadable(string operation, bool text)
    {
        CheckOpen(text ? "I/O operation on closed file." : operation + " of closed file");
        if (!Readable)
        {
            throw new PyException(text ? PyErrors.FileNotReadable() : PyErrors.FileNotReadable("read"));
        }
    }

    public void CheckWritable(bool text)
    {
        CheckOpen(text ? "I/O operation on closed file." : "write to closed file");
        if (!Writable)
        {
            throw new PyException(text ? PyErrors.FileNotWritable() : PyErrors.FileNotWritable("write"));
        }
    }

    /// <summary>Up to <paramref name="size"/> bytes (all the rest when negative).</summary>
    public byte[] Read(long size, bool text = false)
    {
        CheckReadable("read", text);
        if (size < 0)
        {
            var rest = new MemoryStream();
            _stream.CopyTo(rest);
            return rest.ToArray();
        }
        var buffer = new byte[size];
        var count = 0;
        while (count < size)
        {
            var n = _stream.Read(buffer, count, (int)size - count);
            if (n == 0)
            {
                break;
            }
            count += n;
        }
        return count == size ? buffer : buffer[..count];
    }

    /// <summary>Bytes up to and including the next b'\n' (at most <paramref name="size"/> when not negative).</summary>
    public byte[] ReadLine(long size)
    {
        CheckReadable("readline", false);
        var line = new List<byte>();
        while (size < 0 || line.Count < size)
        {
            var b = _stream.ReadByte();
            if (b < 0)
            {
                break;
            }
            line.Add((byte)b);
            if (b == '\n')
            {
                break;
            }
        }
        return line.ToArray();
    }

    public int ReadInto(Span<byte> target)
    {
        CheckReadable("readinto", false);
        return _stream.Read(target);
    }

    public void Write(ReadOnlySpan<byte> data, bool text = false)
    {
        CheckWritable(text);
        if (_append)
        {
            _stream.Seek(0, SeekOrigin.End);
        }
        _stream.Write(data);
        // Written through at once: without reference counting a file left unclosed is not closed (nor flushed) when
        // its last reference goes, so buffered bytes would be invisible to a later open() and lost at exit.
        _stream.Flush();
    }

    public long Tell()
    {
        CheckOpen("I/O operation on closed file");
        return _stream.Position;
    }

    public long Seek(long offset, int whence)
    {
        CheckOpen("seek of closed file");
        var origin = whence switch
        {
            0 => SeekOrigin.Begin,
            1 => SeekOrigin.Current,
            2 => SeekOrigin.End,
            _ => throw new PyException(PyErrors.ValueError($"whence value {whence} unsupported")),
        };
        var target = origin == SeekOrigin.Begin ? offset : origin == SeekOrigin.Current ? _stream.Position + offset : _stream.Length + offset;
        if (target < 0)
        {
            throw new PyException(PyErrors.OSErrorFromErrno(22, "Invalid argument"));
        }
        return _stream.Seek(target, SeekOrigin.Begin);
    }

    public long Truncate(long size)
    {
        CheckWritable(false);
        _stream.SetLength(size);
        return size;
    }

    public void Flush()
    {
        CheckOpen();
        _stream.Flush();
    }

    public void Close()
    {
        if (!Closed)
        {
            Closed = true;
            _stream.Dispose();
        }
    }

    private static PyBinaryFile Self(object? self) => (PyBinaryFile)self!;

    /// <summary>The optional size argument of read/readline (-1 or None: everything).</summary>
    public static long SizeArgument(string function, object?[] args, PyStr[]? kw)
    {
        var a = MethodArguments.ClinicPositional(function, function, args, kw, 0, 1);
        return !MethodArguments.IsGiven(a[0]) || a[0] == null ? -1 : (long)PyProtocol.Index(a[0]);
    }

    /// <summary>The members both file types share: context manager, iteration, closed/name/mode, readable()...</summary>
    public static void InitCommon(PyType t, Func<object?, PyBinaryFile> raw, Func<object?, object?> readLine, Action<object?> close)
    {
        t.DefMethod("__enter__", self =>
        {
            raw(self).CheckOpen();
            return self;
        });
        t.DefMethodVar("__exit__", (args, kw) =>
        {
            close(args[0]);
            return null;
        });
        t.DefMethod("__iter__", self =>
        {
            raw(self).CheckOpen();
            return self;
        });
        t.DefMethod("__next__", self =>
        {
            var line = readLine(self);
            return PyProtocol.IsTrue(line) ? line : throw new PyException(PyErrors.StopIteration());
        });
        t.DefMethod("close", self =>
        {
            close(self);
            return null;
        });
        t.DefMethodVar("readlines", (args, kw) =>
        {
            var hint = SizeArgument("readlines", args, kw);
            var lines = new PyList();
            long total = 0;
            while (hint <= 0 || total < hint)
            {
                var line = readLine(args[0]);
                if (!PyProtocol.IsTrue(line))
                {
                    break;
                }
                lines.Append(line);
                total += PyProtocol.Len(line);
            }
            return lines;
        });
        t.DefMethod("writelines", (self, lines) =>
        {
            var write = PyProtocol.GetAttr(self, PyStr.Intern("write"));
            var it = PyProtocol.Iter(lines);
            while (PyProtocol.Next(it) is var line && !ReferenceEquals(line, PyOps.Done))
            {
                PyCall.Call(write, line);
            }
            return null;
        });
        t.DefMethod("readable", self =>
        {
            raw(self).CheckOpen("I/O operation on closed file");
            return raw(self).Readable ? PyOps.True : PyOps.False;
        });
        t.DefMethod("writable", self =>
        {
            raw(self).CheckOpen("I/O operation on closed file");
            return raw(self).Writable ? PyOps.True : PyOps.False;
        });
        t.DefMethod("seekable", self =>
        {
            raw(self).CheckOpen("I/O operation on closed file");
            return PyOps.True;
        });
        t.DefMethod("isatty", self =>
        {
            raw(self).CheckOpen();
            return PyOps.False;
        });
        t.DefGetSet("closed", self => raw(self).Closed ? PyOps.True : PyOps.False);
        t.DefGetSet("name", self => raw(self).Name);
    }

    private static void Init(PyType t)
    {
        InitCommon(t, Self, self => new PyBytes(Self(self).ReadLine(-1)), self => Self(self).Close());
        t.DefMethodVar("read", (args, kw) => new PyBytes(Self(args[0]).Read(SizeArgument("read", args, kw))));
        t.DefMethodVar("read1", (args, kw) => new PyBytes(Self(args[0]).Read(SizeArgument("read1", args, kw))));
        t.DefMethodVar("readline", (args, kw) => new PyBytes(Self(args[0]).ReadLine(SizeArgument("readline", args, kw))));
        t.DefMethod("readinto", (self, target) =>
        {
            var buffer = target as PyByteArray ?? throw new PyException(PyErrors.TypeError($"readinto() argument must be read-write bytes-like object, not {PyErrors.TypeName(target)}"));
            return PyInt.Box(Self(self).ReadInto(buffer.Span));
        });
        t.DefMethod("write", (self, data) =>
        {
            var bytes = data is PyStr ? throw new PyException(PyErrors.FileWriteArgument(false, data)) : PyBytes.AsBuffer(data);
            Self(self).Write(bytes);
            return PyInt.Box(bytes.Length);
        });
        t.DefMethodVar("seek", (args, kw) =>
        {
            var a = MethodArguments.ClinicPositional("seek", "seek", args, kw, 1, 2);
            return PyInt.Box(Self(args[0]).Seek((long)PyProtocol.Index(a[0]), MethodArguments.IsGiven(a[1]) ? (int)PyProtocol.Index(a[1]) : 0));
        });
        t.DefMethod("tell", self => PyInt.Box(Self(self).Tell()));
        t.DefMethodVar("truncate", (args, kw) =>
        {
            var a = MethodArguments.ClinicPositional("truncate", "truncate", args, kw, 0, 1);
            var file = Self(args[0]);
            return PyInt.Box(file.Truncate(!MethodArguments.IsGiven(a[0]) || a[0] == null ? file.Tell() : (long)PyProtocol.Index(a[0])));
        });
        t.DefMethod("flush", self =>
        {
            Self(self).Flush();
            return null;
        });
        t.DefGetSet("mode", self => new PyStr(Self(self).Mode));
        t.DefMethod("__repr__", self => new PyStr($"<_io.{Self(self).Type.Name} name={PyProtocol.Repr(Self(self).Name)}>"));
    }
}
