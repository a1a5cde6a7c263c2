namespace PyNet.Runtime;

/// <summary><c>compress(data, selectors)</c>: the data items whose selector is true.</summary>
public sealed class PyCompress : PyNativeIterator
{
    public static readonly PyType CompressType = NativeTypes.Iterator("compress", ItertoolsModule.Name, Construct);

    private static readonly string[] s_parameters = { "data", "selectors" };

    private readonly PyIterator _data;
    private readonly PyIterator _selectors;

    private PyCompress(PyType type, PyIterator data, PyIterator selectors)
        : base(type)
    {
        _data = data;
        _selectors = selectors;
    }

    public override object? Next()
    {
        while (true)
        {
            var item = _data.Next();
            if (ReferenceEquals(item, PyOps.Done))
            {
                return PyOps.Done;
            }
            var selector = _selectors.Next();
            if (ReferenceEquals(selector, PyOps.Done))
            {
                return PyOps.Done;
            }
            if (PyProtocol.IsTrue(selector))
            {
                return item;
            }
        }
    }

    private static object? Construct(object?[] args, PyStr[]? kw)
    {
        var a = Builtins.BindArguments("compress", args, kw, 1, s_parameters, 2, showPosition: true);
        return new PyCompress((PyType)args[0]!, PyProtocol.GetIterator(a[0]), PyProtocol.GetIterator(a[1]));
    }
}

/// <summary><c>dropwhile(predicate, iterable)</c>: skips items while the predicate holds, then yields the rest.</summary>
public sealed class PyDropWhile : PyNativeIterator
{
    public static readonly PyType DropWhileType = NativeTypes.Iterator("dropwhile", ItertoolsModule.Name, Construct);

    private readonly object? _predicate;
    private readonly PyIterator _source;
    private bool _dropping = true;

    private PyDropWhile(PyType type, object? predicate, PyIterator source)
        : base(type)
    {
        _predicate = predicate;
        _source = source;
    }

    public override object? Next()
    {
        while (true)
        {
            var item = _source.Next();
            if (ReferenceEquals(item, PyOps.Done) || !_dropping)
            {
                return item;
            }
            if (!PyProtocol.IsTrue(PyCall.Call(_predicate, item)))
            {
                _dropping = false;
                return item;
            }
        }
    }

    private static object? Construct(object?[] args, PyStr[]? kw)
    {
        var a = NativeTypes.Positional("dropwhile", args, kw);
        if (a.Length != 2)
        {
            throw new PyException(PyErrors.ArgumentCountRange("dropwhile", 2, 2, a.Length));
        }
        return new PyDropWhile((PyType)args[0]!, a[0], PyProtocol.GetIterator(a[1]));
    }
}

/// <summary><c>takewhile(predicate, iterable)</c>: yields items while the predicate holds.</summary>
public sealed class PyTakeWhile : PyNativeIterator
{
    public static readonly PyType TakeWhileType = NativeTypes.Iterator("takewhile", ItertoolsModule.Name, Construct);

    private readonly object? _predicate;
    private readonly PyIterator _source;
    private bool _stopped;

    private PyTakeWhile(PyType type, object? predicate, PyIterator source)
        : base(type)
    {
        _predicate = predicate;
        _source = source;
    }

    public override object? Next()
    {
        if (_stopped)
        {
            return PyOps.Done;
        }
        var item = _source.Next();
        if (ReferenceEquals(item, PyOps.Done))
        {
            return item;
        }
        if (PyProtocol.IsTrue(PyCall.Call(_predicate, item)))
        {
            return item;
        }
        _stopped = true;
        return PyOps.Done;
    }

    private static object? Construct(object?[] args, PyStr[]? kw)
    {
        var a = NativeTypes.Positional("takewhile", args, kw);
        if (a.Length != 2)
        {
            throw new PyException(PyErrors.ArgumentCountRange("takewhile", 2, 2, a.Length));
        }
        return new PyTakeWhile((PyType)args[0]!, a[0], PyProtocol.GetIterator(a[1]));
    }
}

