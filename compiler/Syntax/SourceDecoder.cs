using System;
using System.Text;
using System.Text.RegularExpressions;

namespace PyNet.Compiler.Syntax;

/// <summary>
/// Turns source bytes into UTF-8 as CPython's tokenizer does (PEP 263): a UTF-8 BOM, or a coding cookie in a
/// comment on line 1 or 2 (line 2 only when line 1 is blank or a comment); UTF-8 otherwise. Rejects null bytes.
/// </summary>
internal static partial class SourceDecoder
{
    private static readonly UTF8Encoding s_strictUtf8 = new(false, true);

    /// <summary>
    /// The code-page encodings (cp1252, ...) are registered when a cookie first names an encoding other than UTF-8:
    /// registering them loads an assembly, a cost every compilation paid when it was done up front.
    /// </summary>
    private static readonly Lazy<bool> s_codePages = new(() =>
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return true;
    });

    [GeneratedRegex(@"^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)")]
    private static partial Regex CookiePattern();

    public static byte[] ToUtf8(byte[] source, string filename)
    {
        var span = source.AsSpan();
        var hasBom = span.Length >= 3 && span[0] == 0xEF && span[1] == 0xBB && span[2] == 0xBF;
        if (hasBom)
        {
            span = span[3..];
        }
        var encodingName = FindCookie(span);
        if (span.IndexOf((byte)0) >= 0)
        {
            throw SyntaxErrors.NullBytes(filename);
        }
        if (encodingName != null)
        {
            var normalized = NormalizeEncodingName(encodingName);
            if (hasBom && normalized != "utf-8")
            {
                throw SyntaxErrors.EncodingProblemWithBom(filename, normalized);
            }
            if (normalized != "utf-8" && !IsUtf8Alias(normalized))
            {
                Encoding encoding;
                try
                {
                    _ = s_codePages.Value;
                    encoding = Encoding.GetEncoding(normalized);
                }
                catch (ArgumentException)
                {
                    throw SyntaxErrors.UnknownEncoding(filename, encodingName);
                }
                return Encoding.UTF8.GetBytes(encoding.GetString(span));
            }
        }
        CheckUtf8(span, filename);
        return hasBom ? span.ToArray() : source;
    }

    public static byte[] ToUtf8(string source, string filename)
    {
        if (source.Contains('\0', StringComparison.Ordinal))
        {
            throw SyntaxErrors.NullBytes(filename);
        }
        return Encoding.UTF8.GetBytes(source);
    }

    private static string? FindCookie(ReadOnlySpan<byte> source)
    {
        for (var line = 0; line < 2 && source.Length > 0; line++)
        {
            var nl = source.IndexOfAny((byte)'\n', (byte)'\r');
            var text = nl < 0 ? source : source[..nl];
            var trimmed = text.TrimStart(" \t\f"u8);
            if (trimmed.Length != 0 && trimmed[0] != '#')
            {
                return null;
            }
            // Only a comment that mentions "coding" can be a cookie; the pattern (and the regular expression engine it
            // loads) is not needed for any other line.
            if (trimmed.IndexOf("coding"u8) >= 0 && CookiePattern().Match(Encoding.Latin1.GetString(text)) is { Success: true } match)
            {
                return match.Groups[1].Value;
            }
            if (nl < 0)
            {
                break;
            }
            source = source[(nl + 1)..];
        }
        return null;
    }

    private static bool IsUtf8Alias(string name) => name.ToLowerInvariant().Replace('_', '-') is "utf8" or "u8" or "utf" or "cp65001";

    /// <summary>CPython's get_normal_name: the spellings of UTF-8 and Latin-1 it recognises; other names unchanged.</summary>
    private static string NormalizeEncodingName(string name)
    {
        var lower = name.ToLowerInvariant().Replace('_', '-');
        if (lower == "utf-8" || lower.StartsWith("utf-8-", StringComparison.Ordinal))
        {
            return "utf-8";
        }
        if (lower is "latin-1" or "iso-8859-1" or "iso-latin-1" || lower.StartsWith("latin-1-", StringComparison.Ordinal)
            || lower.StartsWith("iso-8859-1-", StringComparison.Ordinal) || lower.StartsWith("iso-latin-1-", StringComparison.Ordinal))
        {
            return "iso-8859-1";
        }
        return name;
    }

    private static void CheckUtf8(ReadOnlySpan<byte> source, string filename)
    {
        if (System.Text.Unicode.Utf8.IsValid(source))
        {
            return;
        }
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < source.Length;)
        {
            var status = System.Text.Rune.DecodeFromUtf8(source[i..], out _, out var consumed);
            if (status != System.Buffers.OperationStatus.Done)
            {
                var reason = status == System.Buffers.OperationStatus.NeedMoreData ? "unexpected end of data"
                    : (source[i] & 0xC0) == 0x80 || source[i] >= 0xF5 || source[i] is 0xC0 or 0xC1 ? "invalid start byte" : "invalid continuation byte";
                throw SyntaxErrors.Utf8DecodeError(filename, line, i - lineStart + 1, $"byte 0x{source[i]:x2} in position {i - lineStart}: {reason}");
            }
            if (source[i] == '\n')
            {
                line++;
                lineStart = i + 1;
            }
            i += consumed;
        }
        _ = s_strictUtf8;
    }
}
