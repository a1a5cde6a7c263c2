using System;
using System.Numerics;
using System.Text.RegularExpressions;

namespace PyNet.Runtime;

/// <summary>The members of <c>complex</c>; values are <see cref="Complex"/>.</summary>
public static class ComplexMembers
{
    private static readonly string[] s_newNames = { "real", "imag" };

    private const string FloatPattern = @"(?:(?:[0-9](?:_?[0-9])*(?:\.(?:[0-9](?:_?[0-9])*)?)?|\.[0-9](?:_?[0-9])*)(?:[eE][+-]?[0-9](?:_?[0-9])*)?|inf|infinity|nan)";

    private static readonly Regex s_complexSyntax = new(
        $@"^(?:(?<re>[+-]?{FloatPattern})(?:(?<im>[+-]{FloatPattern}?)[jJ])?|(?<im>[+-]?{FloatPattern}?)[jJ])$",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    internal static void Init(PyType t)
    {
        t.DefStatic("__new__", (args, kw) => PyValueInstance.OfSubtype(args, PyType.ComplexType, New(args, kw)));
        IntMembers.DefineNumberOperators(t, 4);
        t.DefMethod("__repr__", self => new PyStr(PyComplexMath.Repr((Complex)self!)));
        t.DefMethod("__hash__", self => PyInt.Box(Hash((Complex)self!)));
        t.DefMethod("__bool__", self => (Complex)self! != Complex.Zero);
        t.DefMethod("__complex__", self => self);
        t.DefMethod("__getnewargs__", self => PyTuple.Create(((Complex)self!).Real, ((Complex)self!).Imaginary));
        t.DefMethod("__format__", (self, spec) => new PyStr(PyFormatter.FormatBuiltin(self, IntMembers.FormatSpecArgument(spec))));
        t.DefMethod("conjugate", self => Complex.Conjugate((Complex)self!));
        t.DefGetSet("real", self => ((Complex)self).Real);
        t.DefGetSet("imag", self => ((Complex)self).Imaginary);
    }

    /// <summary>hash(complex): hash(real) + 1000003 * hash(imag), wrapping, never -1.</summary>
    public static long Hash(Complex c)
    {
        var h = unchecked((ulong)PyFloat.Hash(c.Real) + (1000003UL * (ulong)PyFloat.Hash(c.Imaginary)));
        var r = (long)h;
        return r == -1 ? -2 : r;
    }

    private static object New(object?[] args, PyStr[]? kw)
    {
        var a = MethodArguments.Keywords("complex", args, kw, s_newNames, 0, 2);
        var r = a[0];
        var i = a[1];
        var hasImag = MethodArguments.IsGiven(i);
        if (!MethodArguments.IsGiven(r))
        {
            if (!hasImag)
            {
                return Complex.Zero;
            }
            var only = ImagPart(i);
            return new Complex(0.0 - only.Imaginary, only.Real);
        }
        if (r is PyStr s)
        {
            if (hasImag)
            {
                throw new PyException(PyErrors.ComplexStringWithSecondArg());
            }
            return Parse(s.Value);
        }
        if (hasImag && i is PyStr)
        {
            throw new PyException(PyErrors.ComplexSecondArgString());
        }
        Complex cr;
        var isComplex = true;
        if (r is Complex rc)
        {
            cr = rc;
        }
        else if (PyProtocol.TryCallSpecial(r, PyStr.Intern("__complex__"), out var cv))
        {
            cr = cv is Complex c2 ? c2 : throw new PyException(PyErrors.ComplexReturnedNonComplex(cv));
        }
        else if (PyStrFormatting.IsNumber(r))
        {
            cr = new Complex(FloatMembers.AsDouble(r), 0);
            isComplex = false;
        }
        else
        {
            throw new PyException(PyErrors.ComplexFirstArgType(r));
        }
        if (!hasImag)
        {
            return cr;
        }
        var ci = ImagPart(i);
        // complex(a, b) is a + b*1j computed part by part, as CPython does, so signed zeros survive.
        var real = i is Complex ? cr.Real - ci.Imaginary : cr.Real;
        return new Complex(real, isComplex ? cr.Imaginary + ci.Real : ci.Real);
    }

    private static Complex ImagPart(object? i)
    {
        if (i is Complex c)
        {
            return c;
        }
        if (!PyStrFormatting.IsNumber(i))
        {
            throw new PyException(PyErrors.ComplexSecondArgType(i));
        }
        return new Complex(FloatMembers.AsDouble(i), 0);
    }

    /// <summary>complex(text): "a", "bj", "a+bj", optionally in parentheses, with surrounding whitespace.</summary>
    public static Complex Parse(string text)
    {
        var s = FloatMembers.ToAsciiDigits(text.Trim()) ?? throw new PyException(PyErrors.ComplexMalformed());
        if (s.Contains('_'))
        {
            for (var i = 0; i < s.Length; i++)
            {
                if (s[i] == '_' && (i == 0 || !char.IsAsciiDigit(s[i - 1]) || i + 1 >= s.Length || !char.IsAsciiDigit(s[i + 1])))
                {
                    throw new PyException(PyErrors.ComplexCouldNotConvert(text));
                }
            }
            s = s.Replace("_", string.Empty, StringComparison.Ordinal);
        }
        if (s.StartsWith('(') && s.EndsWith(')') && s.Length >= 2)
        {
            s = s[1..^1].Trim();
        }
        var m = s_complexSyntax.Match(s);
        if (!m.Success)
        {
            throw new PyException(PyErrors.ComplexMalformed());
        }
        var re = m.Groups["re"].Success ? FloatMembers.Parse(m.Groups["re"].Value) : 0.0;
        var im = 0.0;
        if (m.Groups["im"].Success)
        {
            var t = m.Groups["im"].Value;
            im = t is "" or "+" ? 1.0 : t == "-" ? -1.0 : FloatMembers.Parse(t);
        }
        return new Complex(re, im);
    }
}