/// <summary><c>filterfalse(function or None, iterable)</c>: the items for which the function is false.</summary>
public sealed class PyFilterFalse : PyNativeIterator
{
    public static readonly PyType FilterFalseType = NativeTypes.Iterator("filterfalse", ItertoolsModule.Name, Construct);

    private readonly object? _predicate;
    private readonly PyIterator _source;

    private PyFilterFalse(PyType type, object? predicate, PyIterator source)
        : base(type)
    {
        _predicate = predicate;
        _source = source;
    }

    public override object? Next()
    {
        while (true)
        {
            var item = _source.Next();
            if (ReferenceEquals(item, PyOps.Done))
            {
                return item;
            }
            var test = _predicate == null ? item : PyCall.Call(_predicate, item);
            if (!PyProtocol.IsTrue(test))
            {
                return item;
            }
        }
    }

    private static object? Construct(object?[] args, PyStr[]? kw)
    {
        var a = NativeTypes.Positional("filterfalse", args, kw);
        if (a.Length != 2)
        {
            throw new PyException(PyErrors.ArgumentCountRange("filterfalse", 2, 2, a.Length));
        }
        return new PyFilterFalse((PyType)args[0]!, a[0], PyProtocol.GetIterator(a[1]));
    }
}

/// <summary><c>islice(iterable, stop)</c> / <c>islice(iterable, start, stop[, step])</c>: a lazy slice.</summary>
public sealed class PyIslice : PyNativeIterator
{
    public static readonly PyType IsliceType = NativeTypes.Iterator("islice", ItertoolsModule.Name, Construct);

    private PyIterator? _source;
    private long _next;
    private readonly long _stop;
    private readonly long _step;
    private long _count;

    private PyIslice(PyType type, PyIterator source, long start, long stop, long step)
        : base(type)
    {
        _source = source;
        _next = start;
        _stop = stop;
        _step = step;
    }

    public override object? Next()
    {
        if (_source == null)
        {
            return PyOps.Done;
        }
        while (_count < _next)
        {
            if (ReferenceEquals(_source.Next(), PyOps.Done))
            {
                _source = null;
                return PyOps.Done;
            }
            _count++;
        }
        if (_stop != -1 && _count >= _stop)
        {
            _source = null;
            return PyOps.Done;
        }
        var item = _source.Next();
        if (ReferenceEquals(item, PyOps.Done))
        {
            _source = null;
            return PyOps.Done;
        }
        _count++;
        var old = _next;
        _next += _step;
        if (_next < old || (_stop != -1 && _next > _stop))
        {
            _next = _stop;
        }
        return item;
    }

    private static object? Construct(object?[] args, PyStr[]? kw)
    {
        var a = NativeTypes.Positional("islice", args, kw);
        if (a.Length < 2 || a.Length > 4)
        {
            throw new PyException(PyErrors.ArgumentCountRange("islice", 2, 4, a.Length));
        }
        long start = 0, stop = -1, step = 1;
        var stopArg = a.Length == 2 ? a[1] : a[2];
        if (stopArg != null && (!TryIndex(stopArg, out stop) || stop == -1))
        {
            throw new PyException(PyErrors.IsliceStop());
        }
        if (a.Length > 2)
        {
            if (a[1] != null && !TryIndex(a[1], out start))
            {
                start = -1;
            }
            if (a.Length == 4 && a[3] != null && !TryIndex(a[3], out step))
            {
                step = -1;
            }
        }
        if (start < 0 || stop < -1)
        {
            throw new PyException(PyErrors.IsliceIndices());
        }
        if (step < 1)
        {
            throw new PyException(PyErrors.IsliceStep());
        }
        return new PyIslice((PyType)args[0]!, PyProtocol.GetIterator(a[0]), start, stop, step);
    }

    private static bool TryIndex(object? o, out long value)
    {
        value = -1;
        if (o is System.Numerics.BigInteger big)
        {
            value = big.Sign < 0 ? long.MinValue : long.MaxValue;
            return true;
        }
        if (!PyProtocol.HasIndex(o))
        {
            return false;
        }
        value = PyProtocol.Index(o);
        return true;
    }
}
