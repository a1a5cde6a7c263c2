using System;
using System.Globalization;
using System.Numerics;
using System.Text;

namespace PyNet.Runtime;

/// <summary>
/// The format specification mini-language for the builtin types (int, bool, float, complex, str), as CPython's
/// <c>Python/formatter_unicode.c</c> implements it. A number is laid out as sign, prefix, grouped digits and a
/// remainder (fraction, exponent, '%'), then padded to the width.
/// </summary>
public static partial class PyFormatter
{
    public static string FormatBuiltin(object? value, string spec)
    {
        if (spec.Length == 0)
        {
            return PyProtocol.Str(value).Value;
        }
        var typeName = PyErrors.TypeName(value);
        switch (value)
        {
            case PyStr s:
                return FormatStr(s, PyFormatSpec.Parse(spec, typeName, '<', 's'), typeName);
            case long or bool or BigInteger:
                return FormatInt(value, PyFormatSpec.Parse(spec, typeName, '>'), typeName);
            case double d:
                return FormatFloat(d, PyFormatSpec.Parse(spec, typeName, '>'), typeName);
            case Complex c:
                return FormatComplex(c, PyFormatSpec.Parse(spec, typeName, '>'), typeName);
            default:
                return PyProtocol.Format(value, new PyStr(spec)).Value;
        }
    }

    public static string FormatStr(PyStr s, PyFormatSpec spec, string typeName)
    {
        if (spec.Type != 0 && spec.Type != 's')
        {
            throw new PyException(PyErrors.UnknownFormatCode(spec.Type, typeName));
        }
        if (spec.Sign != '\0')
        {
            throw new PyException(spec.Sign == ' ' ? PyErrors.SpaceNotAllowedInString() : PyErrors.SignNotAllowedInString());
        }
        if (spec.NoNegativeZero)
        {
            throw new PyException(PyErrors.NegativeZeroNotAllowed("string"));
        }
        if (spec.Alternate)
        {
            throw new PyException(PyErrors.AlternateNotAllowedInString());
        }
        if (spec.Align == '=')
        {
            throw new PyException(PyErrors.EqualsAlignNotAllowedInString());
        }
        var text = s;
        if (spec.Precision >= 0 && spec.Precision < s.Length)
        {
            text = s.Substring(0, spec.Precision);
        }
        return Pad(text.Value, text.Length, spec, '<');
    }

    public static string FormatInt(object value, PyFormatSpec spec, string typeName)
    {
        switch (spec.Type)
        {
            case 'e' or 'E' or 'f' or 'F' or 'g' or 'G' or '%':
                return FormatFloat(PyInt.ToDouble(value), spec, typeName);
            case 0 or 'b' or 'c' or 'd' or 'o' or 'x' or 'X' or 'n':
                break;
            default:
                throw new PyException(PyErrors.UnknownFormatCode(spec.Type, typeName));
        }
        if (spec.Precision >= 0)
        {
            throw new PyException(PyErrors.PrecisionNotAllowedInInteger());
        }
        if (spec.NoNegativeZero)
        {
            throw new PyException(PyErrors.NegativeZeroNotAllowed("integer"));
        }
        var v = PyInt.ToBig(value);
        if (spec.Type == 'c')
        {
            if (spec.Sign != '\0')
            {
                throw new PyException(PyErrors.SignNotAllowedWithChar());
            }
            if (spec.Alternate)
            {
                throw new PyException(PyErrors.AlternateNotAllowedWithChar());
            }
            if (v < long.MinValue || v > long.MaxValue)
            {
                throw new PyException(PyErrors.IntTooLarge("C long"));
            }
            if (v.Sign < 0 || v > 0x10FFFF)
            {
                throw new PyException(PyErrors.CharArgNotInRange());
            }
            var ch = PyStr.CodePointString((int)v);
            return Pad(ch, 1, spec, '>');
        }
        var radix = spec.Type switch
        {
            'b' => 2,
            'o' => 8,
            'x' or 'X' => 16,
            _ => 10,
        };
        var digits = ToRadix(BigInteger.Abs(v), radix);
        if (spec.Type == 'X')
        {
            digits = digits.ToUpperInvariant();
        }
        var prefix = spec.Alternate ? spec.Type switch
        {
            'b' => "0b",
            'o' => "0o",
            'x' => "0x",
            'X' => "0X",
            _ => string.Empty,
        } : string.Empty;
        return LayoutNumber(v.Sign < 0, prefix, digits, string.Empty, spec, radix == 10 ? 3 : 4);
    }

