using System;
using System.Collections.Generic;
using System.Text;
using PyNet.Compiler.Syntax.Unicode;

namespace PyNet.Compiler.Syntax;

/// <summary>The prefix, quotes and contents of one STRING token.</summary>
internal readonly record struct StringParts(bool IsBytes, bool IsRaw, bool IsFormatted, int ContentStart, int ContentEnd)
{
    public static StringParts Of(byte[] source, int start, int end)
    {
        bool isBytes = false, isRaw = false, isFormatted = false;
        var i = start;
        while (source[i] is not ((byte)'\'' or (byte)'"'))
        {
            switch (source[i] | 0x20)
            {
                case 'b':
                    isBytes = true;
                    break;
                case 'r':
                    isRaw = true;
                    break;
                case 'f':
                    isFormatted = true;
                    break;
            }
            i++;
        }
        var quote = source[i];
        var quoteSize = end - i >= 6 && source[i + 1] == quote && source[i + 2] == quote ? 3 : 1;
        return new StringParts(isBytes, isRaw, isFormatted, i + quoteSize, end - quoteSize);
    }
}

/// <summary>
/// Escape decoding for string and bytes literals, as CPython's unicode_escape and bytes escape decoders, including
/// the wording and byte positions of their errors (positions count a non-ASCII character as the ten bytes of the
/// \UXXXXXXXX escape CPython rewrites it to before decoding).
/// </summary>
internal static class StringLiteral
{
    private static readonly UTF8Encoding s_strictUtf8 = new(false, true);

    public static string DecodeUtf8(byte[] source, int start, int end) => Encoding.UTF8.GetString(source, start, end - start);

    /// <summary>Decodes a non-raw str literal body; on a bad escape returns null and the codec's error text.</summary>
    public static string? DecodeEscapes(byte[] source, int start, int end, out string? error) =>
        DecodeEscapes(source, start, end, out error, out _);

    /// <summary>
    /// Decodes a non-raw str literal body. <paramref name="surrogatesAreCodePoints"/> tells that an escaped high
    /// surrogate is followed by an escaped low one (<c>'\ud800\udc00'</c>): two code points, not one astral character.
    /// </summary>
    public static string? DecodeEscapes(byte[] source, int start, int end, out string? error, out bool surrogatesAreCodePoints)
    {
        error = null;
        surrogatesAreCodePoints = false;
        var sb = new StringBuilder(end - start);
        var tpos = 0;
        var i = start;
        while (i < end)
        {
            var b = source[i];
            if (b != '\\')
            {
                if (b < 0x80)
                {
                    sb.Append((char)b);
                    i++;
                    tpos++;
                }
                else
                {
                    var rune = DecodeRune(source, i, end, out var length);
                    sb.Append(rune.ToString());
                    i += length;
                    tpos += 10;
                }
                continue;
            }
            var escapeStart = tpos;
            i++;
            tpos++;
            if (i >= end)
            {
                error = CodecError(escapeStart, escapeStart + 1, "\\ at end of string", 0x5c);
                return null;
            }
            var c = source[i];
            if (c >= 0x80)
            {
                sb.Append('\\');
                tpos += 5;
                continue;
            }
            i++;
            tpos++;
            switch (c)
            {
                case (byte)'\n':
                    break;
                case (byte)'\\':
                case (byte)'\'':
                case (byte)'"':
                    sb.Append((char)c);
                    break;
                case (byte)'a':
                    sb.Append('\a');
                    break;
                case (byte)'b':
                    sb.Append('\b');
                    break;
                case (byte)'f':
                    sb.Append('\f');
                    break;
                case (byte)'n':
                    sb.Append('\n');
                    break;
                case (byte)'r':
                    sb.Append('\r');
                    break;
                case (byte)'t':
                    sb.Append('\t');
                    break;
                case (byte)'v':
                    sb.Append('\v');
                    break;
                case >= (byte)'0' and <= (byte)'7':
                    {
                        var value = c - '0';
                        for (var k = 0; k < 2 && i < end && source[i] is >= (byte)'0' and <= (byte)'7'; k++)
                        {
                            value = (value * 8) + (source[i] - '0');
                            i++;
                            tpos++;
                        }
                        sb.Append((char)value);
                        break;
                    }
                case (byte)'x':
                case (byte)'u':
                case (byte)'U':
                    {
                        var count = c == 'x' ? 2 : c == 'u' ? 4 : 8;
                        var message = c == 'x' ? "truncated \\xXX escape" : c == 'u' ? "truncated \\uXXXX escape" : "truncated \\UXXXXXXXX escape";
                        long value = 0;
                        for (var k = 0; k < count; k++)
                        {
                            if (i >= end || !IsHex(source[i]))
                            {
                                error = CodecError(escapeStart, tpos, message, 0);
                                return null;
                            }
                            value = (value << 4) | (long)HexValue(source[i]);
                            i++;
                            tpos++;
                        }
                        if (value > 0x10FFFF)
                        {
                            error = CodecError(escapeStart, tpos, "illegal Unicode character", 0);
                            return null;
                        }
                        // A high surrogate can end the text so far only if an escape put it there.
                        surrogatesAreCodePoints |= value is >= 0xDC00 and <= 0xDFFF && sb.Length > 0 && char.IsHighSurrogate(sb[^1]);
                        AppendCodePoint(sb, (int)value);
                        break;
                    }
                case (byte)'N':
                    {
                        const string Malformed = "malformed \\N character escape";
                        if (i >= end)
                        {
                            error = CodecError(escapeStart, tpos, Malformed, 0);
                            return null;
                        }
                        if (source[i] != '{')
                        {
                            error = CodecError(escapeStart, tpos, Malformed, 0);
                            return null;
                        }
                        i++;
                        tpos++;
                        var nameStart = i;
                        var nameTpos = tpos;
                        while (i < end && source[i] != '}')
                        {
                            tpos += source[i] < 0x80 ? 1 : (source[i] & 0xC0) == 0x80 ? 0 : 10;
                            i++;
                        }
                        if (i >= end)
                        {
                            error = CodecError(escapeStart, tpos, Malformed, 0);
                            return null;
                        }
                        if (i == nameStart)
                        {
                            error = CodecError(escapeStart, tpos, Malformed, 0);
                            return null;
                        }
                        var name = Encoding.UTF8.GetString(source, nameStart, i - nameStart);
                        i++;
                        tpos++;
                        if (!IsAscii(name) || !UnicodeData.TryLookupName(name, out var cp))
                        {
                            _ = nameTpos;
                            error = CodecError(escapeStart, tpos, "unknown Unicode character name", 0);
                            return null;
                        }
                        AppendCodePoint(sb, cp);
                        break;
                    }
                default:
                    // An invalid escape is kept as written (CPython 3.11 only warns).
                    sb.Append('\\').Append((char)c);
                    break;
            }
        }
        return sb.ToString();
    }

