using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace PyNet.Runtime;

/// <summary>str's case mapping, classification, padding and translation methods.</summary>
public static partial class StrMembers
{
    // Full (one-to-many) case mappings from Unicode's SpecialCasing that .NET's simple mappings lack.
    private static readonly Dictionary<int, string> s_specialUpper = new()
    {
        [0x00DF] = "SS",
        [0x0149] = "\u02BCN",
        [0x01F0] = "J\u030C",
        [0x0390] = "\u0399\u0308\u0301",
        [0x03B0] = "\u03A5\u0308\u0301",
        [0x0587] = "\u0535\u0552",
        [0x1E96] = "H\u0331",
        [0x1E97] = "T\u0308",
        [0x1E98] = "W\u030A",
        [0x1E99] = "Y\u030A",
        [0x1E9A] = "A\u02BE",
        [0xFB00] = "FF",
        [0xFB01] = "FI",
        [0xFB02] = "FL",
        [0xFB03] = "FFI",
        [0xFB04] = "FFL",
        [0xFB05] = "ST",
        [0xFB06] = "ST",
        [0xFB13] = "\u0544\u0546",
        [0xFB14] = "\u0544\u0535",
        [0xFB15] = "\u0544\u053B",
        [0xFB16] = "\u054E\u0546",
        [0xFB17] = "\u0544\u053D",
    };

    private static readonly Dictionary<int, string> s_specialTitle = new()
    {
        [0x00DF] = "Ss",
        [0xFB00] = "Ff",
        [0xFB01] = "Fi",
        [0xFB02] = "Fl",
        [0xFB03] = "Ffi",
        [0xFB04] = "Ffl",
        [0xFB05] = "St",
        [0xFB06] = "St",
        [0x0587] = "\u0535\u0582",
        [0x01C4] = "\u01C5",
        [0x01C5] = "\u01C5",
        [0x01C6] = "\u01C5",
        [0x01C7] = "\u01C8",
        [0x01C8] = "\u01C8",
        [0x01C9] = "\u01C8",
        [0x01CA] = "\u01CB",
        [0x01CB] = "\u01CB",
        [0x01CC] = "\u01CB",
        [0x01F1] = "\u01F2",
        [0x01F2] = "\u01F2",
        [0x01F3] = "\u01F2",
    };

    private static readonly Dictionary<int, string> s_specialFold = new()
    {
        [0x00DF] = "ss",
        [0x1E9E] = "ss",
        [0xFB00] = "ff",
        [0xFB01] = "fi",
        [0xFB02] = "fl",
        [0xFB03] = "ffi",
        [0xFB04] = "ffl",
        [0xFB05] = "st",
        [0xFB06] = "st",
        [0x0149] = "\u02BCn",
        [0x03C2] = "\u03C3",
        [0x0130] = "i\u0307",
        [0x0587] = "\u0565\u0582",
    };

