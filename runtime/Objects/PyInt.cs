using System;
using System.Globalization;
using System.Numerics;

namespace PyNet.Runtime;

/// <summary>
/// Python <c>int</c>. Values are boxed <see cref="long"/> when they fit in 64 bits and <see cref="BigInteger"/>
/// otherwise, always normalised back to <see cref="long"/> when they fit. Small values share cached boxes.
/// </summary>
public static partial class PyInt
{
    // Boxes of -256..1023 are made at start-up (so that each of them is one object, as CPython's small ints are); those
    // up to 65535 on first use and then kept: a program's counters, indexes and data keep reusing them instead of
    // allocating (bm_closures: 14 MB less resident, 4% less CPU; docs/design.md, "Values").
    private const int CacheLow = -256;
    private const int EagerHigh = 1024;
    private const int CacheHigh = 65536;
    private static readonly object?[] s_cache = CreateCache();
    private static readonly PyStr?[] s_decimalStrs = new PyStr?[EagerHigh - CacheLow];

    public static readonly object Zero = Box(0);
    public static readonly object One = Box(1);

    /// <summary>A boxed long, shared for small values.</summary>
    public static object Box(long value)
    {
        if ((ulong)(value - CacheLow) < (ulong)(CacheHigh - CacheLow))
        {
            return s_cache[value - CacheLow] ?? (s_cache[value - CacheLow] = value);
        }
        return value;
    }

    public static object Box(int value) => Box((long)value);

    /// <summary>
    /// str(n): the decimal text, one shared str per small int whose box is cached (made on first use). A str is
    /// immutable and str(n) promises no new object (CPython shares its one-character strs), while records full of
    /// small numbers then keep one object per distinct value alive instead of two per field.
    /// </summary>
    public static PyStr DecimalStr(long value)
    {
        if ((ulong)(value - CacheLow) < (ulong)(EagerHigh - CacheLow))
        {
            return s_decimalStrs[value - CacheLow] ??= new PyStr(value.ToString(CultureInfo.InvariantCulture));
        }
        return new PyStr(value.ToString(CultureInfo.InvariantCulture));
    }

    /// <summary>Normalises a big integer: a long when it fits.</summary>
    public static object Normalize(BigInteger value)
    {
        // Comparing with long.MinValue/MaxValue would build two BigIntegers (arrays) per call.
        if (value.GetBitLength() <= 63)
        {
            return Box((long)value);
        }
        return value;
    }

    /// <summary>A big integer literal from the compiler (decimal digits).</summary>
    public static object ParseLiteral(string digits) => Normalize(BigInteger.Parse(digits, CultureInfo.InvariantCulture));

    public static bool IsInt(object? o) => o is long || o is BigInteger || o is bool;

    /// <summary>An int value (bool included) as a BigInteger.</summary>
    public static BigInteger ToBig(object o) => o switch
    {
        long l => l,
        BigInteger b => b,
        bool b => b ? BigInteger.One : BigInteger.Zero,
        _ => throw new InvalidCastException(),
    };

    public static object Add(long a, long b)
    {
        var r = a + b;
        if (((a ^ r) & (b ^ r)) < 0)
        {
            return (BigInteger)a + b;
        }
        return Box(r);
    }

    public static object Sub(long a, long b)
    {
        var r = a - b;
        if (((a ^ b) & (a ^ r)) < 0)
        {
            return (BigInteger)a - b;
        }
        return Box(r);
    }

    public static object Mul(long a, long b)
    {
        var r = Math.BigMul(a, b, out long low);
        if ((r == 0 && low >= 0) || (r == -1 && low < 0))
        {
            return Box(low);
        }
        return (BigInteger)a * b;
    }

    /// <summary>Floor division; the caller has checked b != 0.</summary>
    public static object FloorDiv(long a, long b)
    {
        if (b == -1 && a == long.MinValue)
        {
            return -(BigInteger)a;
        }
        var q = a / b;
        if ((a % b != 0) && ((a < 0) != (b < 0)))
        {
            q--;
        }
        return Box(q);
    }

    /// <summary>Python modulo (sign of the divisor); the caller has checked b != 0.</summary>
    public static object Mod(long a, long b)
    {
        if (b == -1)
        {
            return Zero;
        }
        var r = a % b;
        if (r != 0 && ((r < 0) != (b < 0)))
        {
            r += b;
        }
        return Box(r);
    }

    public static BigInteger FloorDiv(BigInteger a, BigInteger b)
    {
        if (a.Sign >= 0 && b.Sign > 0)
        {
            // Truncation is the floor: no remainder needed.
            return BigInteger.Divide(a, b);
        }
        var q = BigInteger.DivRem(a, b, out var r);
        if (!r.IsZero && (r.Sign < 0) != (b.Sign < 0))
        {
            q -= 1;
        }
        return q;
    }

