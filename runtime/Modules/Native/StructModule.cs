using System;
using System.Buffers.Binary;
using System.Collections.Generic;
using System.Numerics;

namespace PyNet.Runtime;

/// <summary>
/// The <c>_struct</c> module: pack and unpack values to and from bytes by a format string (CPython's
/// Modules/_struct.c), with the native mode '@' (native sizes and alignment of x86-64 Linux) and the standard modes
/// '=', '&lt;', '&gt;', '!'. Compiled formats are cached, as CPython's <c>_clearcache</c> implies.
/// </summary>
public static class StructModule
{
    public static readonly PyType ErrorType = new(PyType.TypeType, "error", new[] { PyExc.Exception }, new PyDict { [PyStr.Intern("__module__")] = new PyStr("struct") });

    private static readonly Dictionary<string, PyStructFormat> s_cache = new();

    public static PyModule Create()
    {
        var d = new PyDict();
        var m = new PyModule("_struct", d);
        d[PyStr.Intern("__doc__")] = new PyStr("Functions to convert between Python values and C structs.");
        d[PyStr.Intern("error")] = ErrorType;
        NativeTypes.Def(d, PyStructFormat.StructType);
        NativeTypes.Def(d, PyBuiltinFunction.Create("calcsize", f => PyInt.Box(Format(f).Size)));
        NativeTypes.Def(d, new PyBuiltinFunction("pack", (args, kw) => Format(First(args, "pack")).Pack(args.AsSpan(1))));
        NativeTypes.Def(d, PyBuiltinFunction.Create("unpack", (f, buffer) => Format(f).Unpack(buffer)));
        NativeTypes.Def(d, new PyBuiltinFunction("unpack_from", (args, kw) => Format(First(args, "unpack_from")).UnpackFrom(args, kw, 1)));
        NativeTypes.Def(d, new PyBuiltinFunction("pack_into", (args, kw) => Format(First(args, "pack_into")).PackInto(args.AsSpan(1))));
        NativeTypes.Def(d, PyBuiltinFunction.Create("iter_unpack", (f, buffer) => Format(f).IterUnpack(buffer)));
        NativeTypes.Def(d, PyBuiltinFunction.Create("_clearcache", () =>
        {
            lock (s_cache)
            {
                s_cache.Clear();
            }
            return null;
        }));
        return m;
    }

    private static object? First(object?[] args, string function) =>
        args.Length > 0 ? args[0] : throw new PyException(PyErrors.ArgumentCountRange(function, 1, int.MaxValue, 0));

    /// <summary>The compiled format for a str or bytes format string.</summary>
    public static PyStructFormat Format(object? format)
    {
        var text = format switch
        {
            PyStr s => s.Value,
            PyBytes b => Codecs.Latin1String(b.Span),
            _ => throw new PyException(PyErrors.StructFormatType(format)),
        };
        lock (s_cache)
        {
            if (!s_cache.TryGetValue(text, out var compiled))
            {
                if (s_cache.Count > 100)
                {
                    s_cache.Clear();
                }
                compiled = s_cache[text] = new PyStructFormat(text);
            }
            return compiled;
        }
    }

}

/// <summary><c>struct.Struct</c>: a compiled format, its size, and the pack/unpack operations.</summary>
public sealed class PyStructFormat : PyObject
{
    public static readonly PyType StructType = new("Struct", PyType.ObjectType, Init, "_struct");

    private readonly List<(char Code, int Count, int Offset)> _items = new();
    private readonly bool _little;
    private readonly bool _native;

    public PyStructFormat(string format)
    {
        Format = format;
        var i = 0;
        _little = BitConverter.IsLittleEndian;
        _native = true;
        if (format.Length > 0 && format[0] is '@' or '=' or '<' or '>' or '!')
        {
            _native = format[0] == '@';
            _little = format[0] switch
            {
                '<' => true,
                '>' or '!' => false,
                _ => BitConverter.IsLittleEndian,
            };
            i = 1;
        }
        var offset = 0;
        while (i < format.Length)
        {
            if (char.IsWhiteSpace(format[i]))
            {
                i++;
                continue;
            }
            var count = 1;
            if (char.IsAsciiDigit(format[i]))
            {
                count = 0;
                while (i < format.Length && char.IsAsciiDigit(format[i]))
                {
                    count = checked((count * 10) + (format[i++] - '0'));
                }
                if (i >= format.Length)
                {
                    throw new PyException(PyErrors.StructRepeatWithoutCode());
                }
            }
            var code = format[i++];
            var size = SizeOf(code);
            if (_native)
            {
                var align = code is 's' or 'p' or 'x' or 'c' or 'b' or 'B' or '?' ? 1 : size;
                offset = (offset + align - 1) / align * align;
            }
            if (code is 's' or 'p')
            {
                _items.Add((code, count, offset));
                offset += count;
            }
            else
            {
                for (var k = 0; k < count; k++)
                {
                    if (code != 'x')
                    {
                        _items.Add((code, 1, offset));
                    }
                    offset += size;
                }
            }
        }
        Size = offset;
    }

