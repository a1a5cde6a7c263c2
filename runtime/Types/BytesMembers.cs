using System;
using System.Collections.Generic;
using System.Numerics;
using System.Text;

namespace PyNet.Runtime;

/// <summary>
/// The members of <c>bytes</c> and the read-only methods <c>bytearray</c> shares. Searching and splitting run over a
/// Latin-1 view (one char per byte) with the algorithms str uses; results keep the receiver's type.
/// </summary>
public static partial class BytesMembers
{
    private static readonly string[] s_newNames = { "source", "encoding", "errors" };
    private static readonly string[] s_decodeNames = { "encoding", "errors" };
    private static readonly string[] s_splitNames = { "sep", "maxsplit" };
    private static readonly string[] s_hexNames = { "sep", "bytes_per_sep" };
    private static readonly string[] s_keepEndsNames = { "keepends" };
    private static readonly string[] s_tabNames = { "tabsize" };
    private static readonly string[] s_translateNames = { "table", "delete" };

    internal static void Init(PyType t)
    {
        t.DefStatic("__new__", (args, kw) => PyValueInstance.OfSubtype(args, PyType.BytesType, new PyBytes(Construct("bytes", args, kw, true))));
        t.DefMethod("__hash__", self => PyInt.Box(((PyBytes)self!).Hash));
        t.DefMethod("__getnewargs__", self => PyTuple.Create(self));
        t.DefMethod("__bytes__", self => self);
        DefineShared(t, false);
    }

    /// <summary>The methods bytes and bytearray have in common; <paramref name="mutable"/> selects the result type.</summary>
    internal static void DefineShared(PyType t, bool mutable)
    {
        var typeName = mutable ? "bytearray" : "bytes";
        Func<byte[], object> make = mutable ? b => new PyByteArray(b) : b => new PyBytes(b);
        Func<string, object> makeText = s => make(Codecs.Encode(new PyStr(s), "latin-1", "strict"));
        t.DefMethod("__repr__", self => new PyStr(Repr(self)));
        t.DefMethod("__str__", self => new PyStr(Repr(self)));
        t.DefMethod("__len__", self => PyInt.Box(Data(self).Length));
        t.DefMethod("__iter__", self => new PyListIterator(PyList.FromEnumerable(Ints(Data(self)))));
        t.DefMethod("__getitem__", (self, key) => GetItem(self, key, make));
        t.DefMethod("__contains__", (self, x) => Find(Data(self), Needle(x, true), 0, Data(self).Length, false) >= 0);
        t.DefMethod("__add__", (a, b) =>
        {
            var other = PyBytes.TryGetBuffer(b) ?? throw new PyException(PyErrors.CannotConcatBytes(b, typeName));
            return make(Concat(Data(a), other));
        });
        t.DefMethod("__mul__", (a, n) => PyProtocol.HasIndex(n) ? make(Repeat(Data(a), PyProtocol.Index(n))) : PyNotImplemented.Instance);
        t.DefMethod("__rmul__", (a, n) => PyProtocol.HasIndex(n) ? make(Repeat(Data(a), PyProtocol.Index(n))) : PyNotImplemented.Instance);
        t.DefMethod("__mod__", (a, b) => make(Percent(Data(a), b)));
        t.DefMethod("__rmod__", (a, b) => PyNotImplemented.Instance);
        foreach (CompareOperator op in Enum.GetValues<CompareOperator>())
        {
            var o = op;
            t.DefMethod(PyProtocol.CompareMethodName(op).Value, (a, b) => Compare(a, b, o));
        }
        t.DefMethodVar("decode", (args, kw) =>
        {
            var a = MethodArguments.Keywords("decode", args, kw, s_decodeNames, 0, 2);
            var encoding = StrMembers.OptionalStr("decode", "encoding", a[0]) ?? "utf-8";
            var errors = StrMembers.OptionalStr("decode", "errors", a[1]) ?? "strict";
            return Codecs.Decode(Data(args[0]), encoding, errors);
        });
        t.DefMethodVar("hex", (args, kw) =>
        {
            var a = MethodArguments.Keywords("hex", args, kw, s_hexNames, 0, 2);
            return new PyStr(Hex(Data(args[0]), a[0], a[1]));
        });
        t.DefClassMethod("fromhex", (args, kw) =>
        {
            var a = MethodArguments.ClinicPositional(typeName + ".fromhex", "fromhex", args, kw, 1, 1);
            var s = a[0] as PyStr ?? throw new PyException(PyErrors.SingleArgumentMustBe("fromhex", "str", a[0]));
            var value = make(FromHex(s.Value));
            var cls = (PyType)args[0]!;
            return cls.IsHeapType ? PyCall.Call(cls, value) : value;
        });
        t.DefStatic("maketrans", (args, kw) =>
        {
            var a = MethodArguments.ClinicPositional("maketrans", "maketrans", args, kw, 2, 2, skip: 0);
            var from = PyBytes.AsBuffer(a[0]);
            var to = PyBytes.AsBuffer(a[1]);
            if (from.Length != to.Length)
            {
                throw new PyException(PyErrors.BytesMaketransLength());
            }
            var table = new byte[256];
            for (var i = 0; i < 256; i++)
            {
                table[i] = (byte)i;
            }
            for (var i = 0; i < from.Length; i++)
            {
                table[from[i]] = to[i];
            }
            return new PyBytes(table);
        });
        t.DefMethodVar("translate", (args, kw) =>
        {
            var a = MethodArguments.Keywords("translate", args, kw, s_translateNames, 1, 2);
            var table = a[0] == null ? null : PyBytes.AsBuffer(a[0]);
            if (table != null && table.Length != 256)
            {
                throw new PyException(PyErrors.TranslationTableLength());
            }
            var delete = MethodArguments.IsGiven(a[1]) ? PyBytes.AsBuffer(a[1]) : Array.Empty<byte>();
            var output = new List<byte>();
            foreach (var b in Data(args[0]))
            {
                if (Array.IndexOf(delete, b) < 0)
                {
                    output.Add(table == null ? b : table[b]);
                }
            }
            return make(output.ToArray());
        });
        DefineSearch(t, typeName, make, makeText);
        DefineCase(t, typeName, make);
    }

