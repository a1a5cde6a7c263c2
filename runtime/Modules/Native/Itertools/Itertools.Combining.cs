using System.Collections.Generic;

namespace PyNet.Runtime;

/// <summary><c>accumulate(iterable, func=None, *, initial=None)</c>: running totals (or results of func).</summary>
public sealed class PyAccumulate : PyNativeIterator
{
    public static readonly PyType AccumulateType = NativeTypes.Iterator("accumulate", ItertoolsModule.Name, Construct);

    private static readonly string[] s_parameters = { "iterable", "func", "initial" };

    private readonly PyIterator _source;
    private readonly object? _func;
    private object? _initial;
    private object? _total = PyOps.Unbound;

    private PyAccumulate(PyType type, PyIterator source, object? func, object? initial)
        : base(type)
    {
        _source = source;
        _func = func;
        _initial = initial;
    }

    public override object? Next()
    {
        if (_initial != null)
        {
            _total = _initial;
            _initial = null;
            return _total;
        }
        var value = _source.Next();
        if (ReferenceEquals(value, PyOps.Done))
        {
            return value;
        }
        _total = ReferenceEquals(_total, PyOps.Unbound) ? value
            : _func == null ? PyProtocol.BinaryOp(_total, value, BinaryOperator.Add)
            : PyCall.Call(_func, _total, value);
        return _total;
    }

    private static object? Construct(object?[] args, PyStr[]? kw)
    {
        var nKw = kw?.Length ?? 0;
        if (args.Length - nKw - 1 > 2)
        {
            throw new PyException(PyErrors.TakesAtMostArguments("accumulate", 2, args.Length - 1));
        }
        var a = Builtins.BindArguments("accumulate", args, kw, 1, s_parameters, 1, showPosition: true);
        var func = NativeTypes.IsMissing(a[1]) ? null : a[1];
        var initial = NativeTypes.IsMissing(a[2]) ? null : a[2];
        return new PyAccumulate((PyType)args[0]!, PyProtocol.GetIterator(a[0]), func, initial);
    }
}

/// <summary><c>chain(*iterables)</c> and <c>chain.from_iterable(iterable)</c>: the items of each iterable in turn.</summary>
public sealed class PyChain : PyNativeIterator
{
    public static readonly PyType ChainType = NativeTypes.Iterator("chain", ItertoolsModule.Name, Construct, t =>
        t.DefClassMethod("from_iterable", (args, kw) =>
        {
            var a = NativeTypes.Positional("from_iterable", args, kw);
            if (a.Length != 1)
            {
                throw new PyException(PyErrors.BuiltinArgCount("from_iterable", 1, a.Length));
            }
            return new PyChain((PyType)args[0]!, PyProtocol.GetIterator(a[0]));
        }));

    private PyIterator? _sources;
    private PyIterator? _active;

    private PyChain(PyType type, PyIterator sources)
        : base(type)
    {
        _sources = sources;
    }

    public override object? Next()
    {
        while (true)
        {
            if (_active == null)
            {
                if (_sources == null)
                {
                    return PyOps.Done;
                }
                var iterable = _sources.Next();
                if (ReferenceEquals(iterable, PyOps.Done))
                {
                    _sources = null;
                    return PyOps.Done;
                }
                _active = PyProtocol.GetIterator(iterable);
            }
            var item = _active.Next();
            if (!ReferenceEquals(item, PyOps.Done))
            {
                return item;
            }
            _active = null;
        }
    }

    private static object? Construct(object?[] args, PyStr[]? kw)
    {
        var a = NativeTypes.Positional("chain", args, kw);
        return new PyChain((PyType)args[0]!, new PyTupleIterator(PyTuple.Create(a)));
    }
}

/// <summary><c>groupby(iterable, key=None)</c>: (key, group) pairs for runs of items with equal keys.</summary>
public sealed class PyGroupBy : PyNativeIterator
{
    public static readonly PyType GroupByType = NativeTypes.Iterator("groupby", ItertoolsModule.Name, Construct);

    public static readonly PyType GrouperType = NativeTypes.Iterator("_grouper", ItertoolsModule.Name, (args, kw) =>
        throw new PyException(PyErrors.TypeError("cannot create 'itertools._grouper' instances")), isBaseType: false);

    private static readonly string[] s_parameters = { "iterable", "key" };

    private readonly PyIterator _source;
    private readonly object? _keyFunc;
    private object? _targetKey = PyOps.Unbound;
    private object? _currentKey = PyOps.Unbound;
    private object? _currentValue = PyOps.Unbound;
    private Grouper? _currentGrouper;

    private PyGroupBy(PyType type, PyIterator source, object? keyFunc)
        : base(type)
    {
        _source = source;
        _keyFunc = keyFunc;
    }

