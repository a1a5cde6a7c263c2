using System;
using System.Globalization;
using System.Numerics;
using System.Text;

namespace PyNet.Runtime;

/// <summary>
/// Exact decimal formatting and rounding of floats. Digits come from the exact binary value with BigInteger
/// arithmetic and round half to even, as CPython's dtoa does; the layout (point, padding zeros, exponent) follows
/// CPython's <c>PyOS_double_to_string</c>.
/// </summary>
public static partial class PyFloatFormatting
{
    // round(x, n) leaves x unchanged above this many digits and gives a signed zero below the minimum (CPython's
    // NDIGITS_MAX and NDIGITS_MIN, from the double's exponent range and log10(2)).
    private const int RoundDigitsMax = 323;
    private const int RoundDigitsMin = -308;

    private static readonly BigInteger[] s_powersOfTen = CreatePowers();

    /// <summary>float.__round__(x, n): x rounded half-even to n decimal digits on its exact value.</summary>
    public static object Round(double value, long digits)
    {
        if (!double.IsFinite(value) || digits > RoundDigitsMax)
        {
            return value;
        }
        if (digits < RoundDigitsMin)
        {
            return 0.0 * value;
        }
        var (m, e) = Decompose(Math.Abs(value));
        var n = ScaleRound(m, e, (int)digits);
        var text = n.ToString(CultureInfo.InvariantCulture) + "e" + (-digits).ToString(CultureInfo.InvariantCulture);
        var r = double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
        if (double.IsInfinity(r))
        {
            throw new PyException(PyErrors.RoundedTooLarge());
        }
        return Math.CopySign(r, value);
    }

    /// <summary>
    /// Formats a float as CPython's <c>PyOS_double_to_string</c> with format code e, f, g or r (repr), without the
    /// sign; <paramref name="negative"/> tells whether a minus sign belongs in front.
    /// </summary>
    public static string Format(double x, char code, int precision, bool alternate, bool addDot0, bool noNegativeZero, out bool negative)
    {
        var upper = char.IsUpper(code);
        code = char.ToLowerInvariant(code);
        if (double.IsNaN(x))
        {
            negative = false;
            return upper ? "NAN" : "nan";
        }
        negative = double.IsNegative(x);
        if (double.IsInfinity(x))
        {
            return upper ? "INF" : "inf";
        }
        var abs = Math.Abs(x);
        string digits;
        int decpt;
        switch (code)
        {
            case 'e':
                (digits, decpt) = Significant(abs, precision + 1);
                break;
            case 'f':
                (digits, decpt) = Fixed(abs, precision);
                break;
            case 'g':
                if (precision == 0)
                {
                    precision = 1;
                }
                (digits, decpt) = Significant(abs, precision);
                break;
            default:
                if (abs == 0)
                {
                    (digits, decpt) = ("0", 1);
                }
                else
                {
                    PyFloat.ShortestDigits(abs, out digits, out decpt);
                }
                break;
        }
        if (noNegativeZero && negative && digits == "0")
        {
            negative = false;
        }
        var useExp = false;
        var digitsEnd = digits.Length;
        switch (code)
        {
            case 'e':
                useExp = true;
                digitsEnd = precision + 1;
                break;
            case 'f':
                digitsEnd = decpt + precision;
                break;
            case 'g':
                useExp = decpt <= -4 || decpt > (addDot0 ? precision - 1 : precision);
                if (alternate)
                {
                    digitsEnd = precision;
                }
                break;
            default:
                useExp = decpt <= -4 || decpt > 16;
                break;
        }
        return Layout(digits, decpt, digitsEnd, useExp, alternate, addDot0, upper);
    }