    public static string FormatFloat(double value, PyFormatSpec spec, string typeName)
    {
        var type = spec.Type;
        switch (type)
        {
            case 0 or 'e' or 'E' or 'f' or 'F' or 'g' or 'G' or 'n' or '%':
                break;
            default:
                throw new PyException(PyErrors.UnknownFormatCode(type, typeName));
        }
        var precision = spec.Precision;
        var addDot0 = false;
        var defaultPrecision = 6;
        if (type == 0)
        {
            addDot0 = true;
            type = 'r';
            defaultPrecision = 0;
        }
        if (type == 'n')
        {
            type = 'g';
        }
        var percent = false;
        if (type == '%')
        {
            type = 'f';
            value *= 100;
            percent = true;
        }
        if (precision < 0)
        {
            precision = defaultPrecision;
        }
        else if (type == 'r')
        {
            type = 'g';
        }
        var body = PyFloatFormatting.Format(value, (char)type, precision, spec.Alternate, addDot0, spec.NoNegativeZero, out var negative);
        if (percent)
        {
            body += "%";
        }
        var n = 0;
        while (n < body.Length && body[n] is >= '0' and <= '9')
        {
            n++;
        }
        return LayoutNumber(negative, string.Empty, body[..n], body[n..], spec, 3);
    }

    /// <summary>complex formatting: each part as a float, the real part omitted for the default type when zero.</summary>
    public static string FormatComplex(Complex value, PyFormatSpec spec, string typeName)
    {
        var type = spec.Type;
        switch (type)
        {
            case 0 or 'e' or 'E' or 'f' or 'F' or 'g' or 'G' or 'n':
                break;
            default:
                throw new PyException(PyErrors.UnknownFormatCode(type, typeName));
        }
        if (spec.Fill == '0' && spec.Align == '=')
        {
            throw new PyException(PyErrors.ZeroPaddingNotAllowedInComplex());
        }
        if (spec.Align == '=')
        {
            throw new PyException(PyErrors.EqualsAlignNotAllowedInComplex());
        }
        var re = value.Real;
        var im = value.Imaginary;
        var precision = spec.Precision;
        var addDot0 = false;
        var defaultPrecision = 6;
        var skipReal = false;
        var addParens = false;
        if (type == 0)
        {
            type = 'r';
            defaultPrecision = 0;
            if (re == 0 && !double.IsNegative(re))
            {
                skipReal = true;
            }
            else
            {
                addParens = true;
            }
        }
        if (type == 'n')
        {
            type = 'g';
        }
        if (precision < 0)
        {
            precision = defaultPrecision;
        }
        else if (type == 'r')
        {
            type = 'g';
        }
        var reBody = PyFloatFormatting.Format(re, (char)type, precision, spec.Alternate, addDot0, spec.NoNegativeZero, out var reNeg);
        var imBody = PyFloatFormatting.Format(im, (char)type, precision, spec.Alternate, addDot0, spec.NoNegativeZero, out var imNeg);
        var inner = new PyFormatSpec(' ', '\0', spec.Sign, false, false, -1, spec.Grouping, -1, 0);
        var sb = new StringBuilder();
        if (addParens)
        {
            sb.Append('(');
        }
        if (!skipReal)
        {
            sb.Append(SplitAndLayout(reNeg, reBody, inner));
        }
        var imSpec = skipReal ? inner : new PyFormatSpec(' ', '\0', '+', false, false, -1, spec.Grouping, -1, 0);
        sb.Append(SplitAndLayout(imNeg, imBody, imSpec)).Append('j');
        if (addParens)
        {
            sb.Append(')');
        }
        var text = sb.ToString();
        return Pad(text, text.Length, new PyFormatSpec(spec.Fill, spec.Align, '\0', false, false, spec.Width, '\0', -1, 0), '>');
    }

    private static string SplitAndLayout(bool negative, string body, PyFormatSpec spec)
    {
        var n = 0;
        while (n < body.Length && body[n] is >= '0' and <= '9')
        {
            n++;
        }
        return LayoutNumber(negative, string.Empty, body[..n], body[n..], spec, 3);
    }

