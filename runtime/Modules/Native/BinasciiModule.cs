using System;
using System.Collections.Generic;
using System.Text;

namespace PyNet.Runtime;

/// <summary>
/// The <c>binascii</c> module (base64, secrets, email and zipfile import it): hex and base64 conversions with
/// CPython's error messages and its lenient base64 decoding (characters outside the alphabet skipped, decoding ends
/// at the padding that completes a group; <c>strict_mode=True</c> rejects both), and the CRC-32 and CRC-CCITT checks.
/// </summary>
public static class BinasciiModule
{
    public static readonly PyType ErrorType = new(PyType.TypeType, "Error", new[] { PyExc.ValueError }, new PyDict { [PyStr.Intern("__module__")] = new PyStr("binascii") });

    public static readonly PyType IncompleteType = new(PyType.TypeType, "Incomplete", new[] { PyExc.Exception }, new PyDict { [PyStr.Intern("__module__")] = new PyStr("binascii") });

    private static readonly string[] s_hexlifyNames = { "data", "sep", "bytes_per_sep" };
    private static readonly string[] s_b2aBase64Names = { "data", "newline" };
    private static readonly string[] s_a2bBase64Names = { "data", "strict_mode" };
    private static readonly string[] s_crcNames = { "data", "value" };

    private static uint[]? s_crcTable;

    public static PyModule Create()
    {
        var d = new PyDict();
        var m = new PyModule("binascii", d);
        d[PyStr.Intern("Error")] = ErrorType;
        d[PyStr.Intern("Incomplete")] = IncompleteType;
        foreach (var name in new[] { "hexlify", "b2a_hex" })
        {
            var n = name;
            NativeTypes.Def(d, new PyBuiltinFunction(n, (args, kw) =>
            {
                var a = MethodArguments.Keywords(n, args, kw, s_hexlifyNames, 1, 3, skip: 0);
                return Hexlify(PyBytes.AsBuffer(a[0]), MethodArguments.IsGiven(a[1]) ? a[1] : null, MethodArguments.IsGiven(a[2]) ? PyProtocol.Index(a[2]) : 1);
            }));
        }
        foreach (var name in new[] { "unhexlify", "a2b_hex" })
        {
            var n = name;
            NativeTypes.Def(d, PyBuiltinFunction.Create(n, data => Unhexlify(AsciiData(data))));
        }
        NativeTypes.Def(d, new PyBuiltinFunction("b2a_base64", (args, kw) =>
        {
            var a = MethodArguments.Keywords("b2a_base64", args, kw, s_b2aBase64Names, 1, 1, skip: 0);
            var text = Convert.ToBase64String(PyBytes.AsBuffer(a[0]));
            var newline = !MethodArguments.IsGiven(a[1]) || PyProtocol.IsTrue(a[1]);
            return new PyBytes(Encoding.ASCII.GetBytes(newline ? text + "\n" : text));
        }));
        NativeTypes.Def(d, new PyBuiltinFunction("a2b_base64", (args, kw) =>
        {
            var a = MethodArguments.Keywords("a2b_base64", args, kw, s_a2bBase64Names, 1, 1, skip: 0);
            return new PyBytes(A2bBase64(AsciiData(a[0]), MethodArguments.IsGiven(a[1]) && PyProtocol.IsTrue(a[1])));
        }));
        NativeTypes.Def(d, new PyBuiltinFunction("crc32", (args, kw) =>
        {
            var a = MethodArguments.Keywords("crc32", args, kw, s_crcNames, 1, 2, skip: 0);
            var start = MethodArguments.IsGiven(a[1]) ? (uint)(PyInt.ToBig(IntMembers.IndexValue(a[1])) & uint.MaxValue) : 0u;
            return PyInt.Box(Crc32(PyBytes.AsBuffer(a[0]), start));
        }));
        NativeTypes.Def(d, PyBuiltinFunction.Create("crc_hqx", (data, value) =>
            PyInt.Box(CrcHqx(PyBytes.AsBuffer(data), (ushort)(PyInt.ToBig(IntMembers.IndexValue(value)) & 0xFFFF)))));
        return m;
    }

    /// <summary>The a2b functions take bytes-like data or a str of ASCII characters.</summary>
    private static byte[] AsciiData(object? data)
    {
        if (data is PyStr s)
        {
            return Ascii.IsValid(s.Value)
                ? Encoding.ASCII.GetBytes(s.Value)
                : throw new PyException(PyErrors.ValueError("string argument should contain only ASCII characters"));
        }
        return PyBytes.AsBuffer(data);
    }

    private static PyException Error(string message) => new(PyErrors.New(ErrorType, message));

    private static PyBytes Hexlify(byte[] data, object? sep, long bytesPerSep)
    {
        const string digits = "0123456789abcdef";
        byte separator = 0;
        if (sep != null)
        {
            var sepBytes = sep is PyStr ss ? AsciiData(ss) : PyBytes.AsBuffer(sep);
            if (sepBytes.Length != 1)
            {
                throw new PyException(PyErrors.ValueError("sep must be length 1."));
            }
            separator = sepBytes[0];
        }
        var group = sep == null || bytesPerSep == 0 || data.Length == 0 ? 0 : (int)Math.Min(Math.Abs(bytesPerSep), data.Length);
        var separators = group == 0 ? 0 : (data.Length - 1) / group;
        var result = new byte[(data.Length * 2) + separators];
        var j = 0;
        for (var i = 0; i < data.Length; i++)
        {
            // Groups are counted from the right for a positive bytes_per_sep, from the left for a negative one.
            if (group > 0 && i > 0 && (bytesPerSep > 0 ? (data.Length - i) % group == 0 : i % group == 0))
            {
                result[j++] = separator;
            }
            result[j++] = (byte)digits[data[i] >> 4];
            result[j++] = (byte)digits[data[i] & 0xF];
        }
        return new PyBytes(result);
    }