    public override PyType Type => StructType;

    public string Format { get; }

    public int Size { get; }

    private int SizeOf(char code) => code switch
    {
        'x' or 'c' or 'b' or 'B' or '?' or 's' or 'p' => 1,
        'h' or 'H' or 'e' => 2,
        'i' or 'I' or 'f' => 4,
        'l' or 'L' => _native ? 8 : 4,
        'q' or 'Q' or 'd' => 8,
        'n' or 'N' or 'P' when _native => 8,
        _ => throw new PyException(PyErrors.StructBadChar()),
    };

    public PyBytes Pack(ReadOnlySpan<object?> values)
    {
        var data = new byte[Size];
        Write(data, 0, values, "pack");
        return new PyBytes(data);
    }

    public object? PackInto(ReadOnlySpan<object?> args)
    {
        if (args.Length < 2)
        {
            throw new PyException(PyErrors.ArgumentCountRange("pack_into", 2, int.MaxValue, args.Length));
        }
        if (args[0] is not PyByteArray target)
        {
            throw new PyException(PyErrors.ReadWriteBufferExpected(args[0]));
        }
        var offset = (int)PyProtocol.Index(args[1]);
        var length = target.Length;
        if (offset < 0)
        {
            offset += length;
        }
        if (offset < 0 || length - offset < Size)
        {
            throw new PyException(PyErrors.StructBufferTooSmall("pack_into", "packing", Size, offset, length));
        }
        var data = new byte[Size];
        Write(data, 0, args[2..], "pack_into");
        for (var i = 0; i < data.Length; i++)
        {
            target[offset + i] = data[i];
        }
        return null;
    }

    public PyTuple Unpack(object? buffer)
    {
        var data = PyBytes.AsBuffer(buffer);
        if (data.Length != Size)
        {
            throw new PyException(PyErrors.StructUnpackSize(Size));
        }
        return Read(data, 0);
    }

    private static readonly string[] s_unpackFromNames = { "buffer", "offset" };
    private static readonly string[] s_newNames = { "format" };

    public PyTuple UnpackFrom(object?[] args, PyStr[]? kw, int skip)
    {
        var a = MethodArguments.Keywords("unpack_from", args, kw, s_unpackFromNames, 1, 2, skip);
        var data = PyBytes.AsBuffer(a[0]);
        var offset = MethodArguments.IsGiven(a[1]) ? (int)PyProtocol.Index(a[1]) : 0;
        if (offset < 0)
        {
            offset += data.Length;
        }
        if (offset < 0 || data.Length - offset < Size)
        {
            throw new PyException(PyErrors.StructBufferTooSmall("unpack_from", "unpacking", Size, offset, data.Length));
        }
        return Read(data, offset);
    }

    public object IterUnpack(object? buffer)
    {
        var data = PyBytes.AsBuffer(buffer);
        if (Size == 0 || data.Length % Size != 0)
        {
            throw new PyException(PyErrors.StructIterUnpackSize(Size));
        }
        var items = new object?[data.Length / Size];
        for (var i = 0; i < items.Length; i++)
        {
            items[i] = Read(data, i * Size);
        }
        return PyProtocol.GetIterator(PyTuple.Create(items));
    }

    private void Write(byte[] data, int start, ReadOnlySpan<object?> values, string function)
    {
        if (values.Length != _items.Count)
        {
            throw new PyException(PyErrors.StructPackCount(function, _items.Count, values.Length));
        }
        for (var k = 0; k < _items.Count; k++)
        {
            var (code, count, offset) = _items[k];
            var span = data.AsSpan(start + offset);
            var v = values[k];
            switch (code)
            {
                case 's' or 'p':
                    var bytes = v is PyBytes or PyByteArray ? PyBytes.AsBuffer(v) : throw new PyException(PyErrors.StructBytesExpected(code));
                    if (code == 's')
                    {
                        bytes.AsSpan(0, Math.Min(count, bytes.Length)).CopyTo(span);
                    }
                    else if (count > 0)
                    {
                        var n = Math.Min(Math.Min(count - 1, bytes.Length), 255);
                        span[0] = (byte)n;
                        bytes.AsSpan(0, n).CopyTo(span[1..]);
                    }
                    break;
                case 'c':
                    span[0] = v is PyBytes c && c.Span.Length == 1 ? c[0] : throw new PyException(PyErrors.StructCharExpected());
                    break;
                case '?':
                    span[0] = PyProtocol.IsTrue(v) ? (byte)1 : (byte)0;
                    break;
                case 'e':
                    WriteUInt(span, 2, BitConverter.HalfToUInt16Bits(checked((Half)Float(v))));
                    break;
                case 'f':
                    var single = (float)Float(v);
                    if (float.IsInfinity(single) && !double.IsInfinity(Float(v)))
                    {
                        throw new PyException(PyErrors.StructFloatTooLarge());
                    }
                    WriteUInt(span, 4, BitConverter.SingleToUInt32Bits(single));
                    break;
                case 'd':
                    WriteUInt(span, 8, BitConverter.DoubleToUInt64Bits(Float(v)));
                    break;
                default:
                    WriteInteger(span, code, v);
                    break;
            }
        }
    }

