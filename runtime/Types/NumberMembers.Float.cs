using System;
using System.Globalization;
using System.Numerics;
using System.Text;
using System.Text.RegularExpressions;

namespace PyNet.Runtime;

/// <summary>The members of <c>float</c>.</summary>
public static partial class FloatMembers
{
    internal static void Init(PyType t)
    {
        t.DefStatic("__new__", (args, kw) =>
        {
            var a = MethodArguments.ClinicPositional("float", "float", args, kw, 0, 1);
            return PyValueInstance.OfSubtype(args, PyType.FloatType, MethodArguments.IsGiven(a[0]) ? ToFloat(a[0]) : 0.0);
        });
        IntMembers.DefineNumberOperators(t, 3);
        t.DefMethod("__repr__", self => new PyStr(PyFloat.Repr((double)self!)));
        t.DefMethod("__hash__", self => PyInt.Box(PyFloat.Hash((double)self!)));
        t.DefMethod("__bool__", self => (double)self! != 0);
        t.DefMethod("__int__", self => PyFloat.ToInt((double)self!));
        t.DefMethod("__trunc__", self => PyFloat.ToInt((double)self!));
        t.DefMethod("__floor__", self => PyFloat.ToInt(Math.Floor((double)self!)));
        t.DefMethod("__ceil__", self => PyFloat.ToInt(Math.Ceiling((double)self!)));
        t.DefMethod("__float__", self => self);
        t.DefMethod("__getnewargs__", self => PyTuple.Create(self));
        t.DefMethod("__format__", (self, spec) => new PyStr(PyFormatter.FormatBuiltin(self, IntMembers.FormatSpecArgument(spec))));
        t.DefMethodVar("__round__", (args, kw) =>
        {
            var a = MethodArguments.ClinicPositional("float.__round__", "__round__", args, kw, 0, 1);
            return Round((double)args[0]!, MethodArguments.IsGiven(a[0]) ? a[0] : null);
        });
        t.DefMethod("is_integer", self => PyFloat.IsIntegral((double)self!));
        t.DefMethod("conjugate", self => self);
        t.DefMethod("hex", self => new PyStr(Hex((double)self!)));
        t.DefMethod("as_integer_ratio", self => IntegerRatio((double)self!));
        t.DefClassMethod("fromhex", (args, kw) =>
        {
            var a = MethodArguments.ClinicPositional("float.fromhex", "fromhex", args, kw, 1, 1);
            if (a[0] is not PyStr s)
            {
                throw new PyException(PyErrors.SingleArgumentMustBe("fromhex", "str", a[0]));
            }
            var value = FromHex(s.Value);
            var cls = (PyType)args[0]!;
            return ReferenceEquals(cls, PyType.FloatType) ? value : PyCall.Call(cls, value);
        });
        t.DefClassMethod("__getformat__", (args, kw) =>
        {
            var a = MethodArguments.ClinicPositional("float.__getformat__", "__getformat__", args, kw, 1, 1);
            var kind = a[0] as PyStr ?? throw new PyException(PyErrors.SingleArgumentMustBe("__getformat__", "str", a[0]));
            return kind.Value is "double" or "float"
                ? new PyStr("IEEE, little-endian")
                : throw new PyException(PyErrors.GetFormatArgument());
        });
        t.DefGetSet("real", self => self);
        t.DefGetSet("imag", self => 0.0);
    }

    /// <summary>round(x) and round(x, n) for a float.</summary>
    public static object Round(double x, object? ndigits)
    {
        if (ndigits == null)
        {
            return PyFloat.ToInt(Math.Round(x, MidpointRounding.ToEven));
        }
        var n = PyInt.ToBig(IntMembers.IndexValue(ndigits));
        var clipped = n > long.MaxValue ? long.MaxValue : n < long.MinValue ? long.MinValue : (long)n;
        return PyFloatFormatting.Round(x, clipped);
    }

