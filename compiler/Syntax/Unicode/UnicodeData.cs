using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.IO.Compression;
using System.Text;
using System.Threading;

namespace PyNet.Compiler.Syntax.Unicode;

/// <summary>
/// Unicode facts as CPython 3.11 sees them (Unicode 14.0.0): character names for <c>\N{...}</c> and NFKC
/// normalisation of identifiers; character classes come from the runtime's <see cref="PyNet.Runtime.UnicodeTypes"/>.
/// The tables are generated into UnicodeData.g.cs by generate_unicode_data.py; the .NET runtime's own tables follow
/// a different Unicode version.
/// </summary>
internal static partial class UnicodeData
{
    private static Dictionary<string, int>? s_names;
    private static Dictionary<int, string>? s_nfkc;

    /// <summary>Looks a character name or alias up, ignoring case, as the <c>\N{...}</c> escape does.</summary>
    public static bool TryLookupName(string name, out int codePoint)
    {
        var upper = name.ToUpperInvariant();
        var names = LazyInitializer.EnsureInitialized(ref s_names, LoadNames);
        if (names.TryGetValue(upper, out codePoint))
        {
            return true;
        }
        foreach (var (prefix, first, last) in s_hexNameRanges)
        {
            if (upper.Length > prefix.Length && upper.StartsWith(prefix, StringComparison.Ordinal)
                && upper.Length - prefix.Length is 4 or 5
                && int.TryParse(upper.AsSpan(prefix.Length), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var cp)
                && cp >= first && cp <= last)
            {
                codePoint = cp;
                return true;
            }
        }
        codePoint = 0;
        return false;
    }

    /// <summary>NFKC (per character), as CPython applies it to non-ASCII identifiers.</summary>
    public static string NormalizeNfkc(string text)
    {
        var nfkc = LazyInitializer.EnsureInitialized(ref s_nfkc, LoadNfkc);
        var sb = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            int cp = text[i];
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                cp = char.ConvertToUtf32(text[i], text[i + 1]);
                i++;
            }
            if (nfkc.TryGetValue(cp, out var decomposed))
            {
                sb.Append(decomposed);
            }
            else
            {
                sb.Append(char.ConvertFromUtf32(cp));
            }
        }
        // Character by character: the runtime's own normalisation is unavailable in invariant-globalization mode,
        // and identifiers written with combining sequences that NFKC would compose are vanishingly rare.
        return sb.ToString();
    }

    private static string Inflate(string blob)
    {
        using var input = new MemoryStream(Convert.FromBase64String(blob));
        using var deflate = new DeflateStream(input, CompressionMode.Decompress);
        using var reader = new StreamReader(deflate, Encoding.ASCII);
        return reader.ReadToEnd();
    }

    private static Dictionary<string, int> LoadNames()
    {
        var map = new Dictionary<string, int>(50000, StringComparer.Ordinal);
        foreach (var line in Inflate(NamesBlob).Split('\n'))
        {
            var space = line.IndexOf(' ');
            var cp = int.Parse(line.AsSpan(0, space), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture);
            map.TryAdd(line[(space + 1)..], cp);
        }
        return map;
    }

    private static Dictionary<int, string> LoadNfkc()
    {
        var map = new Dictionary<int, string>(8000);
        foreach (var line in Inflate(NfkcBlob).Split('\n'))
        {
            var parts = line.Split(' ');
            var sb = new StringBuilder();
            for (var i = 1; i < parts.Length; i++)
            {
                sb.Append(char.ConvertFromUtf32(int.Parse(parts[i], NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture)));
            }
            map[int.Parse(parts[0], NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture)] = sb.ToString();
        }
        return map;
    }
}