    private static void DefineSearch(PyType t, string typeName, Func<byte[], object> make, Func<string, object> makeText)
    {
        StrMembers.PieceMaker makePiece = (_, s, start, length) => makeText(s.Substring(start, length));
        foreach (var (name, reverse, raise) in new[] { ("find", false, false), ("rfind", true, false), ("index", false, true), ("rindex", true, true) })
        {
            t.DefMethodVar(name, (args, kw) =>
            {
                var a = MethodArguments.TupleStyle(typeName + "." + name, name, args, kw, 1, 3);
                var data = Data(args[0]);
                var (start, end) = StrMembers.CodePointRange(data.Length, a[1], a[2]);
                var i = start <= data.Length && end >= start ? Find(data, Needle(a[0], false), start, end, reverse) : -1;
                if (i < 0 && raise)
                {
                    throw new PyException(PyErrors.SubsectionNotFound());
                }
                return PyInt.Box(i);
            });
        }
        t.DefMethodVar("count", (args, kw) =>
        {
            var a = MethodArguments.TupleStyle(typeName + ".count", "count", args, kw, 1, 3);
            var data = Data(args[0]);
            var needle = Needle(a[0], false);
            var (start, end) = StrMembers.CodePointRange(data.Length, a[1], a[2]);
            if (start > data.Length || end < start)
            {
                return PyInt.Zero;
            }
            if (needle.Length == 0)
            {
                return PyInt.Box(end - start + 1);
            }
            return PyInt.Box(StrMembers.Count(Text(data), Text(needle), start, end, 0));
        });
        foreach (var (name, prefix) in new[] { ("startswith", true), ("endswith", false) })
        {
            t.DefMethodVar(name, (args, kw) =>
            {
                var a = MethodArguments.TupleStyle(typeName + "." + name, name, args, kw, 1, 3);
                var data = Data(args[0]);
                var (start, end) = StrMembers.CodePointRange(data.Length, a[1], a[2]);
                if (a[0] is PyTuple tuple)
                {
                    foreach (var item in tuple.Items)
                    {
                        var affix = PyBytes.TryGetBuffer(item) ?? throw new PyException(PyErrors.AffixTupleItem(name, "bytes", item));
                        if (TailMatch(data, affix, start, end, prefix))
                        {
                            return true;
                        }
                    }
                    return false;
                }
                var single = PyBytes.TryGetBuffer(a[0]) ?? throw new PyException(PyErrors.AffixArgType(name, "bytes", a[0]));
                return TailMatch(data, single, start, end, prefix);
            });
        }
        t.DefMethodVar("replace", (args, kw) =>
        {
            var a = MethodArguments.ClinicPositional(typeName + ".replace", "replace", args, kw, 2, 3);
            var count = MethodArguments.IsGiven(a[2]) ? StrMembers.ClipIndex(a[2]) : -1;
            var result = StrMembers.Replace(Text(Data(args[0])), Text(PyBytes.AsBuffer(a[0])), Text(PyBytes.AsBuffer(a[1])), count, ByteBoundaries);
            return makeText(result);
        });
        foreach (var (name, reverse) in new[] { ("split", false), ("rsplit", true) })
        {
            t.DefMethodVar(name, (args, kw) =>
            {
                var a = MethodArguments.Keywords(name, args, kw, s_splitNames, 0, 2);
                var s = Text(Data(args[0]));
                var maxSplit = MethodArguments.IsGiven(a[1]) ? StrMembers.ClipIndex(a[1]) : -1;
                if (!MethodArguments.IsGiven(a[0]) || a[0] == null)
                {
                    return reverse
                        ? StrMembers.RSplitWhitespace<StrMembers.AsciiSpace>(s, maxSplit, null, makePiece)
                        : StrMembers.SplitWhitespace<StrMembers.AsciiSpace>(s, maxSplit, null, makePiece);
                }
                var sep = Text(PyBytes.AsBuffer(a[0]));
                if (sep.Length == 0)
                {
                    throw new PyException(PyErrors.EmptySeparator());
                }
                return reverse ? StrMembers.RSplit(s, sep, maxSplit, null, makePiece) : StrMembers.Split(s, sep, maxSplit, null, makePiece);
            });
        }
        t.DefMethodVar("splitlines", (args, kw) =>
        {
            var a = MethodArguments.Keywords("splitlines", args, kw, s_keepEndsNames, 0, 1);
            var keep = MethodArguments.IsGiven(a[0]) && PyProtocol.IsTrue(a[0]);
            return StrMembers.SplitLines<StrMembers.AsciiLineBreak>(Text(Data(args[0])), keep, null, makePiece);
        });
        foreach (var (name, left, right) in new[] { ("strip", true, true), ("lstrip", true, false), ("rstrip", false, true) })
        {
            t.DefMethodVar(name, (args, kw) =>
            {
                var a = MethodArguments.ClinicPositional(typeName + "." + name, name, args, kw, 0, 1);
                var chars = MethodArguments.IsGiven(a[0]) && a[0] != null ? Text(PyBytes.AsBuffer(a[0])) : null;
                return makeText(StrMembers.Strip<StrMembers.AsciiSpace>(Text(Data(args[0])), chars, left, right));
            });
        }
        foreach (var (name, reverse) in new[] { ("partition", false), ("rpartition", true) })
        {
            t.DefMethod(name, (self, sepArg) =>
            {
                var s = Text(Data(self));
                var sep = Text(PyBytes.AsBuffer(sepArg));
                if (sep.Length == 0)
                {
                    throw new PyException(PyErrors.EmptySeparator());
                }
                var i = reverse ? s.LastIndexOf(sep, StringComparison.Ordinal) : s.IndexOf(sep, StringComparison.Ordinal);
                if (i < 0)
                {
                    return reverse
                        ? PyTuple.Create(new[] { makeText(string.Empty), makeText(string.Empty), makeText(s) })
                        : PyTuple.Create(new[] { makeText(s), makeText(string.Empty), makeText(string.Empty) });
                }
                return PyTuple.Create(new[] { makeText(s[..i]), makeText(sep), makeText(s[(i + sep.Length)..]) });
            });
        }
        t.DefMethod("join", (self, items) =>
        {
            var sep = Data(self);
            var output = new List<byte>();
            var it = PyProtocol.GetIterator(items);
            var i = 0;
            while (true)
            {
                var x = it.Next();
                if (ReferenceEquals(x, PyOps.Done))
                {
                    break;
                }
                var part = PyBytes.TryGetBuffer(x) ?? throw new PyException(PyErrors.JoinExpectedBytes(i, x));
                if (i > 0)
                {
                    output.AddRange(sep);
                }
                output.AddRange(part);
                i++;
            }
            return make(output.ToArray());
        });
        t.DefMethod("removeprefix", (self, p) =>
        {
            var data = Data(self);
            var prefix = PyBytes.AsBuffer(p);
            return make(data.AsSpan().StartsWith(prefix) ? data[prefix.Length..] : data);
        });
        t.DefMethod("removesuffix", (self, p) =>
        {
            var data = Data(self);
            var suffix = PyBytes.AsBuffer(p);
            return make(data.AsSpan().EndsWith(suffix) && suffix.Length > 0 ? data[..^suffix.Length] : data);
        });
    }

