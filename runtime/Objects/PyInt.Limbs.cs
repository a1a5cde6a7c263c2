using System;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace PyNet.Runtime;

/// <summary>
/// Addition, subtraction and multiplication of big ints written straight into the result's limbs.
/// <see cref="BigInteger"/>'s own operators compute into a pooled buffer and then copy it into a new zeroed array, so
/// every operation touches its result three times; at the sizes of <c>bm_pidigits</c> (thousands of digits) that made
/// additions three to four times slower than CPython's. Here each operation predicts its result's length from the
/// operands' bit lengths, allocates the array once (uninitialised) and hands it to the BigInteger without a copy.
/// The limbs are read and the BigInteger built through <see cref="UnsafeAccessorAttribute"/> on its two fields
/// (<c>_sign</c>, <c>_bits</c>) and its internal constructor; if a runtime lacks them the public operators are used.
/// See docs/design.md, "Big ints".
/// </summary>
public static partial class PyInt
{
    /// <summary>Multiplications whose shorter operand has at most this many limbs use the schoolbook loop here;
    /// longer ones go to BigInteger (Karatsuba from 32 limbs).</summary>
    private const int SchoolbookLimbs = 32;

    /// <summary>Whether the accessors work, probed on the first big-int operation (not when PyInt is first used: the
    /// probe jit-compiles the accessors, which a program without big ints should not pay for at start-up).</summary>
    private static class LimbAccess
    {
        public static readonly bool Available = ProbeLimbs();
    }

    [UnsafeAccessor(UnsafeAccessorKind.Field, Name = "_bits")]
    private static extern ref uint[]? BitsField(ref BigInteger value);

    [UnsafeAccessor(UnsafeAccessorKind.Field, Name = "_sign")]
    private static extern ref int SignField(ref BigInteger value);

    [UnsafeAccessor(UnsafeAccessorKind.Constructor)]
    private static extern BigInteger NewBig(int sign, uint[]? bits);

    private static bool ProbeLimbs()
    {
        try
        {
            var probe = -(BigInteger.One << 64) - 5;
            var bits = BitsField(ref probe);
            var back = NewBig(-1, new uint[] { 5, 0, 1 });
            return SignField(ref probe) == -1 && bits is { Length: 3 } && bits[0] == 5 && bits[2] == 1 && back == probe;
        }
        catch (Exception e) when (e is MissingMemberException or TypeLoadException)
        {
            return false;
        }
    }

    /// <summary>The magnitude of a big int as limbs, least significant first (one limb from the scratch for values
    /// held in the sign field).</summary>
    private static ReadOnlySpan<uint> Magnitude(ref BigInteger v, Span<uint> scratch, out bool negative)
    {
        var bits = BitsField(ref v);
        var sign = SignField(ref v);
        negative = sign < 0;
        if (bits != null)
        {
            return bits;
        }
        if (sign == 0)
        {
            return default;
        }
        scratch[0] = (uint)Math.Abs(sign);
        return scratch[..1];
    }

    /// <summary>A result's limbs as an int: a long when it fits, else a BigInteger over the array itself.</summary>
    private static object FromLimbs(uint[] limbs, int length, bool negative)
    {
        while (length > 0 && limbs[length - 1] == 0)
        {
            length--;
        }
        if (length <= 2)
        {
            var magnitude = length == 0 ? 0 : length == 1 ? limbs[0] : ((ulong)limbs[1] << 32) | limbs[0];
            if (magnitude <= long.MaxValue)
            {
                return Box(negative ? -(long)magnitude : (long)magnitude);
            }
            if (negative && magnitude == 1UL << 63)
            {
                return Box(long.MinValue);
            }
        }
        if (length != limbs.Length)
        {
            limbs = limbs.AsSpan(0, length).ToArray();
        }
        return NewBig(negative ? -1 : 1, limbs);
    }

    private static long BitLength(ReadOnlySpan<uint> magnitude) =>
        magnitude.IsEmpty ? 0 : 32L * magnitude.Length - BitOperations.LeadingZeroCount(magnitude[^1]);

    /// <summary>a + b (or a - b), normalised.</summary>
    public static object Add(BigInteger a, BigInteger b, bool subtract = false)
    {
        if (!LimbAccess.Available)
        {
            return Normalize(subtract ? a - b : a + b);
        }
        Span<uint> sa = stackalloc uint[1];
        Span<uint> sb = stackalloc uint[1];
        var x = Magnitude(ref a, sa, out var xNegative);
        var y = Magnitude(ref b, sb, out var yNegative);
        yNegative ^= subtract && !y.IsEmpty;
        if (xNegative == yNegative)
        {
            return x.Length >= y.Length ? AddMagnitudes(x, y, xNegative) : AddMagnitudes(y, x, xNegative);
        }
        var order = CompareMagnitudes(x, y, out var top);
        if (order == 0)
        {
            return Zero;
        }
        return order > 0 ? SubtractMagnitudes(x, y, top, xNegative) : SubtractMagnitudes(y, x, top, yNegative);
    }

