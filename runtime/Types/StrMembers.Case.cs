using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace PyNet.Runtime;

/// <summary>str's case mapping, classification, padding and translation methods.</summary>
public static partial class StrMembers
{
    private static void DefineCaseMethods(PyType t)
    {
        t.DefMethod("upper", self => IsAscii(Self(self)) ? AsciiCase(Self(self), upper: true) : Map(Self(self), UnicodeTypes.AppendUpper));
        t.DefMethod("lower", self => IsAscii(Self(self)) ? AsciiCase(Self(self), upper: false) : Lower(Self(self)));
        t.DefMethod("casefold", self => Map(Self(self), UnicodeTypes.AppendFold));
        t.DefMethod("swapcase", self => SwapCase(Self(self)));
        t.DefMethod("capitalize", self => Capitalize(Self(self)));
        t.DefMethod("title", self => Title(Self(self)));
        t.DefMethod("isupper", self => PyOps.Bool(IsCased(Self(self), upper: true)));
        t.DefMethod("islower", self => PyOps.Bool(IsCased(Self(self), upper: false)));
        t.DefMethod("istitle", self => PyOps.Bool(IsTitle(Self(self))));
        t.DefMethod("isspace", self => PyOps.Bool(All(Self(self), UnicodeTypes.IsSpace)));
        t.DefMethod("isalpha", self => PyOps.Bool(All(Self(self), UnicodeTypes.IsAlpha)));
        t.DefMethod("isalnum", self => PyOps.Bool(All(Self(self), cp => UnicodeTypes.IsAlpha(cp) || UnicodeTypes.IsNumeric(cp))));
        t.DefMethod("isdecimal", self => PyOps.Bool(All(Self(self), UnicodeTypes.IsDecimal)));
        t.DefMethod("isdigit", self => PyOps.Bool(All(Self(self), UnicodeTypes.IsDigit)));
        t.DefMethod("isnumeric", self => PyOps.Bool(All(Self(self), UnicodeTypes.IsNumeric)));
        t.DefMethod("isascii", self => PyOps.Bool(Ascii.IsValid(Self(self).Value)));
        t.DefMethod("isprintable", self => PyOps.Bool(Self(self).Length == 0 || All(Self(self), UnicodeTypes.IsPrintable)));
        t.DefMethod("isidentifier", self => PyOps.Bool(IsIdentifier(Self(self))));
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

    /// <summary>
    /// The result of a method that made <paramref name="text"/> from <paramref name="s"/>: an exact str whose text
    /// came back unchanged (the same .NET string) is returned itself, as CPython's strip and replace do (str is
    /// immutable, so only <c>is</c> can tell); a subclass instance gives an exact str.
    /// </summary>
    private static PyStr Unchanged(PyStr s, string text) => ReferenceEquals(text, s.Value) && s.IsExact ? s : new PyStr(text);

    // SearchValues rather than IndexOfAnyInRange<char>, which allocated in the ReadyToRun build (see PyStr.s_highSurrogates).
    private static readonly System.Buffers.SearchValues<char> s_asciiUpperLetters = System.Buffers.SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZ");
    private static readonly System.Buffers.SearchValues<char> s_asciiLowerLetters = System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyz");

    /// <summary>
    /// upper() or lower() of ASCII text: the str itself when no letter changes, a short result mapped on the stack
    /// and shared as a piece (<see cref="PyStr.FromPiece(ReadOnlySpan{char})"/>: lower-cased words are made again and
    /// again), a long one mapped by .NET.
    /// </summary>
    private static PyStr AsciiCase(PyStr s, bool upper)
    {
        var v = s.Value.AsSpan();
        if (v.IndexOfAny(upper ? s_asciiLowerLetters : s_asciiUpperLetters) < 0)
        {
            return s.IsExact ? s : s.ExactCopy();
        }
        if (v.Length > 64)
        {
            return new PyStr(upper ? s.Value.ToUpperInvariant() : s.Value.ToLowerInvariant());
        }
        Span<char> mapped = stackalloc char[v.Length];
        _ = upper ? Ascii.ToUpper(v, mapped, out _) : Ascii.ToLower(v, mapped, out _);
        return PyStr.FromPiece(mapped);
    }

    /// <summary>ASCII text (checked vectorised) maps case exactly as .NET's invariant mapping does.</summary>
    private static bool IsAscii(PyStr s) => System.Text.Ascii.IsValid(s.Value);

    /// <summary>upper() and casefold(): one full mapping applied to every code point.</summary>
    private static PyStr Map(PyStr s, Action<PyStr.Builder, int> append)
    {
        var sb = new PyStr.Builder(s.Value.Length);
        foreach (var cp in s.CodePoints())
        {
            append(sb, cp);
        }
        return sb.ToPyStr();
    }

    /// <summary>The full lower mapping of the code point at i, with CPython's final-sigma rule for capital sigma.</summary>
    private static void AppendLower(PyStr.Builder sb, int[] cps, int i)
    {
        if (cps[i] == 0x03A3)
        {
            sb.Append(IsFinalSigma(cps, i) ? '\u03C2' : '\u03C3');
        }
        else
        {
            UnicodeTypes.AppendLower(sb, cps[i]);
        }
    }

    private static PyStr Lower(PyStr s)
    {
        var cps = s.CodePoints();
        var sb = new PyStr.Builder(s.Value.Length);
        for (var i = 0; i < cps.Length; i++)
        {
            AppendLower(sb, cps, i);
        }
        return sb.ToPyStr();
    }

    /// <summary>Final sigma (CPython's handle_capital_sigma): preceded by a cased character and not followed by one,
    /// skipping case-ignorable characters both ways.</summary>
    private static bool IsFinalSigma(int[] cps, int i)
    {
        var j = i - 1;
        while (j >= 0 && UnicodeTypes.IsCaseIgnorable(cps[j]))
        {
            j--;
        }
        if (j < 0 || !UnicodeTypes.IsCased(cps[j]))
        {
            return false;
        }
        j = i + 1;
        while (j < cps.Length && UnicodeTypes.IsCaseIgnorable(cps[j]))
        {
            j++;
        }
        return j >= cps.Length || !UnicodeTypes.IsCased(cps[j]);
    }

    private static PyStr SwapCase(PyStr s)
    {
        var cps = s.CodePoints();
        var sb = new PyStr.Builder(s.Value.Length);
        for (var i = 0; i < cps.Length; i++)
        {
            var cp = cps[i];
            if (UnicodeTypes.IsUpper(cp))
            {
                AppendLower(sb, cps, i);
            }
            else if (UnicodeTypes.IsLower(cp))
            {
                UnicodeTypes.AppendUpper(sb, cp);
            }
            else
            {
                sb.AppendCodePoint(cp);
            }
        }
        return sb.ToPyStr();
    }

    private static PyStr Capitalize(PyStr s)
    {
        if (IsAscii(s))
        {
            // ASCII title case is upper case: one string, no builder.
            return s.Value.Length == 0 ? PyStr.Empty : new PyStr(string.Create(s.Value.Length, s.Value, static (chars, v) =>
            {
                chars[0] = char.ToUpperInvariant(v[0]);
                for (var i = 1; i < chars.Length; i++)
                {
                    chars[i] = char.ToLowerInvariant(v[i]);
                }
            }));
        }
        var cps = s.CodePoints();
        var sb = new PyStr.Builder(s.Value.Length);
        for (var i = 0; i < cps.Length; i++)
        {
            if (i == 0)
            {
                UnicodeTypes.AppendTitle(sb, cps[0]);
            }
            else
            {
                AppendLower(sb, cps, i);
            }
        }
        return sb.ToPyStr();
    }

    /// <summary>str.title(): a character after a cased one is lowered, any other is title-cased.</summary>
    private static PyStr Title(PyStr s)
    {
        var cps = s.CodePoints();
        var sb = new PyStr.Builder(s.Value.Length);
        var previousCased = false;
        for (var i = 0; i < cps.Length; i++)
        {
            var cp = cps[i];
            if (previousCased)
            {
                AppendLower(sb, cps, i);
            }
            else
            {
                UnicodeTypes.AppendTitle(sb, cp);
            }
            previousCased = UnicodeTypes.IsCased(cp);
        }
        return sb.ToPyStr();
    }

    /// <summary>isupper/islower: no character of the opposite case or titlecase, and at least one of the asked case.</summary>
    private static bool IsCased(PyStr s, bool upper)
    {
        var cased = false;
        foreach (var c in s.Value)
        {
            if (c >= 0x80)
            {
                return upper ? IsCased(s, UnicodeTypes.IsUpper, UnicodeTypes.IsLower) : IsCased(s, UnicodeTypes.IsLower, UnicodeTypes.IsUpper);
            }
            if (c is >= 'a' and <= 'z')
            {
                if (upper)
                {
                    return false;
                }
                cased = true;
            }
            else if (c is >= 'A' and <= 'Z')
            {
                if (!upper)
                {
                    return false;
                }
                cased = true;
            }
        }
        return cased;
    }

    private static bool IsCased(PyStr s, Func<int, bool> isCase, Func<int, bool> isOpposite)
    {
        var cased = false;
        foreach (var cp in s.CodePoints())
        {
            if (isOpposite(cp) || UnicodeTypes.IsTitle(cp))
            {
                return false;
            }
            cased |= isCase(cp);
        }
        return cased;
    }

    private static bool IsTitle(PyStr s)
    {
        var cased = false;
        var previousCased = false;
        foreach (var cp in s.CodePoints())
        {
            if (UnicodeTypes.IsUpper(cp) || UnicodeTypes.IsTitle(cp))
            {
                if (previousCased)
                {
                    return false;
                }
                previousCased = true;
                cased = true;
            }
            else if (UnicodeTypes.IsLower(cp))
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
        if (s.IsBmp)
        {
            // Each char is a code point: no code point array.
            foreach (var c in s.Value)
            {
                if (!predicate(c))
                {
                    return false;
                }
            }
            return true;
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

    internal static bool IsIdentifier(PyStr s)
    {
        var cps = s.CodePoints();
        if (cps.Length == 0 || !(cps[0] == '_' || UnicodeTypes.IsXidStart(cps[0])))
        {
            return false;
        }
        for (var i = 1; i < cps.Length; i++)
        {
            if (!UnicodeTypes.IsXidContinue(cps[i]))
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
        var sb = new PyStr.Builder(s.Value.Length);
        long column = 0;
        foreach (var cp in s.CodePoints())
        {
            if (cp == '\t')
            {
                if (tabSize > 0)
                {
                    var spaces = tabSize - (column % tabSize);
                    sb.Append(new string(' ', (int)spaces));
                    column += spaces;
                }
            }
            else
            {
                sb.AppendCodePoint(cp);
                column = cp is '\n' or '\r' ? 0 : column + 1;
            }
        }
        return sb.ToPyStr();
    }

    /// <summary>str.translate(table): table[ord(c)] gives an int, a str, None (delete), or LookupError (keep).</summary>
    private static PyStr Translate(PyStr s, object? table)
    {
        var sb = new PyStr.Builder(s.Value.Length);
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
                    sb.Append(str);
                    break;
                case long or bool or System.Numerics.BigInteger:
                    var v = PyInt.ToBig(mapped);
                    if (v.Sign < 0 || v > 0x10FFFF)
                    {
                        throw new PyException(PyErrors.CharacterMappingRange());
                    }
                    sb.AppendCodePoint((int)v);
                    break;
                default:
                    throw new PyException(PyErrors.CharacterMappingMustReturn());
            }
        }
        return sb.ToPyStr();
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
