using System;
using System.Buffers.Binary;
using System.Numerics;

namespace PyNet.Runtime;

/// <summary>
/// <c>memoryview</c> over bytes or bytearray (format 'B', or another native format made by <c>cast</c>; one dimension): indexing, slicing (a view of the same
/// memory), item and slice assignment when the underlying object is a bytearray, tobytes/tolist/hex, release and
/// the context-manager protocol. A view of a bytearray reads the array's current storage on every access.
/// </summary>
public sealed class PyMemoryView : PyObject
{
    public static readonly PyType MemoryViewType = new("memoryview", PyType.ObjectType, Init, isBaseType: false);

    private PyMemoryView(object source, int start, int step, int length)
    {
        Source = source;
        Start = start;
        Step = step;
        Length = length;
    }

    /// <summary>The bytes or bytearray viewed (<c>obj</c>).</summary>
    public object Source { get; }

    public int Start { get; }

    public int Step { get; }

    public int Length { get; }

    public bool IsReleased { get; private set; }

    /// <summary>The item format ("B" unless made by cast) and its size in bytes; <see cref="Length"/> counts bytes.</summary>
    private string _format = "B";
    private int _itemSize = 1;

    private int ItemCount => Length / _itemSize;

    public bool IsReadOnly => Source is not PyByteArray;

    public override PyType Type => MemoryViewType;

    public static PyMemoryView Create(object? source) => source switch
    {
        PyBytes b => new PyMemoryView(b, 0, 1, b.Length),
        PyByteArray ba => new PyMemoryView(ba, 0, 1, ba.Length),
        PyMemoryView m => m.Slice(0, 1, m.Length),
        _ => throw new PyException(PyErrors.MemoryViewNeedsBuffer(source)),
    };

    private PyMemoryView Slice(long start, long step, long count)
    {
        CheckReleased();
        return new PyMemoryView(Source, Start + (int)start * Step, Step * (int)step, (int)count);
    }

    private Span<byte> Memory() => Source is PyByteArray ba ? ba.Span : ((PyBytes)Source).UnsafeArray;

    private void CheckReleased()
    {
        if (IsReleased)
        {
            throw new PyException(PyErrors.ReleasedMemoryView());
        }
    }

    public byte[] ToBytes()
    {
        CheckReleased();
        var memory = Memory();
        var result = new byte[Length];
        for (var i = 0; i < Length; i++)
        {
            result[i] = memory[Start + (i * Step)];
        }
        return result;
    }

    private long Index(object? key)
    {
        var i = PyProtocol.Index(key);
        if (i < 0)
        {
            i += ItemCount;
        }
        if (i < 0 || i >= ItemCount)
        {
            throw new PyException(PyErrors.MemoryViewIndexOutOfBounds());
        }
        return i;
    }

    private object GetItem(object? key)
    {
        CheckReleased();
        if (key is PySlice slice)
        {
            if (_format != "B")
            {
                var (first, _, by, items) = slice.Indices(ItemCount);
                return by == 1
                    ? new PyMemoryView(Source, Start + ((int)first * _itemSize), 1, (int)items * _itemSize) { _format = _format, _itemSize = _itemSize }
                    : throw new PyException(PyErrors.New(PyExc.NotImplementedError, "memoryview: strided slicing of cast views is not supported"));
            }
            var (start, _, step, count) = slice.Indices(Length);
            return Slice(start, step, count);
        }
        if (!PyProtocol.HasIndex(key))
        {
            throw new PyException(PyErrors.MemoryViewInvalidIndex());
        }
        return _itemSize == 1 && _format == "B" ? PyInt.Box(Memory()[Start + ((int)Index(key) * Step)]) : Item((int)Index(key));
    }