    /// <summary>Sign, prefix, grouped digits and remainder, padded as the spec says.</summary>
    private static string LayoutNumber(bool negative, string prefix, string digits, string remainder, PyFormatSpec spec, int groupSize)
    {
        var sign = negative ? "-" : spec.Sign switch
        {
            '+' => "+",
            ' ' => " ",
            _ => string.Empty,
        };
        if (spec.Grouping != '\0' && digits.Length > 0)
        {
            var minWidth = spec.Fill == '0' && spec.Align == '=' ? spec.Width - sign.Length - prefix.Length - remainder.Length : 0;
            digits = Group(digits, spec.Grouping, groupSize, minWidth);
        }
        var body = digits + remainder;
        var align = spec.Align == '\0' ? '>' : spec.Align;
        var length = sign.Length + prefix.Length + body.Length;
        var padding = spec.Width - length;
        if (padding <= 0)
        {
            return sign + prefix + body;
        }
        var fill = FillString(spec.Fill);
        var sb = new StringBuilder(spec.Width + 4);
        switch (align)
        {
            case '=':
                sb.Append(sign).Append(prefix);
                Repeat(sb, fill, padding);
                sb.Append(body);
                break;
            case '<':
                sb.Append(sign).Append(prefix).Append(body);
                Repeat(sb, fill, padding);
                break;
            case '^':
                Repeat(sb, fill, padding / 2);
                sb.Append(sign).Append(prefix).Append(body);
                Repeat(sb, fill, padding - (padding / 2));
                break;
            default:
                Repeat(sb, fill, padding);
                sb.Append(sign).Append(prefix).Append(body);
                break;
        }
        return sb.ToString();
    }

    /// <summary>
    /// Inserts separators every <paramref name="size"/> digits from the right; when zero padding is asked for, pads with
    /// zeros (which are grouped too) to at least <paramref name="minWidth"/> characters, never starting with a separator.
    /// </summary>
    public static string Group(string digits, char separator, int size, int minWidth)
    {
        var sb = new StringBuilder(digits.Length + (digits.Length / size) + 4);
        var remaining = digits.Length;
        while (true)
        {
            var take = Math.Min(size, Math.Max(Math.Max(remaining, minWidth), 1));
            var fromDigits = Math.Min(remaining, take);
            sb.Insert(0, digits.AsSpan(remaining - fromDigits, fromDigits));
            sb.Insert(0, "0", take - fromDigits);
            remaining -= fromDigits;
            minWidth -= take;
            if (remaining <= 0 && minWidth <= 0)
            {
                break;
            }
            sb.Insert(0, separator);
            minWidth--;
        }
        return sb.ToString();
    }

    /// <summary>Pads text of <paramref name="length"/> code points to the spec's width.</summary>
    public static string Pad(string text, int length, PyFormatSpec spec, char defaultAlign)
    {
        var padding = spec.Width - length;
        if (padding <= 0)
        {
            return text;
        }
        var fill = FillString(spec.Fill);
        var sb = new StringBuilder(text.Length + (padding * fill.Length));
        var align = spec.Align == '\0' ? defaultAlign : spec.Align;
        var left = align switch
        {
            '<' => 0,
            '^' => padding / 2,
            _ => padding,
        };
        Repeat(sb, fill, left);
        sb.Append(text);
        Repeat(sb, fill, padding - left);
        return sb.ToString();
    }

    /// <summary>Digits of a non-negative integer in base 2, 8, 10 or 16 (lower case).</summary>
    public static string ToRadix(BigInteger v, int radix)
    {
        if (v <= ulong.MaxValue)
        {
            return ToRadix((ulong)v, radix);
        }
        if (radix == 10)
        {
            return PyInt.Decimal(v);
        }
        var bitsPerDigit = radix == 2 ? 1 : radix == 8 ? 3 : 4;
        var chunkDigits = 60 / bitsPerDigit;
        var chunkBits = chunkDigits * bitsPerDigit;
        var mask = (BigInteger.One << chunkBits) - 1;
        var parts = new System.Collections.Generic.List<string>();
        while (!v.IsZero)
        {
            parts.Add(ToRadix((ulong)(v & mask), radix));
            v >>= chunkBits;
        }
        var sb = new StringBuilder(parts.Count * chunkDigits);
        sb.Append(parts[^1]);
        for (var i = parts.Count - 2; i >= 0; i--)
        {
            sb.Append('0', chunkDigits - parts[i].Length).Append(parts[i]);
        }
        return sb.ToString();
    }

    private static string ToRadix(ulong v, int radix)
    {
        if (radix == 10)
        {
            return v.ToString(CultureInfo.InvariantCulture);
        }
        if (v == 0)
        {
            return "0";
        }
        Span<char> buffer = stackalloc char[64];
        var pos = buffer.Length;
        var shift = radix == 2 ? 1 : radix == 8 ? 3 : 4;
        var mask = (ulong)radix - 1;
        while (v != 0)
        {
            buffer[--pos] = "0123456789abcdef"[(int)(v & mask)];
            v >>= shift;
        }
        return new string(buffer[pos..]);
    }

    private static string FillString(int fill) => fill < 0x10000 ? ((char)fill).ToString() : char.ConvertFromUtf32(fill);

    private static void Repeat(StringBuilder sb, string fill, int count)
    {
        for (var i = 0; i < count; i++)
        {
            sb.Append(fill);
        }
    }
}