    /// <summary>
    /// Writes digits with the decimal point at <paramref name="decpt"/> (value = 0.DIGITS * 10**decpt), padded with
    /// zeros up to <paramref name="digitsEnd"/> digit positions, in fixed or exponent form.
    /// </summary>
    private static string Layout(string digits, int decpt, int digitsEnd, bool useExp, bool alternate, bool addDot0, bool upper)
    {
        var exp = 0;
        if (useExp)
        {
            exp = decpt - 1;
            decpt = 1;
        }
        var start = decpt <= 0 ? decpt - 1 : 0;
        var end = Math.Max(digitsEnd, digits.Length);
        end = !useExp && addDot0 ? Math.Max(end, decpt + 1) : Math.Max(end, decpt);
        var sb = new StringBuilder(end - start + 8);
        if (decpt <= 0)
        {
            sb.Append('0', decpt - start).Append('.').Append('0', -decpt);
        }
        else
        {
            sb.Append('0', -start);
        }
        if (decpt > 0 && decpt <= digits.Length)
        {
            sb.Append(digits, 0, decpt).Append('.').Append(digits, decpt, digits.Length - decpt);
        }
        else
        {
            sb.Append(digits);
        }
        if (digits.Length < decpt)
        {
            sb.Append('0', decpt - digits.Length).Append('.').Append('0', end - decpt);
        }
        else
        {
            sb.Append('0', end - digits.Length);
        }
        if (sb[^1] == '.' && !alternate)
        {
            sb.Length--;
        }
        if (useExp)
        {
            sb.Append(upper ? 'E' : 'e').Append(exp < 0 ? '-' : '+');
            sb.Append(Math.Abs(exp).ToString("00", CultureInfo.InvariantCulture));
        }
        return sb.ToString();
    }

    /// <summary>The value rounded to <paramref name="count"/> significant digits: digits without trailing zeros, and the point position.</summary>
    public static (string Digits, int DecPt) Significant(double abs, int count)
    {
        if (abs == 0)
        {
            return ("0", 1);
        }
        var (m, e) = Decompose(abs);
        var k = (int)Math.Floor(Math.Log10(abs));
        var low = Pow10(count - 1);
        var high = low * 10;
        while (true)
        {
            var n = ScaleRound(m, e, count - 1 - k);
            if (n < low)
            {
                k--;
            }
            else if (n >= high)
            {
                k++;
            }
            else
            {
                return (TrimZeros(n.ToString(CultureInfo.InvariantCulture)), k + 1);
            }
        }
    }

    /// <summary>The value rounded to <paramref name="decimals"/> places after the point.</summary>
    public static (string Digits, int DecPt) Fixed(double abs, int decimals)
    {
        var (m, e) = Decompose(abs);
        var n = ScaleRound(m, e, decimals);
        if (n.IsZero)
        {
            return ("0", 1);
        }
        var s = n.ToString(CultureInfo.InvariantCulture);
        return (TrimZeros(s), s.Length - decimals);
    }

    /// <summary>A finite non-negative double as mantissa * 2**exponent.</summary>
    public static (BigInteger Mantissa, int Exponent) Decompose(double abs)
    {
        var bits = BitConverter.DoubleToInt64Bits(abs) & long.MaxValue;
        var exp = (int)(bits >> 52);
        var frac = bits & ((1L << 52) - 1);
        return exp == 0 ? (frac, -1074) : (frac | (1L << 52), exp - 1075);
    }

    /// <summary>m * 2**e2 * 10**e10 rounded half to even to an integer.</summary>
    public static BigInteger ScaleRound(BigInteger m, int e2, int e10)
    {
        var num = m;
        var den = BigInteger.One;
        if (e2 >= 0)
        {
            num <<= e2;
        }
        else
        {
            den <<= -e2;
        }
        if (e10 >= 0)
        {
            num *= Pow10(e10);
        }
        else
        {
            den *= Pow10(-e10);
        }
        var q = BigInteger.DivRem(num, den, out var r);
        var c = (r << 1).CompareTo(den);
        if (c > 0 || (c == 0 && !q.IsEven))
        {
            q += 1;
        }
        return q;
    }

    public static BigInteger Pow10(int n) => n < s_powersOfTen.Length ? s_powersOfTen[n] : BigInteger.Pow(10, n);

    private static string TrimZeros(string s)
    {
        var t = s.TrimEnd('0');
        return t.Length == 0 ? "0" : t;
    }

    private static BigInteger[] CreatePowers()
    {
        var table = new BigInteger[400];
        var p = BigInteger.One;
        for (var i = 0; i < table.Length; i++)
        {
            table[i] = p;
            p *= 10;
        }
        return table;
    }
}
