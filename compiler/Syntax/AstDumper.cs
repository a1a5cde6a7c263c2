using System;
using System.Collections;
using System.Globalization;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Text;
using PyNet.Compiler.Syntax.Unicode;
using PyNet.Runtime;

namespace PyNet.Compiler.Syntax;

/// <summary>
/// Formats a tree exactly as CPython 3.11's <c>ast.dump(node, include_attributes=...)</c> does (no indent): fields
/// in order, optional fields left out when None, constants shown with Python's repr.
/// </summary>
public static class AstDumper
{
    public static string Dump(Node node, bool includeAttributes)
    {
        var sb = new StringBuilder(1024);
        DumpNode(sb, node, includeAttributes);
        return sb.ToString();
    }

    private static void DumpNode(StringBuilder sb, Node node, bool includeAttributes)
    {
        RuntimeHelpers.EnsureSufficientExecutionStack();
        sb.Append(node.PythonName).Append('(');
        var first = true;
        for (var i = 0; i < node.FieldCount; i++)
        {
            var value = node.FieldValue(i);
            // Only Constant.value and MatchSingleton.value are required fields that may hold None.
            if (value == null && !(i == 0 && node is Constant or MatchSingleton))
            {
                continue;
            }
            if (!first)
            {
                sb.Append(", ");
            }
            first = false;
            sb.Append(node.FieldName(i)).Append('=');
            DumpValue(sb, value, includeAttributes);
        }
        if (includeAttributes && node.HasLocation)
        {
            if (!first)
            {
                sb.Append(", ");
            }
            sb.Append("lineno=").Append(node.Lineno)
                .Append(", col_offset=").Append(node.ColOffset)
                .Append(", end_lineno=").Append(node.EndLineno)
                .Append(", end_col_offset=").Append(node.EndColOffset);
        }
        sb.Append(')');
    }

    private static void DumpValue(StringBuilder sb, object? value, bool includeAttributes)
    {
        switch (value)
        {
            case Node child:
                DumpNode(sb, child, includeAttributes);
                break;
            case string s:
                sb.Append(PyStr.Repr(s));
                break;
            case PyStr s:
                sb.Append(PyStr.Repr(s));
                break;
            case byte[] bytes:
                AppendBytesRepr(sb, bytes);
                break;
            case IList list:
                sb.Append('[');
                for (var i = 0; i < list.Count; i++)
                {
                    if (i > 0)
                    {
                        sb.Append(", ");
                    }
                    DumpValue(sb, list[i], includeAttributes);
                }
                sb.Append(']');
                break;
            case Enum e:
                sb.Append(e.ToString()).Append("()");
                break;
            default:
                AppendRepr(sb, value);
                break;
        }
    }

    /// <summary>Python's repr() of a constant value.</summary>
    public static string Repr(object? value)
    {
        var sb = new StringBuilder();
        AppendRepr(sb, value);
        return sb.ToString();
    }

    private static void AppendRepr(StringBuilder sb, object? value)
    {
        switch (value)
        {
            case null:
                sb.Append("None");
                break;
            case bool b:
                sb.Append(b ? "True" : "False");
                break;
            case int i:
                sb.Append(i.ToString(CultureInfo.InvariantCulture));
                break;
            case long l:
                sb.Append(l.ToString(CultureInfo.InvariantCulture));
                break;
            case BigInteger big:
                sb.Append(big.ToString(CultureInfo.InvariantCulture));
                break;
            case double d:
                sb.Append(FloatRepr(d, addDotZero: true));
                break;
            case Complex c:
                AppendComplexRepr(sb, c);
                break;
            case string s:
                sb.Append(PyStr.Repr(s));
                break;
            case PyStr s:
                sb.Append(PyStr.Repr(s));
                break;
            case byte[] bytes:
                AppendBytesRepr(sb, bytes);
                break;
            case EllipsisConstant:
                sb.Append("Ellipsis");
                break;
            default:
                sb.Append(value);
                break;
        }
    }

