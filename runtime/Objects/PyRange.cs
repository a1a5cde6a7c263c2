using System;
using System.Numerics;

namespace PyNet.Runtime;

/// <summary>
/// Python <c>range</c>: arbitrary-size bounds (kept as BigInteger), with long copies for the common case where every
/// value, and the length, fits a long. <see cref="Length"/> raises OverflowError past that, as len() does in CPython.
/// </summary>
public sealed class PyRange : PyObject
{
    /// <summary>A range of longs; <paramref name="step"/> is not zero. Computed without BigInteger when the length and
    /// every value fit a long (always, for the ranges of ordinary loops), and without Int128, whose operators the JIT
    /// compiles on first use in every process (no ReadyToRun code holds them).</summary>
    public PyRange(long start, long stop, long step)
    {
        // |stop - start| < 2**64, so the length always fits an unsigned long.
        ulong length;
        if (step > 0)
        {
            length = start >= stop ? 0 : step == 1 ? unchecked((ulong)stop - (ulong)start) : (unchecked((ulong)stop - (ulong)start - 1) / (ulong)step) + 1;
        }
        else
        {
            length = start <= stop ? 0 : (unchecked((ulong)start - (ulong)stop - 1) / unchecked(0UL - (ulong)step)) + 1;
        }
        if (length <= long.MaxValue && EndFits(start, step, length))
        {
            IsSmall = true;
            Start = start;
            Stop = stop;
            Step = step;
            _length = (long)length;
            return;
        }
        _big = new BigBounds(start, stop, step, length);
    }

    /// <summary>
    /// True when start + length * step fits a long. The last value, start + (length - 1) * step, always does (it lies
    /// between start and stop), so wrapping arithmetic computes it exactly; only the step past it can overflow.
    /// </summary>
    private static bool EndFits(long start, long step, ulong length)
    {
        if (length == 0)
        {
            return true;
        }
        var last = unchecked(start + (long)((length - 1) * (ulong)step));
        var end = unchecked(last + step);
        return ((last ^ end) & (step ^ end)) >= 0;
    }

    /// <summary>A range with arbitrary bounds; <paramref name="step"/> is not zero.</summary>
    public static PyRange Create(BigInteger start, BigInteger stop, BigInteger step)
    {
        if (Fits(start) && Fits(stop) && Fits(step))
        {
            var r = new PyRange((long)start, (long)stop, (long)step);
            if (r.IsSmall)
            {
                return r;
            }
        }
        return new PyRange(start, stop, step);
    }

    private PyRange(BigInteger start, BigInteger stop, BigInteger step)
    {
        BigInteger length;
        if (step.Sign > 0)
        {
            length = start < stop ? ((stop - start - 1) / step) + 1 : BigInteger.Zero;
        }
        else
        {
            length = start > stop ? ((start - stop - 1) / -step) + 1 : BigInteger.Zero;
        }
        _big = new BigBounds(start, stop, step, length);
    }

    private readonly long _length;

    /// <summary>The bounds of a range that is not small (null otherwise: a small range is a few longs).</summary>
    private readonly BigBounds? _big;

    private sealed record BigBounds(BigInteger Start, BigInteger Stop, BigInteger Step, BigInteger Length);

    /// <summary>True when start, stop, step, the length and every value fit a long (the long fields are valid).</summary>
    public bool IsSmall { get; }

    public long Start { get; }

    public long Stop { get; }

    public long Step { get; }

    public BigInteger BigStart => IsSmall ? Start : _big!.Start;

    public BigInteger BigStop => IsSmall ? Stop : _big!.Stop;

    public BigInteger BigStep => IsSmall ? Step : _big!.Step;

    public BigInteger BigLength => IsSmall ? _length : _big!.Length;

    /// <summary>len(range): OverflowError when the length does not fit a long.</summary>
    public long Length => IsSmall ? _length : _big!.Length <= long.MaxValue ? (long)_big.Length : throw new PyException(PyErrors.RangeLengthOverflow());

    public long this[long index] => Start + (index * Step);

    public BigInteger ItemAt(BigInteger index) => BigStart + (index * BigStep);

    public override PyType Type => PyType.RangeType;

    private static bool Fits(BigInteger v) => v >= long.MinValue && v <= long.MaxValue;
}

/// <summary>The base of iterators written in C#: <see cref="Next"/> returns <see cref="PyOps.Done"/> at the end.</summary>
public abstract class PyIterator : PyObject
{
    /// <summary>The next item, or <see cref="PyOps.Done"/>; may throw <see cref="PyException"/>.</summary>
    public abstract object? Next();

