using System;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace PyNet.Runtime;

/// <summary>
/// Rewrites a Python regular expression (already validated by re._parser) into .NET syntax: named groups become
/// plain groups (so .NET numbers them as Python does; names are kept by the Pattern's groupindex), named
/// back-references and conditionals become numbered ones, \Z becomes \z, {,n} becomes {0,n}, \U escapes become
/// surrogate pairs, verbose-mode comments are dropped, the inline flags .NET lacks (a, u, L) are removed, and under
/// ASCII (always for bytes) \w \d \s \b and their negations become ASCII classes.
/// </summary>
public static class SreTranslator
{
    public const int IgnoreCase = 2;
    public const int Multiline = 8;
    public const int DotAll = 16;
    public const int Verbose = 64;
    public const int Ascii = 256;

    public static RegexOptions Options(int flags) =>
        RegexOptions.CultureInvariant
        | ((flags & IgnoreCase) != 0 ? RegexOptions.IgnoreCase : 0)
        | ((flags & Multiline) != 0 ? RegexOptions.Multiline : 0)
        | ((flags & DotAll) != 0 ? RegexOptions.Singleline : 0)
        | ((flags & Verbose) != 0 ? RegexOptions.IgnorePatternWhitespace : 0);

    public static string Translate(string pattern, int flags, Func<string, int> groupNumber)
    {
        var ascii = (flags & Ascii) != 0;
        var verbose = (flags & Verbose) != 0;
        var sb = new StringBuilder(pattern.Length + 16);
        var inClass = false;
        var i = 0;
        while (i < pattern.Length)
        {
            var c = pattern[i];
            if (c == '\\' && i + 1 < pattern.Length)
            {
                i = Escape(pattern, i, sb, ascii, inClass);
                continue;
            }
            if (inClass)
            {
                if (c == ']')
                {
                    inClass = false;
                }
                sb.Append(c == '[' ? "\\[" : c.ToString());
                i++;
                continue;
            }
            switch (c)
            {
                case '[':
                    inClass = true;
                    sb.Append('[');
                    i++;
                    if (i < pattern.Length && pattern[i] == '^')
                    {
                        sb.Append('^');
                        i++;
                    }
                    if (i < pattern.Length && pattern[i] == ']')
                    {
                        sb.Append("\\]");
                        i++;
                    }
                    continue;
                case '#' when verbose:
                    while (i < pattern.Length && pattern[i] != '\n')
                    {
                        i++;
                    }
                    continue;
                case '{' when i + 1 < pattern.Length && pattern[i + 1] == ',':
                    sb.Append("{0");
                    i++;
                    continue;
                case '(' when i + 2 < pattern.Length && pattern[i + 1] == '?':
                    i = Group(pattern, i, sb, groupNumber);
                    continue;
                default:
                    sb.Append(c);
                    i++;
                    continue;
            }
        }
        return sb.ToString();
    }

    private static int Group(string pattern, int i, StringBuilder sb, Func<string, int> groupNumber)
    {
        var rest = pattern.AsSpan(i + 2);
        if (rest.StartsWith("P<"))
        {
            var close = pattern.IndexOf('>', i);
            sb.Append('(');
            return close + 1;
        }
        if (rest.StartsWith("P="))
        {
            var close = pattern.IndexOf(')', i);
            sb.Append("\\k<").Append(groupNumber(pattern[(i + 4)..close]).ToString(CultureInfo.InvariantCulture)).Append('>');
            return close + 1;
        }
        if (rest.StartsWith("("))
        {
            var close = pattern.IndexOf(')', i + 3);
            var name = pattern[(i + 3)..close];
            var number = int.TryParse(name, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : groupNumber(name);
            sb.Append("(?(").Append(number.ToString(CultureInfo.InvariantCulture)).Append(')');
            return close + 1;
        }
        // Inline flags: (?aiLmsux), (?flags:...), (?flags-flags:...).
        var j = i + 2;
        while (j < pattern.Length && "aiLmsux-".Contains(pattern[j]))
        {
            j++;
        }
        if (j == i + 2 || j >= pattern.Length || (pattern[j] != ')' && pattern[j] != ':'))
        {
            sb.Append("(?");
            return i + 2;
        }
        var kept = new StringBuilder();
        foreach (var f in pattern.AsSpan(i + 2, j - i - 2))
        {
            if (f is not ('a' or 'u' or 'L'))
            {
                kept.Append(f);
            }
        }
        var letters = kept.ToString().TrimEnd('-');
        if (pattern[j] == ')')
        {
            // Global flags: they arrive in the flags argument too.
            return j + 1;
        }
        sb.Append("(?").Append(letters).Append(':');
        return j + 1;
    }

    private static int Escape(string pattern, int i, StringBuilder sb, bool ascii, bool inClass)
    {
        var c = pattern[i + 1];
        string? ascii2 = !ascii ? null : c switch
        {
            'w' => inClass ? "a-zA-Z0-9_" : "[a-zA-Z0-9_]",
            'd' => inClass ? "0-9" : "[0-9]",
            's' => inClass ? " \\t\\n\\r\\f\\v" : "[ \\t\\n\\r\\f\\v]",
            'W' when !inClass => "[^a-zA-Z0-9_]",
            'D' when !inClass => "[^0-9]",
            'S' when !inClass => "[^ \\t\\n\\r\\f\\v]",
            'b' when !inClass => "(?:(?<=[a-zA-Z0-9_])(?![a-zA-Z0-9_])|(?<![a-zA-Z0-9_])(?=[a-zA-Z0-9_]))",
            'B' when !inClass => "(?:(?<=[a-zA-Z0-9_])(?=[a-zA-Z0-9_])|(?<![a-zA-Z0-9_])(?![a-zA-Z0-9_]))",
            _ => null,
        };
        if (ascii2 != null)
        {
            sb.Append(ascii2);
            return i + 2;
        }
        switch (c)
        {
            case 'Z' when !inClass:
                sb.Append("\\z");
                return i + 2;
            case 'U' when i + 10 <= pattern.Length:
                var cp = int.Parse(pattern.AsSpan(i + 2, 8), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
                foreach (var unit in char.ConvertFromUtf32(cp))
                {
                    sb.Append("\\u").Append(((int)unit).ToString("x4", CultureInfo.InvariantCulture));
                }
                return i + 10;
            case 'b' when inClass:
                sb.Append("\\x08");
                return i + 2;
            default:
                sb.Append('\\').Append(c);
                return i + 2;
        }
    }
}