    private static void AppendComplexRepr(StringBuilder sb, Complex c)
    {
        if (c.Real == 0 && !double.IsNegative(c.Real))
        {
            sb.Append(FloatRepr(c.Imaginary, addDotZero: false)).Append('j');
            return;
        }
        sb.Append('(').Append(FloatRepr(c.Real, addDotZero: false));
        var imag = FloatRepr(c.Imaginary, addDotZero: false);
        if (imag[0] != '-')
        {
            sb.Append('+');
        }
        sb.Append(imag).Append("j)");
    }

    /// <summary>
    /// float.__repr__: the shortest digits that round-trip, in fixed notation when the decimal exponent is in
    /// [-4, 16), else as d.ddde+XX.
    /// </summary>
    public static string FloatRepr(double value, bool addDotZero)
    {
        if (double.IsNaN(value))
        {
            return "nan";
        }
        if (double.IsInfinity(value))
        {
            return value > 0 ? "inf" : "-inf";
        }
        var shortest = value.ToString("R", CultureInfo.InvariantCulture);
        var negative = shortest.StartsWith('-');
        if (negative)
        {
            shortest = shortest[1..];
        }
        // Split the shortest form into its significant digits and decimal point position.
        var exponent = 0;
        var ePos = shortest.IndexOfAny(['E', 'e']);
        var mantissa = shortest;
        if (ePos >= 0)
        {
            exponent = int.Parse(shortest.AsSpan(ePos + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
            mantissa = shortest[..ePos];
        }
        var dot = mantissa.IndexOf('.');
        string digits;
        int pointPos;
        if (dot >= 0)
        {
            digits = mantissa[..dot] + mantissa[(dot + 1)..];
            pointPos = dot;
        }
        else
        {
            digits = mantissa;
            pointPos = mantissa.Length;
        }
        var leading = 0;
        while (leading < digits.Length - 1 && digits[leading] == '0')
        {
            leading++;
        }
        digits = digits[leading..];
        pointPos -= leading;
        digits = digits.TrimEnd('0');
        if (digits.Length == 0)
        {
            digits = "0";
            pointPos = 1;
        }
        var decpt = pointPos + exponent;
        var sb = new StringBuilder();
        if (negative)
        {
            sb.Append('-');
        }
        if (digits == "0")
        {
            sb.Append('0');
            if (addDotZero)
            {
                sb.Append(".0");
            }
            return sb.ToString();
        }
        if (decpt <= -4 || decpt > 16)
        {
            sb.Append(digits[0]);
            if (digits.Length > 1)
            {
                sb.Append('.').Append(digits, 1, digits.Length - 1);
            }
            var exp = decpt - 1;
            sb.Append('e').Append(exp < 0 ? '-' : '+');
            exp = Math.Abs(exp);
            if (exp < 10)
            {
                sb.Append('0');
            }
            sb.Append(exp.ToString(CultureInfo.InvariantCulture));
            return sb.ToString();
        }
        if (decpt <= 0)
        {
            sb.Append("0.").Append('0', -decpt).Append(digits);
        }
        else if (decpt >= digits.Length)
        {
            sb.Append(digits).Append('0', decpt - digits.Length);
            if (addDotZero)
            {
                sb.Append(".0");
            }
        }
        else
        {
            sb.Append(digits, 0, decpt).Append('.').Append(digits, decpt, digits.Length - decpt);
        }
        return sb.ToString();
    }

    private static void AppendBytesRepr(StringBuilder sb, byte[] bytes)
    {
        var hasSingle = Array.IndexOf(bytes, (byte)'\'') >= 0;
        var hasDouble = Array.IndexOf(bytes, (byte)'"') >= 0;
        var quote = hasSingle && !hasDouble ? '"' : '\'';
        sb.Append('b').Append(quote);
        foreach (var b in bytes)
        {
            if (b == quote || b == '\\')
            {
                sb.Append('\\').Append((char)b);
            }
            else if (b == '\t')
            {
                sb.Append("\\t");
            }
            else if (b == '\n')
            {
                sb.Append("\\n");
            }
            else if (b == '\r')
            {
                sb.Append("\\r");
            }
            else if (b < 0x20 || b >= 0x7f)
            {
                sb.Append("\\x").Append(b.ToString("x2", CultureInfo.InvariantCulture));
            }
            else
            {
                sb.Append((char)b);
            }
        }
        sb.Append(quote);
    }
}