    /// <summary>The next item, <see cref="PyOps.Done"/>, or <see cref="PyOps.Raised"/> with the exception pending.</summary>
    public virtual object? NextOrRaised()
    {
        try
        {
            return Next();
        }
        catch (PyException e)
        {
            return PyOps.SetPending(e.Value);
        }
    }

    /// <summary>
    /// The next item for a for loop whose target unpacks it at once, with <see cref="NextOrRaised"/>'s results.
    /// Iterators that make a tuple per item (enumerate, zip) return one tuple they refill on every call: the loop
    /// copies its items out before anything else runs, and no Python code can reach the tuple.
    /// </summary>
    public virtual object? NextToUnpack() => NextOrRaised();

    /// <summary>
    /// How many items are left when the iterator knows it cheaply (a list, tuple or range iterator, or a map over
    /// one), else -1. Only a hint for sizing a list that collects them: the source may still change.
    /// </summary>
    public virtual int LengthHint => -1;
}

/// <summary>The iterator over a range (forwards, or backwards for reversed(range)).</summary>
public sealed class PyRangeIterator : PyIterator
{
    public static readonly PyType LongRangeIteratorType = new("longrange_iterator", PyType.ObjectType, IteratorMembers.Init, isBaseType: false);

    private readonly bool _isSmall;
    private long _next;
    private readonly long _step;
    private long _remaining;

    /// <summary>The position of an iterator whose values do not all fit a long (null for a small one).</summary>
    private readonly BigPosition? _big;

    private sealed class BigPosition(BigInteger next, BigInteger step, BigInteger remaining)
    {
        public BigInteger Next = next;
        public readonly BigInteger Step = step;
        public BigInteger Remaining = remaining;
    }

    public PyRangeIterator(PyRange range)
    {
        if (range.IsSmall)
        {
            // Every value of a small range fits a long, as does the one past its end.
            _isSmall = true;
            _next = range.Start;
            _step = range.Step;
            _remaining = range.Length;
            return;
        }
        _big = new BigPosition(range.BigStart, range.BigStep, range.BigLength);
    }

    public PyRangeIterator(BigInteger start, BigInteger step, BigInteger count)
    {
        _isSmall = count <= long.MaxValue && start >= long.MinValue && start <= long.MaxValue && step >= long.MinValue && step <= long.MaxValue
            && start + (count * step) >= long.MinValue && start + (count * step) <= long.MaxValue;
        if (_isSmall)
        {
            _next = (long)start;
            _step = (long)step;
            _remaining = (long)count;
        }
        else
        {
            _big = new BigPosition(start, step, count);
        }
    }

    public override PyType Type => _isSmall ? PyType.RangeIteratorType : LongRangeIteratorType;

    public override object? Next()
    {
        if (_isSmall)
        {
            if (_remaining <= 0)
            {
                return PyOps.Done;
            }
            _remaining--;
            var v = _next;
            _next += _step;
            return PyInt.Box(v);
        }
        var big = _big!;
        if (big.Remaining.Sign <= 0)
        {
            return PyOps.Done;
        }
        big.Remaining -= 1;
        var b = big.Next;
        big.Next += big.Step;
        return PyInt.Normalize(b);
    }

    public override object? NextOrRaised() => Next();

    /// <summary>For compiled loops over ranges of longs: the next value unboxed (false when not small or exhausted).</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public bool TryNextSmall(out long value)
    {
        value = _next;
        if (!_isSmall || _remaining <= 0)
        {
            return false;
        }
        _remaining--;
        _next += _step;
        return true;
    }

    /// <summary>True when the values are longs (<see cref="TryNextSmall"/> yields them all).</summary>
    public bool IsSmall => _isSmall;

    public override int LengthHint => _isSmall ? (int)System.Math.Min(_remaining, int.MaxValue) : -1;
}

/// <summary>The iterator over a list; sees appends made while iterating, as CPython's does.</summary>
public sealed class PyListIterator : PyIterator
{
    private readonly PyList _list;
    private int _index;

    public PyListIterator(PyList list)
    {
        _list = list;
    }

    public override PyType Type => PyType.ListIteratorType;

    public override object? Next()
    {
        if (_index < _list.Count)
        {
            return _list[_index++];
        }
        _index = int.MaxValue;
        return PyOps.Done;
    }

    public override object? NextOrRaised() => Next();

    public override int LengthHint => System.Math.Max(0, _list.Count - _index);
}

/// <summary>The iterator over a tuple.</summary>
public sealed class PyTupleIterator : PyIterator
{
    private readonly PyTuple _tuple;
    private int _index;

    public PyTupleIterator(PyTuple tuple)
    {
        _tuple = tuple;
    }

