using System;
using System.Collections.Generic;

namespace PyNet.Runtime;

/// <summary>Python <c>tuple</c>: an immutable array.</summary>
public sealed partial class PyTuple : PyObject
{
    public static readonly PyTuple Empty = new(Array.Empty<object?>());

    private readonly object?[] _items;

    private PyTuple(object?[] items)
    {
        _items = items;
    }

    public override PyType Type => PyType.TupleType;

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
