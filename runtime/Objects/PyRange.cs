namespace PyNet.Runtime;

/// <summary>Python <c>range</c>, with 64-bit bounds (larger bounds raise OverflowError at construction).</summary>
public sealed class PyRange : PyObject
{
    public PyRange(long start, long stop, long step)
    {
        Start = start;
        Stop = stop;
        Step = step;
        if (step > 0)
        {
            Length = start < stop ? (long)(((ulong)(stop - start) - 1) / (ulong)step) + 1 : 0;
        }
        else
        {
            Length = start > stop ? (long)(((ulong)(start - stop) - 1) / (ulong)(-step)) + 1 : 0;
        }
    }

    public long Start { get; }

    public long Stop { get; }

    public long Step { get; }

    public long Length { get; }

    public long this[long index] => Start + (index * Step);

    public override PyType Type => PyType.RangeType;
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
}

/// <summary>The iterator over a range.</summary>
public sealed class PyRangeIterator : PyIterator
{
    private long _next;
    private readonly long _step;
    private long _remaining;

    public PyRangeIterator(PyRange range)
    {
        _next = range.Start;
        _step = range.Step;
        _remaining = range.Length;
    }

    public override PyType Type => PyType.RangeIteratorType;

    public override object? Next()
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

    public override object? NextOrRaised() => Next();
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

/// <summary>Iterates a dict's keys, values or items, raising if the dict changes size.</summary>
public sealed class PyDictIterator : PyIterator
{
    public enum Kind
    {
        Keys,
        Values,
        Items,
    }

    private readonly PyDict _dict;
    private readonly Kind _kind;
    private readonly int _count;
    private int _position;

    public PyDictIterator(PyDict dict, Kind kind)
    {
        _dict = dict;
        _kind = kind;
        _count = dict.Count;
    }

    public override PyType Type => _kind switch
    {
        Kind.Keys => PyType.DictKeyIteratorType,
        Kind.Values => PyType.DictValueIteratorType,
        _ => PyType.DictItemIteratorType,
    };

    public override object? Next()
    {
        if (_dict.Count != _count)
        {
            throw new PyException(PyErrors.RuntimeError("dictionary changed size during iteration"));
        }
        if (!_dict.TryGetEntry(ref _position, out var k, out var v))
        {
            return PyOps.Done;
        }
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