    /// <summary>The bytes of a bytes or bytearray receiver (a copy for bytearray).</summary>
    internal static byte[] Data(object? self) => self switch
    {
        PyBytes b => b.UnsafeArray,
        PyByteArray ba => ba.ToArray(),
        _ => throw new PyException(PyErrors.ExpectedBytesLike(self)),
    };

    internal static string Text(byte[] data) => Codecs.Latin1String(data);

    private static int[] ByteBoundaries(string s)
    {
        var cuts = new int[s.Length + 1];
        for (var i = 0; i <= s.Length; i++)
        {
            cuts[i] = i;
        }
        return cuts;
    }

    private static IEnumerable<object?> Ints(byte[] data)
    {
        foreach (var b in data)
        {
            yield return PyInt.Box(b);
        }
    }

    internal static string Repr(object? self) => self is PyByteArray ba ? ba.ToString() : PyBytes.Repr(((PyBytes)self!).Span);

    /// <summary>The needle of find/count/in: a bytes-like object or an int in range(256).</summary>
    private static byte[] Needle(object? x, bool forContains)
    {
        var buffer = PyBytes.TryGetBuffer(x);
        if (buffer != null)
        {
            return buffer;
        }
        if (PyProtocol.HasIndex(x) && x is not PyStr)
        {
            return new[] { PyBytes.ByteValue(x) };
        }
        throw new PyException(forContains ? PyErrors.ExpectedBytesLike(x) : PyErrors.IntegerOrBytesLike(x));
    }

