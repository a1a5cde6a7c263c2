namespace PyNet.Runtime;

/// <summary>
/// How <c>name</c> resolves on instances of one version of one class, as far as the class decides it. A class with its
/// own __getattribute__ is marked <see cref="General"/>; a __getattr__ hook only matters on a miss, which takes the
/// general path anyway.
/// </summary>
internal sealed class InstanceAttributeShape
{
    private InstanceAttributeShape(PyType type, int version, bool general, object? dataDescriptor, object? classAttribute, bool plain)
    {
        var setattr = type.Lookup(PyProtocol.SetAttrName);
        HasGetAttrHook = type.AttributeHooks().GetAttr != null;
        StoresInInstance = type.IsHeapType && type.HasInstanceDict && dataDescriptor == null &&
            (setattr == null || ReferenceEquals(setattr, ObjectMembers.SetAttrFunction));
        Type = type;
        Version = version;
        General = general;
        DataDescriptor = dataDescriptor;
        ClassAttribute = classAttribute;
        ClassAttributeIsPlain = plain;
    }

    /// <summary>The class customises attribute access (or is not a class statement's): take the general path.</summary>
    public bool General { get; }

    public PyType Type { get; }

    public int Version { get; }

    /// <summary>The class's data descriptor for the name (a property, a slot), which wins over the instance dict.</summary>
    public object? DataDescriptor { get; }

    /// <summary>The class attribute found when the instance dict lacks the name (a function, a constant...).</summary>
    public object? ClassAttribute { get; }

    /// <summary>The class attribute is returned as it is (no __get__ to call).</summary>
    public bool ClassAttributeIsPlain { get; }

    /// <summary>The class has __getattr__, which an AttributeError from a property getter must reach.</summary>
    public bool HasGetAttrHook { get; }

    /// <summary>An assignment to the name goes straight to the instance's own attributes (default __setattr__, no data descriptor).</summary>
    public bool StoresInInstance { get; }

    /// <summary>Where the name was last found in an instance dictionary of this class (instances in dict form).</summary>
    public int Hint = -1;

    private static readonly LayoutSlot s_noLayout = InstanceLayout.NewRoot().Missing;

    private LayoutSlot _slot = s_noLayout;

    /// <summary>The last slot <see cref="SlotFor"/> found (a load reads the instance's value there), else null.</summary>
    public LayoutSlot? LoadSlot { get; private set; }

    /// <summary>The last layout <see cref="SlotFor"/> searched without finding the name (a method call site's
    /// instances in that layout do not shadow the class's function), else null.</summary>
    public InstanceLayout? UnshadowedLayout { get; private set; }

    /// <summary>The last slot <see cref="StoreSlotFor"/> gave that a store can use (an entry, or one to append).</summary>
    public LayoutSlot? StoreSlot { get; private set; }

    /// <summary>Where the name is in <paramref name="layout"/> (an instance's): the cached slot when the layout is the last one seen.</summary>
    public LayoutSlot SlotFor(InstanceLayout layout, PyStr name)
    {
        var slot = _slot;
        if (ReferenceEquals(slot.Layout, layout))
        {
            return slot;
        }
        _slot = slot = layout.Find(name);
        LoadSlot = slot.Index >= 0 ? slot : null;
        UnshadowedLayout = slot.Index >= 0 ? null : layout;
        return slot;
    }

    /// <summary>
    /// Where a store of the name goes in <paramref name="layout"/>: an existing entry, the entry that adding the name
    /// creates (Next set), or a missing slot when the layout cannot grow (the instance must move to a dict).
    /// </summary>
    public LayoutSlot StoreSlotFor(InstanceLayout layout, PyStr name)
    {
        var slot = _slot;
        if (ReferenceEquals(slot.Layout, layout))
        {
            return slot;
        }
        slot = layout.Find(name);
        if (slot.Index < 0)
        {
            slot = layout.Add(name) ?? slot;
        }
        StoreSlot = slot.Next != null || slot.Index >= 0 ? slot : null;
        return _slot = slot;
    }

    /// <summary>The shape for (type, name) at the type's current version.</summary>
    public static InstanceAttributeShape For(PyType type, PyStr name)
    {
        var version = type.Version;
        if (!type.IsHeapType || type.AttributeHooks().GetAttribute != null)
        {
            return new InstanceAttributeShape(type, version, true, null, null, false);
        }
        var found = type.TryLookup(name, out var attr);
        if (found && PyProtocol.IsDataDescriptor(attr))
        {
            return new InstanceAttributeShape(type, version, false, attr, null, false);
        }
        var plain = found && (attr is not PyObject o || o.Type.Lookup(PyProtocol.GetName) == null);
        return new InstanceAttributeShape(type, version, false, null, attr, plain);
    }
}
