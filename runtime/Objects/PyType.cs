using System;
using System.Collections.Generic;
using System.Linq;
using System.Numerics;
using System.Threading;

namespace PyNet.Runtime;

/// <summary>
/// A Python type: builtin (its members defined by the runtime, its instances a CLR class) or created by a class
/// statement. Holds the MRO (C3), the type dictionary and a version tag that changes whenever the type or one of its
/// bases changes, so caches keyed on the version never see stale members.
/// </summary>
public partial class PyType : PyObject
{
    private static int s_nextVersion = 1;

    private readonly Action<PyType>? _initializer;
    private PyDict? _dict;
    private PyType[] _mro;
    private PyType _metatype;
    private List<WeakReference<PyType>>? _subclasses;

    /// <summary>Creates a builtin type; <paramref name="initializer"/> fills its dictionary on first use.</summary>
    public PyType(string name, PyType? baseType, Action<PyType>? initializer, string module = "builtins", bool isBaseType = true)
    {
        Name = name;
        QualName = name;
        ModuleName = module;
        _initializer = initializer;
        Bases = baseType == null ? Array.Empty<PyType>() : new[] { baseType };
        Base = baseType;
        _metatype = TypeType;
        IsBaseType = isBaseType;
        _mro = baseType == null ? new[] { this } : Prepend(this, baseType._mro);
        InstanceFactory = baseType?.InstanceFactory;
        Version = Interlocked.Increment(ref s_nextVersion);
        baseType?.AddSubclass(this);
    }

    /// <summary>Creates a heap type, as a class statement or <c>type(name, bases, ns)</c> does.</summary>
    public PyType(PyType metatype, string name, PyType[] bases, PyDict dict)
    {
        Name = name;
        QualName = name;
        _metatype = metatype;
        Bases = bases.Length == 0 ? new[] { ObjectType } : bases;
        _dict = dict;
        IsHeapType = true;
        IsBaseType = true;
        _mro = Mro3.Compute(this, Bases);
        Base = SolidBase(Bases);
        InstanceFactory = Base.InstanceFactory;
        InitLayout(dict);
        ModuleName = dict.TryGetValue(PyStr.Intern("__module__"), out var m) && m is PyStr ms ? ms.Value : "builtins";
        Version = Interlocked.Increment(ref s_nextVersion);
        foreach (var b in Bases)
        {
            b.AddSubclass(this);
        }
    }

    public string Name { get; set; }

    public string QualName { get; set; }

    public string ModuleName { get; set; }

    public PyType[] Bases { get; private set; }

    /// <summary>The nearest base whose instance layout this type uses (CPython's tp_base).</summary>
    public PyType? Base { get; private set; }

    public PyType[] Mro => _mro;

    public bool IsHeapType { get; }

    public bool IsBaseType { get; }

    public int Version { get; private set; }

    /// <summary>Makes a new, empty instance of the CLR class behind this type (object.__new__ uses it).</summary>
    public Func<PyType, object>? InstanceFactory { get; set; }

    public PyType Metatype
    {
        get => _metatype;
        set => _metatype = value;
    }

    public override PyType Type => _metatype;

    /// <summary>
    /// The type's namespace. A builtin type's members are defined on first use; the dict is published only once it is
    /// complete (another thread seeing a half-filled dict would cache misses as "no attribute"), while the
    /// initializing thread, which re-enters the lock, works on <see cref="_filling"/>.
    /// </summary>
    public PyDict Dict
    {
        get
        {
            var dict = Volatile.Read(ref _dict);
            return dict ?? CreateDict();
        }
    }

    private PyDict? _filling;

    private PyDict CreateDict()
    {
        lock (this)
        {
            if (_dict != null)
            {
                return _dict;
            }
            if (_filling != null)
            {
                return _filling;
            }
            var d = new PyDict();
            _filling = d;
            try
            {
                _initializer?.Invoke(this);
            }
            finally
            {
                _filling = null;
            }
            // Lookups made while filling may have cached misses under the old version.
            Version = Interlocked.Increment(ref s_nextVersion);
            Volatile.Write(ref _dict, d);
            return d;
        }
    }

    /// <summary>The type of any value.</summary>
    public static PyType Of(object? o) => o switch
    {
        PyObject p => p.Type,
        null => NoneType,
        long => IntType,
        bool => BoolType,
        double => FloatType,
        BigInteger => IntType,
        Complex => ComplexType,
        _ => ForeignTypeOf(o),
    };

    /// <summary>Set by the interop layer: the Python type for a foreign .NET object.</summary>
    public static Func<object, PyType>? ForeignTypeResolver { get; set; }

    private static PyType ForeignTypeOf(object o) => ForeignTypeResolver?.Invoke(o) ?? ObjectType;