    private static int Find(byte[] data, byte[] needle, int start, int end, bool reverse) =>
        reverse ? StrMembers.RFind(Text(data), Text(needle), start, end) : StrMembers.Find(Text(data), Text(needle), start, end);

    private static bool TailMatch(byte[] data, byte[] affix, int start, int end, bool prefix)
    {
        if (start > data.Length || end - start < affix.Length)
        {
            return false;
        }
        var at = prefix ? start : end - affix.Length;
        return data.AsSpan(at, affix.Length).SequenceEqual(affix);
    }

    private static object GetItem(object? self, object? key, Func<byte[], object> make)
    {
        var data = Data(self);
        if (key is PySlice slice)
        {
            var (start, _, step, count) = slice.Indices(data.Length);
            var result = new byte[count];
            for (long i = 0, j = start; i < count; i++, j += step)
            {
                result[i] = data[j];
            }
            return make(result);
        }
        if (!PyProtocol.HasIndex(key))
        {
            throw new PyException(self is PyByteArray ? PyErrors.IndicesMustBeIntegers(self, key) : PyErrors.ByteIndicesMustBeIntegers(key));
        }
        var index = PyProtocol.Index(key);
        if (index < 0)
        {
            index += data.Length;
        }
        if (index < 0 || index >= data.Length)
        {
            throw new PyException(self is PyByteArray ? PyErrors.IndexOutOfRange("bytearray") : PyErrors.BytesIndexOutOfRange());
        }
        return PyInt.Box(data[index]);
    }

    private static object Compare(object? a, object? b, CompareOperator op)
    {
        var other = PyBytes.TryGetBuffer(b);
        if (other == null)
        {
            return PyNotImplemented.Instance;
        }
        var c = Data(a).AsSpan().SequenceCompareTo(other);
        return op switch
        {
            CompareOperator.Eq => c == 0,
            CompareOperator.NotEq => c != 0,
            CompareOperator.Lt => c < 0,
            CompareOperator.LtE => c <= 0,
            CompareOperator.Gt => c > 0,
            _ => c >= 0,
        };
    }

    internal static byte[] Concat(byte[] a, byte[] b)
    {
        var r = new byte[a.Length + b.Length];
        a.CopyTo(r, 0);
        b.CopyTo(r, a.Length);
        return r;
    }

    internal static byte[] Repeat(byte[] data, long n)
    {
        if (n <= 0 || data.Length == 0)
        {
            return Array.Empty<byte>();
        }
        if (n > int.MaxValue / data.Length)
        {
            throw new PyException(PyErrors.MemoryError());
        }
        var r = new byte[data.Length * n];
        for (var i = 0; i < n; i++)
        {
            data.CopyTo(r, i * data.Length);
        }
        return r;
    }