    private static double Float(object? v) =>
        v is double or long or bool or BigInteger || PyType.Of(v).Lookup(PyStr.Intern("__float__")) != null || PyType.Of(v).Lookup(PyProtocol.IndexName) != null
            ? FloatMembers.AsDouble(v)
            : throw new PyException(PyErrors.StructNotFloat());

    private void WriteInteger(Span<byte> span, char code, object? v)
    {
        if (!PyProtocol.HasIndex(v))
        {
            throw new PyException(PyErrors.StructNotInteger());
        }
        var n = PyInt.ToBig(Builtins.IndexInt(v));
        var size = SizeOf(code);
        var unsigned = char.IsUpper(code) || code == 'P';
        var min = unsigned ? BigInteger.Zero : -(BigInteger.One << ((size * 8) - 1));
        var max = unsigned ? (BigInteger.One << (size * 8)) - 1 : (BigInteger.One << ((size * 8) - 1)) - 1;
        if (n < min || n > max)
        {
            throw new PyException(PyErrors.StructIntegerRange(code, _native, unsigned, min, max));
        }
        WriteUInt(span, size, (ulong)(n & ulong.MaxValue));
    }

    private void WriteUInt(Span<byte> span, int size, ulong value)
    {
        for (var i = 0; i < size; i++)
        {
            span[_little ? i : size - 1 - i] = (byte)(value >> (8 * i));
        }
    }

    private ulong ReadUInt(ReadOnlySpan<byte> span, int size)
    {
        ulong value = 0;
        for (var i = 0; i < size; i++)
        {
            value |= (ulong)span[_little ? i : size - 1 - i] << (8 * i);
        }
        return value;
    }

    private PyTuple Read(byte[] data, int start)
    {
        var result = new object?[_items.Count];
        for (var k = 0; k < _items.Count; k++)
        {
            var (code, count, offset) = _items[k];
            var span = data.AsSpan(start + offset);
            result[k] = code switch
            {
                's' => new PyBytes(span[..count].ToArray()),
                'p' => new PyBytes(span.Slice(1, Math.Min(span[0], Math.Max(count - 1, 0))).ToArray()),
                'c' => PyBytes.FromByte(span[0]),
                '?' => span[0] != 0,
                'e' => (double)BitConverter.UInt16BitsToHalf((ushort)ReadUInt(span, 2)),
                'f' => (double)BitConverter.UInt32BitsToSingle((uint)ReadUInt(span, 4)),
                'd' => BitConverter.UInt64BitsToDouble(ReadUInt(span, 8)),
                _ => ReadInteger(span, code),
            };
        }
        return PyTuple.Create(result);
    }

    private object ReadInteger(ReadOnlySpan<byte> span, char code)
    {
        var size = SizeOf(code);
        var raw = ReadUInt(span, size);
        if (char.IsUpper(code) || code == 'P')
        {
            return raw > long.MaxValue ? PyInt.Normalize(new BigInteger(raw)) : PyInt.Box((long)raw);
        }
        var shift = 64 - (size * 8);
        return PyInt.Box((long)(raw << shift) >> shift);
    }

    private static void Init(PyType t)
    {
        t.DefStatic("__new__", (args, kw) =>
        {
            var a = MethodArguments.Keywords("Struct", args, kw, s_newNames, 1, 1);
            var compiled = StructModule.Format(a[0]);
            return new PyStructFormat(compiled.Format);
        });
        t.DefMethodVar("__init__", (args, kw) => null);
        t.DefGetSet("format", self => new PyStr(((PyStructFormat)self).Format));
        t.DefGetSet("size", self => PyInt.Box(((PyStructFormat)self).Size));
        t.DefMethodVar("pack", (args, kw) => ((PyStructFormat)args[0]!).Pack(args.AsSpan(1)));
        t.DefMethodVar("pack_into", (args, kw) => ((PyStructFormat)args[0]!).PackInto(args.AsSpan(1)));
        t.DefMethod("unpack", (self, buffer) => ((PyStructFormat)self!).Unpack(buffer));
        t.DefMethodVar("unpack_from", (args, kw) => ((PyStructFormat)args[0]!).UnpackFrom(args, kw, 1));
        t.DefMethod("iter_unpack", (self, buffer) => ((PyStructFormat)self!).IterUnpack(buffer));
    }
}