    public static object Subtract(BigInteger a, BigInteger b) => Add(a, b, subtract: true);

    /// <summary>a * b, normalised.</summary>
    public static object Multiply(BigInteger a, BigInteger b)
    {
        if (!LimbAccess.Available)
        {
            return Normalize(a * b);
        }
        Span<uint> sa = stackalloc uint[1];
        Span<uint> sb = stackalloc uint[1];
        var x = Magnitude(ref a, sa, out var xNegative);
        var y = Magnitude(ref b, sb, out var yNegative);
        if (x.IsEmpty || y.IsEmpty)
        {
            return Zero;
        }
        if (x.Length < y.Length)
        {
            var t = x;
            x = y;
            y = t;
        }
        if (y.Length > SchoolbookLimbs)
        {
            return Normalize(a * b);
        }
        return MultiplyMagnitudes(x, y, xNegative != yNegative);
    }

    /// <summary>
    /// a // b when the quotient can be read off the operands' top limbs: same signs, a divisor of three limbs or more
    /// and a dividend at most one limb longer, as in a digit extraction. With a = A·W + a' and b = B·W + b' (A and B
    /// the top limbs, W the weight of the rest), A / (B + 1) &lt; a / b &lt; (A + 1) / B, so when both bounds have the
    /// same floor that floor is the quotient; B ≥ 2**64 makes them differ only for a quotient within 2**-63 of an
    /// integer, where this declines. Constant time, no allocation.
    /// </summary>
    public static bool TryFloorDivideShort(BigInteger a, BigInteger b, out object quotient)
    {
        quotient = Zero;
        if (!LimbAccess.Available)
        {
            return false;
        }
        Span<uint> sa = stackalloc uint[1];
        Span<uint> sb = stackalloc uint[1];
        var x = Magnitude(ref a, sa, out var xNegative);
        var y = Magnitude(ref b, sb, out var yNegative);
        if (xNegative != yNegative || y.Length < 3 || x.Length > y.Length + 1 || x.IsEmpty)
        {
            return false;
        }
        if (x.Length < y.Length)
        {
            return true;
        }
        var w = y.Length - 3;
        var top = Top(y, w);
        var high = Top(x, w);
        if (high == UInt128.MaxValue)
        {
            return false;
        }
        var low = high / (top + 1);
        if (low != (high + 1) / top)
        {
            return false;
        }
        quotient = low <= long.MaxValue ? Box((long)low) : Normalize((BigInteger)low);
        return true;
    }

    /// <summary>The limbs from <paramref name="start"/> up (at most four) as one number.</summary>
    private static UInt128 Top(ReadOnlySpan<uint> magnitude, int start)
    {
        UInt128 value = 0;
        for (var i = magnitude.Length - 1; i >= start; i--)
        {
            value = (value << 32) | magnitude[i];
        }
        return value;
    }

    /// <summary>|x| + |y| with x at least as long as y.</summary>
    private static object AddMagnitudes(ReadOnlySpan<uint> x, ReadOnlySpan<uint> y, bool negative)
    {
        var n = x.Length;
        // The sum has max(bits) or max(bits) + 1 bits: it can need a new limb only when a top limb is full.
        var mayCarryOut = BitLength(x) % 32 == 0 || (y.Length == n && BitLength(y) % 32 == 0);
        var r = GC.AllocateUninitializedArray<uint>(mayCarryOut ? n + 1 : n);
        ref var xr = ref MemoryMarshal.GetReference(x);
        ref var yr = ref MemoryMarshal.GetReference(y);
        ref var rr = ref MemoryMarshal.GetArrayDataReference(r);
        ulong carry = 0;
        var i = 0;
        // Two limbs at a time, as 64-bit words (the limbs are little-endian, as the platform).
        for (; i + 1 < y.Length; i += 2)
        {
            var u = Word(ref xr, i);
            var s = u + Word(ref yr, i);
            var c = s < u ? 1UL : 0;
            s += carry;
            carry = c | (s < carry ? 1UL : 0);
            SetWord(ref rr, i, s);
        }
        for (; i < y.Length; i++)
        {
            carry += (ulong)Unsafe.Add(ref xr, i) + Unsafe.Add(ref yr, i);
            Unsafe.Add(ref rr, i) = (uint)carry;
            carry >>= 32;
        }
        for (; carry != 0 && i < n; i++)
        {
            carry += Unsafe.Add(ref xr, i);
            Unsafe.Add(ref rr, i) = (uint)carry;
            carry >>= 32;
        }
        x[i..].CopyTo(r.AsSpan(i));
        if (mayCarryOut)
        {
            r[n] = (uint)carry;
        }
        return FromLimbs(r, r.Length, negative);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Word(ref uint limbs, int i) => Unsafe.ReadUnaligned<ulong>(ref Unsafe.As<uint, byte>(ref Unsafe.Add(ref limbs, i)));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void SetWord(ref uint limbs, int i, ulong value) => Unsafe.WriteUnaligned(ref Unsafe.As<uint, byte>(ref Unsafe.Add(ref limbs, i)), value);

