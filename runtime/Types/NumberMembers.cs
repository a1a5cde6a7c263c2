using System;
using System.Globalization;
using System.Numerics;

namespace PyNet.Runtime;

/// <summary>The members of <c>int</c>.</summary>
public static class IntMembers
{
    // CPython 3.11's default sys.get_int_max_str_digits(): decimal conversions of longer ints raise ValueError.
    public const int MaxStrDigits = 4300;

    private static readonly string[] s_newNames = { "x", "base" };
    private static readonly string[] s_toBytesNames = { "length", "byteorder", "signed" };
    private static readonly string[] s_fromBytesNames = { "bytes", "byteorder", "signed" };

    internal static void Init(PyType t)
    {
        t.DefStatic("__new__", (args, kw) => PyValueInstance.OfSubtype(args, PyType.IntType, New(args, kw)));
        DefineNumberOperators(t, 2);
        t.DefMethod("__repr__", self => new PyStr(PyInt.Repr(self!)));
        t.DefMethod("__hash__", self => PyInt.Box(PyProtocol.Hash(self)));
        t.DefMethod("__bool__", self => PyProtocol.IsTrue(self));
        t.DefMethod("__index__", self => AsInt(self));
        t.DefMethod("__int__", self => AsInt(self));
        t.DefMethod("__trunc__", self => AsInt(self));
        t.DefMethod("__floor__", self => AsInt(self));
        t.DefMethod("__ceil__", self => AsInt(self));
        t.DefMethod("__float__", self => PyInt.ToDouble(self!));
        t.DefMethod("__invert__", a => PyProtocol.UnaryOp(a, UnaryOperator.Invert));
        t.DefMethod("__getnewargs__", self => PyTuple.Create(AsInt(self)));
        t.DefMethod("__format__", (self, spec) => new PyStr(PyFormatter.FormatBuiltin(self, FormatSpecArgument(spec))));
        t.DefMethodVar("__round__", (args, kw) =>
        {
            var a = MethodArguments.ClinicPositional("int.__round__", "__round__", args, kw, 0, 1);
            return MethodArguments.IsGiven(a[0]) && a[0] != null ? Round(args[0]!, a[0]) : AsInt(args[0]);
        });
        t.DefMethod("bit_length", self => PyInt.Box((long)BigInteger.Abs(PyInt.ToBig(self!)).GetBitLength()));
        t.DefMethod("bit_count", self => PyInt.Box(BitCount(PyInt.ToBig(self!))));
        t.DefMethod("as_integer_ratio", self => PyTuple.Create(AsInt(self), PyInt.One));
        t.DefMethod("conjugate", self => AsInt(self));
        t.DefMethodVar("to_bytes", ToBytes);
        t.DefClassMethod("from_bytes", FromBytes);
        t.DefGetSet("real", self => AsInt(self));
        t.DefGetSet("imag", self => PyInt.Zero);
        t.DefGetSet("numerator", self => AsInt(self));
        t.DefGetSet("denominator", self => PyInt.One);
    }

    /// <summary>Defines the arithmetic and comparison methods shared by the builtin number types.</summary>
    internal static void DefineNumberOperators(PyType t, int rank)
    {
        foreach (BinaryOperator op in Enum.GetValues<BinaryOperator>())
        {
            var o = op;
            t.DefMethod(PyProtocol.OperatorMethodName(op).Value, (a, b) => Accepts(b, rank) ? PyProtocol.BuiltinBinary(a, b, o) : PyNotImplemented.Instance);
            t.DefMethod(PyProtocol.ReflectedMethodName(op).Value, (a, b) => Accepts(b, rank) ? PyProtocol.BuiltinBinary(b, a, o) : PyNotImplemented.Instance);
        }
        foreach (CompareOperator op in Enum.GetValues<CompareOperator>())
        {
            var o = op;
            t.DefMethod(PyProtocol.CompareMethodName(op).Value, (a, b) => Accepts(b, rank) ? PyProtocol.BuiltinCompare(a, b, o) : PyNotImplemented.Instance);
        }
        t.DefMethod("__neg__", a => PyProtocol.UnaryOp(a, UnaryOperator.Negate));
        t.DefMethod("__pos__", a => PyProtocol.UnaryOp(a, UnaryOperator.Positive));
        t.DefMethod("__abs__", a => Builtins.Abs(a));
        t.DefMethod("__divmod__", (a, b) => Accepts(b, rank) ? DivMod(a, b) : PyNotImplemented.Instance);
        t.DefMethod("__rdivmod__", (a, b) => Accepts(b, rank) ? DivMod(b, a) : PyNotImplemented.Instance);
    }

