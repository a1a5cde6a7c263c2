using System;
using System.Collections.Generic;
using System.Numerics;
using System.Text;

namespace PyNet.Runtime;

/// <summary>Python <c>bytes</c>: an immutable byte array.</summary>
public class PyBytes : PyObject, IEquatable<PyBytes>
{
    public static readonly PyBytes Empty = new(Array.Empty<byte>());

    private static readonly PyBytes[] s_single = CreateSingles();

    private readonly byte[] _data;
    private long _hash;

    /// <summary>Takes ownership of <paramref name="data"/>: the caller must not modify it afterwards.</summary>
    public PyBytes(byte[] data)
    {
        _data = data;
    }

    public override PyType Type => PyType.BytesType;

    /// <summary>False for instances of Python subclasses of bytes.</summary>
    public bool IsExact => GetType() == typeof(PyBytes);

    public int Length => _data.Length;

    public ReadOnlySpan<byte> Span => _data;

    /// <summary>The backing array; callers must not modify it.</summary>
    public byte[] UnsafeArray => _data;

    public byte this[int index] => _data[index];

    public static PyBytes FromByte(byte b) => s_single[b];

    /// <summary>A bytes constant from the compiler: each char of <paramref name="latin1"/> is one byte.</summary>
    public static PyBytes FromLatin1(string latin1)
    {
        var data = new byte[latin1.Length];
        for (var i = 0; i < data.Length; i++)
        {
            data[i] = (byte)latin1[i];
        }
        return new PyBytes(data);
    }

    public long Hash
    {
        get
        {
            var h = _hash;
            if (h == 0)
            {
                h = _hash = ComputeHash(_data);
            }
            return h;
        }
    }

    public bool Equals(PyBytes? other) => other is not null && _data.AsSpan().SequenceEqual(other._data);

    public override bool Equals(object? obj) => obj is PyBytes b && Equals(b);

    public override int GetHashCode() => (int)Hash;

    /// <summary>The contents of a bytes-like object (bytes, bytearray), or null.</summary>
    public static byte[]? TryGetBuffer(object? o) => o switch
    {
        PyBytes b => b._data,
        PyByteArray ba => ba.ToArray(),
        PyMemoryView mv => mv.ToBytes(),
        _ => null,
    };

    /// <summary>The contents of a bytes-like object, or TypeError "a bytes-like object is required".</summary>
    public static byte[] AsBuffer(object? o) => TryGetBuffer(o) ?? throw new PyException(PyErrors.ExpectedBytesLike(o));

    /// <summary>CPython's PyObject_Bytes for a value: a buffer, __bytes__, or an iterable of ints in range(256).</summary>
    public static byte[] FromObject(object? o)
    {
        var buffer = TryGetBuffer(o);
        if (buffer != null)
        {
            return buffer;
        }
        if (o is not PyStr && PyProtocol.TryCallSpecial(o, PyStr.Intern("__bytes__"), out var r))
        {
            return r is PyBytes rb ? rb._data : throw new PyException(PyErrors.BytesReturnedNonBytes(r));
        }
        if (o is PyStr || o is long or bool or BigInteger || PyType.Of(o).Lookup(PyProtocol.IterName) == null && PyType.Of(o).Lookup(PyProtocol.GetItemName) == null)
        {
            throw new PyException(PyErrors.CannotConvertToBytes(o));
        }
        return FromIterable(o);
    }

    /// <summary>Bytes from an iterable of ints, each in range(256).</summary>
    public static byte[] FromIterable(object? o)
    {
        var list = new List<byte>();
        var it = PyProtocol.GetIterator(o);
        while (true)
        {
            var x = it.Next();
            if (ReferenceEquals(x, PyOps.Done))
            {
                break;
            }
            list.Add(ByteValue(x));
        }
        return list.ToArray();
    }

    /// <summary>An int in range(256) as a byte, with CPython's errors.</summary>
    public static byte ByteValue(object? x)
    {
        if (!PyProtocol.HasIndex(x))
        {
            throw new PyException(PyErrors.CannotInterpretAsInteger(x));
        }
        var v = PyInt.ToBig(IntMembers.IndexValue(x));
        if (v.Sign < 0 || v > 255)
        {
            throw new PyException(PyErrors.ByteMustBeInRange());
        }
        return (byte)v;
    }

    /// <summary>repr(bytes): b'...' with CPython's quote choice and escapes.</summary>
    public static string Repr(ReadOnlySpan<byte> data, string prefix = "b", string suffix = "", bool alwaysEscapeApostrophe = false)
    {
        var useDouble = data.IndexOf((byte)'\'') >= 0 && data.IndexOf((byte)'"') < 0;
        var quote = useDouble ? '"' : '\'';
        var sb = new StringBuilder(data.Length + 3 + prefix.Length + suffix.Length);
        sb.Append(prefix).Append(quote);
        foreach (var b in data)
        {
            switch (b)
            {
                case (byte)'\\':
                    sb.Append("\\\\");
                    break;
                case (byte)'\t':
                    sb.Append("\\t");
                    break;
                case (byte)'\n':
                    sb.Append("\\n");
                    break;
                case (byte)'\r':
                    sb.Append("\\r");
                    break;
                case (byte)'\'' when alwaysEscapeApostrophe:
                    sb.Append("\\'");
                    break;
                default:
                    if (b == quote)
                    {
                        sb.Append('\\').Append(quote);
                    }
                    else if (b < 0x20 || b >= 0x7f)
                    {
                        sb.Append("\\x").Append(HexDigits[b >> 4]).Append(HexDigits[b & 15]);
                    }
                    else
                    {
                        sb.Append((char)b);
                    }
                    break;
            }
        }
        return sb.Append(quote).Append(suffix).ToString();
    }

    internal const string HexDigits = "0123456789abcdef";

    public override string ToString() => Repr(_data);

    internal static long ComputeHash(ReadOnlySpan<byte> data)
    {
        ulong h = 14695981039346656037UL;
        foreach (var b in data)
        {
            h ^= b;
            h *= 1099511628211UL;
        }
        var r = (long)(h >> 3);
        return r == 0 || r == -1 ? 1 : r;
    }

    private static PyBytes[] CreateSingles()
    {
        var table = new PyBytes[256];
        for (var i = 0; i < 256; i++)
        {
            table[i] = new PyBytes(new[] { (byte)i });
        }
        return table;
    }
}

/// <summary>An instance of a Python subclass of bytes: bytes with its own type and dict.</summary>
public sealed class PyBytesInstance : PyBytes, IHasDict, ITypeAssignable
{
    private PyType _type;

    public PyBytesInstance(PyType type, byte[] data)
        : base(data)
    {
        _type = type;
    }

    public override PyType Type => _type;

    public PyDict? InstanceDict { get; set; }

    public PyDict GetOrCreateDict() => InstanceDict ??= new PyDict();

    public void SetType(PyType type) => _type = type;
}
