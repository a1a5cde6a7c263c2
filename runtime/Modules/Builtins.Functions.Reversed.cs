namespace PyNet.Runtime;

/// <summary>
/// <c>reversed(seq)</c>: the object's own <c>__reversed__</c> when it has one, else this iterator over a sequence
/// (<c>__len__</c> and <c>__getitem__</c>) from its last index down.
/// </summary>
public sealed class PyReversed : PyIterator
{
    public static readonly PyType ReversedType = new("reversed", PyType.ObjectType, Init);

    private static readonly PyStr s_reversed = PyStr.Intern("__reversed__");

    private readonly PyType _type;
    private readonly object? _sequence;
    private long _index;

    private PyReversed(PyType type, object? sequence, long length)
    {
        _type = type;
        _sequence = sequence;
        _index = length - 1;
    }

    public override PyType Type => _type;

    public override object? Next()
    {
        if (_index < 0)
        {
            return PyOps.Done;
        }
        var i = _index--;
        switch (_sequence)
        {
            case PyTuple t:
                return i < t.Count ? t[(int)i] : PyOps.Done;
            case PyStr s:
                return i < s.Length ? PyStr.FromCodePoint(s.CodePointAt((int)i)) : PyOps.Done;
        }
        try
        {
            return PyProtocol.GetItem(_sequence, PyInt.Box(i));
        }
        catch (PyException e) when (e.Value.Type.IsSubtypeOf(PyExc.IndexError) || e.Value.Type.IsSubtypeOf(PyExc.StopIteration))
        {
            _index = -1;
            return PyOps.Done;
        }
    }

    /// <summary>reversed(seq) as the builtin computes it.</summary>
    public static object Create(PyType type, object? sequence)
    {
        switch (sequence)
        {
            case PyList list when !list.Type.IsHeapType:
                return new PyListReverseIterator(list);
            case PyRange r:
                return RangeMembers.Reversed(r);
            case PyTuple or PyStr:
                return new PyReversed(type, sequence, PyProtocol.Len(sequence));
        }
        var seqType = PyType.Of(sequence);
        if (seqType.TryLookup(s_reversed, out var method))
        {
            if (method == null)
            {
                throw new PyException(PyErrors.NotReversible(sequence));
            }
            return PyProtocol.CallBound(method, sequence)!;
        }
        if (seqType.Lookup(PyProtocol.GetItemName) == null || sequence is PyDict || seqType.Lookup(PyProtocol.LenName) == null)
        {
            throw new PyException(PyErrors.NotReversible(sequence));
        }
        return new PyReversed(type, sequence, PyProtocol.Len(sequence));
    }

    private static void Init(PyType t)
    {
        IteratorMembers.Init(t);
        t.DefStatic("__new__", (args, kw) =>
        {
            var type = (PyType)args[0]!;
            if (ReferenceEquals(type, ReversedType))
            {
                Builtins.NoKeywords("reversed", kw);
            }
            if (args.Length != 2)
            {
                throw new PyException(PyErrors.ExpectedArguments("reversed", 1, args.Length - 1));
            }
            return Create(type, args[1]);
        });
    }
}

/// <summary><c>iter(callable, sentinel)</c>: calls the callable until it returns the sentinel.</summary>
public sealed class PyCallableIterator : PyIterator
{
    public static readonly PyType CallableIteratorType = new("callable_iterator", PyType.ObjectType, IteratorMembers.Init, isBaseType: false);

    private object? _callable;
    private readonly object? _sentinel;

    public PyCallableIterator(object? callable, object? sentinel)
    {
        _callable = callable;
        _sentinel = sentinel;
    }

    public override PyType Type => CallableIteratorType;

    public override object? Next()
    {
        if (_callable == null)
        {
            return PyOps.Done;
        }
        object? value;
        try
        {
            value = PyCall.Call(_callable);
        }
        catch (PyException e) when (e.Value.Type.IsSubtypeOf(PyExc.StopIteration))
        {
            _callable = null;
            return PyOps.Done;
        }
        if (ReferenceEquals(value, _sentinel) || PyProtocol.Eq(value, _sentinel))
        {
            _callable = null;
            return PyOps.Done;
        }
        return value;
    }
}
