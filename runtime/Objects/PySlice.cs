using System;

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

    /// <summary>slice.indices(length) plus the number of selected items, with CPython's clamping rules.</summary>
    public (long Start, long Stop, long Step, long Count) Indices(long length)
    {
        long step = 1;
        if (Step != null)
        {
            step = SliceIndex(Step);
            if (step == 0)
            {
                throw new PyException(PyErrors.ValueError("slice step cannot be zero"));
            }
        }
        long lower = step < 0 ? -1 : 0;
        long upper = step < 0 ? length - 1 : length;
        long start;
        long stop;
        if (Start == null)
        {
            start = step < 0 ? upper : lower;
        }
        else
        {
            start = SliceIndex(Start);
            start = start < 0 ? Math.Max(start + length, lower) : Math.Min(start, upper);
        }
        if (Stop == null)
        {
            stop = step < 0 ? lower : upper;
        }
        else
        {
            stop = SliceIndex(Stop);
            stop = stop < 0 ? Math.Max(stop + length, lower) : Math.Min(stop, upper);
        }
        long count;
        if (step > 0)
        {
            count = stop > start ? ((stop - start - 1) / step) + 1 : 0;
        }
        else
        {
            count = start > stop ? ((start - stop - 1) / -step) + 1 : 0;
        }
        return (start, stop, step, count);
    }

    private static long SliceIndex(object? o)
    {
        if (o is System.Numerics.BigInteger b)
        {
            return b.Sign < 0 ? long.MinValue / 2 : long.MaxValue / 2;
        }
        if (!PyProtocol.HasIndex(o))
        {
            throw new PyException(PyErrors.TypeError("slice indices must be integers or None or have an __index__ method"));
        }
        var v = PyProtocol.Index(o);
        return Math.Clamp(v, long.MinValue / 2, long.MaxValue / 2);
    }
}
