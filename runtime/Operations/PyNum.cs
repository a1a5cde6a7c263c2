using System;
using System.Runtime.CompilerServices;

namespace PyNet.Runtime;

/// <summary>
/// A value of a numeric local of compiled code, held unboxed when it is an int that fits a long or a float (see
/// docs/design.md, "Numbers in locals"). The compiler gives a local this representation when it is assigned from
/// arithmetic; the kind is tested at run time, so the local may hold any Python object and no static proof of its type
/// is needed. Arithmetic on two unboxed operands is done inline (the methods here are inlined into compiled code, with
/// the operator a constant), with overflow falling back to the general operators, which produce big ints.
/// </summary>
public struct PyNum
{
    /// <summary><see cref="Value"/> holds the value (any object, None, or <see cref="PyOps.Unbound"/>).</summary>
    public const int ObjectKind = 0;

    /// <summary>An int that fits a long: <see cref="Bits"/>; <see cref="Value"/> is its box or null.</summary>
    public const int IntKind = 1;

    /// <summary>A float: the bits of the double in <see cref="Bits"/>; <see cref="Value"/> is its box or null.</summary>
    public const int FloatKind = 2;

    /// <summary>The operation raised: the exception is pending.</summary>
    public const int FailedKind = -1;

    /// <summary>A for loop's iterator is exhausted.</summary>
    public const int ExhaustedKind = -2;

    private const long ExactInFloat = 1L << 53;

    public object? Value;
    public long Bits;
    public int Kind;