    /// <summary>float(x) for one argument.</summary>
    public static double ToFloat(object? x)
    {
        switch (x)
        {
            case double d:
                return d;
            case long or bool or BigInteger:
                return PyInt.ToDouble(x);
            case PyStr s:
                return Parse(s.Value);
            case PyBytes or PyByteArray:
                return Parse(Codecs.Latin1String(PyBytes.FromObject(x)), x);
        }
        if (PyType.Of(x).Lookup(PyStr.Intern("__float__")) == null && PyType.Of(x).Lookup(PyProtocol.IndexName) == null)
        {
            throw new PyException(PyErrors.FloatArgumentType(x));
        }
        return AsDouble(x);
    }

    /// <summary>CPython's PyFloat_AsDouble: __float__, then __index__; TypeError otherwise.</summary>
    public static double AsDouble(object? x)
    {
        switch (x)
        {
            case double d:
                return d;
            case long or bool or BigInteger:
                return PyInt.ToDouble(x);
        }
        if (PyProtocol.TryCallSpecial(x, PyStr.Intern("__float__"), out var r))
        {
            return r is double rd ? rd : throw new PyException(PyErrors.FloatReturnedNonFloat(x, r));
        }
        if (PyType.Of(x).Lookup(PyProtocol.IndexName) != null)
        {
            return PyInt.ToDouble(IntMembers.IndexValue(x));
        }
        throw new PyException(PyErrors.MustBeRealNumber(x));
    }

    private static readonly Regex s_floatSyntax = new(
        @"^[+-]?(?:(?:[0-9](?:_?[0-9])*(?:\.(?:[0-9](?:_?[0-9])*)?)?|\.[0-9](?:_?[0-9])*)(?:[eE][+-]?[0-9](?:_?[0-9])*)?|inf|infinity|nan)$",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    /// <summary>float(text): Python's float literal syntax with surrounding whitespace and any decimal digits.</summary>
    public static double Parse(string text, object? original = null)
    {
        var s = ToAsciiDigits(text.Trim());
        if (s == null || !s_floatSyntax.IsMatch(s))
        {
            throw new PyException(original is PyBytes or PyByteArray
                ? PyErrors.InvalidFloatLiteralRepr(PyProtocol.Repr(original))
                : PyErrors.InvalidFloatLiteral(text));
        }
        var lower = s.ToLowerInvariant();
        var negative = lower.StartsWith('-');
        var body = lower.TrimStart('+', '-');
        if (body is "inf" or "infinity")
        {
            return negative ? double.NegativeInfinity : double.PositiveInfinity;
        }
        if (body == "nan")
        {
            return negative ? -double.NaN : double.NaN;
        }
        return double.Parse(s.Replace("_", string.Empty, StringComparison.Ordinal), NumberStyles.Float, CultureInfo.InvariantCulture);
    }

    /// <summary>Maps Unicode decimal digits to ASCII ones; null if the text has other non-ASCII characters.</summary>
    internal static string? ToAsciiDigits(string s)
    {
        StringBuilder? sb = null;
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            if (c < 128)
            {
                sb?.Append(c);
                continue;
            }
            if (!char.IsDigit(c))
            {
                return null;
            }
            sb ??= new StringBuilder(s, 0, i, s.Length);
            sb.Append((char)('0' + (int)char.GetNumericValue(c)));
        }
        return sb?.ToString() ?? s;
    }

    /// <summary>float.hex(): 0x1.HHHHHHHHHHHHHp+E for normal numbers, 0x0.HHHHHHHHHHHHHp-1022 for subnormals.</summary>
    public static string Hex(double x)
    {
        if (double.IsNaN(x))
        {
            return "nan";
        }
        if (double.IsInfinity(x))
        {
            return x > 0 ? "inf" : "-inf";
        }
        var sign = double.IsNegative(x) ? "-" : string.Empty;
        if (x == 0)
        {
            return sign + "0x0.0p+0";
        }
        var bits = BitConverter.DoubleToInt64Bits(x);
        var exp = (int)((bits >> 52) & 0x7FF);
        var frac = bits & ((1L << 52) - 1);
        var lead = exp == 0 ? 0 : 1;
        var e = exp == 0 ? -1022 : exp - 1023;
        return sign + "0x" + lead + "." + frac.ToString("x13", CultureInfo.InvariantCulture) + "p" + (e >= 0 ? "+" : string.Empty) + e.ToString(CultureInfo.InvariantCulture);
    }