    /// <summary>
    /// Compares magnitudes; <paramref name="top"/> is the highest limb index where they differ (the difference's
    /// length is at most top + 1).
    /// </summary>
    private static int CompareMagnitudes(ReadOnlySpan<uint> x, ReadOnlySpan<uint> y, out int top)
    {
        if (x.Length != y.Length)
        {
            top = Math.Max(x.Length, y.Length) - 1;
            return x.Length > y.Length ? 1 : -1;
        }
        for (top = x.Length - 1; top >= 0; top--)
        {
            if (x[top] != y[top])
            {
                return x[top] > y[top] ? 1 : -1;
            }
        }
        return 0;
    }

    /// <summary>|x| - |y| for |x| &gt; |y|, whose difference fits in <paramref name="top"/> + 1 limbs.</summary>
    private static object SubtractMagnitudes(ReadOnlySpan<uint> x, ReadOnlySpan<uint> y, int top, bool negative)
    {
        var n = top + 1;
        var r = GC.AllocateUninitializedArray<uint>(n);
        ref var xr = ref MemoryMarshal.GetReference(x);
        ref var yr = ref MemoryMarshal.GetReference(y);
        ref var rr = ref MemoryMarshal.GetArrayDataReference(r);
        var m = Math.Min(y.Length, n);
        ulong borrow = 0;
        var i = 0;
        for (; i + 1 < m; i += 2)
        {
            var u = Word(ref xr, i);
            var v = Word(ref yr, i);
            var d = u - v;
            var b = u < v ? 1UL : 0;
            b |= d < borrow ? 1UL : 0;
            SetWord(ref rr, i, d - borrow);
            borrow = b;
        }
        var wide = 0L - (long)borrow;
        for (; i < m; i++)
        {
            wide += (long)Unsafe.Add(ref xr, i) - Unsafe.Add(ref yr, i);
            Unsafe.Add(ref rr, i) = (uint)wide;
            wide >>= 32;
        }
        for (; wide != 0 && i < n; i++)
        {
            wide += Unsafe.Add(ref xr, i);
            Unsafe.Add(ref rr, i) = (uint)wide;
            wide >>= 32;
        }
        x[i..n].CopyTo(r.AsSpan(i));
        return FromLimbs(r, n, negative);
    }

    /// <summary>|x| * |y| by the schoolbook method, with y the shorter operand.</summary>
    private static object MultiplyMagnitudes(ReadOnlySpan<uint> x, ReadOnlySpan<uint> y, bool negative)
    {
        // The product has bits(x) + bits(y) or one bit fewer: allocate the limbs that can be non-zero (a carry past
        // them is zero).
        var bits = BitLength(x) + BitLength(y);
        var length = (int)((bits + 31) / 32);
        var r = GC.AllocateUninitializedArray<uint>(length);
        var carry = MultiplyRow(x, y[0], r, accumulate: false);
        if (x.Length < length)
        {
            r[x.Length] = carry;
        }
        for (var j = 1; j < y.Length; j++)
        {
            var row = r.AsSpan(j);
            carry = MultiplyRow(x, y[j], row, accumulate: true);
            if (x.Length < row.Length)
            {
                row[x.Length] = carry;
            }
        }
        return FromLimbs(r, length, negative);
    }

    /// <summary>row[0..x.Length] = x * m (+ row when accumulating); returns the carry out.</summary>
    private static uint MultiplyRow(ReadOnlySpan<uint> x, uint m, Span<uint> row, bool accumulate)
    {
        // 32-bit limbs with a 64-bit carry: measured as fast as 64-bit words with 128-bit products here.
        ref var xr = ref MemoryMarshal.GetReference(x);
        ref var rr = ref MemoryMarshal.GetReference(row);
        ulong carry = 0;
        if (accumulate)
        {
            for (var i = 0; i < x.Length; i++)
            {
                carry += (ulong)Unsafe.Add(ref xr, i) * m + Unsafe.Add(ref rr, i);
                Unsafe.Add(ref rr, i) = (uint)carry;
                carry >>= 32;
            }
        }
        else
        {
            for (var i = 0; i < x.Length; i++)
            {
                carry += (ulong)Unsafe.Add(ref xr, i) * m;
                Unsafe.Add(ref rr, i) = (uint)carry;
                carry >>= 32;
            }
        }
        return (uint)carry;
    }
}