    /// <summary>
    /// Does a number method of a type of <paramref name="rank"/> (2 int, 3 float, 4 complex) take <paramref name="other"/>?
    /// <c>int.__add__(1.5)</c> is NotImplemented in CPython: the float's reflected method does the work.
    /// </summary>
    private static bool Accepts(object? other, int rank) => other switch
    {
        long or bool or BigInteger => true,
        double => rank >= 3,
        Complex => rank >= 4,
        _ => false,
    };

    private static object DivMod(object? a, object? b)
    {
        var q = PyProtocol.BuiltinBinary(a, b, BinaryOperator.FloorDiv);
        if (ReferenceEquals(q, PyNotImplemented.Instance))
        {
            return q;
        }
        return PyTuple.Create(q, PyProtocol.BuiltinBinary(a, b, BinaryOperator.Mod));
    }

    internal static string FormatSpecArgument(object? spec) =>
        spec is PyStr s ? s.Value : throw new PyException(PyErrors.SingleArgumentMustBe("__format__", "str", spec));

    /// <summary>The plain int value of an int or bool.</summary>
    public static object AsInt(object? self) => self switch
    {
        bool b => PyInt.Box(b ? 1 : 0),
        long or BigInteger => self,
        _ => throw new PyException(PyErrors.CannotInterpretAsInteger(self)),
    };

    /// <summary>int.__round__(ndigits): round half to even at 10**-ndigits; unchanged for ndigits >= 0.</summary>
    public static object Round(object self, object? ndigits)
    {
        var n = PyInt.ToBig(IndexValue(ndigits));
        var v = PyInt.ToBig(self);
        if (n.Sign >= 0)
        {
            return PyInt.Normalize(v);
        }
        if (-n > 100000)
        {
            return PyInt.Zero;
        }
        var p = BigInteger.Pow(10, (int)-n);
        var q = PyInt.FloorDiv(v, p);
        var r = v - (q * p);
        var c = (r * 2).CompareTo(p);
        if (c > 0 || (c == 0 && !q.IsEven))
        {
            q += 1;
        }
        return PyInt.Normalize(q * p);
    }

    public static long BitCount(BigInteger v)
    {
        v = BigInteger.Abs(v);
        long count = 0;
        foreach (var b in v.ToByteArray(isUnsigned: true))
        {
            count += BitOperations.PopCount(b);
        }
        return count;
    }

    /// <summary>x.__index__() as an int object (CPython's PyNumber_Index).</summary>
    public static object IndexValue(object? x)
    {
        switch (x)
        {
            case long or BigInteger:
                return x;
            case bool b:
                return PyInt.Box(b ? 1 : 0);
        }
        if (!PyProtocol.TryCallSpecial(x, PyProtocol.IndexName, out var r))
        {
            throw new PyException(PyErrors.CannotInterpretAsInteger(x));
        }
        return r is long or BigInteger or bool ? AsInt(r) : throw new PyException(PyErrors.IndexReturnedNonInt(r));
    }

    private static object ToBytes(object?[] args, PyStr[]? kw)
    {
        var a = MethodArguments.Keywords("to_bytes", args, kw, s_toBytesNames, 0, 2);
        var length = MethodArguments.IsGiven(a[0]) ? PyProtocol.Index(a[0]) : 1;
        var little = ByteOrder(a[1]);
        var signed = MethodArguments.IsGiven(a[2]) && PyProtocol.IsTrue(a[2]);
        if (length < 0)
        {
            throw new PyException(PyErrors.ToBytesLengthNegative());
        }
        var v = PyInt.ToBig(args[0]!);
        if (v.Sign < 0 && !signed)
        {
            throw new PyException(PyErrors.NegativeToUnsigned());
        }
        var bits = checked((int)length * 8);
        var limit = BigInteger.One << (signed ? Math.Max(bits - 1, 0) : bits);
        if (length == 0 ? !v.IsZero : (v >= limit || (signed && v < -limit)))
        {
            throw new PyException(PyErrors.IntTooBigToConvert());
        }
        if (v.Sign < 0)
        {
            v += BigInteger.One << bits;
        }
        var raw = v.IsZero ? Array.Empty<byte>() : v.ToByteArray(isUnsigned: true, isBigEndian: false);
        var result = new byte[length];
        Array.Copy(raw, result, Math.Min(raw.Length, result.Length));
        if (!little)
        {
            Array.Reverse(result);
        }
        return new PyBytes(result);
    }

    private static object? FromBytes(object?[] args, PyStr[]? kw)
    {
        var a = MethodArguments.Keywords("from_bytes", args, kw, s_fromBytesNames, 1, 2);
        var data = PyBytes.FromObject(a[0]);
        var little = ByteOrder(a[1]);
        var signed = MethodArguments.IsGiven(a[2]) && PyProtocol.IsTrue(a[2]);
        var v = new BigInteger(data, isUnsigned: !signed, isBigEndian: !little);
        var result = PyInt.Normalize(v);
        var cls = (PyType)args[0]!;
        return ReferenceEquals(cls, PyType.IntType) ? result : PyCall.Call(cls, result);
    }

