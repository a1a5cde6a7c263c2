using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace PyNet.Runtime;

/// <summary>
/// The text codecs: utf-8, ascii, latin-1, utf-16 and utf-32 (with -le/-be), with the error handlers strict, ignore,
/// replace, backslashreplace, surrogateescape, surrogatepass and xmlcharrefreplace (encoding), and CPython's
/// UnicodeEncodeError/UnicodeDecodeError messages. Strings are handled by code point, so lone surrogates survive.
/// </summary>
public static class Codecs
{
    private enum Codec
    {
        Utf8,
        Ascii,
        Latin1,
        Utf16,
        Utf16Le,
        Utf16Be,
        Utf32,
        Utf32Le,
        Utf32Be,
        Cp1252,
    }

    private static readonly string[] s_names = { "utf-8", "ascii", "latin-1", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be", "charmap" };

    /// <summary>The characters of cp1252's bytes 0x80..0x9F (-1: undefined); the other bytes are Latin-1.</summary>
    private static readonly int[] s_cp1252High =
    {
        0x20AC, -1, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, -1, 0x017D, -1,
        -1, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, -1, 0x017E, 0x0178,
    };

    /// <summary>The cp1252 byte for a code point, or -1.</summary>
    private static int Cp1252Byte(int cp)
    {
        if (cp < 0x80 || cp is >= 0xA0 and < 0x100)
        {
            return cp;
        }
        var i = Array.IndexOf(s_cp1252High, cp);
        return i < 0 ? -1 : 0x80 + i;
    }

    /// <summary>Can a charmap codec encode <paramref name="cp"/>? (The range codecs use their limit instead.)</summary>
    private static bool CharmapEncodes(Codec codec, int cp) => codec != Codec.Cp1252 || Cp1252Byte(cp) >= 0;

    /// <summary>Bytes 0..255 as the characters U+0000..U+00FF.</summary>
    public static string Latin1String(ReadOnlySpan<byte> data)
    {
        var chars = new char[data.Length];
        for (var i = 0; i < data.Length; i++)
        {
            chars[i] = (char)data[i];
        }
        return new string(chars);
    }

    public static byte[] Encode(PyStr text, string encoding, string errors)
    {
        var codec = Lookup(encoding);
        try
        {
            return EncodeWith(codec, text, errors);
        }
        catch (PyException e) when (IsWrapped(codec) && e.Value.Type != PyExc.UnicodeEncodeError)
        {
            throw new PyException(PyErrors.CodecFailed("encoding", encoding, e.Value));
        }
    }

    private static bool IsWrapped(Codec codec) => codec is Codec.Utf16Le or Codec.Utf16Be or Codec.Utf32Le or Codec.Utf32Be;

    private static byte[] EncodeWith(Codec codec, PyStr text, string errors)
    {
        var cps = text.CodePoints();
        var output = new List<byte>(cps.Length + 4);
        if (codec == Codec.Utf16)
        {
            output.Add(0xFF);
            output.Add(0xFE);
        }
        else if (codec == Codec.Utf32)
        {
            output.AddRange(new byte[] { 0xFF, 0xFE, 0, 0 });
        }
        var limit = codec switch
        {
            Codec.Ascii => 0x80,
            Codec.Latin1 => 0x100,
            _ => 0x110000,
        };
        var charmap = codec == Codec.Cp1252;
        var i = 0;
        while (i < cps.Length)
        {
            var cp = cps[i];
            var isSurrogate = cp is >= 0xD800 and <= 0xDFFF;
            if (charmap ? CharmapEncodes(codec, cp) : cp < limit && !isSurrogate)
            {
                Put(output, codec, cp);
                i++;
                continue;
            }
            if (isSurrogate && errors == "surrogatepass" && limit == 0x110000 && !charmap)
            {
                Put(output, codec, cp);
                i++;
                continue;
            }
            // A run of characters the codec cannot encode, reported as one error.
            var end = i + 1;
            var runs = codec is Codec.Ascii or Codec.Latin1 or Codec.Utf8 or Codec.Cp1252;
            while (runs && end < cps.Length && (charmap ? !CharmapEncodes(codec, cps[end]) : limit < 0x110000 ? cps[end] >= limit : cps[end] is >= 0xD800 and <= 0xDFFF))
            {
                end++;
            }
            var reason = charmap ? "character maps to <undefined>" : limit < 0x110000 ? $"ordinal not in range({limit})" : "surrogates not allowed";
            switch (errors)
            {
                case "strict":
                    throw new PyException(PyErrors.UnicodeEncode(s_names[(int)codec], text, cps, i, end, reason));
                case "ignore":
                    break;
                case "replace":
                    for (var k = i; k < end; k++)
                    {
                        Put(output, codec, '?');
                    }
                    break;
                case "backslashreplace":
                    for (var k = i; k < end; k++)
                    {
                        foreach (var c in EscapeCodePoint(cps[k]))
                        {
                            Put(output, codec, c);
                        }
                    }
                    break;
                case "xmlcharrefreplace":
                    for (var k = i; k < end; k++)
                    {
                        foreach (var c in "&#" + cps[k].ToString(CultureInfo.InvariantCulture) + ";")
                        {
                            Put(output, codec, c);
                        }
                    }
                    break;
                case "surrogateescape":
                    for (var k = i; k < end; k++)
                    {
                        if (cps[k] is < 0xDC80 or > 0xDCFF || !runs)
                        {
                            throw new PyException(PyErrors.UnicodeEncode(s_names[(int)codec], text, cps, i, end, reason));
                        }
                    }
                    for (var k = i; k < end; k++)
                    {
                        output.Add((byte)(cps[k] - 0xDC00));
                    }
                    break;
                default:
                    throw new PyException(PyErrors.UnknownErrorHandler(errors));
            }
            i = end;
        }
        return output.ToArray();
    }

    public static PyStr Decode(ReadOnlySpan<byte> data, string encoding, string errors)
    {
        if (data.Length == 0)
        {
            return PyStr.Empty;
        }
        var codec = Lookup(encoding);
        try
        {
            return DecodeWith(codec, data, errors);
        }
        catch (PyException e) when (IsWrapped(codec) && e.Value.Type != PyExc.UnicodeDecodeError)
        {
            throw new PyException(PyErrors.CodecFailed("decoding", encoding, e.Value));
        }
    }

    private static PyStr DecodeWith(Codec codec, ReadOnlySpan<byte> data, string errors)
    {
        var sb = new PyStr.Builder(data.Length);
        switch (codec)
        {
            case Codec.Utf8:
                DecodeUtf8(data, errors, sb);
                break;
            case Codec.Ascii or Codec.Latin1:
                var limit = codec == Codec.Ascii ? 0x80 : 0x100;
                for (var i = 0; i < data.Length; i++)
                {
                    if (data[i] < limit)
                    {
                        sb.Append((char)data[i]);
                    }
                    else
                    {
                        HandleDecodeError(data, i, i + 1, $"ordinal not in range({limit})", codec, errors, sb);
                    }
                }
                break;
            case Codec.Cp1252:
                for (var i = 0; i < data.Length; i++)
                {
                    var c = data[i] is >= 0x80 and < 0xA0 ? s_cp1252High[data[i] - 0x80] : data[i];
                    if (c >= 0)
                    {
                        sb.Append((char)c);
                    }
                    else
                    {
                        HandleDecodeError(data, i, i + 1, "character maps to <undefined>", codec, errors, sb);
                    }
                }
                break;
            case Codec.Utf16 or Codec.Utf16Le or Codec.Utf16Be:
                DecodeUtf16(data, codec, errors, sb);
                break;
            default:
                DecodeUtf32(data, codec, errors, sb);
                break;
        }
        return sb.ToPyStr();
    }

    private static void DecodeUtf8(ReadOnlySpan<byte> data, string errors, PyStr.Builder sb)
    {
        var i = 0;
        while (i < data.Length)
        {
            var b0 = data[i];
            if (b0 < 0x80)
            {
                sb.Append((char)b0);
                i++;
                continue;
            }
            int need;
            int cp;
            byte lo = 0x80;
            byte hi = 0xBF;
            if (b0 is >= 0xC2 and < 0xE0)
            {
                need = 1;
                cp = b0 & 0x1F;
            }
            else if (b0 is >= 0xE0 and < 0xF0)
            {
                need = 2;
                cp = b0 & 0x0F;
                if (b0 == 0xE0)
                {
                    lo = 0xA0;
                }
                else if (b0 == 0xED && errors != "surrogatepass")
                {
                    hi = 0x9F;
                }
            }
            else if (b0 is >= 0xF0 and < 0xF5)
            {
                need = 3;
                cp = b0 & 0x07;
                if (b0 == 0xF0)
                {
                    lo = 0x90;
                }
                else if (b0 == 0xF4)
                {
                    hi = 0x8F;
                }
            }
            else
            {
                i = HandleDecodeError(data, i, i + 1, "invalid start byte", Codec.Utf8, errors, sb);
                continue;
            }
            var k = 1;
            string? reason = null;
            for (; k <= need; k++)
            {
                if (i + k >= data.Length)
                {
                    reason = "unexpected end of data";
                    break;
                }
                var b = data[i + k];
                var (min, max) = k == 1 ? (lo, hi) : ((byte)0x80, (byte)0xBF);
                if (b < min || b > max)
                {
                    reason = "invalid continuation byte";
                    break;
                }
                cp = (cp << 6) | (b & 0x3F);
            }
            if (reason != null)
            {
                i = HandleDecodeError(data, i, reason == "unexpected end of data" ? data.Length : i + k, reason, Codec.Utf8, errors, sb);
                continue;
            }
            sb.AppendCodePoint(cp);
            i += need + 1;
        }
    }

    private static void DecodeUtf16(ReadOnlySpan<byte> data, Codec codec, string errors, PyStr.Builder sb)
    {
        var i = 0;
        var little = codec != Codec.Utf16Be;
        if (codec == Codec.Utf16 && data.Length >= 2)
        {
            if (data[0] == 0xFF && data[1] == 0xFE)
            {
                i = 2;
            }
            else if (data[0] == 0xFE && data[1] == 0xFF)
            {
                little = false;
                i = 2;
            }
        }
        codec = little ? Codec.Utf16Le : Codec.Utf16Be;
        while (i < data.Length)
        {
            if (i + 1 >= data.Length)
            {
                i = HandleDecodeError(data, i, data.Length, "truncated data", codec, errors, sb);
                continue;
            }
            var u = Unit16(data, i, little);
            if (u is < 0xD800 or > 0xDFFF)
            {
                sb.Append((char)u);
                i += 2;
                continue;
            }
            if (u >= 0xDC00)
            {
                i = HandleDecodeError(data, i, i + 2, "illegal encoding", codec, errors, sb);
                continue;
            }
            if (i + 3 >= data.Length)
            {
                i = HandleDecodeError(data, i, data.Length, "unexpected end of data", codec, errors, sb);
                continue;
            }
            var u2 = Unit16(data, i + 2, little);
            if (u2 is < 0xDC00 or > 0xDFFF)
            {
                i = HandleDecodeError(data, i, i + 2, "illegal UTF-16 surrogate", codec, errors, sb);
                continue;
            }
            sb.Append((char)u).Append((char)u2);
            i += 4;
        }
    }

    private static void DecodeUtf32(ReadOnlySpan<byte> data, Codec codec, string errors, PyStr.Builder sb)
    {
        var i = 0;
        var little = codec != Codec.Utf32Be;
        if (codec == Codec.Utf32 && data.Length >= 4)
        {
            if (data[0] == 0xFF && data[1] == 0xFE && data[2] == 0 && data[3] == 0)
            {
                i = 4;
            }
            else if (data[0] == 0 && data[1] == 0 && data[2] == 0xFE && data[3] == 0xFF)
            {
                little = false;
                i = 4;
            }
        }
        codec = little ? Codec.Utf32Le : Codec.Utf32Be;
        while (i < data.Length)
        {
            if (i + 3 >= data.Length)
            {
                i = HandleDecodeError(data, i, data.Length, "truncated data", codec, errors, sb);
                continue;
            }
            var cp = little
                ? (uint)(data[i] | (data[i + 1] << 8) | (data[i + 2] << 16)) | ((uint)data[i + 3] << 24)
                : (uint)(data[i + 3] | (data[i + 2] << 8) | (data[i + 1] << 16)) | ((uint)data[i] << 24);
            if (cp > 0x10FFFF)
            {
                i = HandleDecodeError(data, i, i + 4, "code point not in range(0x110000)", codec, errors, sb);
                continue;
            }
            if (cp is >= 0xD800 and <= 0xDFFF && errors != "surrogatepass")
            {
                i = HandleDecodeError(data, i, i + 4, "code point in surrogate code point range(0xd800, 0xe000)", codec, errors, sb);
                continue;
            }
            sb.AppendCodePoint((int)cp);
            i += 4;
        }
    }

    /// <summary>Applies the error handler to the bytes [start, end); returns where decoding resumes.</summary>
    private static int HandleDecodeError(ReadOnlySpan<byte> data, int start, int end, string reason, Codec codec, string errors, PyStr.Builder sb)
    {
        switch (errors)
        {
            case "strict":
                throw new PyException(PyErrors.UnicodeDecode(s_names[(int)codec], data.ToArray(), start, end, reason));
            case "ignore":
                break;
            case "replace":
                sb.Append('\uFFFD');
                break;
            case "backslashreplace":
                for (var k = start; k < end; k++)
                {
                    sb.Append("\\x").Append(data[k].ToString("x2", CultureInfo.InvariantCulture));
                }
                break;
            case "surrogateescape":
                for (var k = start; k < end; k++)
                {
                    if (data[k] < 0x80)
                    {
                        throw new PyException(PyErrors.UnicodeDecode(s_names[(int)codec], data.ToArray(), start, end, reason));
                    }
                    sb.AppendCodePoint(0xDC00 + data[k]);
                }
                break;
            case "xmlcharrefreplace" or "namereplace":
                throw new PyException(PyErrors.CannotHandleDecodeErrorInCallback());
            default:
                throw new PyException(PyErrors.UnknownErrorHandler(errors));
        }
        return end;
    }

    private static int Unit16(ReadOnlySpan<byte> data, int i, bool little) =>
        little ? data[i] | (data[i + 1] << 8) : (data[i] << 8) | data[i + 1];

    private static void Put(List<byte> output, Codec codec, int cp)
    {
        switch (codec)
        {
            case Codec.Ascii or Codec.Latin1:
                output.Add((byte)cp);
                break;
            case Codec.Cp1252:
                output.Add((byte)Cp1252Byte(cp));
                break;
            case Codec.Utf8:
                if (cp < 0x80)
                {
                    output.Add((byte)cp);
                }
                else if (cp < 0x800)
                {
                    output.Add((byte)(0xC0 | (cp >> 6)));
                    output.Add((byte)(0x80 | (cp & 0x3F)));
                }
                else if (cp < 0x10000)
                {
                    output.Add((byte)(0xE0 | (cp >> 12)));
                    output.Add((byte)(0x80 | ((cp >> 6) & 0x3F)));
                    output.Add((byte)(0x80 | (cp & 0x3F)));
                }
                else
                {
                    output.Add((byte)(0xF0 | (cp >> 18)));
                    output.Add((byte)(0x80 | ((cp >> 12) & 0x3F)));
                    output.Add((byte)(0x80 | ((cp >> 6) & 0x3F)));
                    output.Add((byte)(0x80 | (cp & 0x3F)));
                }
                break;
            case Codec.Utf16 or Codec.Utf16Le or Codec.Utf16Be:
                var little = codec != Codec.Utf16Be;
                if (cp >= 0x10000)
                {
                    var v = cp - 0x10000;
                    PutUnit16(output, 0xD800 + (v >> 10), little);
                    PutUnit16(output, 0xDC00 + (v & 0x3FF), little);
                }
                else
                {
                    PutUnit16(output, cp, little);
                }
                break;
            default:
                var bytes = new[] { (byte)cp, (byte)(cp >> 8), (byte)(cp >> 16), (byte)(cp >> 24) };
                if (codec == Codec.Utf32Be)
                {
                    Array.Reverse(bytes);
                }
                output.AddRange(bytes);
                break;
        }
    }

    private static void PutUnit16(List<byte> output, int unit, bool little)
    {
        if (little)
        {
            output.Add((byte)unit);
            output.Add((byte)(unit >> 8));
        }
        else
        {
            output.Add((byte)(unit >> 8));
            output.Add((byte)unit);
        }
    }

    /// <summary>\xhh, \uhhhh or \Uhhhhhhhh for a code point, as backslashreplace writes it.</summary>
    public static string EscapeCodePoint(int cp) =>
        cp < 0x100 ? "\\x" + cp.ToString("x2", CultureInfo.InvariantCulture)
        : cp < 0x10000 ? "\\u" + cp.ToString("x4", CultureInfo.InvariantCulture)
        : "\\U" + cp.ToString("x8", CultureInfo.InvariantCulture);

    /// <summary>Raises LookupError for an encoding the registry does not know (as TextIOWrapper checks at opening).</summary>
    public static void CheckEncoding(string encoding) => _ = Lookup(encoding);

    /// <summary>Normalises an encoding name as Python's codec registry does, or LookupError.</summary>
    private static Codec Lookup(string encoding)
    {
        var n = encoding.ToLowerInvariant().Replace('-', '_').Replace(' ', '_');
        return n switch
        {
            "utf_8" or "utf8" or "u8" or "utf" or "cp65001" => Codec.Utf8,
            "ascii" or "us_ascii" or "646" or "us" => Codec.Ascii,
            "latin_1" or "latin1" or "latin" or "l1" or "iso_8859_1" or "iso8859_1" or "8859" or "cp819" or "iso_ir_100" => Codec.Latin1,
            "utf_16" or "utf16" or "u16" => Codec.Utf16,
            "utf_16_le" or "utf_16le" => Codec.Utf16Le,
            "utf_16_be" or "utf_16be" => Codec.Utf16Be,
            "utf_32" or "utf32" or "u32" => Codec.Utf32,
            "utf_32_le" or "utf_32le" => Codec.Utf32Le,
            "utf_32_be" or "utf_32be" => Codec.Utf32Be,
            "cp1252" or "windows_1252" => Codec.Cp1252,
            _ => throw new PyException(PyErrors.UnknownEncoding(encoding)),
        };
    }
}