    public static BigInteger Mod(BigInteger a, BigInteger b)
    {
        var r = BigInteger.Remainder(a, b);
        if (!r.IsZero && (r.Sign < 0) != (b.Sign < 0))
        {
            r += b;
        }
        return r;
    }

    public static object Neg(long a) => a == long.MinValue ? -(BigInteger)a : Box(-a);

    public static object LeftShift(long a, long n)
    {
        if (a == 0)
        {
            return Zero;
        }
        if (n < 63)
        {
            var r = a << (int)n;
            if (r >> (int)n == a)
            {
                return Box(r);
            }
        }
        if (n > int.MaxValue)
        {
            throw new PyException(PyErrors.TooManyDigitsInInteger());
        }
        return (BigInteger)a << (int)n;
    }

    public static object RightShift(long a, long n) => Box(n >= 64 ? (a < 0 ? -1 : 0) : a >> (int)n);

    /// <summary>Integer power with a non-negative exponent.</summary>
    public static object Pow(BigInteger a, long exponent)
    {
        if (exponent > int.MaxValue)
        {
            if (a.IsOne || a.IsZero)
            {
                return Normalize(a);
            }
            if (a == BigInteger.MinusOne)
            {
                return Box((exponent & 1) == 0 ? 1 : -1);
            }
            throw new PyException(PyErrors.MemoryError());
        }
        return Normalize(BigInteger.Pow(a, (int)exponent));
    }

    public static int Compare(object a, object b)
    {
        if (a is long x && b is long y)
        {
            return x.CompareTo(y);
        }
        return ToBig(a).CompareTo(ToBig(b));
    }

    /// <summary>Python's numeric hash of an int: the value modulo 2**61 - 1, with -1 mapped to -2.</summary>
    public static long Hash(long v)
    {
        if (v > -PyHash.Modulus && v < PyHash.Modulus)
        {
            return v == -1 ? -2 : v;
        }
        // |v| as an unsigned value (long.MinValue included), reduced modulo 2**61 - 1, the sign put back.
        var magnitude = v < 0 ? (ulong)(-(v + 1)) + 1 : (ulong)v;
        var r = (long)(magnitude % PyHash.Modulus);
        if (v < 0)
        {
            r = -r;
        }
        return r == -1 ? -2 : r;
    }

    public static long Hash(BigInteger v)
    {
        var r = (long)(BigInteger.Abs(v) % PyHash.Modulus);
        if (v.Sign < 0)
        {
            r = -r;
        }
        return r == -1 ? -2 : r;
    }

    public static string Repr(object o) => o switch
    {
        long l => l.ToString(CultureInfo.InvariantCulture),
        BigInteger b => Decimal(b),
        bool b => b ? "True" : "False",
        _ => throw new InvalidCastException(),
    };

    /// <summary>The decimal digits of a big int, refused beyond CPython 3.11's default limit of 4300 digits.</summary>
    public static string Decimal(BigInteger b)
    {
        // 14300 bits certainly exceed 4300 digits; check cheaply before converting.
        if (BigInteger.Abs(b).GetBitLength() > 14300)
        {
            throw new PyException(PyErrors.IntToStringTooLong());
        }
        var s = b.ToString(CultureInfo.InvariantCulture);
        if (s.Length - (b.Sign < 0 ? 1 : 0) > IntMembers.MaxStrDigits)
        {
            throw new PyException(PyErrors.IntToStringTooLong());
        }
        return s;
    }

    public static double ToDouble(object o)
    {
        switch (o)
        {
            case long l:
                return l;
            case bool b:
                return b ? 1 : 0;
            case BigInteger big:
                return BigToDouble(big);
            default:
                throw new InvalidCastException();
        }
    }

    /// <summary>A big int as the nearest double (ties to even), as CPython's PyLong_AsDouble; OverflowError beyond the range.</summary>
    public static double BigToDouble(BigInteger big)
    {
        var abs = BigInteger.Abs(big);
        var bits = (long)abs.GetBitLength();
        double d;
        if (bits <= 63)
        {
            d = (long)abs;
        }
        else
        {
            // Keep 55 significant bits plus a sticky bit for anything shifted out, so the one rounding done by the
            // long-to-double conversion is the correct one.
            var shift = (int)(bits - 55);
            var top = abs >> shift;
            if (!(top << shift).Equals(abs))
            {
                top |= 1;
            }
            d = Math.ScaleB((long)top, shift);
        }
        if (double.IsInfinity(d))
        {
            throw new PyException(PyErrors.IntTooLargeForFloat());
        }
        return big.Sign < 0 ? -d : d;
    }

    private static object?[] CreateCache()
    {
        var cache = new object?[CacheHigh - CacheLow];
        for (var i = 0; i < EagerHigh - CacheLow; i++)
        {
            cache[i] = (long)(i + CacheLow);
        }
        return cache;
    }
}

/// <summary>Python's numeric hash constants (sys.hash_info).</summary>
public static class PyHash
{
    public const long Modulus = (1L << 61) - 1;
    public const long Inf = 314159;
}
