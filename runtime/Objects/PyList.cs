using System;
using System.Collections.Generic;

namespace PyNet.Runtime;

/// <summary>Python <c>list</c>: a growable array.</summary>
public partial class PyList : PyObject
{
    private object?[] _items;
    private int _count;

    public PyList()
    {
        _items = Array.Empty<object?>();
    }

    public PyList(int capacity)
    {
        _items = capacity == 0 ? Array.Empty<object?>() : new object?[capacity];
    }

    /// <summary>Takes ownership of <paramref name="items"/>.</summary>
    public PyList(object?[] items, int count)
    {
        _items = items;
        _count = count;
    }

    /// <summary>True for a plain list (not an instance of a subclass, whose methods may be overridden).</summary>
    public bool IsExact => GetType() == typeof(PyList);

    public static PyList FromArray(object?[] items) => new((object?[])items.Clone(), items.Length);

    public static PyList FromEnumerable(IEnumerable<object?> items)
    {
        var list = new PyList();
        foreach (var item in items)
        {
            list.Append(item);
        }
        return list;
    }

    public override PyType Type => PyType.ListType;

    public int Count => _count;

    /// <summary>Changes when the list is resized or reordered as a whole (sort uses it to detect mutation).</summary>
    public int Version { get; protected set; }

    public object? this[int index]
    {
        get => _items[index];
        set => _items[index] = value;
    }

    public Span<object?> AsSpan() => _items.AsSpan(0, _count);

    /// <summary>The backing array (its first <see cref="Count"/> items are the list's), for readers that copy them out at once.</summary>
    public object?[] UnsafeArray => _items;

    public void Append(object? item)
    {
        if (_count == _items.Length)
        {
            Grow(_count + 1);
        }
        _items[_count++] = item;
    }

    public void Insert(int index, object? item)
    {
        if (_count == _items.Length)
        {
            Grow(_count + 1);
        }
        Array.Copy(_items, index, _items, index + 1, _count - index);
        _items[index] = item;
        _count++;
    }

    public void RemoveAt(int index)
    {
        _count--;
        Array.Copy(_items, index + 1, _items, index, _count - index);
        _items[_count] = null;
    }

    public void RemoveRange(int start, int count)
    {
        Array.Copy(_items, start + count, _items, start, _count - start - count);
        Array.Clear(_items, _count - count, count);
        _count -= count;
    }

    public void InsertRange(int index, ReadOnlySpan<object?> values)
    {
        if (_count + values.Length > _items.Length)
        {
            Grow(_count + values.Length);
        }
        Array.Copy(_items, index, _items, index + values.Length, _count - index);
        values.CopyTo(_items.AsSpan(index));
        _count += values.Length;
    }

    public void AddRange(ReadOnlySpan<object?> values) => InsertRange(_count, values);

    public void Clear()
    {
        Array.Clear(_items, 0, _count);
        _count = 0;
        Version++;
    }

    /// <summary>Replaces the contents (used by sort, which works on a copy).</summary>
    public void SetContents(object?[] items, int count)
    {
        _items = items;
        _count = count;
        Version++;
    }

    public object?[] ToArray() => AsSpan().ToArray();

    /// <summary>The most items <see cref="ReserveFor"/> allocates room for at once, which bounds what a wrong hint costs.</summary>
    private const int MaxReserve = 1 << 20;

    /// <summary>
    /// Makes room for the items <paramref name="iterator"/> has left, when it knows how many, before they are
    /// appended one by one: a list built from a list or a range is allocated once at its size instead of growing
    /// through a series of copies (about three times the final array allocated in all).
    /// </summary>
    public void ReserveFor(PyIterator iterator)
    {
        var hint = Math.Min(iterator.LengthHint, MaxReserve);
        if (hint > _items.Length - _count)
        {
            Array.Resize(ref _items, _count + hint);
        }
    }

    private void Grow(int min)
    {
        var size = Math.Max(min, _items.Length < 4 ? 4 : _items.Length + (_items.Length >> 1));
        Array.Resize(ref _items, size);
    }
}

/// <summary>reversed(list): walks down from the end; stops early if the list shrinks below the cursor.</summary>
public sealed class PyListReverseIterator : PyIterator
{
    public static readonly PyType ListReverseIteratorType = new("list_reverseiterator", PyType.ObjectType, IteratorMembers.Init, isBaseType: false);

    private readonly PyList _list;
    private int _index;

    public PyListReverseIterator(PyList list)
    {
        _list = list;
        _index = list.Count - 1;
    }

    public override PyType Type => ListReverseIteratorType;

    public override object? Next()
    {
        if (_index >= 0 && _index < _list.Count)
        {
            return _list[_index--];
        }
        _index = -1;
        return PyOps.Done;
    }

    public override object? NextOrRaised() => Next();
}

/// <summary>An instance of a Python subclass of list: its own type and an instance dictionary.</summary>
public sealed class PyListInstance : PyList, IHasDict, ITypeAssignable
{
    private PyType _type;

    public PyListInstance(PyType type)
    {
        _type = type;
    }

    public override PyType Type => _type;

    public PyDict? InstanceDict { get; set; }

    public PyDict GetOrCreateDict() => InstanceDict ??= new PyDict();

    public void SetType(PyType type) => _type = type;
}