    private double Float
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => BitConverter.Int64BitsToDouble(Bits);
    }

    private double AsDouble
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => Kind == FloatKind ? BitConverter.Int64BitsToDouble(Bits) : Bits;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyNum OfLong(long value) => new() { Bits = value, Kind = IntKind };

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyNum OfDouble(double value) => new() { Bits = BitConverter.DoubleToInt64Bits(value), Kind = FloatKind };

    /// <summary>Any object: an exact int or float is read into the unboxed form (keeping its box).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyNum OfObject(object? value)
    {
        if (value is long l)
        {
            return new PyNum { Value = value, Bits = l, Kind = IntKind };
        }
        if (value is double d)
        {
            return new PyNum { Value = value, Bits = BitConverter.DoubleToInt64Bits(d), Kind = FloatKind };
        }
        return new PyNum { Value = value, Kind = ReferenceEquals(value, PyOps.Raised) ? FailedKind : ObjectKind };
    }

    /// <summary>The value as an object, boxing it (once: the box is kept) when it is unboxed.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static object? Box(ref PyNum n)
    {
        if (n.Kind == ObjectKind || n.Value != null)
        {
            return n.Value;
        }
        return n.Value = n.Kind == IntKind ? PyInt.Box(n.Bits) : n.Float;
    }

    /// <summary>The value as an object (a temporary: the box is not kept).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static object? ToObject(PyNum n)
    {
        if (n.Kind == ObjectKind || n.Value != null)
        {
            return n.Value;
        }
        return n.Kind == IntKind ? PyInt.Box(n.Bits) : n.Float;
    }

    // Each operator is its own small method, so that the JIT inlines it even into large compiled functions (its
    // inlining budget counts a method's IL before constant operands fold away). inPlace selects the protocol of the
    // general path (a op= b); ints and floats have no in-place operators.

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyNum Add(PyNum a, PyNum b, bool inPlace)
    {
        if (a.Kind == IntKind && b.Kind == IntKind)
        {
            long x = a.Bits, y = b.Bits, r = x + y;
            if (((x ^ r) & (y ^ r)) >= 0)
            {
                return OfLong(r);
            }
        }
        else if (a.Kind > ObjectKind && b.Kind > ObjectKind)
        {
            return OfDouble(a.AsDouble + b.AsDouble);
        }
        return Generic(a, b, BinaryOperator.Add, inPlace);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyNum Sub(PyNum a, PyNum b, bool inPlace)
    {
        if (a.Kind == IntKind && b.Kind == IntKind)
        {
            long x = a.Bits, y = b.Bits, r = x - y;
            if (((x ^ y) & (x ^ r)) >= 0)
            {
                return OfLong(r);
            }
        }
        else if (a.Kind > ObjectKind && b.Kind > ObjectKind)
        {
            return OfDouble(a.AsDouble - b.AsDouble);
        }
        return Generic(a, b, BinaryOperator.Sub, inPlace);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyNum Mul(PyNum a, PyNum b, bool inPlace)
    {
        if (a.Kind == IntKind && b.Kind == IntKind)
        {
            var high = Math.BigMul(a.Bits, b.Bits, out long r);
            if (high == (r >> 63))
            {
                return OfLong(r);
            }
        }
        else if (a.Kind > ObjectKind && b.Kind > ObjectKind)
        {
            return OfDouble(a.AsDouble * b.AsDouble);
        }
        return Generic(a, b, BinaryOperator.Mult, inPlace);
    }

    // a op b of two objects (attributes, calls, subscripts: no unboxed operand), as one call: compiled code at tier 0
    // passes two references instead of building and copying PyNum structs, and calls this method's precompiled code,
    // which inlines the operator; at tier 1 it is inlined itself ("IL size and warm-up" in docs/design.md).

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyNum AddObjects(object? a, object? b) => Add(OfObject(a), OfObject(b), false);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyNum SubObjects(object? a, object? b) => Sub(OfObject(a), OfObject(b), false);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyNum MulObjects(object? a, object? b) => Mul(OfObject(a), OfObject(b), false);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyNum TrueDivObjects(object? a, object? b) => TrueDiv(OfObject(a), OfObject(b), false);

    /// <summary>Two ints of at most 53 bits divide exactly as floats (both convert exactly; the quotient rounds once).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyNum TrueDiv(PyNum a, PyNum b, bool inPlace)
    {
        if (a.Kind > ObjectKind && b.Kind > ObjectKind && b.Bits != 0
            && (a.Kind == FloatKind || (ulong)(a.Bits + ExactInFloat) <= 2 * ExactInFloat)
            && (b.Kind == FloatKind || (ulong)(b.Bits + ExactInFloat) <= 2 * ExactInFloat))
        {
            var y = b.AsDouble;
            if (y != 0)
            {
                return OfDouble(a.AsDouble / y);
            }
        }
        return Generic(a, b, BinaryOperator.Div, inPlace);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyNum FloorDiv(PyNum a, PyNum b, bool inPlace)
    {
        if (a.Kind == IntKind && b.Kind == IntKind && b.Bits > 0)
        {
            long x = a.Bits, y = b.Bits, q = x / y;
            return OfLong(x % y < 0 ? q - 1 : q);
        }
        return Generic(a, b, BinaryOperator.FloorDiv, inPlace);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyNum Mod(PyNum a, PyNum b, bool inPlace)
    {
        if (a.Kind == IntKind && b.Kind == IntKind && b.Bits > 0)
        {
            long y = b.Bits, r = a.Bits % y;
            return OfLong(r < 0 ? r + y : r);
        }
        return Generic(a, b, BinaryOperator.Mod, inPlace);
    }

    /// <summary>Whether a * b needs a big int (an int tree's operands wider than 32 bits).</summary>
    public static bool MultiplyOverflows(long a, long b)
    {
        var high = Math.BigMul(a, b, out var product);
        return high != (product >> 63);
    }

    /// <summary>
    /// <c>x ** 0.5</c> for a positive x as C's <c>pow(x, 0.5)</c> gives it, which is what CPython computes, at the cost of
    /// a square root. glibc's pow is within 0.54 ULP of the exact result (its documented bound), so it returns the
    /// correctly rounded square root <c>s</c> whenever the exact root lies within 0.44 ULP of <c>s</c> (the neighbours
    /// of <c>s</c> are then 0.56 ULP away or more); the distance is read from the exact residual <c>s*s - x</c> (one
    /// fused multiply-add). Roots nearer a rounding midpoint (about one in eight), and tiny or non-finite x, take pow.
    /// PowHalfTests compares the two on millions of values, midpoint neighbours included.
    /// </summary>
    public static double PowHalf(double x)
    {
        if (x >= 1e-270 && x < double.PositiveInfinity)
        {
            var s = Math.Sqrt(x);
            var residual = Math.FusedMultiplyAdd(s, s, -x);
            // |sqrt(x) - s| ~ |residual| / 2s (to 2^-100 relative), at most 0.44 ulp(s) when |residual| <= 0.88 s ulp(s);
            // ulp(s) = 2^(e-52) for s in [2^e, 2^(e+1)), built from its exponent bits (x >= 1e-270 keeps it normal).
            var ulp = BitConverter.Int64BitsToDouble(((BitConverter.DoubleToInt64Bits(s) >> 52) - 52) << 52);
            if (Math.Abs(residual) <= 0.88 * s * ulp)
            {
                return s;
            }
        }
        return Math.Pow(x, 0.5);
    }

    /// <summary>As PyOps.Pow: C's pow for a positive float base, unless the result overflows (OverflowError).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyNum Pow(PyNum a, PyNum b, bool inPlace)
    {
        if (a.Kind == FloatKind && (b.Kind == FloatKind || (b.Kind == IntKind && (ulong)(b.Bits + ExactInFloat) <= 2 * ExactInFloat)))
        {
            double x = a.Float, y = b.AsDouble;
            if (x > 0)
            {
                var p = Math.Pow(x, y);
                if (double.IsFinite(p) || !double.IsFinite(x) || !double.IsFinite(y))
                {
                    return OfDouble(p);
                }
            }
        }
        return Generic(a, b, BinaryOperator.Pow, inPlace);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyNum LShift(PyNum a, PyNum b, bool inPlace)
    {
        if (a.Kind == IntKind && b.Kind == IntKind && (ulong)b.Bits < 64)
        {
            long x = a.Bits, r = x << (int)b.Bits;
            if (r >> (int)b.Bits == x)
            {
                return OfLong(r);
            }
        }
        return Generic(a, b, BinaryOperator.LShift, inPlace);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyNum RShift(PyNum a, PyNum b, bool inPlace)
    {
        if (a.Kind == IntKind && b.Kind == IntKind && b.Bits >= 0)
        {
            return OfLong(a.Bits >> (int)Math.Min(b.Bits, 63));
        }
        return Generic(a, b, BinaryOperator.RShift, inPlace);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyNum BitAnd(PyNum a, PyNum b, bool inPlace) =>
        a.Kind == IntKind && b.Kind == IntKind ? OfLong(a.Bits & b.Bits) : Generic(a, b, BinaryOperator.BitAnd, inPlace);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyNum BitOr(PyNum a, PyNum b, bool inPlace) =>
        a.Kind == IntKind && b.Kind == IntKind ? OfLong(a.Bits | b.Bits) : Generic(a, b, BinaryOperator.BitOr, inPlace);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyNum BitXor(PyNum a, PyNum b, bool inPlace) =>
        a.Kind == IntKind && b.Kind == IntKind ? OfLong(a.Bits ^ b.Bits) : Generic(a, b, BinaryOperator.BitXor, inPlace);

    /// <summary>Any operator by the general protocol (and <c>@</c>, which numbers do not have).</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static PyNum Generic(PyNum a, PyNum b, BinaryOperator op, bool inPlace)
    {
        var x = ToObject(a);
        var y = ToObject(b);
        return OfObject(inPlace ? PyOps.InPlace(x, y, op) : op switch
        {
            BinaryOperator.Add => PyOps.Add(x, y),
            BinaryOperator.Sub => PyOps.Sub(x, y),
            BinaryOperator.Mult => PyOps.Mul(x, y),
            BinaryOperator.Div => PyOps.TrueDiv(x, y),
            BinaryOperator.FloorDiv => PyOps.FloorDiv(x, y),
            BinaryOperator.Mod => PyOps.Mod(x, y),
            BinaryOperator.Pow => PyOps.Pow(x, y),
            BinaryOperator.MatMult => PyOps.MatMul(x, y),
            BinaryOperator.LShift => PyOps.LShift(x, y),
            BinaryOperator.RShift => PyOps.RShift(x, y),
            BinaryOperator.BitAnd => PyOps.BitAnd(x, y),
            BinaryOperator.BitOr => PyOps.BitOr(x, y),
            _ => PyOps.BitXor(x, y),
        });
    }

    /// <summary><c>-a</c> and <c>+a</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyNum Unary(PyNum a, bool negate)
    {
        if (a.Kind == IntKind && (!negate || a.Bits != long.MinValue))
        {
            return negate ? OfLong(-a.Bits) : a;
        }
        if (a.Kind == FloatKind)
        {
            return negate ? OfDouble(-a.Float) : a;
        }
        return UnarySlow(a, negate);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static PyNum UnarySlow(PyNum a, bool negate) => OfObject(negate ? PyOps.Negate(ToObject(a)) : PyOps.Positive(ToObject(a)));

    /// <summary>A comparison used as a branch condition: 1, 0, or -1 with the exception pending.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int CompareTruth(PyNum a, PyNum b, CompareOperator op)
    {
        if (a.Kind == IntKind && b.Kind == IntKind)
        {
            return PyOps.Holds(a.Bits, b.Bits, op) ? 1 : 0;
        }
        if (a.Kind > ObjectKind && b.Kind > ObjectKind
            && (a.Kind == FloatKind || (a.Bits >= -ExactInFloat && a.Bits <= ExactInFloat))
            && (b.Kind == FloatKind || (b.Bits >= -ExactInFloat && b.Bits <= ExactInFloat)))
        {
            // Floats, or a float and an int of at most 53 bits: compared exactly in floating point.
            return PyOps.Holds(a.AsDouble, b.AsDouble, op) ? 1 : 0;
        }
        return CompareSlow(a, b, op);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int CompareSlow(PyNum a, PyNum b, CompareOperator op) => PyOps.CompareTruth(ToObject(a), ToObject(b), op);

    /// <summary>The truth of the value for a branch: 1, 0, or -1 with the exception pending.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Truth(PyNum a) => a.Kind switch
    {
        IntKind => a.Bits != 0 ? 1 : 0,
        FloatKind => a.Float != 0 ? 1 : 0,
        _ => PyOps.Truth(a.Value),
    };

    /// <summary><c>o[key]</c> with a numeric key: a list or tuple indexed by an unboxed int directly.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static object? GetItem(object? o, PyNum key) =>
        key.Kind == IntKind && TryGetAt(o, key.Bits, out var item) ? item : PyOps.GetItem(o, ToObject(key));

    /// <summary><c>o[index]</c> for a constant int index.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static object? GetItemAt(object? o, long index) =>
        TryGetAt(o, index, out var item) ? item : PyOps.GetItem(o, PyInt.Box(index));

    /// <summary>An item of an exact list or tuple at an index in range; false for anything else.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool TryGetAt(object? o, long index, out object? item)
    {
        // Exact classes compared in the condition (the JIT's method-table test): a type test against a class with
        // subclasses calls a helper, and a Type kept in a local is a real GetType call.
        if (o != null && o.GetType() == typeof(PyList))
        {
            var list = Unsafe.As<PyList>(o);
            var n = list.Count;
            var i = index < 0 ? index + n : index;
            if ((ulong)i < (ulong)n)
            {
                item = list[(int)i];
                return true;
            }
        }
        else if (o != null && o.GetType() == typeof(PyTuple))
        {
            var tuple = Unsafe.As<PyTuple>(o);
            var n = tuple.Count;
            var i = index < 0 ? index + n : index;
            if ((ulong)i < (ulong)n)
            {
                item = tuple[(int)i];
                return true;
            }
        }
        item = null;
        return false;
    }

    /// <summary><c>o[key] = value</c> with a numeric key: null, or Raised.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static object? SetItem(object? o, PyNum key, object? value) =>
        key.Kind == IntKind && TrySetAt(o, key.Bits, value) ? null : PyOps.SetItem(o, ToObject(key), value);

    /// <summary><c>o[index] = value</c> for a constant int index: null, or Raised.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static object? SetItemAt(object? o, long index, object? value) =>
        TrySetAt(o, index, value) ? null : PyOps.SetItem(o, PyInt.Box(index), value);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool TrySetAt(object? o, long index, object? value)
    {
        if (o != null && o.GetType() == typeof(PyList))
        {
            var list = Unsafe.As<PyList>(o);
            var n = list.Count;
            var i = index < 0 ? index + n : index;
            if ((ulong)i < (ulong)n)
            {
                list[(int)i] = value;
                return true;
            }
        }
        return false;
    }

    /// <summary>The next item of a for loop whose target is a numeric local: a range's longs are not boxed.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyNum ForNext(PyIterator iterator, PyThreadState ts)
    {
        if (iterator is PyRangeIterator { IsSmall: true } range)
        {
            return range.TryNextSmall(out var value) ? OfLong(value) : new PyNum { Kind = ExhaustedKind };
        }
        var item = PyOps.ForNext(iterator, ts);
        return ReferenceEquals(item, PyOps.Done) ? new PyNum { Kind = ExhaustedKind } : OfObject(item);
    }
}
