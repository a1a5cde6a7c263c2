using System;

namespace PyNet.Runtime;

/// <summary><c>io.BytesIO</c>: an in-memory binary stream over a growable byte array.</summary>
public sealed class PyBytesIO : PyObject, IHasDict, IMemoryStream
{
    public static readonly PyType BytesIOType = new("BytesIO", IoBase.BufferedIOBaseType, Init, "_io");

    private static readonly string[] s_parameters = { "initial_bytes" };

    private readonly PyType _type;
    private byte[] _buffer = Array.Empty<byte>();
    private int _length;
    private long _position;
    private bool _closed;

    public PyBytesIO(PyType type)
    {
        _type = type;
    }

    public override PyType Type => _type;

    public PyDict? InstanceDict { get; set; }

    public PyDict GetOrCreateDict() => InstanceDict ??= new PyDict();

    private void CheckOpen()
    {
        if (_closed)
        {
            throw new PyException(PyErrors.ClosedFile());
        }
    }

    bool IMemoryStream.IsClosed => _closed;

    long IMemoryStream.Position => _position;

    void IMemoryStream.CheckOpen() => CheckOpen();

    void IMemoryStream.Close() => _closed = true;

    void IMemoryStream.Shorten(long size) => _length = (int)Math.Min(_length, size);

    public int Write(ReadOnlySpan<byte> data)
    {
        CheckOpen();
        if (data.Length == 0)
        {
            return 0;
        }
        var end = (int)_position + data.Length;
        if (end > _buffer.Length)
        {
            Array.Resize(ref _buffer, Math.Max(end, Math.Max(16, _buffer.Length * 2)));
        }
        if (_position > _length)
        {
            Array.Clear(_buffer, _length, (int)_position - _length);
        }
        data.CopyTo(_buffer.AsSpan((int)_position));
        _position = end;
        _length = Math.Max(_length, end);
        return data.Length;
    }

    public byte[] Read(long size)
    {
        CheckOpen();
        var start = (int)Math.Min(_position, _length);
        var end = size < 0 ? _length : (int)Math.Min(_length, start + size);
        _position = Math.Max(_position, end);
        return _buffer.AsSpan(start, end - start).ToArray();
    }

    public byte[] ReadLine(long limit)
    {
        CheckOpen();
        var start = (int)Math.Min(_position, _length);
        var stop = limit < 0 ? _length : (int)Math.Min(_length, start + limit);
        var newline = _buffer.AsSpan(start, stop - start).IndexOf((byte)'\n');
        var end = newline < 0 ? stop : start + newline + 1;
        _position = end;
        return _buffer.AsSpan(start, end - start).ToArray();
    }

    private static PyBytesIO Self(object? o) => (PyBytesIO)o!;

    private static void Init(PyType t)
    {
        t.InstanceFactory = static type => new PyBytesIO(type);
        t.DefStatic("__new__", (args, kw) => new PyBytesIO((PyType)args[0]!));
        t.DefMethodVar("__init__", (args, kw) =>
        {
            var self = Self(args[0]);
            var a = Builtins.BindArguments("BytesIO", args, kw, 1, s_parameters, 0);
            self._length = 0;
            self._position = 0;
            if (!NativeTypes.IsMissing(a[0]) && a[0] != null)
            {
                self.Write(PyBytes.AsBuffer(a[0]));
                self._position = 0;
            }
            return null;
        });
        t.DefMethod("getvalue", self =>
        {
            Self(self).CheckOpen();
            return new PyBytes(Self(self)._buffer.AsSpan(0, Self(self)._length).ToArray());
        });
        t.DefMethodVar("read", (args, kw) => new PyBytes(Self(args[0]).Read(MemoryStreams.Size("read", args))));
        t.DefMethodVar("read1", (args, kw) => new PyBytes(Self(args[0]).Read(MemoryStreams.Size("read1", args))));
        t.DefMethodVar("readline", (args, kw) => new PyBytes(Self(args[0]).ReadLine(MemoryStreams.Size("readline", args))));
        t.DefMethod("readinto", (self, target) =>
        {
            var buffer = target as PyByteArray ?? throw new PyException(PyErrors.ExpectedBytesLike(target));
            var data = Self(self).Read(buffer.Span.Length);
            data.CopyTo(buffer.Span);
            return PyInt.Box(data.Length);
        });
        t.DefMethod("write", (self, data) => PyInt.Box(Self(self).Write(PyBytes.AsBuffer(data))));
        t.DefMethod("__next__", self =>
        {
            var line = Self(self).ReadLine(-1);
            return line.Length == 0 ? throw new PyException(PyErrors.StopIteration()) : new PyBytes(line);
        });
        t.DefMethodVar("seek", (args, kw) =>
        {
            var self = Self(args[0]);
            var (pos, whence) = MemoryStreams.SeekArguments(args, kw);
            if (whence is < 0 or > 2)
            {
                throw new PyException(PyErrors.ValueError($"invalid whence ({whence}, should be 0, 1 or 2)"));
            }
            if (whence == 0 && pos < 0)
            {
                throw new PyException(PyErrors.ValueError($"negative seek value {pos}"));
            }
            pos += whence switch
            {
                0 => 0,
                1 => self._position,
                _ => self._length,
            };
            self._position = Math.Clamp(pos, 0, int.MaxValue / 2);
            return PyInt.Box(self._position);
        });
        MemoryStreams.DefineShared(t, "negative size value");
    }
}