    public bool IsSubtypeOf(PyType other)
    {
        if (ReferenceEquals(this, other))
        {
            return true;
        }
        foreach (var t in _mro)
        {
            if (ReferenceEquals(t, other))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Finds <paramref name="name"/> along the MRO without binding it (CPython's _PyType_Lookup).</summary>
    public object? Lookup(PyStr name)
    {
        TryLookup(name, out var value);
        return value;
    }

    public bool TryLookup(PyStr name, out object? value)
    {
        // CPython's method cache: one process-wide table indexed by (version, name). Versions are unique across all
        // types and change on every mutation, so an entry with this type's current version and this name is valid;
        // misses are cached too (as Unbound), because instance attributes are looked up on the type first.
        var version = Version;
        var index = LookupCacheIndex(version, name);
        var entry = s_lookupCache[index];
        if (entry != null && entry.Version == version && (ReferenceEquals(entry.Name, name) || entry.Name.Equals(name)))
        {
            if (ReferenceEquals(entry.Value, PyOps.Unbound))
            {
                value = null;
                return false;
            }
            value = entry.Value;
            return true;
        }
        var found = PyOps.Unbound;
        foreach (var t in _mro)
        {
            if (t.Dict.TryGetValue(name, out var v))
            {
                found = v;
                break;
            }
        }
        s_lookupCache[index] = new LookupEntry(version, name, found);
        value = ReferenceEquals(found, PyOps.Unbound) ? null : found;
        return !ReferenceEquals(found, PyOps.Unbound);
    }

    private const int LookupCacheBits = 12;
    private static readonly LookupEntry?[] s_lookupCache = new LookupEntry?[1 << LookupCacheBits];

    private static int LookupCacheIndex(int version, PyStr name) =>
        (int)((((uint)version * 0x9E3779B1u) ^ (uint)name.GetHashCode()) * 0x85EBCA6Bu >> (32 - LookupCacheBits));

    /// <summary>An immutable method-cache entry: replaced whole, so lock-free readers never see a torn one.</summary>
    private sealed class LookupEntry(int version, PyStr name, object? value)
    {
        public readonly int Version = version;
        public readonly PyStr Name = name;
        public readonly object? Value = value;
    }

    /// <summary>Sets a member on the type and invalidates every cache that may hold the old one.</summary>
    public void SetMember(PyStr name, object? value)
    {
        Dict[name] = value;
        Invalidate();
    }

    public bool RemoveMember(PyStr name)
    {
        var removed = Dict.Remove(name);
        Invalidate();
        return removed;
    }

    /// <summary>Replaces the bases: the new MRO of this class and its subclasses, and the bases' subclass lists.</summary>
    public void SetBases(PyType[] bases) => ApplyBases(bases, Mro3.Compute(this, bases));

    private void ApplyBases(PyType[] bases, PyType[] mro)
    {
        foreach (var old in Bases)
        {
            old.RemoveSubclass(this);
        }
        Bases = bases;
        _mro = mro;
        foreach (var b in bases)
        {
            b.AddSubclass(this);
        }
        RecomputeSubclassMros();
        Invalidate();
    }

    /// <summary>
    /// <c>cls.__bases__ = bases</c> on a class statement's class (typing.NamedTuple does it): a new MRO for the class and
    /// its subclasses, as long as instances keep their layout (the bases' solid base must be compatible with the old
    /// one, as CPython's compatible_for_assignment checks). Throws TypeError otherwise.
    /// </summary>
    public void AssignBases(PyType[] bases)
    {
        if (bases.Any(b => b.IsSubtypeOf(this)))
        {
            throw new PyException(PyErrors.BasesCycle());
        }
        var newBase = SolidBase(bases);
        if (Base != null && !newBase.HasSameLayout(Base))
        {
            throw new PyException(PyErrors.BasesLayoutDiffers(newBase, Base));
        }
        var mro = Mro3.Compute(this, bases);
        Base = newBase;
        ApplyBases(bases, mro);
    }

    private void RecomputeSubclassMros()
    {
        foreach (var sub in Subclasses())
        {
            sub._mro = Mro3.Compute(sub, sub.Bases);
            sub.RecomputeSubclassMros();
        }
    }

    private void RemoveSubclass(PyType sub)
    {
        if (_subclasses == null)
        {
            return;
        }
        lock (_subclasses)
        {
            _subclasses.RemoveAll(w => !w.TryGetTarget(out var t) || ReferenceEquals(t, sub));
        }
    }

    public void Invalidate()
    {
        Version = Interlocked.Increment(ref s_nextVersion);
        if (_subclasses == null)
        {
            return;
        }
        foreach (var weak in _subclasses.ToArray())
        {
            if (weak.TryGetTarget(out var sub))
            {
                sub.Invalidate();
            }
        }
    }

    public IEnumerable<PyType> Subclasses()
    {
        if (_subclasses == null)
        {
            yield break;
        }
        foreach (var weak in _subclasses.ToArray())
        {
            if (weak.TryGetTarget(out var sub))
            {
                yield return sub;
            }
        }
    }

    private void AddSubclass(PyType sub)
    {
        _subclasses ??= new List<WeakReference<PyType>>();
        lock (_subclasses)
        {
            _subclasses.Add(new WeakReference<PyType>(sub));
        }
    }

    private static PyType[] Prepend(PyType first, PyType[] rest)
    {
        var result = new PyType[rest.Length + 1];
        result[0] = first;
        rest.CopyTo(result, 1);
        return result;
    }

    /// <summary>
    /// CPython's best_base: the base whose instance layout (solid base) extends every other base's, or a TypeError
    /// when two bases' layouts conflict.
    /// </summary>
    private static PyType SolidBase(PyType[] bases)
    {
        PyType? winner = null;
        PyType? best = null;
        foreach (var b in bases)
        {
            var candidate = LayoutOwner(b);
            if (winner == null || (candidate.IsSubtypeOf(winner) && !ReferenceEquals(candidate, winner)))
            {
                winner = candidate;
                best = b;
            }
            else if (!winner.IsSubtypeOf(candidate))
            {
                throw new PyException(PyErrors.LayoutConflict());
            }
        }
        return best ?? ObjectType;
    }

    /// <summary>CPython's solid_base: the nearest ancestor that adds to the instance layout (a builtin type; classes
    /// and the builtin exceptions that CPython lays out as their base add none).</summary>
    private static PyType LayoutOwner(PyType t)
    {
        while (t.Base != null && (t.IsHeapType || PyExc.SharesBaseLayout(t)))
        {
            t = t.Base;
        }
        return t;
    }

    public override string ToString() => $"<class '{FullName}'>";

    public string FullName => ModuleName == "builtins" ? QualName : ModuleName + "." + QualName;
}
