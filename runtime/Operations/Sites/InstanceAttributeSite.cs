using System.Runtime.CompilerServices;

namespace PyNet.Runtime;

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

    /// <summary>1 when the name is not an attribute of the function type, so that on a function it can only be one of
    /// the function's own attributes (its dict); -1 when the type has it; 0 before the first function seen.</summary>
    private sbyte _functionOwnAttribute;

    /// <summary>
    /// Whether <c>f.name</c> on a function reads and writes the function's dict directly: the function type is
    /// immutable, so whether it defines the name (a descriptor such as __name__, or a method) never changes.
    /// </summary>
    private protected bool IsFunctionOwnAttribute
    {
        get
        {
            if (_functionOwnAttribute == 0)
            {
                _functionOwnAttribute = (sbyte)(PyType.FunctionType.Lookup(Name) == null ? 1 : -1);
            }
            return _functionOwnAttribute > 0;
        }
    }

    /// <summary>Where the name was last found in a function's dict.</summary>
    private protected int FunctionHint = -1;

    /// <summary>
    /// The cached shape for instances of <paramref name="type"/> at its current version, or null: the four entries
    /// compared inline, with no calls, so that a polymorphic site's hit (a method of four subclasses reading the
    /// same attribute) costs a few compares, as a monomorphic one does.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private protected InstanceAttributeShape? CachedShape(PyType type)
    {
        var version = type.Version;
        var s = _a;
        if (s != null && ReferenceEquals(s.Type, type) && s.Version == version)
        {
            return s;
        }
        s = _b;
        if (s != null && ReferenceEquals(s.Type, type) && s.Version == version)
        {
            return s;
        }
        s = _c;
        if (s != null && ReferenceEquals(s.Type, type) && s.Version == version)
        {
            return s;
        }
        s = _d;
        return s != null && ReferenceEquals(s.Type, type) && s.Version == version ? s : null;
    }

    /// <summary>The shape for instances of <paramref name="type"/>; null once the site is megamorphic.</summary>
    /// <remarks>The first entry is checked inline in the site's method (a monomorphic site's whole guard).</remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private protected InstanceAttributeShape? ShapeOf(PyType type)
    {
        var s = _a;
        if (s != null && ReferenceEquals(s.Type, type) && s.Version == type.Version)
        {
            return s;
        }
        return OtherShapeOf(type);
    }

    private InstanceAttributeShape? OtherShapeOf(PyType type)
    {
        var version = type.Version;
        var s = _b;
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
