using System;
using System.Globalization;
using System.Numerics;
using System.Text;

namespace PyNet.Runtime;

/// <summary>Python <c>float</c>: values are boxed <see cref="double"/>.</summary>
public static partial class PyFloat
{
    /// <summary>Python's <c>repr(float)</c>: the shortest string that round-trips, in CPython's layout.</summary>
    public static string Repr(double x)
    {
        if (double.IsNaN(x))
        {
            return "nan";
        }
        if (double.IsInfinity(x))
        {
            return x > 0 ? "inf" : "-inf";
        }
        if (x == 0)
        {
            return double.IsNegative(x) ? "-0.0" : "0.0";
        }
        ShortestDigits(x, out var digits, out var decpt);
        var sb = new StringBuilder(24);
        if (x < 0)
        {
            sb.Append('-');
        }
        if (decpt <= -4 || decpt > 16)
        {
            sb.Append(digits[0]);
            if (digits.Length > 1)
            {
                sb.Append('.').Append(digits, 1, digits.Length - 1);
            }
            var exp = decpt - 1;
            sb.Append(exp < 0 ? "e-" : "e+");
            sb.Append(Math.Abs(exp).ToString("00", CultureInfo.InvariantCulture));
        }
        else if (decpt <= 0)
        {
            sb.Append("0.").Append('0', -decpt).Append(digits);
        }
        else if (decpt >= digits.Length)
        {
            sb.Append(digits).Append('0', decpt - digits.Length).Append(".0");
        }
        else
        {
            sb.Append(digits, 0, decpt).Append('.').Append(digits, decpt, digits.Length - decpt);
        }
        return sb.ToString();
    }

    /// <summary>
    /// The shortest decimal digits that round-trip <paramref name="x"/> (non-zero, finite), without sign, and the
    /// position of the decimal point: value = 0.DIGITS * 10**decpt.
    /// </summary>
    public static void ShortestDigits(double x, out string digits, out int decpt)
    {
        var shortest = Math.Abs(x).ToString("R", CultureInfo.InvariantCulture);
        var ePos = shortest.IndexOfAny(new[] { 'E', 'e' });
        var mantissa = ePos >= 0 ? shortest[..ePos] : shortest;
        var exp10 = ePos >= 0 ? int.Parse(shortest[(ePos + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture) : 0;
        var dot = mantissa.IndexOf('.');
        var intPart = dot >= 0 ? mantissa[..dot] : mantissa;
        var fracPart = dot >= 0 ? mantissa[(dot + 1)..] : string.Empty;
        var all = intPart + fracPart;
        var point = intPart.Length + exp10;
        var start = 0;
        while (start < all.Length - 1 && all[start] == '0')
        {
            start++;
            point--;
        }
        all = all[start..].TrimEnd('0');
        if (all.Length == 0)
        {
            all = "0";
        }
        digits = all;
        decpt = point;
    }

    public static object FloorDiv(double a, double b)
    {
        if (b == 0)
        {
            throw new PyException(PyErrors.FloatFloorDivisionByZero());
        }
        return DivMod(a, b).Div;
    }

    public static double Mod(double a, double b)
    {
        if (b == 0)
        {
            throw new PyException(PyErrors.FloatModuloByZero());
        }
        return DivMod(a, b).Mod;
    }

    /// <summary>CPython's float divmod: floor quotient and a remainder with the sign of the divisor.</summary>
    public static (double Div, double Mod) DivMod(double a, double b)
    {
        var mod = a % b;
        var div = (a - mod) / b;
        if (mod != 0)
        {
            if ((b < 0) != (mod < 0))
            {
                mod += b;
                div -= 1.0;
            }
        }
        else
        {
            mod = Math.CopySign(0.0, b);
        }
        double floordiv;
        if (div != 0)
        {
            floordiv = Math.Floor(div);
            if (div - floordiv > 0.5)
            {
                floordiv += 1.0;
            }
        }
        else
        {
            floordiv = Math.CopySign(0.0, a / b);
        }
        return (floordiv, mod);
    }

    public static object Pow(double a, double b)
    {
        if (a == 0 && b < 0)
        {
            throw new PyException(PyErrors.ZeroToNegativePower());
        }
        if (a < 0 && b != Math.Floor(b) && !double.IsInfinity(b))
        {
            return PyComplexMath.Pow(new Complex(a, 0), new Complex(b, 0));
        }
        var r = Math.Pow(a, b);
        if (double.IsInfinity(r) && !double.IsInfinity(a) && !double.IsInfinity(b))
        {
            throw new PyException(PyErrors.NumericalResultOutOfRange());
        }
        return r;
    }

    /// <summary>Python's numeric hash of a float, equal to the int hash for integral values.</summary>
    public static long Hash(double v)
    {
        if (double.IsNaN(v))
        {
            return 0;
        }
        if (double.IsInfinity(v))
        {
            return v > 0 ? PyHash.Inf : -PyHash.Inf;
        }
        var m = Frexp(v, out var e);
        var sign = 1;
        if (m < 0)
        {
            sign = -1;
            m = -m;
        }
        ulong x = 0;
        const ulong mod = (ulong)PyHash.Modulus;
        while (m != 0)
        {
            x = ((x << 28) & mod) | x >> (61 - 28);
            m *= 268435456.0;
            e -= 28;
            var y = (ulong)m;
            m -= y;
            x += y;
            if (x >= mod)
            {
                x -= mod;
            }
        }
        e = e >= 0 ? e % 61 : 61 - 1 - ((-1 - e) % 61);
        x = ((x << e) & mod) | x >> (61 - e);
        var r = (long)x * sign;
        return r == -1 ? -2 : r;
    }

    /// <summary>Splits v into a mantissa in [0.5, 1) and a power of two, as C's frexp.</summary>
    public static double Frexp(double v, out int exponent)
    {
        if (v == 0 || double.IsNaN(v) || double.IsInfinity(v))
        {
            exponent = 0;
            return v;
        }
        var bits = BitConverter.DoubleToInt64Bits(v);
        var exp = (int)((bits >> 52) & 0x7FF);
        if (exp == 0)
        {
            v *= 18014398509481984.0; // 2**54, to normalise a subnormal
            bits = BitConverter.DoubleToInt64Bits(v);
            exp = (int)((bits >> 52) & 0x7FF) - 54;
        }
        exponent = exp - 1022;
        bits = (bits & unchecked((long)0x800FFFFFFFFFFFFFL)) | (1022L << 52);
        return BitConverter.Int64BitsToDouble(bits);
    }

    public static bool IsIntegral(double v) => !double.IsInfinity(v) && Math.Floor(v) == v;

    /// <summary>Converts an integral float to int (int(x) for a float), raising for inf and nan.</summary>
    public static object ToInt(double v)
    {
        if (double.IsNaN(v))
        {
            throw new PyException(PyErrors.NanToInteger());
        }
        if (double.IsInfinity(v))
        {
            throw new PyException(PyErrors.InfinityToInteger());
        }
        var t = Math.Truncate(v);
        if (t >= -9.2233720368547758e18 && t < 9.2233720368547758e18)
        {
            return PyInt.Box((long)t);
        }
        return PyInt.Normalize(new BigInteger(t));
    }
}
