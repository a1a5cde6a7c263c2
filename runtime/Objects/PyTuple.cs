using System;
using System.Collections.Generic;

namespace PyNet.Runtime;

/// <summary>Python <c>tuple</c>: an immutable array.</summary>
public partial class PyTuple : PyObject
{
    public static readonly PyTuple Empty = new(Array.Empty<object?>());

    private readonly object?[] _items;

    protected PyTuple(object?[] items)
    {
        _items = items;
    }


    public override PyType Type => PyType.TupleType;

    /// <summary>False for instances of Python subclasses of tuple (namedtuple classes, ...).</summary>
    public bool IsExact => GetType() == typeof(PyTuple);

    /// <summary>Wraps the array without copying: the caller gives up ownership.</summary>
    public static PyTuple Create(object?[] items) => items.Length == 0 ? Empty : new PyTuple(items);

    public static PyTuple Create(object? a) => new(new[] { a });

    public static PyTuple Create(object? a, object? b) => new(new[] { a, b });

    public static PyTuple FromEnumerable(IEnumerable<object?> items)
    {
        var list = new List<object?>(items);
        return Create(list.ToArray());
    }

    public int Count => _items.Length;

    public object? this[int index] => _items[index];

    public ReadOnlySpan<object?> Items => _items;

    /// <summary>The backing array; callers must not modify it.</summary>
    public object?[] UnsafeArray => _items;
}

/// <summary>An instance of a Python subclass of tuple: a tuple with its own type and dict.</summary>
public sealed class PyTupleInstance : PyTuple, IHasDict, ITypeAssignable
{
    private PyType _type;

    public PyTupleInstance(PyType type, object?[] items)
        : base(items)
    {
        _type = type;
    }

    public override PyType Type => _type;

    public PyDict? InstanceDict { get; set; }

    public PyDict GetOrCreateDict() => InstanceDict ??= new PyDict();

    public void SetType(PyType type) => _type = type;
}
