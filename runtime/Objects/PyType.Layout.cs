using System;
using System.Collections.Generic;

namespace PyNet.Runtime;

/// <summary>
/// The instance layout of a type: whether instances have a <c>__dict__</c> and how many <c>__slots__</c> entries they
/// carry (the slots of every base included, so a subclass's slot indexes follow its bases').
/// </summary>
public partial class PyType
{
    private static readonly PyStr s_slotsName = PyStr.Intern("__slots__");

    /// <summary>False for <c>object</c> itself and for classes whose <c>__slots__</c> leave out <c>__dict__</c>.</summary>
    public bool HasInstanceDict { get; private set; } = true;

    /// <summary>The length of <see cref="PyInstance.Slots"/> for instances of this type.</summary>
    public int SlotCount { get; private set; }

    /// <summary>The names this class itself declares in <c>__slots__</c>, or null.</summary>
    public string[]? SlotNames { get; private set; }

    private InstanceLayout? _instanceLayoutRoot;

    /// <summary>The layout of this class's instances before they get attributes: the root of its hidden classes.</summary>
    public InstanceLayout InstanceLayoutRoot =>
        _instanceLayoutRoot ?? System.Threading.Interlocked.CompareExchange(ref _instanceLayoutRoot, InstanceLayout.NewRoot(), null) ?? _instanceLayoutRoot!;

    /// <summary>The most attributes an instance of this class has held in layout form: the size of a new values array.</summary>
    public int InstanceSizeHint { get; set; }

    /// <summary>Reads <c>__slots__</c> from a new class's namespace and installs a member descriptor for each slot.</summary>
    private void InitLayout(PyDict dict)
    {
        var baseSlots = 0;
        var baseHasDict = false;
        foreach (var b in Bases)
        {
            baseSlots = System.Math.Max(baseSlots, b.SlotCount);
            baseHasDict |= b.HasInstanceDict && !ReferenceEquals(b, ObjectType);
        }
        SlotCount = baseSlots;
        if (!dict.TryGetValue(s_slotsName, out var declared))
        {
            HasInstanceDict = true;
            return;
        }
        var items = declared is PyStr single ? new object?[] { single } : Builtins.ToArray(declared);
        var names = new List<string>();
        var wantsDict = false;
        foreach (var item in items)
        {
            if (item is not PyStr s)
            {
                throw new PyException(PyErrors.SlotsMustBeStrings(item));
            }
            if (s.Value == "__dict__")
            {
                if (wantsDict || baseHasDict)
                {
                    throw new PyException(PyErrors.DictSlotDisallowed());
                }
                wantsDict = true;
                continue;
            }
            if (s.Value == "__weakref__")
            {
                continue;
            }
            if (!StrMembers.IsIdentifier(s))
            {
                throw new PyException(PyErrors.SlotsMustBeIdentifiers());
            }
            if (dict.ContainsKey(s))
            {
                throw new PyException(PyErrors.SlotConflictsWithClassVariable(s.Value));
            }
            names.Add(s.Value);
        }
        if (names.Count > 0 && (IsSubtypeOf(IntType) || IsSubtypeOf(BytesType) || IsSubtypeOf(TupleType)))
        {
            throw new PyException(PyErrors.NonemptySlotsNotSupported(IsSubtypeOf(IntType) ? IntType : IsSubtypeOf(BytesType) ? BytesType : TupleType));
        }
        foreach (var name in names)
        {
            dict[PyStr.Intern(name)] = new PyMemberDescriptor(name, this, SlotCount++);
        }
        SlotNames = names.ToArray();
        HasInstanceDict = baseHasDict || wantsDict;
    }
}

/// <summary>An instance whose <c>__class__</c> may be reassigned (to a type with the same layout).</summary>
public interface ITypeAssignable
{
    void SetType(PyType type);
}

public partial class PyType
{
    /// <summary>Can instances of this type take <paramref name="other"/> as their <c>__class__</c>? (CPython's compatible_for_assignment.)</summary>
    public bool HasSameLayout(PyType other)
    {
        var a = this;
        var b = other;
        while (a.IsHeapType && a.SlotNames == null && a.Base != null)
        {
            a = a.Base;
        }
        while (b.IsHeapType && b.SlotNames == null && b.Base != null)
        {
            b = b.Base;
        }
        if (HasInstanceDict != other.HasInstanceDict)
        {
            return false;
        }
        return ReferenceEquals(a, b) || (a.IsHeapType && b.IsHeapType && a.SlotCount == b.SlotCount
            && ReferenceEquals(a.Base, b.Base) && SameSlotNames(a.SlotNames, b.SlotNames));
    }

    private static bool SameSlotNames(string[]? a, string[]? b) =>
        a == null ? b == null : b != null && a.AsSpan().SequenceEqual(b);
}

public partial class PyType
{
    private AttributeHookEntry? _attributeHooks;

    /// <summary>
    /// The class's own <c>__getattribute__</c> (null when it is object's) and its <c>__getattr__</c>, cached on the
    /// version tag so that instance attribute access pays one comparison instead of two MRO lookups.
    /// </summary>
    public (object? GetAttribute, object? GetAttr) AttributeHooks()
    {
        var entry = _attributeHooks;
        if (entry == null || entry.Version != Version)
        {
            var version = Version;
            var custom = Lookup(PyProtocol.GetAttributeName);
            entry = new AttributeHookEntry(version, ReferenceEquals(custom, ObjectMembers.GetAttributeFunction) ? null : custom, Lookup(PyProtocol.GetAttrName));
            _attributeHooks = entry;
        }
        return (entry.GetAttribute, entry.GetAttr);
    }

    private sealed record AttributeHookEntry(int Version, object? GetAttribute, object? GetAttr);
}