    private static readonly Regex s_hexSyntax = new(
        @"^([+-]?)(?:0x)?([0-9a-f]*)(?:\.([0-9a-f]*))?(?:p([+-]?[0-9]+))?$",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    /// <summary>float.fromhex(s), correctly rounded.</summary>
    public static double FromHex(string text)
    {
        var s = text.Trim();
        var lower = s.ToLowerInvariant();
        var unsigned = lower.TrimStart('+', '-');
        if (unsigned.Length < lower.Length - 1)
        {
            throw new PyException(PyErrors.InvalidHexFloat());
        }
        var negative = lower.StartsWith('-');
        if (unsigned is "inf" or "infinity")
        {
            return negative ? double.NegativeInfinity : double.PositiveInfinity;
        }
        if (unsigned == "nan")
        {
            return negative ? -double.NaN : double.NaN;
        }
        var m = s_hexSyntax.Match(s);
        if (!m.Success || (m.Groups[2].Length == 0 && m.Groups[3].Length == 0))
        {
            throw new PyException(PyErrors.InvalidHexFloat());
        }
        var digits = m.Groups[2].Value + m.Groups[3].Value;
        var mantissa = BigInteger.Zero;
        foreach (var c in digits)
        {
            mantissa = (mantissa << 4) | (uint)Convert.ToInt32(c.ToString(), 16);
        }
        var exponent = -4L * m.Groups[3].Length;
        if (m.Groups[4].Success)
        {
            var expText = m.Groups[4].Value;
            exponent += long.TryParse(expText, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var ev)
                ? ev
                : (expText.StartsWith('-') ? -100000 : 100000);
        }
        var d = ScaleToDouble(mantissa, exponent);
        return negative ? -d : d;
    }

    /// <summary>m * 2**e as the nearest double (ties to even), with OverflowError beyond the range.</summary>
    public static double ScaleToDouble(BigInteger m, long e)
    {
        if (m.IsZero)
        {
            return 0.0;
        }
        var bits = (long)m.GetBitLength();
        if (bits + e > 1024)
        {
            throw new PyException(PyErrors.HexFloatTooLarge());
        }
        if (bits + e < -1075)
        {
            return 0.0;
        }
        // Keep 53 bits, or fewer where the result is subnormal (its lowest bit is 2**-1074).
        var shift = Math.Max(bits - 53, -1074 - e);
        if (shift > 0)
        {
            var q = m >> (int)shift;
            var rest = m - (q << (int)shift);
            var half = BigInteger.One << (int)(shift - 1);
            var c = rest.CompareTo(half);
            if (c > 0 || (c == 0 && !q.IsEven))
            {
                q += 1;
            }
            m = q;
            e += shift;
        }
        var r = Math.ScaleB((double)(ulong)m, (int)e);
        if (double.IsInfinity(r))
        {
            throw new PyException(PyErrors.HexFloatTooLarge());
        }
        return r;
    }

    /// <summary>float.as_integer_ratio(): the exact value as a fraction in lowest terms.</summary>
    public static PyTuple IntegerRatio(double x)
    {
        if (double.IsInfinity(x))
        {
            throw new PyException(PyErrors.CannotConvertInfinityToRatio());
        }
        if (double.IsNaN(x))
        {
            throw new PyException(PyErrors.CannotConvertNanToRatio());
        }
        if (x == 0)
        {
            return PyTuple.Create(PyInt.Zero, PyInt.One);
        }
        var (m, e) = PyFloatFormatting.Decompose(Math.Abs(x));
        var zeros = (int)BigInteger.TrailingZeroCount(m);
        m >>= zeros;
        e += zeros;
        if (x < 0)
        {
            m = -m;
        }
        return e >= 0
            ? PyTuple.Create(PyInt.Normalize(m << e), PyInt.One)
            : PyTuple.Create(PyInt.Normalize(m), PyInt.Normalize(BigInteger.One << -e));
    }
}