    private void SetItem(object? key, object? value)
    {
        CheckReleased();
        if (IsReadOnly)
        {
            throw new PyException(PyErrors.ReadOnlyMemory());
        }
        if (_format != "B")
        {
            throw new PyException(PyErrors.New(PyExc.NotImplementedError, "memoryview: assignment to cast views is not supported"));
        }
        if (key is PySlice slice)
        {
            var (start, _, step, count) = slice.Indices(Length);
            var data = PyBytes.TryGetBuffer(value) ?? (value is PyMemoryView mv ? mv.ToBytes() : throw new PyException(PyErrors.ExpectedBytesLike(value)));
            if (data.Length != count)
            {
                throw new PyException(PyErrors.MemoryViewStructureMismatch());
            }
            var target = Memory();
            for (var i = 0; i < count; i++)
            {
                target[Start + ((int)(start + (i * step)) * Step)] = data[i];
            }
            return;
        }
        if (!PyProtocol.HasIndex(key))
        {
            throw new PyException(PyErrors.MemoryViewInvalidIndex());
        }
        var index = Index(key);
        var b = value is long or bool ? PyProtocol.Index(value) : throw new PyException(PyErrors.MemoryViewInvalidType());
        if (b < 0 || b > 255)
        {
            throw new PyException(PyErrors.MemoryViewInvalidValue());
        }
        Memory()[Start + ((int)index * Step)] = (byte)b;
    }

    private static PyMemoryView Self(object? o) => (PyMemoryView)o!;

    private static object? Equal(object? self, object? other)
    {
        var m = Self(self);
        if (ReferenceEquals(m, other))
        {
            return true;
        }
        if (m.IsReleased || other is PyMemoryView { IsReleased: true })
        {
            return false;
        }
        var data = other is PyMemoryView om ? om.ToBytes() : PyBytes.TryGetBuffer(other);
        return data == null ? PyNotImplemented.Instance : m.ToBytes().AsSpan().SequenceEqual(data);
    }

    private static readonly string s_formats = "bBc?hHiIlLqQnNfd";
    private static readonly int[] s_formatSizes = { 1, 1, 1, 1, 2, 2, 4, 4, 8, 8, 8, 8, 8, 8, 4, 8 };

    /// <summary>memoryview.cast(format): a C-contiguous view reinterpreted as native items of another format.</summary>
    private PyMemoryView Cast(object? format)
    {
        CheckReleased();
        var f = (format as PyStr ?? throw new PyException(PyErrors.TypeError("cast() argument 'format' must be str"))).Value;
        if (f.StartsWith('@'))
        {
            f = f[1..];
        }
        var kind = f.Length == 1 ? s_formats.IndexOf(f[0]) : -1;
        if (kind < 0)
        {
            throw new PyException(PyErrors.ValueError("memoryview: destination format must be a native single character format prefixed with an optional '@'"));
        }
        if (Step != 1)
        {
            throw new PyException(PyErrors.TypeError("memoryview: casts are restricted to C-contiguous views"));
        }
        if (_format is not ("B" or "b" or "c") && f is not ("B" or "b" or "c"))
        {
            throw new PyException(PyErrors.TypeError("memoryview: cannot cast between two non-byte formats"));
        }
        if (Length % s_formatSizes[kind] != 0)
        {
            throw new PyException(PyErrors.TypeError("memoryview: length is not a multiple of itemsize"));
        }
        return new PyMemoryView(Source, Start, 1, Length) { _format = f, _itemSize = s_formatSizes[kind] };
    }

    /// <summary>Item <paramref name="i"/> of a cast view, read as the native little-endian value of its format.</summary>
    private object Item(int i)
    {
        var bytes = ((ReadOnlySpan<byte>)Memory()).Slice(Start + (i * _itemSize), _itemSize);
        return _format[0] switch
        {
            'b' => PyInt.Box((sbyte)bytes[0]),
            'B' => PyInt.Box(bytes[0]),
            'c' => new PyBytes(bytes.ToArray()),
            '?' => bytes[0] != 0,
            'h' => PyInt.Box(BinaryPrimitives.ReadInt16LittleEndian(bytes)),
            'H' => PyInt.Box(BinaryPrimitives.ReadUInt16LittleEndian(bytes)),
            'i' => PyInt.Box(BinaryPrimitives.ReadInt32LittleEndian(bytes)),
            'I' => PyInt.Box(BinaryPrimitives.ReadUInt32LittleEndian(bytes)),
            'l' or 'q' or 'n' => PyInt.Box(BinaryPrimitives.ReadInt64LittleEndian(bytes)),
            'f' => (double)BinaryPrimitives.ReadSingleLittleEndian(bytes),
            'd' => BinaryPrimitives.ReadDoubleLittleEndian(bytes),
            _ => PyInt.Normalize(new BigInteger(BinaryPrimitives.ReadUInt64LittleEndian(bytes))),
        };
    }