    public override object? Next()
    {
        _currentGrouper = null;
        while (true)
        {
            if (ReferenceEquals(_currentKey, PyOps.Unbound))
            {
                // nothing read yet: read the first item
            }
            else if (ReferenceEquals(_targetKey, PyOps.Unbound) || !PyProtocol.Eq(_targetKey, _currentKey))
            {
                break;
            }
            if (!Step())
            {
                return PyOps.Done;
            }
        }
        _targetKey = _currentKey;
        _currentGrouper = new Grouper(this, _targetKey);
        return PyTuple.Create(_currentKey, _currentGrouper);
    }

    private bool Step()
    {
        var value = _source.Next();
        if (ReferenceEquals(value, PyOps.Done))
        {
            return false;
        }
        var key = _keyFunc == null ? value : PyCall.Call(_keyFunc, value);
        _currentValue = value;
        _currentKey = key;
        return true;
    }

    private static object? Construct(object?[] args, PyStr[]? kw)
    {
        var a = Builtins.BindArguments("groupby", args, kw, 1, s_parameters, 1, showPosition: true);
        return new PyGroupBy((PyType)args[0]!, PyProtocol.GetIterator(a[0]), NativeTypes.IsMissing(a[1]) ? null : a[1]);
    }

    /// <summary>One group: valid until the groupby object advances to the next key.</summary>
    private sealed class Grouper : PyIterator
    {
        private readonly PyGroupBy _parent;
        private readonly object? _key;

        public Grouper(PyGroupBy parent, object? key)
        {
            _parent = parent;
            _key = key;
        }

        public override PyType Type => GrouperType;

        public override object? Next()
        {
            var p = _parent;
            if (!ReferenceEquals(p._currentGrouper, this))
            {
                return PyOps.Done;
            }
            if (ReferenceEquals(p._currentValue, PyOps.Unbound) && !p.Step())
            {
                return PyOps.Done;
            }
            if (!PyProtocol.Eq(_key, p._currentKey))
            {
                return PyOps.Done;
            }
            var value = p._currentValue;
            p._currentValue = PyOps.Unbound;
            return value;
        }
    }
}

/// <summary><c>pairwise(iterable)</c>: overlapping pairs of successive items.</summary>
public sealed class PyPairwise : PyNativeIterator
{
    public static readonly PyType PairwiseType = NativeTypes.Iterator("pairwise", ItertoolsModule.Name, Construct);

    private PyIterator? _source;
    private object? _previous = PyOps.Unbound;

    private PyPairwise(PyType type, PyIterator source)
        : base(type)
    {
        _source = source;
    }

    public override object? Next()
    {
        if (_source == null)
        {
            return PyOps.Done;
        }
        if (ReferenceEquals(_previous, PyOps.Unbound))
        {
            _previous = _source.Next();
            if (ReferenceEquals(_previous, PyOps.Done))
            {
                _source = null;
                return PyOps.Done;
            }
        }
        var item = _source.Next();
        if (ReferenceEquals(item, PyOps.Done))
        {
            _source = null;
            return PyOps.Done;
        }
        var pair = PyTuple.Create(_previous, item);
        _previous = item;
        return pair;
    }

    private static object? Construct(object?[] args, PyStr[]? kw)
    {
        var a = NativeTypes.Positional("pairwise", args, kw);
        if (a.Length != 1)
        {
            throw new PyException(PyErrors.BuiltinArgCount("pairwise", 1, a.Length));
        }
        return new PyPairwise((PyType)args[0]!, PyProtocol.GetIterator(a[0]));
    }
}

/// <summary><c>starmap(function, iterable)</c>: function(*item) for each item.</summary>
public sealed class PyStarmap : PyNativeIterator
{
    public static readonly PyType StarmapType = NativeTypes.Iterator("starmap", ItertoolsModule.Name, Construct);

    private readonly object? _func;
    private readonly PyIterator _source;

    private PyStarmap(PyType type, object? func, PyIterator source)
        : base(type)
    {
        _func = func;
        _source = source;
    }

    public override object? Next()
    {
        var item = _source.Next();
        if (ReferenceEquals(item, PyOps.Done))
        {
            return item;
        }
        object?[] callArgs;
        if (item is PyTuple t)
        {
            callArgs = t.UnsafeArray;
        }
        else
        {
            try
            {
                callArgs = Builtins.ToArray(item);
            }
            catch (PyException e) when (e.Value.Type.IsSubtypeOf(PyExc.TypeError))
            {
                throw new PyException(PyErrors.StarmapNotIterable());
            }
        }
        return PyCall.Call(_func, (object?[])callArgs.Clone(), null);
    }

    private static object? Construct(object?[] args, PyStr[]? kw)
    {
        var a = NativeTypes.Positional("starmap", args, kw);
        if (a.Length != 2)
        {
            throw new PyException(PyErrors.ArgumentCountRange("starmap", 2, 2, a.Length));
        }
        return new PyStarmap((PyType)args[0]!, a[0], PyProtocol.GetIterator(a[1]));
    }
}

