using System;
using System.Text;

namespace PyNet.Runtime;

/// <summary>
/// The members of <c>str</c>. Indexes and lengths are in code points: start/end arguments are converted to UTF-16
/// offsets before searching and results converted back.
/// </summary>
public static partial class StrMembers
{
    private static readonly string[] s_newNames = { "object", "encoding", "errors" };
    private static readonly string[] s_splitNames = { "sep", "maxsplit" };
    private static readonly string[] s_splitlinesNames = { "keepends" };
    private static readonly string[] s_encodeNames = { "encoding", "errors" };
    private static readonly string[] s_expandtabsNames = { "tabsize" };

    internal static void Init(PyType t)
    {
        t.DefStatic("__new__", (args, kw) => PyValueInstance.OfSubtype(args, PyType.StrType, New(args, kw)));
        t.DefMethod("__repr__", self => new PyStr(PyStr.Repr(Self(self))));
        t.DefMethod("__str__", self => self is PyStr { IsExact: true } ? self : Self(self).ExactCopy());
        t.DefMethod("__len__", self => PyInt.Box(Self(self).Length));
        t.DefMethod("__hash__", self => PyInt.Box(Self(self).Hash));
        t.DefMethod("__getitem__", (self, key) => GetItem(Self(self), key));
        t.DefMethod("__contains__", (self, x) => PyProtocol.Contains(self, x));
        t.DefMethod("__iter__", self => new PyStrIterator(Self(self)));
        t.DefMethod("__add__", (a, b) => b is PyStr sb ? PyStr.Concat(Self(a), sb) : PyNotImplemented.Instance);
        t.DefMethod("__mul__", (a, n) => PyProtocol.HasIndex(n) ? Repeat(Self(a), PyProtocol.Index(n)) : PyNotImplemented.Instance);
        t.DefMethod("__rmul__", (a, n) => PyProtocol.HasIndex(n) ? Repeat(Self(a), PyProtocol.Index(n)) : PyNotImplemented.Instance);
        t.DefMethod("__mod__", (a, b) => PyStrFormatting.Percent(Self(a), b));
        t.DefMethod("__rmod__", (a, b) => PyNotImplemented.Instance);
        t.DefMethod("__format__", (self, spec) => new PyStr(PyFormatter.FormatStr(Self(self), PyFormatSpec.Parse(IntMembers.FormatSpecArgument(spec), "str", '<', 's'), "str")));
        t.DefMethod("__getnewargs__", self => PyTuple.Create(Self(self).ExactCopy()));
        foreach (CompareOperator op in Enum.GetValues<CompareOperator>())
        {
            var o = op;
            t.DefMethod(PyProtocol.CompareMethodName(op).Value, (a, b) => PyProtocol.BuiltinCompare(a, b, o));
        }
        DefineSearchMethods(t);
        DefineCaseMethods(t);
        t.DefMethodVar("format", (args, kw) => PyStrFormatting.Format(Self(args[0]), args[1..], kw));
        t.DefMethod("format_map", (self, mapping) => PyStrFormatting.FormatMap(Self(self), mapping));
        t.DefMethodVar("encode", (args, kw) =>
        {
            var a = MethodArguments.Keywords("encode", args, kw, s_encodeNames, 0, 2);
            var encoding = OptionalStr("encode", "encoding", a[0]) ?? "utf-8";
            var errors = OptionalStr("encode", "errors", a[1]) ?? "strict";
            return new PyBytes(Codecs.Encode(Self(args[0]), encoding, errors));
        });
    }

    private static PyStr Self(object? self) => (PyStr)self!;

    /// <summary>A str argument of encode/decode/str(): CPython's "argument 'encoding' must be str" check.</summary>
    internal static string? OptionalStr(string func, string name, object? value)
    {
        if (!MethodArguments.IsGiven(value))
        {
            return null;
        }
        return value is PyStr s ? s.Value : throw new PyException(PyErrors.NamedArgumentMustBe(func, name, "str", value));
    }

    private static object New(object?[] args, PyStr[]? kw)
    {
        var a = MethodArguments.Keywords("str", args, kw, s_newNames, 0, 3);
        var obj = a[0];
        var encoding = OptionalStr("str", "encoding", a[1]);
        var errors = OptionalStr("str", "errors", a[2]);
        if (!MethodArguments.IsGiven(obj))
        {
            return PyStr.Empty;
        }
        if (encoding == null && errors == null)
        {
            return PyProtocol.Str(obj);
        }
        if (obj is PyStr)
        {
            throw new PyException(PyErrors.DecodingStrNotSupported());
        }
        var data = PyBytes.TryGetBuffer(obj) ?? throw new PyException(PyErrors.StrConstructorArgs(obj));
        return Codecs.Decode(data, encoding ?? "utf-8", errors ?? "strict");
    }

    public static object GetItem(PyStr s, object? key)
    {
        if (key is PySlice slice)
        {
            var (start, _, step, count) = slice.Indices(s.Length);
            if (step == 1)
            {
                return s.Substring((int)start, (int)(start + count));
            }
            var sb = new PyStr.Builder((int)count);
            for (long i = 0, j = start; i < count; i++, j += step)
            {
                sb.AppendCodePoint(s.CodePointAt((int)j));
            }
            return sb.ToPyStr();
        }
        if (!PyProtocol.HasIndex(key))
        {
            throw new PyException(PyErrors.StrIndicesMustBeIntegers(key));
        }
        var index = PyProtocol.Index(key);
        if (index < 0)
        {
            index += s.Length;
        }
        if (index < 0 || index >= s.Length)
        {
            throw new PyException(PyErrors.IndexOutOfRange("string"));
        }
        return PyStr.FromCodePoint(s.CodePointAt((int)index));
    }

    public static PyStr Repeat(PyStr s, long n)
    {
        if (n <= 0 || s.Value.Length == 0)
        {
            return PyStr.Empty;
        }
        if (n == 1)
        {
            return s;
        }
        if (n > int.MaxValue / s.Value.Length)
        {
            throw new PyException(PyErrors.MemoryError());
        }
        var sb = new PyStr.Builder(s.Value.Length * (int)n);
        for (var i = 0; i < n; i++)
        {
            sb.Append(s);
        }
        return sb.ToPyStr();
    }

    internal static void AppendCodePoint(StringBuilder sb, int cp)
    {
        if (cp < 0x10000)
        {
            sb.Append((char)cp);
        }
        else
        {
            sb.Append(char.ConvertFromUtf32(cp));
        }
    }
}
