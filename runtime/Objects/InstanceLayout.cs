using System;

namespace PyNet.Runtime;

/// <summary>
/// A hidden class (CPython 3.11's shared keys): the names of an instance's attributes in insertion order, shared by
/// every instance of a class that added the same names in the same order. The instance keeps only the values, in an
/// array indexed like <see cref="Names"/>. Each class has its own root (no attributes); adding a name moves an
/// instance to a child layout, created once and then shared. A layout never changes after creation, so readers need
/// no lock. An instance that outgrows the limits (too many names, too many different orders) moves its attributes to
/// a real dict (<see cref="PyInstance"/>), as CPython gives up on shared keys.
/// </summary>
public sealed class InstanceLayout
{
    /// <summary>Beyond this many attributes an instance keeps a dict (CPython's SHARED_KEYS_MAX_SIZE).</summary>
    public const int MaxAttributes = 30;

    /// <summary>Beyond this many different names added to one layout, further ones send the instance to a dict.</summary>
    private const int MaxTransitions = 16;

    private readonly PyStr[] _names;
    private LayoutSlot[] _transitions = Array.Empty<LayoutSlot>();
    private LayoutSlot?[]? _found;

    private InstanceLayout(PyStr[] names)
    {
        _names = names;
        Missing = new LayoutSlot(this, -1, null);
    }

    /// <summary>A new root: the layout of a class's instances before they get attributes.</summary>
    public static InstanceLayout NewRoot() => new(Array.Empty<PyStr>());

    public int Count => _names.Length;

    public ReadOnlySpan<PyStr> Names => _names;

    /// <summary>The slot that says this layout lacks a name (its index is -1).</summary>
    public LayoutSlot Missing { get; }

    /// <summary>The position of <paramref name="name"/>, or -1.</summary>
    public int IndexOf(PyStr name)
    {
        var names = _names;
        for (var i = 0; i < names.Length; i++)
        {
            if (ReferenceEquals(names[i], name))
            {
                return i;
            }
        }
        for (var i = 0; i < names.Length; i++)
        {
            if (names[i].Equals(name))
            {
                return i;
            }
        }
        return -1;
    }

    /// <summary>
    /// Where <paramref name="name"/> is in this layout, as a slot an inline cache can keep: an existing entry
    /// (Next null), or <see cref="Missing"/>. The slots are made once per layout, so caches never allocate.
    /// </summary>
    public LayoutSlot Find(PyStr name)
    {
        var i = IndexOf(name);
        if (i < 0)
        {
            return Missing;
        }
        var found = _found ??= new LayoutSlot?[_names.Length];
        return found[i] ??= new LayoutSlot(this, i, null);
    }

    /// <summary>
    /// The slot for adding <paramref name="name"/> (absent from this layout) at the end: Index is <see cref="Count"/>
    /// and Next the layout with the name appended. Null when the layout may not grow that way (see the limits).
    /// </summary>
    public LayoutSlot? Add(PyStr name)
    {
        var transitions = _transitions;
        foreach (var t in transitions)
        {
            if (ReferenceEquals(t.Name, name))
            {
                return t;
            }
        }
        foreach (var t in transitions)
        {
            if (t.Name!.Equals(name))
            {
                return t;
            }
        }
        if (_names.Length >= MaxAttributes || !name.IsExact)
        {
            return null;
        }
        lock (this)
        {
            if (!ReferenceEquals(transitions, _transitions))
            {
                return Add(name);
            }
            if (transitions.Length >= MaxTransitions)
            {
                return null;
            }
            var names = new PyStr[_names.Length + 1];
            _names.CopyTo(names, 0);
            names[^1] = name;
            var slot = new LayoutSlot(this, _names.Length, new InstanceLayout(names));
            var grown = new LayoutSlot[transitions.Length + 1];
            transitions.CopyTo(grown, 0);
            grown[^1] = slot;
            _transitions = grown;
            return slot;
        }
    }
}

/// <summary>
/// Where a name sits in one <see cref="InstanceLayout"/>, as attribute sites cache it: an existing entry at
/// <see cref="Index"/>, a missing name (Index -1), or, when <see cref="Next"/> is set, the entry that adding the name
/// creates (an instance of <see cref="Layout"/> stores the value at Index and moves to Next). Immutable, so a site
/// reads layout and index consistently without locks.
/// </summary>
public sealed class LayoutSlot
{
    internal LayoutSlot(InstanceLayout layout, int index, InstanceLayout? next)
    {
        Layout = layout;
        Index = index;
        Next = next;
    }

    public InstanceLayout Layout { get; }

    public int Index { get; }

    public InstanceLayout? Next { get; }

    /// <summary>The name an adding slot appends.</summary>
    internal PyStr? Name => Next?.Names[Index];
}