    /// <summary>bytes.hex(sep, bytes_per_sep): groups counted from the right, or from the left when negative.</summary>
    private static string Hex(byte[] data, object? sepArg, object? perArg)
    {
        var sb = new StringBuilder(data.Length * 3);
        string? sep = null;
        if (MethodArguments.IsGiven(sepArg))
        {
            sep = sepArg switch
            {
                PyStr s => s.Value,
                _ => Text(PyBytes.AsBuffer(sepArg)),
            };
            if (sep.Length != 1)
            {
                throw new PyException(PyErrors.HexSeparatorLength());
            }
        }
        var per = MethodArguments.IsGiven(perArg) ? StrMembers.ClipIndex(perArg) : 1;
        for (var i = 0; i < data.Length; i++)
        {
            if (sep != null && i > 0 && per != 0)
            {
                var group = Math.Abs(per);
                var boundary = per > 0 ? (data.Length - i) % group == 0 : i % group == 0;
                if (boundary)
                {
                    sb.Append(sep);
                }
            }
            sb.Append(PyBytes.HexDigits[data[i] >> 4]).Append(PyBytes.HexDigits[data[i] & 15]);
        }
        return sb.ToString();
    }

    private static byte[] FromHex(string s)
    {
        var output = new List<byte>();
        var i = 0;
        while (i < s.Length)
        {
            if (s[i] == ' ')
            {
                i++;
                continue;
            }
            var hi = HexValue(s[i]);
            if (hi < 0)
            {
                throw new PyException(PyErrors.NonHexInFromHex(i));
            }
            if (i + 1 >= s.Length || HexValue(s[i + 1]) < 0)
            {
                throw new PyException(PyErrors.NonHexInFromHex(i + 1));
            }
            output.Add((byte)((hi << 4) | HexValue(s[i + 1])));
            i += 2;
        }
        return output.ToArray();
    }

    private static int HexValue(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'a' and <= 'f' => c - 'a' + 10,
        >= 'A' and <= 'F' => c - 'A' + 10,
        _ => -1,
    };

    /// <summary>bytes(x) and bytearray(x): from nothing, a count, a str with an encoding, a buffer or an iterable.</summary>
    internal static byte[] Construct(string name, object?[] args, PyStr[]? kw, bool isBytes)
    {
        var a = MethodArguments.Keywords(name, args, kw, s_newNames, 0, 3);
        var source = a[0];
        var encoding = StrMembers.OptionalStr(name, "encoding", a[1]);
        var errors = StrMembers.OptionalStr(name, "errors", a[2]);
        if (!MethodArguments.IsGiven(source))
        {
            if (encoding != null || errors != null)
            {
                throw new PyException(PyErrors.EncodingWithoutString(encoding != null));
            }
            return Array.Empty<byte>();
        }
        if (source is PyStr s)
        {
            if (encoding == null)
            {
                throw new PyException(PyErrors.StringWithoutEncoding());
            }
            return Codecs.Encode(s, encoding, errors ?? "strict");
        }
        if (encoding != null || errors != null)
        {
            throw new PyException(PyErrors.EncodingWithoutString(encoding != null));
        }
        if (source is long or bool or BigInteger || (source is not PyBytes && PyType.Of(source).Lookup(PyProtocol.IndexName) != null && PyBytes.TryGetBuffer(source) == null))
        {
            var n = PyInt.ToBig(IntMembers.IndexValue(source));
            if (n.Sign < 0)
            {
                throw new PyException(PyErrors.NegativeCount());
            }
            if (n > int.MaxValue)
            {
                throw new PyException(PyErrors.MemoryError());
            }
            return new byte[(int)n];
        }
        try
        {
            return PyBytes.FromObject(source);
        }
        catch (PyException e) when (isBytes && e.Value.Type == PyExc.ValueError)
        {
            throw new PyException(PyErrors.BytesMustBeInRange());
        }
    }

    /// <summary>bytes % args: the printf directives over a Latin-1 view, with %s/%b taking bytes-like values.</summary>
    private static byte[] Percent(byte[] format, object? args)
    {
        var text = (PyStr)PyStrFormatting.Percent(new PyStr(Text(format)), args, bytesMode: true);
        return Codecs.Encode(text, "latin-1", "strict");
    }
}