    private static PyList ToList(PyMemoryView m)
    {
        if (m._format != "B")
        {
            var values = new object?[m.ItemCount];
            for (var i = 0; i < values.Length; i++)
            {
                values[i] = m.Item(i);
            }
            return new PyList(values, values.Length);
        }
        var items = Array.ConvertAll(m.ToBytes(), b => (object?)PyInt.Box(b));
        return new PyList(items, items.Length);
    }

    private static void Init(PyType t)
    {
        t.DefStatic("__new__", (args, kw) =>
        {
            var a = MethodArguments.Keywords("memoryview", args, kw, new[] { "object" }, 1, 1);
            return Create(a[0]);
        });
        t.DefMethod("__len__", self =>
        {
            Self(self).CheckReleased();
            return PyInt.Box(Self(self).ItemCount);
        });
        t.DefMethod("__getitem__", (self, key) => Self(self).GetItem(key));
        t.DefMethod("__setitem__", (self, key, value) =>
        {
            Self(self).SetItem(key, value);
            return null;
        });
        t.DefMethod("__iter__", self => PyProtocol.Iter(ToList(Self(self))));
        t.DefMethod("__eq__", Equal);
        t.DefMethod("__ne__", (self, other) => Equal(self, other) is bool b ? !b : PyNotImplemented.Instance);
        t.DefMethod("__hash__", self => Self(self).IsReadOnly
            ? PyInt.Box(PyProtocol.Hash(new PyBytes(Self(self).ToBytes())))
            : throw new PyException(PyErrors.UnhashableWritableMemoryView()));
        t.DefMethod("__repr__", self => new PyStr($"<{(Self(self).IsReleased ? "released " : string.Empty)}memory at 0x{ObjectMembers.IdentityHash(self!) << 4:x12}>"));
        t.DefMethod("__bytes__", self => new PyBytes(Self(self).ToBytes()));
        t.DefMethod("__enter__", self =>
        {
            Self(self).CheckReleased();
            return self;
        });
        t.DefMethodVar("__exit__", (args, kw) =>
        {
            Self(args[0]).IsReleased = true;
            return null;
        });
        t.DefMethod("release", self =>
        {
            Self(self).IsReleased = true;
            return null;
        });
        t.DefMethodVar("tobytes", (args, kw) => new PyBytes(Self(args[0]).ToBytes()));
        t.DefMethod("tolist", self => ToList(Self(self)));
        t.DefMethod("toreadonly", self => new PyMemoryView(new PyBytes(Self(self).ToBytes()), 0, 1, Self(self).Length));
        t.DefMethodVar("hex", (args, kw) =>
            PyCall.Call(PyProtocol.GetAttr(new PyBytes(Self(args[0]).ToBytes()), PyStr.Intern("hex")), args[1..], kw));
        t.DefGetSet("obj", self => Self(self).Source);
        t.DefGetSet("readonly", self => Self(self).IsReadOnly);
        t.DefMethod("cast", (self, format) => Self(self).Cast(format));
        t.DefGetSet("format", self => PyStr.Intern(Self(self)._format));
        t.DefGetSet("itemsize", self => PyInt.Box(Self(self)._itemSize));
        t.DefGetSet("nbytes", self => PyInt.Box(Self(self).Length));
        t.DefGetSet("ndim", self => PyInt.Box(1));
        t.DefGetSet("shape", self => PyTuple.Create(PyInt.Box(Self(self).ItemCount)));
        t.DefGetSet("strides", self => PyTuple.Create(PyInt.Box(Self(self).Step * Self(self)._itemSize)));
        t.DefGetSet("released", self => Self(self).IsReleased);
        t.DefGetSet("contiguous", self => Self(self).Step == 1);
        t.DefGetSet("c_contiguous", self => Self(self).Step == 1);
        t.DefGetSet("f_contiguous", self => Self(self).Step == 1);
    }
}
