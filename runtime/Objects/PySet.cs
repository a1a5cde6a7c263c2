using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace PyNet.Runtime;

/// <summary>
/// Python <c>set</c> and <c>frozenset</c> (one class; <see cref="IsFrozen"/> tells them apart): CPython's open-addressing
/// table, probed the same way (linear runs of <see cref="LinearProbes"/> slots, then perturbed jumps), grown and purged of
/// dummies at the same moments, so that iteration order matches CPython's for the same operations. See PySet.txt.
/// </summary>
public partial class PySet : PyObject
{
    internal const int MinSize = 8;
    private const int LinearProbes = 9;
    private const int PerturbShift = 5;
    private const long DummyHash = -1;

    /// <summary>Marks a deleted slot (its hash is -1). Unused slots hold null.</summary>
    private static readonly object s_dummy = new();

    /// <summary>Stands for Python None in the table, since null marks an unused slot.</summary>
    private static readonly object s_none = new();

    private readonly PyType _type;
    /// <summary>The slots: CPython's setentry array (key and hash side by side, one bounds check per probe).</summary>
    private Entry[] _table;
    private int _mask;
    private int _fill;
    private int _used;
    private int _finger;
    private long _hash = -1;

    /// <summary>
    /// Membership of the ints in [<see cref="SmallIntLow"/>, <see cref="SmallIntLow"/> + 64): bit v - SmallIntLow is
    /// set while the int v is a key. Exact only while <see cref="_hasNonIntKeys"/> is false (every key added since the
    /// set was last emptied was an exact int): a float, a bool or any other key can be equal to an int, so a set that
    /// held one answers by probing. Lets <c>in</c>, <c>add</c> of a present key and <c>remove</c> of an absent one skip
    /// the probe sequence, which for small ints runs through the dummies that adds and removes leave (bm_nqueens).
    /// </summary>
    private ulong _smallInts;
    private bool _hasNonIntKeys;
    private const long SmallIntLow = -32;

    public PySet()
        : this(PyType.SetType)
    {
    }

    public PySet(PyType type)
    {
        _type = type;
        IsFrozen = !ReferenceEquals(type, PyType.SetType) && type.IsSubtypeOf(PyType.FrozenSetType);
        _table = new Entry[MinSize];
        _mask = MinSize - 1;
    }

    /// <summary>One slot of the table: unused (null key), dummy (<see cref="s_dummy"/>) or active.</summary>
    private struct Entry
    {
        public object? Key;
        public long Hash;
    }

    /// <summary>A new set (or frozenset) of <paramref name="type"/> holding the items of <paramref name="iterable"/>.</summary>
    public static PySet Create(PyType type, object? iterable)
    {
        var s = type.IsHeapType ? new PySetWithDict(type) : new PySet(type);
        if (iterable != null)
        {
            s.UpdateFrom(iterable);
        }
        return s;
    }

    public static PySet FromItems(ReadOnlySpan<object?> items)
    {
        var s = new PySet();
        foreach (var item in items)
        {
            s.Add(item);
        }
        return s;
    }

    public override PyType Type => _type;

    public bool IsFrozen { get; }

    public int Count => _used;

    /// <summary>set when the type is set or a subclass, frozenset otherwise: the type of results of set algebra.</summary>
    public PyType BaseType => IsFrozen ? PyType.FrozenSetType : PyType.SetType;

    public bool Contains(object? key) => FindIndex(Wrap(key), PyProtocol.Hash(key)) >= 0;

    /// <summary>Membership as the <c>in</c> operator tests it: an unhashable set key is looked up as a frozenset.</summary>
    public bool ContainsKey(object? key)
    {
        if (key is long l)
        {
            if (!_hasNonIntKeys && (ulong)(l - SmallIntLow) < 64)
            {
                return ((_smallInts >> (int)(l - SmallIntLow)) & 1) != 0;
            }
            return FindIndex(key, PyInt.Hash(l)) >= 0;
        }
        if (key is PySet { IsFrozen: false } ks)
        {
            if (!TryHash(key, out var h))
            {
                return Contains(Create(PyType.FrozenSetType, ks));
            }
            return FindIndex(Wrap(key), h) >= 0;
        }
        return Contains(key);
    }

