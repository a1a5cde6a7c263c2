using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace PyNet.Runtime;

/// <summary>
/// Python <c>tuple</c>: an immutable sequence. A tuple of at most <see cref="InlineCapacity"/> items keeps them in
/// the tuple object itself (one 48-byte object instead of a tuple and an item array, 64 bytes in two objects for a
/// pair, 72 for a triple: dict keys, zip and items() pairs, short *args, tree nodes); a longer one wraps its array.
/// </summary>
public partial class PyTuple : PyObject
{
    /// <summary>The most items a tuple stores inline.</summary>
    public const int InlineCapacity = 3;

    /// <summary>Stand-ins for <see cref="_items"/> of inline tuples: only their length (the tuple's count) is read.</summary>
    private static readonly object?[][] s_inlineCounts = [Array.Empty<object?>(), new object?[1], new object?[2], new object?[3]];

    public static readonly PyTuple Empty = new(Array.Empty<object?>());

    /// <summary>
    /// The items of a tuple longer than <see cref="InlineCapacity"/>; for a shorter one a shared array (never read or
    /// written) whose length is the count, so that <see cref="Count"/> is one load either way.
    /// </summary>
    private readonly object?[] _items;

    private InlineItems _inline;

    [InlineArray(InlineCapacity)]
    private struct InlineItems
    {
        private object? _item;
    }

    /// <summary>Takes <paramref name="items"/> (the caller gives up ownership), or copies a short one inline.</summary>
    protected PyTuple(object?[] items)
    {
        if (items.Length > InlineCapacity)
        {
            _items = items;
            return;
        }
        _items = s_inlineCounts[items.Length];
        items.AsSpan().CopyTo(_inline);
    }

    /// <summary>A tuple of <paramref name="count"/> (at most <see cref="InlineCapacity"/>) None items, to be filled by its creator.</summary>
    private protected PyTuple(int count)
    {
        _items = s_inlineCounts[count];
    }

    private PyTuple(object? a)
    {
        _items = s_inlineCounts[1];
        _inline[0] = a;
    }

    private PyTuple(object? a, object? b)
    {
        _items = s_inlineCounts[2];
        _inline[0] = a;
        _inline[1] = b;
    }

    private PyTuple(object? a, object? b, object? c)
    {
        _items = s_inlineCounts[3];
        _inline[0] = a;
        _inline[1] = b;
        _inline[2] = c;
    }

    public override PyType Type => PyType.TupleType;

    /// <summary>False for instances of Python subclasses of tuple (namedtuple classes, ...).</summary>
    public bool IsExact => GetType() == typeof(PyTuple);

    /// <summary>Wraps the array without copying (a short one is copied inline): the caller gives up ownership.</summary>
    public static PyTuple Create(object?[] items) => items.Length == 0 ? Empty : new PyTuple(items);

    /// <summary>A tuple of the items of <paramref name="items"/>, copied.</summary>
    public static PyTuple Create(ReadOnlySpan<object?> items) => items.Length switch
    {
        0 => Empty,
        1 => new PyTuple(items[0]),
        2 => new PyTuple(items[0], items[1]),
        3 => new PyTuple(items[0], items[1], items[2]),
        _ => new PyTuple(items.ToArray()),
    };

    public static PyTuple Create(object? a) => new(a);

    public static PyTuple Create(object? a, object? b) => new(a, b);

    public static PyTuple Create(object? a, object? b, object? c) => new(a, b, c);

    /// <summary>
    /// A new tuple of <paramref name="count"/> None items that its creator fills through <see cref="WritableItems"/>
    /// before anything else sees it (or refills while nothing else holds it: zip and enumerate in unpacking loops).
    /// </summary>
    public static PyTuple CreateToFill(int count) => count switch
    {
        0 => Empty,
        <= InlineCapacity => new PyTuple(count),
        _ => new PyTuple(new object?[count]),
    };

    public static PyTuple FromEnumerable(IEnumerable<object?> items)
    {
        var list = new List<object?>(items);
        return Create(list.ToArray());
    }

    public int Count => _items.Length;

    public object? this[int index]
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get
        {
            var items = _items;
            if (items.Length > InlineCapacity)
            {
                return items[index];
            }
            if ((uint)index >= (uint)items.Length)
            {
                throw new IndexOutOfRangeException();
            }
            return _inline[index];
        }
    }

    public ReadOnlySpan<object?> Items
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get
        {
            var items = _items;
            return items.Length > InlineCapacity ? items : ((ReadOnlySpan<object?>)_inline)[..items.Length];
        }
    }

    /// <summary>The items of a tuple made by <see cref="CreateToFill"/>, for its creator only.</summary>
    public Span<object?> WritableItems
    {
        get
        {
            var items = _items;
            return items.Length > InlineCapacity ? items : ((Span<object?>)_inline)[..items.Length];
        }
    }

    /// <summary>
    /// The items as an array that callers must not modify: the backing array of a long tuple, a new copy of a short
    /// one. Prefer <see cref="Items"/>.
    /// </summary>
    public object?[] UnsafeArray => _items.Length > InlineCapacity ? _items : Items.ToArray();
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
