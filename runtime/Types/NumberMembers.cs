using System;
using System.Globalization;
using System.Numerics;

namespace PyNet.Runtime;

/// <summary>The members of <c>int</c>.</summary>
public static class IntMembers
{
    internal static void Init(PyType t)
    {
        t.DefStatic("__new__", (args, kw) => New(args, kw));
        DefineNumberOperators(t);
        t.DefMethod("__repr__", self => new PyStr(PyInt.Repr(self!)));
        t.DefMethod("__hash__", self => PyInt.Box(PyProtocol.Hash(self)));
        t.DefMethod("__bool__", self => PyProtocol.IsTrue(self));
        t.DefMethod("__index__", self => self is bool b ? PyInt.Box(b ? 1 : 0) : self);
        t.DefMethod("__int__", self => self is bool b ? PyInt.Box(b ? 1 : 0) : self);
        t.DefMethod("__float__", self => PyInt.ToDouble(self!));
        t.DefMethod("bit_length", self => PyInt.Box((long)BigInteger.Abs(PyInt.ToBig(self!)).GetBitLength()));
        t.DefMethod("conjugate", self => self);
        t.DefGetSet("real", self => self is bool b ? PyInt.Box(b ? 1 : 0) : self);
        t.DefGetSet("imag", self => PyInt.Zero);
        t.DefGetSet("numerator", self => self is bool b ? PyInt.Box(b ? 1 : 0) : self);
        t.DefGetSet("denominator", self => PyInt.One);
    }

    /// <summary>Defines the arithmetic and comparison methods shared by the builtin number types.</summary>
    internal static void DefineNumberOperators(PyType t)
    {
        foreach (BinaryOperator op in Enum.GetValues<BinaryOperator>())
        {
            var o = op;
            t.DefMethod(PyProtocol.OperatorMethodName(op).Value, (a, b) => PyProtocol.BuiltinBinary(a, b, o));
            t.DefMethod(PyProtocol.ReflectedMethodName(op).Value, (a, b) => PyProtocol.BuiltinBinary(b, a, o));
        }
        foreach (CompareOperator op in Enum.GetValues<CompareOperator>())
        {
            var o = op;
            t.DefMethod(PyProtocol.CompareMethodName(op).Value, (a, b) => PyProtocol.BuiltinCompare(a, b, o));
        }
        t.DefMethod("__neg__", a => PyProtocol.UnaryOp(a, UnaryOperator.Negate));
        t.DefMethod("__pos__", a => PyProtocol.UnaryOp(a, UnaryOperator.Positive));
        t.DefMethod("__abs__", a => Builtins.Abs(a));
    }