    public override PyType Type => PyType.TupleIteratorType;

    public override object? Next() => _index < _tuple.Count ? _tuple[_index++] : PyOps.Done;

    public override object? NextOrRaised() => Next();

    public override int LengthHint => _tuple.Count - _index;
}

/// <summary>The iterator over a str: one-character strings.</summary>
public sealed class PyStrIterator : PyIterator
{
    private readonly PyStr _str;
    private int _index;

    public PyStrIterator(PyStr str)
    {
        _str = str;
    }

    public override PyType Type => PyType.StrIteratorType;

    public override object? Next() => _index < _str.Length ? PyStr.FromCodePoint(_str.CodePointAt(_index++)) : PyOps.Done;

    public override object? NextOrRaised() => Next();
}

/// <summary>
/// Iterates a dict's keys, values or items, forwards or backwards (<c>reversed(d)</c>). As in CPython, a change of size
/// raises RuntimeError (and keeps raising), and so does yielding more entries than the dict had when iteration began.
/// </summary>
public sealed class PyDictIterator : PyIterator
{
    public static readonly PyType ReverseKeyIteratorType = new("dict_reversekeyiterator", PyType.ObjectType, IteratorMembers.Init, isBaseType: false);
    public static readonly PyType ReverseValueIteratorType = new("dict_reversevalueiterator", PyType.ObjectType, IteratorMembers.Init, isBaseType: false);
    public static readonly PyType ReverseItemIteratorType = new("dict_reverseitemiterator", PyType.ObjectType, IteratorMembers.Init, isBaseType: false);

    public enum Kind
    {
        Keys,
        Values,
        Items,
    }

    private readonly PyDict _dict;
    private readonly Kind _kind;
    private readonly bool _reversed;
    private int _used;
    private int _remaining;
    private int _position;
    private bool _exhausted;

    public PyDictIterator(PyDict dict, Kind kind, bool reversed = false)
    {
        _dict = dict;
        _kind = kind;
        _reversed = reversed;
        _used = dict.Count;
        _remaining = dict.Count;
        _position = reversed ? dict.EntryCount - 1 : 0;
    }

    public override PyType Type => (_kind, _reversed) switch
    {
        (Kind.Keys, false) => PyType.DictKeyIteratorType,
        (Kind.Values, false) => PyType.DictValueIteratorType,
        (Kind.Items, false) => PyType.DictItemIteratorType,
        (Kind.Keys, true) => ReverseKeyIteratorType,
        (Kind.Values, true) => ReverseValueIteratorType,
        _ => ReverseItemIteratorType,
    };

    public override object? Next()
    {
        if (_exhausted)
        {
            return PyOps.Done;
        }
        if (_dict.Count != _used)
        {
            _used = -1;
            throw new PyException(PyErrors.DictChangedSize());
        }
        object? k;
        object? v;
        var found = _reversed ? _dict.TryGetEntryBackwards(ref _position, out k, out v) : _dict.TryGetEntry(ref _position, out k, out v);
        if (!found)
        {
            _exhausted = true;
            return PyOps.Done;
        }
        if (_remaining == 0)
        {
            _exhausted = true;
            throw new PyException(PyErrors.DictKeysChanged());
        }
        _remaining--;
        return _kind switch
        {
            Kind.Keys => k,
            Kind.Values => v,
            _ => PyTuple.Create(k, v),
        };
    }
}

/// <summary>Iterates any object with <c>__next__</c> (a user iterator), turning StopIteration into the end.</summary>
public sealed class PyProtocolIterator : PyIterator
{
    private readonly object _iterator;

    public PyProtocolIterator(object iterator)
    {
        _iterator = iterator;
    }

    public override PyType Type => PyType.Of(_iterator);

    public object Inner => _iterator;

    public override object? Next() => PyProtocol.Next(_iterator);
}

/// <summary>The sequence-protocol iterator over an object with only <c>__getitem__</c>.</summary>
public sealed class PySequenceIterator : PyIterator
{
    private readonly object _sequence;
    private long _index;

    public PySequenceIterator(object sequence)
    {
        _sequence = sequence;
    }

    public override PyType Type => PyType.SequenceIteratorType;

    public override object? Next()
    {
        if (_index < 0)
        {
            return PyOps.Done;
        }
        try
        {
            return PyProtocol.GetItem(_sequence, PyInt.Box(_index++));
        }
        catch (PyException e) when (e.Value.Type.IsSubtypeOf(PyExc.IndexError) || e.Value.Type.IsSubtypeOf(PyExc.StopIteration))
        {
            _index = -1;
            return PyOps.Done;
        }
    }
}