    public void Add(object? key) => AddEntry(Wrap(key), PyProtocol.Hash(key));

    /// <summary>Removes <paramref name="key"/>; false when absent.</summary>
    public bool Discard(object? key) => DiscardEntry(Wrap(key), PyProtocol.Hash(key));

    /// <summary>Removes an arbitrary element (CPython's search finger order); false when empty.</summary>
    public bool TryPop(out object? key)
    {
        if (_used == 0)
        {
            key = null;
            return false;
        }
        var i = _finger & _mask;
        while (_table[i].Key == null || ReferenceEquals(_table[i].Key, s_dummy))
        {
            i++;
            if (i > _mask)
            {
                i = 0;
            }
        }
        key = Unwrap(_table[i].Key);
        _table[i] = new Entry { Key = s_dummy, Hash = DummyHash };
        _used--;
        _finger = i + 1;
        ForgetSmallInt(key);
        return true;
    }

    public void Clear()
    {
        _table = new Entry[MinSize];
        _mask = MinSize - 1;
        _fill = 0;
        _used = 0;
        _smallInts = 0;
        _hasNonIntKeys = false;
    }

    /// <summary>Records a key that became active (see <see cref="_smallInts"/>).</summary>
    private void NoteKey(object key)
    {
        if (key is long v)
        {
            if ((ulong)(v - SmallIntLow) < 64)
            {
                _smallInts |= 1UL << (int)(v - SmallIntLow);
            }
        }
        else
        {
            _hasNonIntKeys = true;
        }
    }

    /// <summary>Records a key that was removed.</summary>
    private void ForgetSmallInt(object? key)
    {
        if (key is long v && (ulong)(v - SmallIntLow) < 64)
        {
            _smallInts &= ~(1UL << (int)(v - SmallIntLow));
        }
    }

    /// <summary>Whether <paramref name="key"/> is an int the bitmap answers for, and if so whether it is present.</summary>
    private bool IsKnownSmallInt(object key, out bool present)
    {
        if (key is long v && !_hasNonIntKeys && (ulong)(v - SmallIntLow) < 64)
        {
            present = ((_smallInts >> (int)(v - SmallIntLow)) & 1) != 0;
            return true;
        }
        present = false;
        return false;
    }

    /// <summary>Steps a table cursor (CPython's set_next): false at the end of the table.</summary>
    public bool TryGetNext(ref int position, out object? key)
    {
        var table = _table;
        var i = position;
        while ((uint)i < (uint)table.Length && (table[i].Key == null || ReferenceEquals(table[i].Key, s_dummy)))
        {
            i++;
        }
        position = i + 1;
        if ((uint)i >= (uint)table.Length)
        {
            key = null;
            return false;
        }
        key = Unwrap(table[i].Key);
        return true;
    }

    public IEnumerable<object?> Items()
    {
        var pos = 0;
        while (TryGetNext(ref pos, out var k))
        {
            yield return k;
        }
    }

    public object?[] ToArray()
    {
        var result = new object?[_used];
        var n = 0;
        foreach (ref var e in _table.AsSpan())
        {
            if (e.Key != null && !ReferenceEquals(e.Key, s_dummy))
            {
                result[n++] = Unwrap(e.Key);
            }
        }
        return result;
    }

    /// <summary>The frozenset hash, as CPython computes it (order-independent, cached).</summary>
    public long FrozenHash()
    {
        if (_hash != -1)
        {
            return _hash;
        }
        ulong hash = 0;
        foreach (ref var e in _table.AsSpan())
        {
            hash ^= ShuffleBits((ulong)e.Hash);
        }
        if (((_mask + 1 - _fill) & 1) != 0)
        {
            hash ^= ShuffleBits(0);
        }
        if (((_fill - _used) & 1) != 0)
        {
            hash ^= ShuffleBits(unchecked((ulong)-1L));
        }
        hash ^= ((ulong)_used + 1) * 1927868237UL;
        hash ^= (hash >> 11) ^ (hash >> 25);
        hash = (hash * 69069U) + 907133923UL;
        if (hash == ulong.MaxValue)
        {
            hash = 590923713UL;
        }
        _hash = (long)hash;
        return _hash;
    }