    private static PyBytes Unhexlify(byte[] text)
    {
        if (text.Length % 2 != 0)
        {
            throw Error("Odd-length string");
        }
        var result = new byte[text.Length / 2];
        for (var i = 0; i < result.Length; i++)
        {
            var high = HexValue(text[2 * i]);
            var low = HexValue(text[(2 * i) + 1]);
            if (high < 0 || low < 0)
            {
                throw Error("Non-hexadecimal digit found");
            }
            result[i] = (byte)((high << 4) | low);
        }
        return new PyBytes(result);
    }

    private static int HexValue(byte c) => c switch
    {
        >= (byte)'0' and <= (byte)'9' => c - '0',
        >= (byte)'a' and <= (byte)'f' => c - 'a' + 10,
        >= (byte)'A' and <= (byte)'F' => c - 'A' + 10,
        _ => -1,
    };

    private static int Base64Value(byte c) => c switch
    {
        >= (byte)'A' and <= (byte)'Z' => c - 'A',
        >= (byte)'a' and <= (byte)'z' => c - 'a' + 26,
        >= (byte)'0' and <= (byte)'9' => c - '0' + 52,
        (byte)'+' => 62,
        (byte)'/' => 63,
        _ => -1,
    };

    /// <summary>
    /// Base64 decoding as CPython's binascii does it: four characters make three bytes; a "=" that completes a group
    /// (after two or three characters of it) ends the decoding; otherwise padding and, unless strict, characters
    /// outside the alphabet are skipped. A group left with one character, or with two or three and no padding, is an
    /// error.
    /// </summary>
    private static byte[] A2bBase64(byte[] text, bool strict)
    {
        var result = new List<byte>((text.Length / 4 * 3) + 3);
        var quadPos = 0;
        var pads = 0;
        var leftChar = 0;
        var dataChars = 0;
        var paddingStarted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '=')
            {
                paddingStarted = true;
                if (strict && i == 0)
                {
                    throw Error("Leading padding not allowed");
                }
                pads++;
                if (quadPos >= 2 && quadPos + pads >= 4)
                {
                    if (strict && i + 1 < text.Length)
                    {
                        throw Error("Excess data after padding");
                    }
                    return result.ToArray();
                }
                continue;
            }
            var v = Base64Value(c);
            if (v < 0)
            {
                if (strict)
                {
                    throw Error("Only base64 data is allowed");
                }
                continue;
            }
            if (strict && paddingStarted)
            {
                throw Error("Discontinuous padding not allowed");
            }
            pads = 0;
            dataChars++;
            switch (quadPos)
            {
                case 0:
                    leftChar = v;
                    quadPos = 1;
                    break;
                case 1:
                    result.Add((byte)((leftChar << 2) | (v >> 4)));
                    leftChar = v & 0x0F;
                    quadPos = 2;
                    break;
                case 2:
                    result.Add((byte)((leftChar << 4) | (v >> 2)));
                    leftChar = v & 0x03;
                    quadPos = 3;
                    break;
                default:
                    result.Add((byte)((leftChar << 6) | v));
                    quadPos = 0;
                    break;
            }
        }
        if (quadPos == 1)
        {
            throw Error($"Invalid base64-encoded string: number of data characters ({dataChars}) cannot be 1 more than a multiple of 4");
        }
        if (quadPos != 0)
        {
            throw Error("Incorrect padding");
        }
        return result.ToArray();
    }

    /// <summary>CRC-32 (the zlib polynomial, reflected), continuing from <paramref name="start"/>.</summary>
    private static long Crc32(byte[] data, uint start)
    {
        var table = s_crcTable ??= BuildCrcTable();
        var crc = ~start;
        foreach (var b in data)
        {
            crc = table[(crc ^ b) & 0xFF] ^ (crc >> 8);
        }
        return ~crc;
    }

    private static uint[] BuildCrcTable()
    {
        var table = new uint[256];
        for (uint n = 0; n < 256; n++)
        {
            var c = n;
            for (var k = 0; k < 8; k++)
            {
                c = (c & 1) != 0 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            }
            table[n] = c;
        }
        return table;
    }

    /// <summary>CRC-CCITT (polynomial 0x1021, not reflected), continuing from <paramref name="crc"/>, as binhex uses it.</summary>
    private static long CrcHqx(byte[] data, ushort crc)
    {
        foreach (var b in data)
        {
            crc ^= (ushort)(b << 8);
            for (var k = 0; k < 8; k++)
            {
                crc = (crc & 0x8000) != 0 ? (ushort)((crc << 1) ^ 0x1021) : (ushort)(crc << 1);
            }
        }
        return crc;
    }
}
