using System.Collections.Generic;

namespace PyNet.Runtime;

/// <summary>
/// A parsed format specification: <c>[[fill]align][sign][z][#][0][width][grouping][.precision][type]</c>, parsed as
/// CPython's <c>parse_internal_render_format_spec</c> does (the default alignment decides what a leading '0' means).
/// </summary>
public readonly struct PyFormatSpec
{
    public PyFormatSpec(int fill, char align, char sign, bool noNegativeZero, bool alternate, int width, char grouping, int precision, int type)
    {
        Fill = fill;
        Align = align;
        Sign = sign;
        NoNegativeZero = noNegativeZero;
        Alternate = alternate;
        Width = width;
        Grouping = grouping;
        Precision = precision;
        Type = type;
    }

    /// <summary>The fill code point (space when not given).</summary>
    public int Fill { get; }

    /// <summary>One of &lt; &gt; ^ =, or '\0' when not given.</summary>
    public char Align { get; }

    /// <summary>One of + - space, or '\0' when not given.</summary>
    public char Sign { get; }

    public bool NoNegativeZero { get; }

    public bool Alternate { get; }

    /// <summary>The minimum width in code points, or -1.</summary>
    public int Width { get; }

    /// <summary>',' or '_' (or '\0'); for b/o/x/X with '_' the group size is four.</summary>
    public char Grouping { get; }

    /// <summary>The precision, or -1.</summary>
    public int Precision { get; }

    /// <summary>The presentation type code point, or 0 when not given.</summary>
    public int Type { get; }

    public PyFormatSpec WithType(int type) =>
        new(Fill, Align, Sign, NoNegativeZero, Alternate, Width, Grouping, Precision, type);

    public static bool IsAlign(int c) => c is '<' or '>' or '=' or '^';

    /// <summary>
    /// Parses a spec for a value of type <paramref name="typeName"/> whose default alignment is
    /// <paramref name="defaultAlign"/> and whose presentation type, when none is given, is <paramref name="defaultType"/>.
    /// </summary>
    public static PyFormatSpec Parse(string spec, string typeName, char defaultAlign, int defaultType = 0)
    {
        var cps = ToCodePoints(spec);
        var end = cps.Count;
        var pos = 0;
        var fill = (int)' ';
        var align = '\0';
        var fillGiven = false;
        if (end - pos >= 2 && IsAlign(cps[pos + 1]))
        {
            fill = cps[pos];
            align = (char)cps[pos + 1];
            fillGiven = true;
            pos += 2;
        }
        else if (end - pos >= 1 && IsAlign(cps[pos]))
        {
            align = (char)cps[pos];
            pos++;
        }
        var sign = '\0';
        if (pos < end && cps[pos] is '+' or '-' or ' ')
        {
            sign = (char)cps[pos++];
        }
        var noNegZero = false;
        if (pos < end && cps[pos] == 'z')
        {
            noNegZero = true;
            pos++;
        }
        var alternate = false;
        if (pos < end && cps[pos] == '#')
        {
            alternate = true;
            pos++;
        }
        if (!fillGiven && pos < end && cps[pos] == '0')
        {
            fill = '0';
            if (align == '\0' && defaultAlign == '>')
            {
                align = '=';
            }
            pos++;
        }
        var width = ReadInteger(cps, ref pos);
        var grouping = '\0';
        if (pos < end && cps[pos] == ',')
        {
            grouping = ',';
            pos++;
        }
        if (pos < end && cps[pos] == '_')
        {
            if (grouping != '\0')
            {
                throw new PyException(PyErrors.BothSeparators());
            }
            grouping = '_';
            pos++;
        }
        if (pos < end && cps[pos] == ',' && grouping == '_')
        {
            throw new PyException(PyErrors.BothSeparators());
        }
        var precision = -1;
        if (pos < end && cps[pos] == '.')
        {
            pos++;
            precision = ReadInteger(cps, ref pos);
            if (precision < 0)
            {
                throw new PyException(PyErrors.FormatMissingPrecision());
            }
        }
        if (end - pos > 1)
        {
            throw new PyException(PyErrors.InvalidFormatSpecifier(spec, typeName));
        }
        var type = end - pos == 1 ? cps[pos] : defaultType;
        if (grouping != '\0')
        {
            switch (type)
            {
                case 'd' or 'e' or 'f' or 'g' or 'E' or 'G' or '%' or 'F' or 0:
                    break;
                case 'b' or 'o' or 'x' or 'X' when grouping == '_':
                    break;
                default:
                    throw new PyException(PyErrors.CannotSpecifySeparator(grouping, type));
            }
        }
        return new PyFormatSpec(fill, align, sign, noNegZero, alternate, width, grouping, precision, type);
    }

    /// <summary>Reads decimal digits; -1 when there are none.</summary>
    private static int ReadInteger(List<int> cps, ref int pos)
    {
        long value = -1;
        while (pos < cps.Count && cps[pos] is >= '0' and <= '9')
        {
            value = (value < 0 ? 0 : value * 10) + (cps[pos] - '0');
            if (value > int.MaxValue)
            {
                throw new PyException(PyErrors.TooManyDecimalDigits());
            }
            pos++;
        }
        return (int)value;
    }

    internal static List<int> ToCodePoints(string s)
    {
        var list = new List<int>(s.Length);
        for (var i = 0; i < s.Length; i++)
        {
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                list.Add(char.ConvertToUtf32(s[i], s[i + 1]));
                i++;
            }
            else
            {
                list.Add(s[i]);
            }
        }
        return list;
    }
}