    private static object? New(object?[] args, PyStr[]? kw)
    {
        var nPos = args.Length - (kw?.Length ?? 0);
        object? x = nPos > 1 ? args[1] : null;
        object? baseArg = nPos > 2 ? args[2] : null;
        for (var i = 0; i < (kw?.Length ?? 0); i++)
        {
            if (kw![i].Value == "base")
            {
                baseArg = args[nPos + i];
            }
            else
            {
                throw new PyException(PyErrors.UnexpectedKeyword("int", kw[i].Value));
            }
        }
        if (nPos <= 1)
        {
            return baseArg == null ? PyInt.Zero : throw new PyException(PyErrors.TypeError("int() missing string argument"));
        }
        if (baseArg != null)
        {
            var b = PyProtocol.Index(baseArg);
            if (x is not PyStr s)
            {
                throw new PyException(PyErrors.TypeError("int() can't convert non-string with explicit base"));
            }
            return Parse(s.Value, (int)b);
        }
        return ToInt(x);
    }

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
                return Parse(s.Value, 10);
        }
        if (PyProtocol.TryCallSpecial(x, PyStr.Intern("__int__"), out var r) || PyProtocol.TryCallSpecial(x, PyStr.Intern("__index__"), out r))
        {
            return r!;
        }
        if (PyProtocol.TryCallSpecial(x, PyStr.Intern("__trunc__"), out r))
        {
            return r!;
        }
        throw new PyException(PyErrors.TypeError($"int() argument must be a string, a bytes-like object or a real number, not '{PyErrors.TypeName(x)}'"));
    }

    /// <summary>int(text, base) with Python's literal rules (underscores, prefixes, whitespace, base 0).</summary>
    public static object Parse(string text, int @base)
    {
        if (@base != 0 && (@base < 2 || @base > 36))
        {
            throw new PyException(PyErrors.ValueError("int() base must be >= 2 and <= 36, or 0"));
        }
        var s = text.Trim();
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
            if (i < s.Length - 1 && s[i] == '0' && s.AsSpan(i).TrimStart('0').TrimStart('_').Length > 0 && s.AsSpan(i).IndexOfAnyExcept('0', '_') >= 0)
            {
                throw new PyException(PyErrors.InvalidIntLiteral(@base, text));
            }
        }
        if (i >= s.Length)
        {
            throw new PyException(PyErrors.InvalidIntLiteral(@base, text));
        }
        long small = 0;
        BigInteger big = 0;
        var useBig = false;
        var lastUnderscore = true;
        for (; i < s.Length; i++)
        {
            var c = s[i];
            if (c == '_')
            {
                if (lastUnderscore)
                {
                    throw new PyException(PyErrors.InvalidIntLiteral(@base, text));
                }
                lastUnderscore = true;
                continue;
            }
            var d = DigitValue(c);
            if (d < 0 || d >= b)
            {
                throw new PyException(PyErrors.InvalidIntLiteral(@base, text));
            }
            lastUnderscore = false;
            if (!useBig)
            {
                if (small <= (long.MaxValue - d) / b)
                {
                    small = (small * b) + d;
                    continue;
                }
                useBig = true;
                big = small;
            }
            big = (big * b) + d;
        }
        if (lastUnderscore)
        {
            throw new PyException(PyErrors.InvalidIntLiteral(@base, text));
        }
        if (!useBig)
        {
            return PyInt.Box(negative ? -small : small);
        }
        return PyInt.Normalize(negative ? -big : big);
    }

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
        t.DefStatic("__new__", (args, kw) => args.Length > 1 && PyProtocol.IsTrue(args[1]));
        t.DefMethod("__repr__", self => new PyStr((bool)self! ? "True" : "False"));
        t.DefMethod("__and__", (a, b) => a is bool x && b is bool y ? x & y : PyProtocol.BuiltinBinary(a, b, BinaryOperator.BitAnd));
        t.DefMethod("__or__", (a, b) => a is bool x && b is bool y ? x | y : PyProtocol.BuiltinBinary(a, b, BinaryOperator.BitOr));
        t.DefMethod("__xor__", (a, b) => a is bool x && b is bool y ? x ^ y : PyProtocol.BuiltinBinary(a, b, BinaryOperator.BitXor));
    }
}

/// <summary>The members of <c>float</c>.</summary>
public static class FloatMembers
{
    internal static void Init(PyType t)
    {
        t.DefStatic("__new__", (args, kw) => args.Length > 1 ? ToFloat(args[1]) : 0.0);
        IntMembers.DefineNumberOperators(t);
        t.DefMethod("__repr__", self => new PyStr(PyFloat.Repr((double)self!)));
        t.DefMethod("__hash__", self => PyInt.Box(PyFloat.Hash((double)self!)));
        t.DefMethod("__int__", self => PyFloat.ToInt((double)self!));
        t.DefMethod("__float__", self => self);
        t.DefMethod("is_integer", self => PyFloat.IsIntegral((double)self!));
        t.DefGetSet("real", self => self);
        t.DefGetSet("imag", self => 0.0);
    }

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
        }
        if (PyProtocol.TryCallSpecial(x, PyStr.Intern("__float__"), out var r) && r is double rd)
        {
            return rd;
        }
        if (PyProtocol.TryCallSpecial(x, PyStr.Intern("__index__"), out r))
        {
            return PyInt.ToDouble(r!);
        }
        throw new PyException(PyErrors.TypeError($"float() argument must be a string or a real number, not '{PyErrors.TypeName(x)}'"));
    }

    public static double Parse(string text)
    {
        var s = text.Trim();
        var lower = s.ToLowerInvariant().TrimStart('+', '-');
        var negative = s.StartsWith('-');
        if (lower is "inf" or "infinity")
        {
            return negative ? double.NegativeInfinity : double.PositiveInfinity;
        }
        if (lower == "nan")
        {
            return double.NaN;
        }
        if (s.Length > 0 && !s.Contains("__", StringComparison.Ordinal) && !s.StartsWith('_') && !s.EndsWith('_')
            && s.IndexOfAny(new[] { ' ', ',' }) < 0
            && double.TryParse(s.Replace("_", string.Empty, StringComparison.Ordinal), NumberStyles.Float, CultureInfo.InvariantCulture, out var d))
        {
            return d;
        }
        throw new PyException(PyErrors.InvalidFloatLiteral(text));
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