    private static ulong ShuffleBits(ulong h) => ((h ^ 89869747UL) ^ (h << 16)) * 3644798167UL;

    private static object Wrap(object? key) => key ?? s_none;

    private static bool IsActive(in Entry e) => e.Key != null && !ReferenceEquals(e.Key, s_dummy);

    private static object? Unwrap(object? key) => ReferenceEquals(key, s_none) ? null : key;

    private static bool TryHash(object? key, out long hash)
    {
        try
        {
            hash = PyProtocol.Hash(key);
            return true;
        }
        catch (PyException e) when (e.Value.Type.IsSubtypeOf(PyExc.TypeError))
        {
            hash = 0;
            return false;
        }
    }

    /// <summary>CPython's set_lookkey: the slot holding an equal key, or -1.</summary>
    private int FindIndex(object key, long hash)
    {
    restart:
        var table = _table;
        var mask = (ulong)table.Length - 1;
        var perturb = (ulong)hash;
        var i = (ulong)hash & mask;
        while (true)
        {
            var probes = i + LinearProbes <= mask ? LinearProbes : 0;
            var j = i;
            while (true)
            {
                // j <= mask: a linear run only starts where it fits in the table.
                ref var e = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(table), (nint)j);
                if (e.Hash != hash)
                {
                    // The hash is compared first, as CPython does: most slots on a path hold other hashes.
                    if (e.Key == null)
                    {
                        return -1;
                    }
                }
                else
                {
                    var k = e.Key;
                    if (k == null)
                    {
                        return -1;
                    }
                    if (ReferenceEquals(k, key))
                    {
                        return (int)j;
                    }
                    var eq = FastEquals(k, key, out var decided);
                    if (!decided)
                    {
                        eq = PyProtocol.Eq(Unwrap(k), Unwrap(key));
                        if (!ReferenceEquals(table, _table) || !ReferenceEquals(table[(int)j].Key, k))
                        {
                            goto restart;
                        }
                    }
                    if (eq)
                    {
                        return (int)j;
                    }
                }
                if (probes-- == 0)
                {
                    break;
                }
                j++;
            }
            perturb >>= PerturbShift;
            i = ((i * 5) + 1 + perturb) & mask;
        }
    }

    /// <summary>Equality without running Python code when both keys are str or both int.</summary>
    private static bool FastEquals(object stored, object key, out bool decided)
    {
        if (stored is PyStr a && key is PyStr b)
        {
            decided = true;
            return a.Equals(b);
        }
        if (stored is long x && key is long y)
        {
            decided = true;
            return x == y;
        }
        decided = false;
        return false;
    }

    /// <summary>CPython's set_add_entry: reuses the last dummy seen on the probe path; grows when fill reaches 3/5.</summary>
    private void AddEntry(object key, long hash)
    {
        if (IsKnownSmallInt(key, out var present) && present)
        {
            return;
        }
    restart:
        var table = _table;
        var mask = (ulong)table.Length - 1;
        var perturb = (ulong)hash;
        var i = (ulong)hash & mask;
        var freeSlot = -1;
        while (true)
        {
            var probes = i + LinearProbes <= mask ? LinearProbes : 0;
            var j = i;
            while (true)
            {
                ref var e = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(table), (nint)j);
                var k = e.Key;
                if (k == null)
                {
                    NoteKey(key);
                    if (freeSlot >= 0)
                    {
                        table[freeSlot] = new Entry { Key = key, Hash = hash };
                        _used++;
                        return;
                    }
                    e = new Entry { Key = key, Hash = hash };
                    _fill++;
                    _used++;
                    if ((ulong)_fill * 5 >= mask * 3)
                    {
                        Resize(_used > 50000 ? _used * 2 : _used * 4);
                    }
                    return;
                }
                var h = e.Hash;
                if (h == hash)
                {
                    if (ReferenceEquals(k, key))
                    {
                        return;
                    }
                    var eq = FastEquals(k, key, out var decided);
                    if (!decided)
                    {
                        eq = PyProtocol.Eq(Unwrap(k), Unwrap(key));
                        if (!ReferenceEquals(table, _table) || !ReferenceEquals(table[(int)j].Key, k))
                        {
                            goto restart;
                        }
                    }
                    if (eq)
                    {
                        return;
                    }
                }
                else if (h == DummyHash)
                {
                    freeSlot = (int)j;
                }
                if (probes-- == 0)
                {
                    break;
                }
                j++;
            }
            perturb >>= PerturbShift;
            i = ((i * 5) + 1 + perturb) & mask;
        }
    }

    private bool DiscardEntry(object key, long hash)
    {
        if (IsKnownSmallInt(key, out var present) && !present)
        {
            return false;
        }
        var i = FindIndex(key, hash);
        if (i < 0)
        {
            return false;
        }
        ForgetSmallInt(_table[i].Key);
        _table[i] = new Entry { Key = s_dummy, Hash = DummyHash };
        _used--;
        return true;
    }

    /// <summary>CPython's set_table_resize: the smallest power of two above <paramref name="minUsed"/>, dummies dropped.</summary>
    private void Resize(int minUsed)
    {
        var size = MinSize;
        while (size <= minUsed)
        {
            size <<= 1;
        }
        if (size == MinSize && _table.Length == MinSize && _fill == _used)
        {
            return;
        }
        var old = _table;
        _table = NewTable(size, old);
        _mask = size - 1;
        _fill = _used;
        foreach (ref var e in old.AsSpan())
        {
            if (e.Key != null && !ReferenceEquals(e.Key, s_dummy))
            {
                InsertClean(_table, e.Key, e.Hash);
            }
        }
    }

    /// <summary>CPython's set_insert_clean: places a key known to be absent into a table without dummies.</summary>
    private static void InsertClean(Entry[] table, object key, long hash)
    {
        var mask = (ulong)table.Length - 1;
        var perturb = (ulong)hash;
        var i = (ulong)hash & mask;
        while (true)
        {
            if (table[(int)i].Key == null)
            {
                table[(int)i] = new Entry { Key = key, Hash = hash };
                return;
            }
            if (i + LinearProbes <= mask)
            {
                for (var j = i + 1; j <= i + LinearProbes; j++)
                {
                    if (table[(int)j].Key == null)
                    {
                        table[(int)j] = new Entry { Key = key, Hash = hash };
                        return;
                    }
                }
            }
            perturb >>= PerturbShift;
            i = ((i * 5) + 1 + perturb) & mask;
        }
    }

    /// <summary>Exchanges tables with <paramref name="other"/> (CPython's set_swap_bodies, used by intersection_update).</summary>
    internal void SwapBodies(PySet other)
    {
        (_table, other._table) = (other._table, _table);
        (_mask, other._mask) = (other._mask, _mask);
        (_fill, other._fill) = (other._fill, _fill);
        (_used, other._used) = (other._used, _used);
        (_smallInts, other._smallInts) = (other._smallInts, _smallInts);
        (_hasNonIntKeys, other._hasNonIntKeys) = (other._hasNonIntKeys, _hasNonIntKeys);
        _hash = -1;
        other._hash = -1;
    }
}

/// <summary>An instance of a Python subclass of set or frozenset: it has an attribute dictionary.</summary>
public sealed class PySetWithDict : PySet, IHasDict
{
    public PySetWithDict(PyType type)
        : base(type)
    {
    }

    public PyDict? InstanceDict { get; private set; }

    public PyDict GetOrCreateDict() => InstanceDict ??= new PyDict();
}

/// <summary>The iterator over a set; raises if the set changes size while iterating, as CPython's does.</summary>
public sealed class PySetIterator : PyIterator
{
    public static readonly PyType IteratorType = new("set_iterator", PyType.ObjectType, IteratorMembers.Init, isBaseType: false);

    private readonly PySet _set;
    private readonly int _used;
    private int _position;
    private bool _exhausted;

    public PySetIterator(PySet set)
    {
        _set = set;
        _used = set.Count;
    }

    public override PyType Type => IteratorType;

    public override object? Next()
    {
        if (_exhausted)
        {
            return PyOps.Done;
        }
        if (_set.Count != _used)
        {
            _exhausted = true;
            throw new PyException(PyErrors.SetChangedSize());
        }
        if (_set.TryGetNext(ref _position, out var key))
        {
            return key;
        }
        _exhausted = true;
        return PyOps.Done;
    }
}
