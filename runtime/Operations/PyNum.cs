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

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsFailed(PyNum n) => n.Kind == FailedKind;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsExhausted(PyNum n) => n.Kind == ExhaustedKind;

    /// <summary>True when the local is unbound (only an object-kind value can be the Unbound sentinel).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsUnbound(PyNum n) => ReferenceEquals(n.Value, PyOps.Unbound);

    /// <summary><c>a op b</c> (or <c>a op= b</c>): inline for two ints or an int and a float, else the general operator.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyNum Binary(PyNum a, PyNum b, BinaryOperator op, bool inPlace)
    {
        if (a.Kind == IntKind && b.Kind == IntKind)
        {
            long x = a.Bits, y = b.Bits, r;
            switch (op)
            {
                case BinaryOperator.Add:
                    r = x + y;
                    if (((x ^ r) & (y ^ r)) >= 0)
                    {
                        return OfLong(r);
                    }
                    break;
                case BinaryOperator.Sub:
                    r = x - y;
                    if (((x ^ y) & (x ^ r)) >= 0)
                    {
                        return OfLong(r);
                    }
                    break;
                case BinaryOperator.Mult:
                    var high = Math.BigMul(x, y, out r);
                    if (high == (r >> 63))
                    {
                        return OfLong(r);
                    }
                    break;
                case BinaryOperator.FloorDiv:
                    if (y > 0)
                    {
                        r = x / y;
                        return OfLong(x % y < 0 ? r - 1 : r);
                    }
                    break;
                case BinaryOperator.Mod:
                    if (y > 0)
                    {
                        r = x % y;
                        return OfLong(r < 0 ? r + y : r);
                    }
                    break;
                case BinaryOperator.Div:
                    if (y != 0 && x >= -ExactInFloat && x <= ExactInFloat && y >= -ExactInFloat && y <= ExactInFloat)
                    {
                        return OfDouble((double)x / y);
                    }
                    break;
                case BinaryOperator.BitAnd:
                    return OfLong(x & y);
                case BinaryOperator.BitOr:
                    return OfLong(x | y);
                case BinaryOperator.BitXor:
                    return OfLong(x ^ y);
                case BinaryOperator.RShift:
                    if (y >= 0)
                    {
                        return OfLong(y >= 64 ? (x < 0 ? -1 : 0) : x >> (int)y);
                    }
                    break;
                case BinaryOperator.LShift:
                    if (y >= 0 && y < 64)
                    {
                        r = x << (int)y;
                        if (r >> (int)y == x)
                        {
                            return OfLong(r);
                        }
                    }
                    break;
            }
        }
        else if (a.Kind > ObjectKind && b.Kind > ObjectKind)
        {
            // A float and a float or an int: Python converts the int (rounding to nearest, as the cast does).
            double x = a.AsDouble, y = b.AsDouble;
            switch (op)
            {
                case BinaryOperator.Add:
                    return OfDouble(x + y);
                case BinaryOperator.Sub:
                    return OfDouble(x - y);
                case BinaryOperator.Mult:
                    return OfDouble(x * y);
                case BinaryOperator.Div:
                    if (y != 0)
                    {
                        return OfDouble(x / y);
                    }
                    break;
                case BinaryOperator.Pow:
                    if (a.Kind == FloatKind && x > 0 && (b.Kind == FloatKind || (b.Bits > -ExactInFloat && b.Bits < ExactInFloat)))
                    {
                        // As PyOps.Pow: C's pow for a positive base, unless the result overflows (OverflowError).
                        var p = Math.Pow(x, y);
                        if (double.IsFinite(p) || !double.IsFinite(x) || !double.IsFinite(y))
                        {
                            return OfDouble(p);
                        }
                    }
                    break;
            }
        }
        return Slow(a, b, op, inPlace);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static PyNum Slow(PyNum a, PyNum b, BinaryOperator op, bool inPlace)
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
            long x = a.Bits, y = b.Bits;
            return op switch
            {
                CompareOperator.Eq => x == y,
                CompareOperator.NotEq => x != y,
                CompareOperator.Lt => x < y,
                CompareOperator.LtE => x <= y,
                CompareOperator.Gt => x > y,
                _ => x >= y,
            } ? 1 : 0;
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
    public static object? GetItem(object? o, PyNum key)
    {
        if (key.Kind == IntKind)
        {
            var i = key.Bits;
            if (o is PyList list && list.IsExact)
            {
                var n = list.Count;
                if ((ulong)(i < 0 ? i + n : i) < (ulong)n)
                {
                    return list[(int)(i < 0 ? i + n : i)];
                }
            }
            else if (o is PyTuple tuple && tuple.IsExact)
            {
                var n = tuple.Count;
                if ((ulong)(i < 0 ? i + n : i) < (ulong)n)
                {
                    return tuple[(int)(i < 0 ? i + n : i)];
                }
            }
        }
        return PyOps.GetItem(o, ToObject(key));
    }

    /// <summary><c>o[key] = value</c> with a numeric key: null, or Raised.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static object? SetItem(object? o, PyNum key, object? value)
    {
        if (key.Kind == IntKind && o is PyList list && list.IsExact)
        {
            var i = key.Bits;
            var n = list.Count;
            if ((ulong)(i < 0 ? i + n : i) < (ulong)n)
            {
                list[(int)(i < 0 ? i + n : i)] = value;
                return null;
            }
        }
        return PyOps.SetItem(o, ToObject(key), value);
    }

    /// <summary>The next item of a for loop whose target is a numeric local: a range's longs are not boxed.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyNum ForNext(PyIterator iterator)
    {
        if (iterator is PyRangeIterator { IsSmall: true } range)
        {
            return range.TryNextSmall(out var value) ? OfLong(value) : new PyNum { Kind = ExhaustedKind };
        }
        var item = iterator.NextOrRaised();
        return ReferenceEquals(item, PyOps.Done) ? new PyNum { Kind = ExhaustedKind } : OfObject(item);
    }
}
