using System;

namespace PyNet.Runtime;

/// <summary>
/// The inline cache of one <c>obj.name</c> load in compiled code (CPython 3.11's LOAD_ATTR specialisation). For
/// instances of classes with the default attribute protocol it remembers, per type version, how the attribute
/// resolves: through a data descriptor of the class, or the instance dictionary (probed at the entry where the name
/// was last found) falling back to the class attribute. For modules it probes the module dictionary the same way.
/// Anything else, and every miss, takes <see cref="PyOps.GetAttr"/>. Never throws: errors return
/// <see cref="PyOps.Raised"/> with the exception pending, like every entry compiled code calls.
/// </summary>
public sealed class GetAttrSite : InstanceAttributeSite
{
    private int _moduleHint = -1;

    public GetAttrSite(PyStr name)
        : base(name)
    {
    }

    public object? Get(object? obj)
    {
        if (obj is PyInstance instance)
        {
            var shape = ShapeOf(instance.Type);
            if (shape == null || shape.General)
            {
                return PyOps.GetAttr(obj, Name);
            }
            if (shape.DataDescriptor == null)
            {
                if (instance.InstanceDict is { } dict && dict.TryGetValue(Name, ref shape.Hint, out var value))
                {
                    return value;
                }
                if (shape.ClassAttribute is PyFunction f)
                {
                    return new PyBoundMethod(f, obj);
                }
                if (shape.ClassAttributeIsPlain)
                {
                    return shape.ClassAttribute;
                }
            }
            else if (shape.DataDescriptor is PyProperty { Getter: PyFunction getter } && !shape.HasGetAttrHook)
            {
                return PyOps.Call1(getter, obj);
            }
        }
        else if (obj is PyModule module && module.Dict.TryGetValue(Name, ref _moduleHint, out var value))
        {
            return value;
        }
        return PyOps.GetAttr(obj, Name);
    }
}

/// <summary>
/// What the sites of <c>obj.name</c> loads, stores and <c>obj.name(...)</c> calls share: a polymorphic cache of up to four
/// <see cref="InstanceAttributeShape"/>s (one per class seen at the site, each valid for one version of its class).
/// A site that keeps missing (more classes than entries) stops caching and always takes the general path, which has
/// the process-wide method cache of <see cref="PyType.TryLookup"/>.
/// </summary>
public abstract class InstanceAttributeSite
{
    private const int MegamorphicMisses = 64;

    private InstanceAttributeShape? _a;
    private InstanceAttributeShape? _b;
    private InstanceAttributeShape? _c;
    private InstanceAttributeShape? _d;
    private int _misses;

    protected InstanceAttributeSite(PyStr name)
    {
        Name = name;
    }

    protected PyStr Name { get; }

    /// <summary>The shape for instances of <paramref name="type"/>; null once the site is megamorphic.</summary>
    private protected InstanceAttributeShape? ShapeOf(PyType type)
    {
        var version = type.Version;
        var s = _a;
        if (s != null && s.Version == version && ReferenceEquals(s.Type, type))
        {
            return s;
        }
        s = _b;
        if (s != null && s.Version == version && ReferenceEquals(s.Type, type))
        {
            return s;
        }
        s = _c;
        if (s != null && s.Version == version && ReferenceEquals(s.Type, type))
        {
            return s;
        }
        s = _d;
        if (s != null && s.Version == version && ReferenceEquals(s.Type, type))
        {
            return s;
        }
        return Miss(type);
    }

    private InstanceAttributeShape? Miss(PyType type)
    {
        if (_misses >= MegamorphicMisses)
        {
            return null;
        }
        _misses++;
        var shape = InstanceAttributeShape.For(type, Name);
        // An entry for an older version of the same class is replaced; otherwise the first free one, else the oldest.
        if (_a == null || ReferenceEquals(_a.Type, type))
        {
            _a = shape;
        }
        else if (_b == null || ReferenceEquals(_b.Type, type))
        {
            _b = shape;
        }
        else if (_c == null || ReferenceEquals(_c.Type, type))
        {
            _c = shape;
        }
        else
        {
            _d = shape;
        }
        return shape;
    }
}

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
        StoresInDict = type.IsHeapType && type.HasInstanceDict && dataDescriptor == null &&
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

    /// <summary>An assignment to the name goes straight to the instance dictionary (default __setattr__, no data descriptor).</summary>
    public bool StoresInDict { get; }

    /// <summary>Where the name was last found in an instance dictionary of this class (instances share a layout).</summary>
    public int Hint = -1;

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