    /// <summary>Decodes a non-raw bytes literal body; on a bad \x escape returns null and the error text.</summary>
    public static byte[]? DecodeBytesEscapes(byte[] source, int start, int end, out string? error)
    {
        error = null;
        var result = new List<byte>(end - start);
        var i = start;
        while (i < end)
        {
            var b = source[i];
            if (b != '\\')
            {
                result.Add(b);
                i++;
                continue;
            }
            var escapeStart = i - start;
            i++;
            if (i >= end)
            {
                error = "(value error) Trailing \\ in string";
                return null;
            }
            var c = source[i++];
            switch (c)
            {
                case (byte)'\n':
                    break;
                case (byte)'\\':
                case (byte)'\'':
                case (byte)'"':
                    result.Add(c);
                    break;
                case (byte)'a':
                    result.Add(7);
                    break;
                case (byte)'b':
                    result.Add(8);
                    break;
                case (byte)'f':
                    result.Add(12);
                    break;
                case (byte)'n':
                    result.Add(10);
                    break;
                case (byte)'r':
                    result.Add(13);
                    break;
                case (byte)'t':
                    result.Add(9);
                    break;
                case (byte)'v':
                    result.Add(11);
                    break;
                case >= (byte)'0' and <= (byte)'7':
                    {
                        var value = c - '0';
                        for (var k = 0; k < 2 && i < end && source[i] is >= (byte)'0' and <= (byte)'7'; k++)
                        {
                            value = (value * 8) + (source[i] - '0');
                            i++;
                        }
                        result.Add((byte)value);
                        break;
                    }
                case (byte)'x':
                    if (i + 1 < end && IsHex(source[i]) && IsHex(source[i + 1]))
                    {
                        result.Add((byte)((HexValue(source[i]) << 4) | HexValue(source[i + 1])));
                        i += 2;
                        break;
                    }
                    error = "(value error) invalid \\x escape at position " + escapeStart;
                    return null;
                default:
                    result.Add((byte)'\\');
                    result.Add(c);
                    break;
            }
        }
        return result.ToArray();
    }

    private static string CodecError(int start, int end, string reason, int singleByte) =>
        end - start == 1
            ? $"(unicode error) 'unicodeescape' codec can't decode byte 0x{singleByte:x2} in position {start}: {reason}"
            : $"(unicode error) 'unicodeescape' codec can't decode bytes in position {start}-{end - 1}: {reason}";

    private static bool IsAscii(string s)
    {
        foreach (var ch in s)
        {
            if (ch >= 0x80)
            {
                return false;
            }
        }
        return true;
    }

    private static void AppendCodePoint(StringBuilder sb, int cp)
    {
        if (cp < 0x10000)
        {
            sb.Append((char)cp);
        }
        else
        {
            cp -= 0x10000;
            sb.Append((char)(0xD800 + (cp >> 10))).Append((char)(0xDC00 + (cp & 0x3FF)));
        }
    }

    private static Rune DecodeRune(byte[] source, int at, int end, out int length)
    {
        var status = Rune.DecodeFromUtf8(source.AsSpan(at, end - at), out var rune, out length);
        if (status != System.Buffers.OperationStatus.Done)
        {
            length = Math.Max(1, length);
            return Rune.ReplacementChar;
        }
        return rune;
    }

    private static bool IsHex(byte c) => c is >= (byte)'0' and <= (byte)'9' or >= (byte)'a' and <= (byte)'f' or >= (byte)'A' and <= (byte)'F';

    private static int HexValue(byte c) => c switch
    {
        >= (byte)'0' and <= (byte)'9' => c - '0',
        >= (byte)'a' and <= (byte)'f' => c - 'a' + 10,
        _ => c - 'A' + 10,
    };

    /// <summary>Whether the bytes are valid UTF-8 (identifiers and raw strings are decoded strictly).</summary>
    public static bool IsValidUtf8(byte[] source, int start, int end)
    {
        try
        {
            s_strictUtf8.GetCharCount(source, start, end - start);
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }
}