    private static void DefineCaseMethods(PyType t)
    {
        t.DefMethod("upper", self => MapCodePoints(Self(self), Upper));
        t.DefMethod("lower", self => Lower(Self(self)));
        t.DefMethod("casefold", self => MapCodePoints(Lower(Self(self)), cp => s_specialFold.TryGetValue(cp, out var f) ? f : null));
        t.DefMethod("swapcase", self => SwapCase(Self(self)));
        t.DefMethod("capitalize", self => Capitalize(Self(self)));
        t.DefMethod("title", self => Title(Self(self)));
        t.DefMethod("isupper", self => IsCased(Self(self), upper: true));
        t.DefMethod("islower", self => IsCased(Self(self), upper: false));
        t.DefMethod("istitle", self => IsTitle(Self(self)));
        t.DefMethod("isspace", self => All(Self(self), cp => cp < 0x10000 && IsSpace((char)cp)));
        t.DefMethod("isalpha", self => All(Self(self), IsAlpha));
        t.DefMethod("isalnum", self => All(Self(self), cp => IsAlpha(cp) || IsNumeric(cp)));
        t.DefMethod("isdecimal", self => All(Self(self), cp => CharUnicodeInfo.GetUnicodeCategory(cp) == UnicodeCategory.DecimalDigitNumber));
        t.DefMethod("isdigit", self => All(Self(self), IsDigit));
        t.DefMethod("isnumeric", self => All(Self(self), IsNumeric));
        t.DefMethod("isascii", self => Self(self).Value.AsSpan().IndexOfAnyExceptInRange('\0', '\x7f') < 0);
        t.DefMethod("isprintable", self => Self(self).Length == 0 || All(Self(self), PyStr.IsPrintable));
        t.DefMethod("isidentifier", self => IsIdentifier(Self(self)));
        t.DefMethodVar("center", (args, kw) => Pad("center", args, kw, 0));
        t.DefMethodVar("ljust", (args, kw) => Pad("ljust", args, kw, -1));
        t.DefMethodVar("rjust", (args, kw) => Pad("rjust", args, kw, 1));
        t.DefMethod("zfill", (self, width) => ZFill(Self(self), width));
        t.DefMethodVar("expandtabs", (args, kw) =>
        {
            var a = MethodArguments.Keywords("expandtabs", args, kw, s_expandtabsNames, 0, 1);
            var size = MethodArguments.IsGiven(a[0]) ? ClipIndex(a[0]) : 8;
            return ExpandTabs(Self(args[0]), size);
        });
        t.DefMethod("translate", (self, table) => Translate(Self(self), table));
        t.DefStatic("maketrans", (args, kw) =>
        {
            var a = MethodArguments.ClinicPositional("str.maketrans", "maketrans", args, kw, 1, 3, skip: 0);
            return MakeTrans(a[0], a[1], a[2]);
        });
    }

    private static string? Upper(int cp)
    {
        if (s_specialUpper.TryGetValue(cp, out var special))
        {
            return special;
        }
        return null;
    }

    /// <summary>Applies a full mapping (null means: use .NET's simple upper mapping for upper, identity otherwise).</summary>
    private static PyStr MapCodePoints(PyStr s, Func<int, string?> map)
    {
        var sb = new StringBuilder(s.Value.Length);
        var upper = map == Upper;
        foreach (var cp in s.CodePoints())
        {
            var m = map(cp);
            if (m != null)
            {
                sb.Append(m);
            }
            else if (upper)
            {
                AppendCodePoint(sb, ToUpper(cp));
            }
            else
            {
                AppendCodePoint(sb, cp);
            }
        }
        return new PyStr(sb.ToString());
    }

    private static int ToUpper(int cp) => cp < 0x10000 ? char.ToUpperInvariant((char)cp) : char.ConvertToUtf32(char.ConvertFromUtf32(cp).ToUpperInvariant(), 0);

    private static int ToLower(int cp) => cp < 0x10000 ? char.ToLowerInvariant((char)cp) : char.ConvertToUtf32(char.ConvertFromUtf32(cp).ToLowerInvariant(), 0);

    /// <summary>str.lower(), with İ's full mapping and Greek final sigma.</summary>
    private static PyStr Lower(PyStr s)
    {
        var cps = s.CodePoints();
        var sb = new StringBuilder(s.Value.Length);
        for (var i = 0; i < cps.Length; i++)
        {
            var cp = cps[i];
            if (cp == 0x0130)
            {
                sb.Append("i\u0307");
            }
            else if (cp == 0x03A3)
            {
                sb.Append(IsFinalSigma(cps, i) ? '\u03C2' : '\u03C3');
            }
            else
            {
                AppendCodePoint(sb, ToLower(cp));
            }
        }
        return new PyStr(sb.ToString());
    }

    /// <summary>Final sigma: preceded by a cased letter and not followed by one (skipping case-ignorable characters).</summary>
    private static bool IsFinalSigma(int[] cps, int i)
    {
        var j = i - 1;
        while (j >= 0 && IsCaseIgnorable(cps[j]))
        {
            j--;
        }
        if (j < 0 || !IsCasedLetter(cps[j]))
        {
            return false;
        }
        j = i + 1;
        while (j < cps.Length && IsCaseIgnorable(cps[j]))
        {
            j++;
        }
        return j >= cps.Length || !IsCasedLetter(cps[j]);
    }

