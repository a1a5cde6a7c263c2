using System;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace PyNet.Runtime;

/// <summary>
/// An instance of a class defined in Python whose layout is plain <c>object</c>.
/// Its attributes live in one of two ways. At first they are values in an array indexed by an
/// <see cref="InstanceLayout"/> shared with the class's other instances (no dict, no hashing: attribute sites cache
/// the layout and the index). The first time the program needs the dict itself (<c>__dict__</c>, <c>vars()</c>, a
/// deletion, a str-subclass name, a layout past its limits), the attributes move to a real <see cref="PyDict"/> in
/// the same order, and the instance keeps that dict for good, so its identity and mutation through it behave as in
/// CPython. The first <see cref="InlineCount"/> values are fields of the instance itself, the rest in an overflow
/// array: a small object (a vector, a node) is one allocation.
/// </summary>
public class PyInstance : PyObject, IHasDict, ITypeAssignable
{
    private PyType _type;
    /// <summary>How many attribute values live in the instance's own fields.</summary>
    public const int InlineCount = 4;

    private InstanceLayout? _layout;
    private InlineValues _inline;
    private object?[] _values;
    private PyDict? _dict;

    [InlineArray(InlineCount)]
    private struct InlineValues
    {
        private object? _first;
    }

    public PyInstance(PyType type)
    {
        _type = type;
        _layout = type.InstanceLayoutRoot;
        _values = Array.Empty<object?>();
        if (type.SlotCount > 0)
        {
            Slots = new object?[type.SlotCount];
            Array.Fill(Slots, PyOps.Unbound);
        }
    }

    /// <summary>The values of the <c>__slots__</c> of the type and its bases (unset entries hold <see cref="PyOps.Unbound"/>).</summary>
    public object?[]? Slots { get; private set; }

    /// <summary>The layout of the attribute values, or null once they live in a dict.</summary>
    public InstanceLayout? Layout => _layout;

    /// <summary>The values past the first <see cref="InlineCount"/> (entry 0 is the layout's entry InlineCount).</summary>
    public object?[] OverflowValues => _values;

    /// <summary>The attribute value at <paramref name="index"/> of the layout (meaningful while <see cref="Layout"/> is set).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public object? GetValue(int index) =>
        (uint)index < InlineCount ? Unsafe.Add(ref Unsafe.As<InlineValues, object?>(ref _inline), index) : _values[index - InlineCount];

    /// <summary>Replaces the attribute value at <paramref name="index"/>, an existing entry of the layout.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void SetValue(int index, object? value)
    {
        if ((uint)index < InlineCount)
        {
            Unsafe.Add(ref Unsafe.As<InlineValues, object?>(ref _inline), index) = value;
        }
        else
        {
            StoreOverflow(_values, index - InlineCount, value);
        }
    }

    /// <summary>
    /// values[i] = value without the covariant array store check: the overflow array is always an exact object?[]
    /// (the check was a helper call on every store to an attribute past the inline ones). Bounds are still checked.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void StoreOverflow(object?[] values, int i, object? value)
    {
        if ((uint)i >= (uint)values.Length)
        {
            ThrowOutsideValues();
        }
        Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(values), i) = value;
    }

    /// <summary>A layout index past the values array: a bug in the layout bookkeeping, never a Python error.</summary>
    [DoesNotReturn]
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void ThrowOutsideValues() => throw new IndexOutOfRangeException();

    /// <summary>The dict holding the attributes, or null while they are in layout form.</summary>
    public PyDict? DictOrNull => _dict;

    /// <summary>The instance dict: materialised from the layout when there are attributes, null when there are none yet.</summary>
    public PyDict? InstanceDict
    {
        get => _dict ?? (_layout!.Count > 0 ? Materialise() : null);
        set
        {
            _dict = value;
            _layout = value == null ? _type.InstanceLayoutRoot : null;
            ClearValues();
        }
    }

    public PyDict GetOrCreateDict() => _dict ?? Materialise();

    public sealed override PyType Type => _type;

    public void SetType(PyType type) => _type = type;

    /// <summary>The instance's own attribute <paramref name="name"/> (not the class's).</summary>
    public bool TryGetAttribute(PyStr name, out object? value)
    {
        if (_layout is { } layout)
        {
            var i = layout.IndexOf(name);
            value = i >= 0 ? GetValue(i) : null;
            return i >= 0;
        }
        return _dict!.TryGetValue(name, out value);
    }

    /// <summary>Does the instance have its own attribute <paramref name="name"/>?</summary>
    public bool HasAttribute(PyStr name) =>
        _layout is { } layout ? layout.IndexOf(name) >= 0 : _dict!.Count != 0 && _dict.ContainsKey(name);

    public void SetAttribute(PyStr name, object? value)
    {
        if (_layout is { } layout)
        {
            var i = layout.IndexOf(name);
            if (i >= 0)
            {
                SetValue(i, value);
                return;
            }
            if (layout.Add(name) is { } add)
            {
                Append(add.Next!, value);
                return;
            }
        }
        GetOrCreateDict()[name] = value;
    }

    /// <summary>Deletes the instance's own attribute; false when it has none of that name.</summary>
    public bool RemoveAttribute(PyStr name)
    {
        if (_layout is { } layout && layout.IndexOf(name) < 0)
        {
            return false;
        }
        return GetOrCreateDict().Remove(name);
    }

    /// <summary>Stores a new attribute at the end of the values and moves to <paramref name="next"/> (the current layout plus its name).</summary>
    public void Append(InstanceLayout next, object? value)
    {
        var n = next.Count - 1;
        if (n < InlineCount)
        {
            Unsafe.Add(ref Unsafe.As<InlineValues, object?>(ref _inline), n) = value;
        }
        else
        {
            var values = _values;
            if (n - InlineCount >= values.Length)
            {
                values = Grow(n - InlineCount);
            }
            StoreOverflow(values, n - InlineCount, value);
        }
        _layout = next;
        var type = _type;
        if (n >= type.InstanceSizeHint)
        {
            type.InstanceSizeHint = n + 1;
        }
    }

    /// <summary>
    /// A larger overflow array with room for its entry <paramref name="n"/>, at least as large as the class's instances
    /// have grown, so later instances allocate once.
    /// </summary>
    private object?[] Grow(int n)
    {
        const int maxOverflow = InstanceLayout.MaxAttributes - InlineCount;
        var size = Math.Max(Math.Min(Math.Max(n * 2, 2), maxOverflow), _type.InstanceSizeHint - InlineCount);
        var values = new object?[Math.Max(size, n + 1)];
        Array.Copy(_values, values, n);
        _values = values;
        return values;
    }

    private PyDict Materialise()
    {
        var layout = _layout!;
        var names = layout.Names;
        var dict = new PyDict(names.Length);
        for (var i = 0; i < names.Length; i++)
        {
            dict[names[i]] = GetValue(i);
        }
        _dict = dict;
        _layout = null;
        ClearValues();
        return dict;
    }

    /// <summary>Drops the layout-form values (the attributes have moved to a dict, or the dict was replaced).</summary>
    private void ClearValues()
    {
        _inline = default;
        _values = Array.Empty<object?>();
    }
}
