using System;
using System.Globalization;
using System.Numerics;

namespace PyNet.Compiler.Syntax;

/// <summary>The value of a NUMBER token: long, BigInteger (beyond 64 bits), double, or Complex for imaginary literals.</summary>
internal static class NumberLiteral
{
    public static object Parse(byte[] source, int start, int end)
    {
        Span<char> buffer = end - start <= 128 ? stackalloc char[end - start] : new char[end - start];
        var length = 0;
        for (var i = start; i < end; i++)
        {
            if (source[i] != '_')
            {
                buffer[length++] = (char)source[i];
            }
        }
        var text = buffer[..length];
        var last = text[^1];
        if (last is 'j' or 'J')
        {
            return new Complex(0, ParseFloat(text[..^1]));
        }
        if (text.Length > 1 && text[0] == '0' && text[1] is 'x' or 'X' or 'o' or 'O' or 'b' or 'B')
        {
            var radix = text[1] switch
            {
                'x' or 'X' => 16,
                'o' or 'O' => 8,
                _ => 2,
            };
            return ParseRadix(text[2..], radix);
        }
        if (text.IndexOfAny('.', 'e', 'E') >= 0)
        {
            return ParseFloat(text);
        }
        if (text.Length <= 18)
        {
            return long.Parse(text, NumberStyles.None, CultureInfo.InvariantCulture);
        }
        return Narrow(BigInteger.Parse(text, NumberStyles.None, CultureInfo.InvariantCulture));
    }

    private static double ParseFloat(ReadOnlySpan<char> text) =>
        double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);

    private static object ParseRadix(ReadOnlySpan<char> digits, int radix)
    {
        var bitsPerDigit = radix == 16 ? 4 : radix == 8 ? 3 : 1;
        if (digits.Length * bitsPerDigit <= 63)
        {
            long value = 0;
            foreach (var c in digits)
            {
                value = (value << bitsPerDigit) | (long)HexValue(c);
            }
            return value;
        }
        var big = BigInteger.Zero;
        foreach (var c in digits)
        {
            big = (big << bitsPerDigit) | HexValue(c);
        }
        return Narrow(big);
    }

    private static int HexValue(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'a' and <= 'f' => c - 'a' + 10,
        _ => c - 'A' + 10,
    };

    private static object Narrow(BigInteger value) =>
        value >= long.MinValue && value <= long.MaxValue ? (long)value : value;
}