    private static bool IsCaseIgnorable(int cp)
    {
        var cat = CharUnicodeInfo.GetUnicodeCategory(cp);
        return cat is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark or UnicodeCategory.Format
            or UnicodeCategory.ModifierLetter or UnicodeCategory.ModifierSymbol || cp is '\'' or '.' or ':' or '\u00B7' or '\u2019';
    }

    private static bool IsCasedLetter(int cp)
    {
        var cat = CharUnicodeInfo.GetUnicodeCategory(cp);
        return cat is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter;
    }

    private static PyStr SwapCase(PyStr s)
    {
        var cps = s.CodePoints();
        var sb = new StringBuilder(s.Value.Length);
        for (var i = 0; i < cps.Length; i++)
        {
            var cp = cps[i];
            var cat = CharUnicodeInfo.GetUnicodeCategory(cp);
            if (cat == UnicodeCategory.UppercaseLetter || cat == UnicodeCategory.TitlecaseLetter)
            {
                if (cp == 0x03A3)
                {
                    sb.Append(IsFinalSigma(cps, i) ? '\u03C2' : '\u03C3');
                }
                else if (cp == 0x0130)
                {
                    sb.Append("i\u0307");
                }
                else
                {
                    AppendCodePoint(sb, ToLower(cp));
                }
            }
            else if (cat == UnicodeCategory.LowercaseLetter)
            {
                if (s_specialUpper.TryGetValue(cp, out var special))
                {
                    sb.Append(special);
                }
                else
                {
                    AppendCodePoint(sb, ToUpper(cp));
                }
            }
            else
            {
                AppendCodePoint(sb, cp);
            }
        }
        return new PyStr(sb.ToString());
    }

    private static void AppendTitle(StringBuilder sb, int cp)
    {
        if (s_specialTitle.TryGetValue(cp, out var special))
        {
            sb.Append(special);
        }
        else if (s_specialUpper.TryGetValue(cp, out var upper))
        {
            sb.Append(upper);
        }
        else
        {
            AppendCodePoint(sb, ToUpper(cp));
        }
    }

    private static PyStr Capitalize(PyStr s)
    {
        var cps = s.CodePoints();
        var sb = new StringBuilder(s.Value.Length);
        for (var i = 0; i < cps.Length; i++)
        {
            if (i == 0)
            {
                AppendTitle(sb, cps[0]);
            }
            else if (cps[i] == 0x03A3)
            {
                sb.Append(IsFinalSigma(cps, i) ? '\u03C2' : '\u03C3');
            }
            else if (cps[i] == 0x0130)
            {
                sb.Append("i\u0307");
            }
            else
            {
                AppendCodePoint(sb, ToLower(cps[i]));
            }
        }
        return new PyStr(sb.ToString());
    }

    /// <summary>str.title(): a cased character after an uncased one starts a word.</summary>
    private static PyStr Title(PyStr s)
    {
        var cps = s.CodePoints();
        var sb = new StringBuilder(s.Value.Length);
        var previousCased = false;
        for (var i = 0; i < cps.Length; i++)
        {
            var cp = cps[i];
            var cased = IsCased(cp);
            if (previousCased)
            {
                if (cp == 0x03A3)
                {
                    sb.Append(IsFinalSigma(cps, i) ? '\u03C2' : '\u03C3');
                }
                else
                {
                    AppendCodePoint(sb, ToLower(cp));
                }
            }
            else
            {
                AppendTitle(sb, cp);
            }
            previousCased = cased;
        }
        return new PyStr(sb.ToString());
    }

    private static bool IsCased(int cp)
    {
        var cat = CharUnicodeInfo.GetUnicodeCategory(cp);
        return cat is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
            || (ToLower(cp) != cp) || (ToUpper(cp) != cp);
    }