/// <summary>
/// One of the iterators <c>tee(iterable, n=2)</c> returns (<c>itertools._tee</c>). The copies share a singly linked
/// list of the items read so far; each holds its position in it, so items nobody can reach any more are collected.
/// </summary>
public sealed class PyTee : PyNativeIterator
{
    public static readonly PyType TeeType = NativeTypes.Iterator("_tee", ItertoolsModule.Name, Construct, t =>
        t.DefMethod("__copy__", self => ((PyTee)self!).Copy()));

    private static readonly PyStr s_copy = PyStr.Intern("__copy__");

    private readonly Source _source;
    private Link _position;

    private PyTee(Source source, Link position)
        : base(TeeType)
    {
        _source = source;
        _position = position;
    }

    public override object? Next()
    {
        var next = _position.Next;
        if (next == null)
        {
            var item = _source.Iterator.Next();
            if (ReferenceEquals(item, PyOps.Done))
            {
                return item;
            }
            next = _position.Next = new Link(item);
        }
        _position = next;
        return next.Value;
    }

    private PyTee Copy() => new(_source, _position);

    private static PyTee FromIterable(object? iterable) =>
        iterable is PyTee tee ? tee.Copy() : new PyTee(new Source(PyProtocol.GetIterator(iterable)), new Link(null));

    private static object? Construct(object?[] args, PyStr[]? kw)
    {
        var a = NativeTypes.Positional("_tee", args, kw);
        if (a.Length != 1)
        {
            throw new PyException(PyErrors.BuiltinArgCount("_tee", 1, a.Length));
        }
        return FromIterable(a[0]);
    }

    /// <summary><c>itertools.tee(iterable, n=2)</c>.</summary>
    public static object? Tee(object?[] args, PyStr[]? kw)
    {
        Builtins.NoKeywords("tee", kw);
        if (args.Length < 1 || args.Length > 2)
        {
            throw new PyException(PyErrors.ArgumentCountRange("tee", 1, 2, args.Length));
        }
        var n = args.Length > 1 ? PyProtocol.Index(args[1]) : 2;
        if (n < 0)
        {
            throw new PyException(PyErrors.TeeNegative());
        }
        if (n == 0)
        {
            return PyTuple.Empty;
        }
        var it = PyProtocol.Iter(args[0]);
        var copy = it is PyTee ? null : PyType.Of(it).Lookup(s_copy);
        var copyable = it is PyTee || copy != null ? it : FromIterable(it);
        var result = new object?[n];
        result[0] = copyable;
        for (var i = 1; i < n; i++)
        {
            result[i] = copyable is PyTee t ? t.Copy() : PyProtocol.CallBound(copy, copyable);
        }
        return PyTuple.Create(result);
    }

    private sealed class Source
    {
        public Source(PyIterator iterator)
        {
            Iterator = iterator;
        }

        public PyIterator Iterator { get; }
    }

    private sealed class Link
    {
        public Link(object? value)
        {
            Value = value;
        }

        public object? Value { get; }

        public Link? Next { get; set; }
    }
}

/// <summary><c>zip_longest(*iterables, fillvalue=None)</c>: tuples until the longest input ends, padded.</summary>
public sealed class PyZipLongest : PyNativeIterator
{
    public static readonly PyType ZipLongestType = NativeTypes.Iterator("zip_longest", ItertoolsModule.Name, Construct);

    private static readonly PyStr s_fillValue = PyStr.Intern("fillvalue");

    private readonly PyIterator?[] _sources;
    private readonly object? _fill;
    private int _active;

    private PyZipLongest(PyType type, PyIterator?[] sources, object? fill)
        : base(type)
    {
        _sources = sources;
        _fill = fill;
        _active = sources.Length;
    }

    public override object? Next()
    {
        if (_sources.Length == 0 || _active == 0)
        {
            return PyOps.Done;
        }
        var row = new object?[_sources.Length];
        for (var i = 0; i < _sources.Length; i++)
        {
            var source = _sources[i];
            if (source == null)
            {
                row[i] = _fill;
                continue;
            }
            var item = source.Next();
            if (ReferenceEquals(item, PyOps.Done))
            {
                _sources[i] = null;
                _active--;
                if (_active == 0)
                {
                    return PyOps.Done;
                }
                item = _fill;
            }
            row[i] = item;
        }
        return PyTuple.Create(row);
    }

    private static object? Construct(object?[] args, PyStr[]? kw)
    {
        var nKw = kw?.Length ?? 0;
        object? fill = null;
        for (var k = 0; k < nKw; k++)
        {
            if (!kw![k].Equals(s_fillValue))
            {
                throw new PyException(PyErrors.UnexpectedKeywordFor("zip_longest", kw[k].Value));
            }
            fill = args[args.Length - nKw + k];
        }
        var sources = new List<PyIterator?>();
        for (var i = 1; i < args.Length - nKw; i++)
        {
            sources.Add(PyProtocol.GetIterator(args[i]));
        }
        return new PyZipLongest((PyType)args[0]!, sources.ToArray(), fill);
    }
}
