using System;
using System.Numerics;

namespace PyNet.Runtime;

/// <summary>Python <c>slice(start, stop, step)</c>.</summary>
public sealed class PySlice : PyObject
{
    public PySlice(object? start, object? stop, object? step)
    {
        Start = start;
        Stop = stop;
        Step = step;
    }

    public object? Start { get; }

    public object? Stop { get; }

    public object? Step { get; }

    public override PyType Type => PyType.SliceType;

    /// <summary>
    /// The first index and the count a slice with step 1 selects from a sequence of <paramref name="length"/> items,
    /// when its start and stop are None or ints that fit a long (false otherwise: the general path converts them).
    /// </summary>
    public static bool TryUnitBounds(object? start, object? stop, long length, out int first, out int count)
    {
        first = count = 0;
        if (!TryClamp(start, 0, length, out var a) || !TryClamp(stop, length, length, out var b))
        {
            return false;
        }
        first = (int)a;
        count = b > a ? (int)(b - a) : 0;
        return true;
    }

    private static bool TryClamp(object? bound, long absent, long length, out long index)
    {
        switch (bound)
        {
            case null:
                index = absent;
                return true;
            case long i:
                index = i < 0 ? Math.Max(i + length, 0) : Math.Min(i, length);
                return true;
            default:
                index = 0;
                return false;
        }
    }

    /// <summary>
    /// The clamped start, stop and step for a sequence of <paramref name="length"/> items, plus the number of items
    /// selected (CPython's PySlice_Unpack and PySlice_AdjustIndices).
    /// </summary>
    public (long Start, long Stop, long Step, long Count) Indices(long length)
    {
        long step = 1;
        if (Step != null)
        {
            step = SliceIndex(Step);
            if (step == 0)
            {
                throw new PyException(PyErrors.SliceStepZero());
            }
            if (step < -long.MaxValue)
            {
                step = -long.MaxValue;
            }
        }
        long start = Start == null ? (step < 0 ? long.MaxValue : 0) : SliceIndex(Start);
        long stop = Stop == null ? (step < 0 ? long.MinValue : long.MaxValue) : SliceIndex(Stop);
        if (start < 0)
        {
            start += length;
            if (start < 0)
            {
                start = step < 0 ? -1 : 0;
            }
        }
        else if (start >= length)
        {
            start = step < 0 ? length - 1 : length;
        }
        if (stop < 0)
        {
            stop += length;
            if (stop < 0)
            {
                stop = step < 0 ? -1 : 0;
            }
        }
        else if (stop >= length)
        {
            stop = step < 0 ? length - 1 : length;
        }
        long count;
        if (step < 0)
        {
            count = stop < start ? ((start - stop - 1) / -step) + 1 : 0;
        }
        else
        {
            count = start < stop ? ((stop - start - 1) / step) + 1 : 0;
        }
        return (start, stop, step, count);
    }

    /// <summary>slice.indices(length) for any int length (CPython's _PySlice_GetLongIndices).</summary>
    public (BigInteger Start, BigInteger Stop, BigInteger Step) BigIndices(BigInteger length)
    {
        if (length.Sign < 0)
        {
            throw new PyException(PyErrors.SliceLengthNegative());
        }
        var step = BigInteger.One;
        if (Step != null)
        {
            step = BigIndex(Step);
            if (step.IsZero)
            {
                throw new PyException(PyErrors.SliceStepZero());
            }
        }
        var backwards = step.Sign < 0;
        var lower = backwards ? BigInteger.MinusOne : BigInteger.Zero;
        var upper = backwards ? length - 1 : length;
        BigInteger Clamp(object? bound, BigInteger absent)
        {
            if (bound == null)
            {
                return absent;
            }
            var v = BigIndex(bound);
            if (v.Sign < 0)
            {
                v += length;
                return v < lower ? lower : v;
            }
            return v > upper ? upper : v;
        }
        return (Clamp(Start, backwards ? upper : lower), Clamp(Stop, backwards ? lower : upper), step);
    }

    private static BigInteger BigIndex(object? o)
    {
        if (!PyProtocol.HasIndex(o))
        {
            throw new PyException(PyErrors.SliceIndicesType());
        }
        return PyInt.ToBig(Builtins.IndexInt(o));
    }

    /// <summary>A slice bound as a long, clamped to the long range as CPython clamps to Py_ssize_t.</summary>
    private static long SliceIndex(object? o)
    {
        if (o is long l)
        {
            return l;
        }
        if (!PyProtocol.HasIndex(o))
        {
            throw new PyException(PyErrors.SliceIndicesType());
        }
        var v = Builtins.IndexInt(o);
        if (v is long lv)
        {
            return lv;
        }
        return ((BigInteger)v).Sign < 0 ? long.MinValue : long.MaxValue;
    }
}