    private static bool IsCased(PyStr s, bool upper)
    {
        var cased = false;
        foreach (var cp in s.CodePoints())
        {
            var cat = CharUnicodeInfo.GetUnicodeCategory(cp);
            var isUpper = cat is UnicodeCategory.UppercaseLetter or UnicodeCategory.TitlecaseLetter || (cat != UnicodeCategory.LowercaseLetter && ToLower(cp) != cp);
            var isLower = cat == UnicodeCategory.LowercaseLetter || (cat != UnicodeCategory.UppercaseLetter && cat != UnicodeCategory.TitlecaseLetter && ToUpper(cp) != cp);
            if (upper ? isLower : isUpper || cat == UnicodeCategory.TitlecaseLetter)
            {
                return false;
            }
            cased |= upper ? isUpper : isLower;
        }
        return cased;
    }

    private static bool IsTitle(PyStr s)
    {
        var cased = false;
        var previousCased = false;
        foreach (var cp in s.CodePoints())
        {
            var cat = CharUnicodeInfo.GetUnicodeCategory(cp);
            if (cat is UnicodeCategory.UppercaseLetter or UnicodeCategory.TitlecaseLetter)
            {
                if (previousCased)
                {
                    return false;
                }
                previousCased = true;
                cased = true;
            }
            else if (cat == UnicodeCategory.LowercaseLetter)
            {
                if (!previousCased)
                {
                    return false;
                }
                previousCased = true;
                cased = true;
            }
            else
            {
                previousCased = false;
            }
        }
        return cased;
    }

    private static bool All(PyStr s, Func<int, bool> predicate)
    {
        if (s.Value.Length == 0)
        {
            return false;
        }
        foreach (var cp in s.CodePoints())
        {
            if (!predicate(cp))
            {
                return false;
            }
        }
        return true;
    }

    private static bool IsAlpha(int cp) => CharUnicodeInfo.GetUnicodeCategory(cp) is UnicodeCategory.UppercaseLetter
        or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter or UnicodeCategory.ModifierLetter
        or UnicodeCategory.OtherLetter;

    private static bool IsDigit(int cp) => cp < 0x10000
        ? CharUnicodeInfo.GetDigitValue((char)cp) >= 0
        : CharUnicodeInfo.GetDigitValue(char.ConvertFromUtf32(cp), 0) >= 0;

    private static bool IsNumeric(int cp) => cp < 0x10000
        ? CharUnicodeInfo.GetNumericValue((char)cp) != -1
        : CharUnicodeInfo.GetNumericValue(char.ConvertFromUtf32(cp), 0) != -1;