    private static bool ByteOrder(object? value)
    {
        if (!MethodArguments.IsGiven(value))
        {
            return false;
        }
        if (value is not PyStr s)
        {
            throw new PyException(PyErrors.ArgumentMustBe("to_bytes", 2, "str", value));
        }
        return s.Value switch
        {
            "little" => true,
            "big" => false,
            _ => throw new PyException(PyErrors.ByteOrderMustBe()),
        };
    }

    private static object? New(object?[] args, PyStr[]? kw)
    {
        var a = MethodArguments.Keywords("int", args, kw, s_newNames, 0, 2);
        if (kw != null && Array.Exists(kw, k => k.Value == "x"))
        {
            throw new PyException(PyErrors.InvalidKeywordArgument("int", "x"));
        }
        var x = a[0];
        var baseArg = a[1];
        if (!MethodArguments.IsGiven(x))
        {
            return MethodArguments.IsGiven(baseArg) ? throw new PyException(PyErrors.IntMissingString()) : PyInt.Zero;
        }
        if (MethodArguments.IsGiven(baseArg))
        {
            var b = PyInt.ToBig(IndexValue(baseArg));
            var text = x switch
            {
                PyStr s => s.Value,
                PyBytes or PyByteArray => Codecs.Latin1String(PyBytes.FromObject(x)),
                _ => throw new PyException(PyErrors.IntNonStringWithBase()),
            };
            if (b != 0 && (b < 2 || b > 36))
            {
                throw new PyException(PyErrors.IntBaseRange());
            }
            return Parse(text, (int)b, x);
        }
        return ToInt(x);
    }

    /// <summary>int(x) for one argument.</summary>
    public static object ToInt(object? x)
    {
        switch (x)
        {
            case long:
            case BigInteger:
                return x;
            case bool b:
                return PyInt.Box(b ? 1 : 0);
            case double d:
                return PyFloat.ToInt(d);
            case PyStr s:
                return Parse(s.Value, 10, x);
            case PyBytes or PyByteArray:
                return Parse(Codecs.Latin1String(PyBytes.FromObject(x)), 10, x);
        }
        if (PyProtocol.TryCallSpecial(x, PyStr.Intern("__int__"), out var r))
        {
            return r is long or BigInteger or bool ? AsInt(r) : throw new PyException(PyErrors.IntReturnedNonInt(r));
        }
        if (PyType.Of(x).Lookup(PyProtocol.IndexName) != null)
        {
            return IndexValue(x);
        }
        if (PyProtocol.TryCallSpecial(x, PyStr.Intern("__trunc__"), out r))
        {
            return r is long or BigInteger or bool ? AsInt(r) : IndexValue(r);
        }
        throw new PyException(PyErrors.IntArgumentType(x));
    }

    /// <summary>int(text, base) with Python's literal rules (underscores, prefixes, whitespace, base 0).</summary>
    public static object Parse(string text, int @base, object? original = null) =>
        TryParse(text, @base, original, out var value) is { } error ? throw new PyException(error) : value;

