using System;
using System.Collections.Generic;
using System.Security.Cryptography;
using System.Text;

namespace PyNet.Runtime.Tests.Text;

using static Py;

/// <summary>The generated character table against CPython 3.11's own str methods, for every code point.</summary>
public class UnicodeTypesTests
{
    private const int BlockSize = 0x1000;

    /// <summary>
    /// Per block of 4096 code points, an MD5 over each code point's predicates (isalpha ... XID_Continue, Cased and
    /// Case_Ignorable as the final-sigma rule reveals them) and full case mappings; python3 computes the same digests
    /// from the str methods themselves.
    /// </summary>
    [Fact]
    public void EveryCodePointHasCPythonsPropertiesAndMappings()
    {
        const string Script = """
            import hashlib
            for start in range(0, 0x110000, 0x1000):
                parts = []
                for cp in range(start, start + 0x1000):
                    c = chr(cp)
                    cased = c.islower() or c.isupper() or c.istitle() and not c.isupper()
                    ignorable = ("A\u03a3" + c).lower()[1] == "\u03c2" if cased else ("A" + c + "\u03a3").lower()[-1] == "\u03c2"
                    flags = [c.isalpha(), c.isdecimal(), c.isdigit(), c.isnumeric(), c.islower(), c.isupper(), c.isspace(),
                             c.isprintable(), c.isidentifier(), ("a" + c).isidentifier(), cased, ignorable]
                    parts.append("".join("1" if f else "0" for f in flags))
                    parts.append("|".join((c.upper(), c.lower(), c.title(), c.casefold())))
                print(hashlib.md5("\n".join(parts).encode("utf-8", "surrogatepass")).hexdigest())
            """;
        var expected = PythonOracle.Run(Script).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var mismatches = new List<string>();
        for (var block = 0; block < 0x110000 / BlockSize; block++)
        {
            var parts = new List<string>();
            for (var cp = block * BlockSize; cp < (block + 1) * BlockSize; cp++)
            {
                bool[] flags =
                {
                    UnicodeTypes.IsAlpha(cp), UnicodeTypes.IsDecimal(cp), UnicodeTypes.IsDigit(cp), UnicodeTypes.IsNumeric(cp),
                    UnicodeTypes.IsLower(cp), UnicodeTypes.IsUpper(cp), UnicodeTypes.IsSpace(cp), UnicodeTypes.IsPrintable(cp),
                    UnicodeTypes.IsXidStart(cp) || cp == '_', UnicodeTypes.IsXidContinue(cp), UnicodeTypes.IsCased(cp),
                    UnicodeTypes.IsCaseIgnorable(cp),
                };
                parts.Add(string.Concat(Array.ConvertAll(flags, f => f ? "1" : "0")));
                parts.Add(string.Join("|", Mapped(cp, UnicodeTypes.AppendUpper), Mapped(cp, UnicodeTypes.AppendLower),
                    Mapped(cp, UnicodeTypes.AppendTitle), Mapped(cp, UnicodeTypes.AppendFold)));
            }
            var digest = Convert.ToHexStringLower(MD5.HashData(Utf8WithSurrogates(string.Join("\n", parts))));
            if (digest != expected[block])
            {
                mismatches.Add($"block 0x{block * BlockSize:X}");
            }
        }
        Assert.Empty(mismatches);
    }

    [Fact]
    public void PredicatesAndMappingsFollowUnicode14NotTheDotNetTables()
    {
        Assert.Equal(true, Call(S("Ⅻ"), "isupper"));
        Assert.Equal(true, Call(S("Ⅻ"), "istitle"));
        Assert.Equal(false, Call(S("Ⅻ"), "islower"));
        Assert.Equal("'\u24D0'", Repr(Call(S("\u24B6"), "lower")));
        Assert.Equal("'\u0390'", Repr(Call(S("\u0390"), "lower")));
        Assert.Equal("'\u0399\u0308\u0301'", Repr(Call(S("\u0390"), "upper")));
        Assert.Equal("'\u1FBC'", Repr(Call(S("\u1FB3"), "title")));
        Assert.Equal("'\u0391\u0399'", Repr(Call(S("\u1FB3"), "upper")));
        Assert.Equal(false, Call(S("\u0378"), "isprintable"));
    }

    private static string Mapped(int cp, Action<PyStr.Builder, int> append)
    {
        var sb = new PyStr.Builder();
        append(sb, cp);
        return sb.ToPyStr().Value;
    }

    /// <summary>UTF-8 that writes lone surrogates as three bytes, as Python's surrogatepass does.</summary>
    private static byte[] Utf8WithSurrogates(string s)
    {
        var bytes = new List<byte>(s.Length);
        for (var i = 0; i < s.Length; i++)
        {
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                bytes.AddRange(Encoding.UTF8.GetBytes(s.Substring(i++, 2)));
            }
            else if (char.IsSurrogate(s[i]))
            {
                bytes.AddRange(new[] { (byte)(0xE0 | (s[i] >> 12)), (byte)(0x80 | ((s[i] >> 6) & 0x3F)), (byte)(0x80 | (s[i] & 0x3F)) });
            }
            else
            {
                bytes.AddRange(Encoding.UTF8.GetBytes(s[i].ToString()));
            }
        }
        return bytes.ToArray();
    }
}