    internal static bool IsIdentifier(PyStr s)
    {
        var cps = s.CodePoints();
        if (cps.Length == 0)
        {
            return false;
        }
        for (var i = 0; i < cps.Length; i++)
        {
            var cp = cps[i];
            var cat = CharUnicodeInfo.GetUnicodeCategory(cp);
            var start = cp == '_' || cat is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter
                or UnicodeCategory.TitlecaseLetter or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter
                or UnicodeCategory.LetterNumber;
            var cont = start || cat is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark
                or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.ConnectorPunctuation;
            if (i == 0 ? !start : !cont)
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>center/ljust/rjust(width, fillchar=' '); <paramref name="side"/>: 0 centre, -1 left, 1 right.</summary>
    private static object Pad(string name, object?[] args, PyStr[]? kw, int side)
    {
        var a = MethodArguments.ClinicPositional("str." + name, name, args, kw, 1, 2);
        var s = Self(args[0]);
        var width = ClipIndex(a[0]);
        var fill = " ";
        if (MethodArguments.IsGiven(a[1]))
        {
            if (a[1] is not PyStr f)
            {
                throw new PyException(PyErrors.FillCharMustBeUnicode(a[1]));
            }
            if (f.Length != 1)
            {
                throw new PyException(PyErrors.FillCharMustBeOneChar());
            }
            fill = f.Value;
        }
        var margin = width - s.Length;
        if (margin <= 0)
        {
            return s;
        }
        var left = side switch
        {
            0 => (margin / 2) + (margin & width & 1),
            -1 => 0,
            _ => margin,
        };
        var sb = new StringBuilder();
        for (var i = 0; i < left; i++)
        {
            sb.Append(fill);
        }
        sb.Append(s.Value);
        for (var i = left; i < margin; i++)
        {
            sb.Append(fill);
        }
        return new PyStr(sb.ToString());
    }

    private static PyStr ZFill(PyStr s, object? widthArg)
    {
        var width = ClipIndex(widthArg);
        var margin = width - s.Length;
        if (margin <= 0)
        {
            return s;
        }
        var v = s.Value;
        var sign = v.Length > 0 && v[0] is '+' or '-' ? 1 : 0;
        return new PyStr(v[..sign] + new string('0', (int)margin) + v[sign..]);
    }

    private static PyStr ExpandTabs(PyStr s, long tabSize)
    {
        var sb = new StringBuilder(s.Value.Length);
        long column = 0;
        foreach (var cp in s.CodePoints())
        {
            if (cp == '\t')
            {
                if (tabSize > 0)
                {
                    var spaces = tabSize - (column % tabSize);
                    sb.Append(' ', (int)spaces);
                    column += spaces;
                }
            }
            else
            {
                AppendCodePoint(sb, cp);
                column = cp is '\n' or '\r' ? 0 : column + 1;
            }
        }
        return new PyStr(sb.ToString());
    }

    /// <summary>str.translate(table): table[ord(c)] gives an int, a str, None (delete), or LookupError (keep).</summary>
    private static PyStr Translate(PyStr s, object? table)
    {
        var sb = new StringBuilder(s.Value.Length);
        var cache = new Dictionary<int, object?>();
        foreach (var cp in s.CodePoints())
        {
            if (!cache.TryGetValue(cp, out var mapped))
            {
                try
                {
                    mapped = PyProtocol.GetItem(table, PyInt.Box(cp));
                }
                catch (PyException e) when (e.Value.Type.IsSubtypeOf(PyExc.LookupError))
                {
                    mapped = PyInt.Box(cp);
                }
                cache[cp] = mapped;
            }
            switch (mapped)
            {
                case null:
                    break;
                case PyStr str:
                    sb.Append(str.Value);
                    break;
                case long or bool or System.Numerics.BigInteger:
                    var v = PyInt.ToBig(mapped);
                    if (v.Sign < 0 || v > 0x10FFFF)
                    {
                        throw new PyException(PyErrors.CharacterMappingRange());
                    }
                    AppendCodePoint(sb, (int)v);
                    break;
                default:
                    throw new PyException(PyErrors.CharacterMappingMustReturn());
            }
        }
        return new PyStr(sb.ToString());
    }

    private static PyDict MakeTrans(object? x, object? y, object? z)
    {
        var result = new PyDict();
        if (!MethodArguments.IsGiven(y))
        {
            if (x is not PyDict d)
            {
                throw new PyException(PyErrors.MaketransOneArgDict());
            }
            foreach (var key in Builtins.ToArray(d))
            {
                var value = d[key];
                switch (key)
                {
                    case PyStr ks when ks.Length == 1:
                        result[PyInt.Box(ks.CodePointAt(0))] = value;
                        break;
                    case PyStr:
                        throw new PyException(PyErrors.MaketransKeysLength());
                    case long or bool or System.Numerics.BigInteger:
                        result[IntMembers.AsInt(key)] = value;
                        break;
                    default:
                        throw new PyException(PyErrors.MaketransKeysType());
                }
            }
            return result;
        }
        var from = x as PyStr ?? throw new PyException(PyErrors.ArgumentMustBe("maketrans", 1, "str", x));
        var to = y as PyStr ?? throw new PyException(PyErrors.ArgumentMustBe("maketrans", 2, "str", y));
        if (from.Length != to.Length)
        {
            throw new PyException(PyErrors.MaketransEqualLength());
        }
        for (var i = 0; i < from.Length; i++)
        {
            result[PyInt.Box(from.CodePointAt(i))] = PyInt.Box(to.CodePointAt(i));
        }
        if (MethodArguments.IsGiven(z))
        {
            var delete = z as PyStr ?? throw new PyException(PyErrors.ArgumentMustBe("maketrans", 3, "str", z));
            for (var i = 0; i < delete.Length; i++)
            {
                result[PyInt.Box(delete.CodePointAt(i))] = null;
            }
        }
        return result;
    }
}