    /// <summary>
    /// <see cref="Parse"/> without a .NET throw: the exception to raise, or null with the value. Hot failure paths
    /// (<c>int(s)</c> on bad input inside try/except) call this and set the exception pending directly.
    /// </summary>
    public static PyBaseException? TryParse(string text, int @base, object? original, out object value)
    {
        value = null!;
        if (@base != 0 && (@base < 2 || @base > 36))
        {
            return PyErrors.IntBaseRange();
        }
        var s = text.AsSpan().Trim();
        var negative = false;
        var i = 0;
        if (i < s.Length && (s[i] == '+' || s[i] == '-'))
        {
            negative = s[i] == '-';
            i++;
        }
        var b = @base;
        if (i + 1 < s.Length && s[i] == '0')
        {
            var p = char.ToLowerInvariant(s[i + 1]);
            var prefixBase = p == 'x' ? 16 : p == 'o' ? 8 : p == 'b' ? 2 : 0;
            if (prefixBase != 0 && (b == 0 || b == prefixBase))
            {
                b = prefixBase;
                i += 2;
                if (i < s.Length && s[i] == '_')
                {
                    i++;
                }
            }
        }
        if (b == 0)
        {
            b = 10;
            if (i < s.Length - 1 && s[i] == '0' && s[i..].IndexOfAnyExcept('0', '_') >= 0)
            {
                return InvalidLiteral(@base, text, original);
            }
        }
        if (i >= s.Length)
        {
            return InvalidLiteral(@base, text, original);
        }
        // Digits are validated and, while they fit, accumulated in a ulong: most int() calls never build a BigInteger.
        var digitCount = 0;
        ulong small = 0;
        var lastUnderscore = true;
        for (var k = i; k < s.Length; k++)
        {
            var c = s[k];
            if (c == '_')
            {
                if (lastUnderscore)
                {
                    return InvalidLiteral(@base, text, original);
                }
                lastUnderscore = true;
                continue;
            }
            var d = DigitValue(c);
            if (d < 0 || d >= b)
            {
                return InvalidLiteral(@base, text, original);
            }
            lastUnderscore = false;
            if (digitCount < 12)
            {
                small = (small * (ulong)b) + (ulong)d;
            }
            digitCount++;
        }
        if (lastUnderscore)
        {
            return InvalidLiteral(@base, text, original);
        }
        if (digitCount <= 12)
        {
            // 36^12 < 2^63: the value fits a long.
            value = PyInt.Box(negative ? -(long)small : (long)small);
            return null;
        }
        if ((b & (b - 1)) != 0 && digitCount > MaxStrDigits)
        {
            return PyErrors.IntStringTooLong(digitCount);
        }
        var digits = new System.Text.StringBuilder(digitCount);
        foreach (var c in s[i..])
        {
            if (c != '_')
            {
                var d = DigitValue(c);
                digits.Append((char)(d < 10 ? '0' + d : 'a' + d - 10));
            }
        }
        var big = ParseDigits(digits.ToString(), b);
        value = PyInt.Normalize(negative ? -big : big);
        return null;
    }

    private static BigInteger ParseDigits(string digits, int radix)
    {
        if (radix == 10)
        {
            return BigInteger.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);
        }
        BigInteger result = BigInteger.Zero;
        ulong chunk = 0;
        ulong scale = 1;
        foreach (var c in digits)
        {
            var d = (ulong)DigitValue(c);
            chunk = (chunk * (ulong)radix) + d;
            scale *= (ulong)radix;
            if (scale > ulong.MaxValue / 64)
            {
                result = (result * scale) + chunk;
                chunk = 0;
                scale = 1;
            }
        }
        return (result * scale) + chunk;
    }

    private static PyBaseException InvalidLiteral(int @base, string text, object? original) =>
        original is PyBytes or PyByteArray
            ? PyErrors.InvalidIntLiteralRepr(@base, PyProtocol.Repr(original))
            : PyErrors.InvalidIntLiteral(@base, text);

    private static int DigitValue(char c)
    {
        if (c >= '0' && c <= '9')
        {
            return c - '0';
        }
        if (c >= 'a' && c <= 'z')
        {
            return c - 'a' + 10;
        }
        if (c >= 'A' && c <= 'Z')
        {
            return c - 'A' + 10;
        }
        if (char.IsDigit(c))
        {
            return (int)char.GetNumericValue(c);
        }
        return -1;
    }
}

/// <summary>The members of <c>bool</c>.</summary>
public static class BoolMembers
{
    internal static void Init(PyType t)
    {
        t.DefStatic("__new__", (args, kw) =>
        {
            var a = MethodArguments.ClinicPositional("bool", "bool", args, kw, 0, 1);
            return MethodArguments.IsGiven(a[0]) && PyProtocol.IsTrue(a[0]);
        });
        t.DefMethod("__repr__", self => new PyStr((bool)self! ? "True" : "False"));
        t.DefMethod("__and__", (a, b) => a is bool x && b is bool y ? x & y : PyProtocol.BuiltinBinary(a, b, BinaryOperator.BitAnd));
        t.DefMethod("__or__", (a, b) => a is bool x && b is bool y ? x | y : PyProtocol.BuiltinBinary(a, b, BinaryOperator.BitOr));
        t.DefMethod("__xor__", (a, b) => a is bool x && b is bool y ? x ^ y : PyProtocol.BuiltinBinary(a, b, BinaryOperator.BitXor));
        t.DefMethod("__rand__", (a, b) => a is bool x && b is bool y ? x & y : PyProtocol.BuiltinBinary(b, a, BinaryOperator.BitAnd));
        t.DefMethod("__ror__", (a, b) => a is bool x && b is bool y ? x | y : PyProtocol.BuiltinBinary(b, a, BinaryOperator.BitOr));
        t.DefMethod("__rxor__", (a, b) => a is bool x && b is bool y ? x ^ y : PyProtocol.BuiltinBinary(b, a, BinaryOperator.BitXor));
    }
}

/// <summary>The members of <c>NoneType</c>.</summary>
public static class NoneMembers
{
    internal static void Init(PyType t)
    {
        t.DefMethod("__repr__", self => new PyStr("None"));
        t.DefMethod("__bool__", self => false);
    }
}
