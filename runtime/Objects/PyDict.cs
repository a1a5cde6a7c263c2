using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace PyNet.Runtime;

/// <summary>
/// Python <c>dict</c>: a compact, insertion-ordered hash table (dense entries plus a sparse index table probed as
/// CPython probes; a small dict has no index table and scans its few entries). Keys use Python hashing and equality;
/// str and int keys take fast paths that run no Python code. See PyDict.txt for the layout.
/// </summary>
public partial class PyDict : PyObject
{
    private const int Empty = -1;
    private const int Dummy = -2;

    /// <summary>Up to this many entries a dict has no index table: lookups compare the hashes of all entries.</summary>
    private const int SmallCapacity = 8;

    /// <summary>The entry capacity of a dict's first table when nothing says how large it will grow (CPython's too).</summary>
    private const int FirstCapacity = 5;

    private static readonly Entry[] s_noEntries = Array.Empty<Entry>();

    /// <summary>The entries; for a dict with shared keys, the keys' entries (never written, their values unused).</summary>
    private Entry[] _entries;

    /// <summary>
    /// The index table of a large dict (int[]), the values of a dict with shared keys (object?[], one per entry of
    /// the <see cref="SharedKeys"/> in <see cref="_entries"/>), or null (a small dict with its own entries).
    /// </summary>
    private object? _aux;

    private int _used;
    private int _count;

    /// <summary>An entry: a deleted one keeps its place with the key <see cref="PyOps.Unbound"/>.</summary>
    internal struct Entry
    {
        public long Hash;
        public object? Key;
        public object? Value;
    }

    /// <summary>
    /// An empty dict shares one empty entry array until its first insertion: the many dicts that stay empty
    /// (**kwargs, instance dicts) cost one object.
    /// </summary>
    public PyDict()
    {
        _entries = s_noEntries;
    }

    public PyDict(int capacity)
    {
        _entries = s_noEntries;
        if (capacity > 0)
        {
            Allocate(capacity);
        }
    }

    /// <summary>
    /// A dict of the str keys of <paramref name="keys"/>, to be filled in their order (a display's
    /// <see cref="SetStrItem"/> calls): the dict shares their entries and has only its own array of values.
    /// </summary>
    public PyDict(SharedKeys keys)
    {
        _entries = keys.Entries;
        _aux = new object?[keys.Entries.Length];
    }

    /// <summary>
    /// The keys of the dicts one display builds (distinct str constants, at most <see cref="SmallCapacity"/>): their
    /// entries, hashed once, shared by every such dict until it gains or loses a key (see PyDict.txt).
    /// </summary>
    public sealed class SharedKeys
    {
        internal readonly Entry[] Entries;

        public SharedKeys(PyStr[] keys)
        {
            Entries = new Entry[keys.Length];
            for (var i = 0; i < keys.Length; i++)
            {
                Entries[i].Hash = keys[i].Hash;
                Entries[i].Key = keys[i];
            }
        }

        /// <summary>The largest display whose dicts share their keys: small dicts, which have no index table.</summary>
        public const int MaxCount = SmallCapacity;
    }

    /// <summary>The values of a dict with shared keys, or null.</summary>
    private object?[]? SharedValues
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get
        {
            var aux = _aux;
            return aux != null && aux.GetType() == typeof(object[]) ? Unsafe.As<object?[]>(aux) : null;
        }
    }

    /// <summary>The index table, or null.</summary>
    private int[]? Indices
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get
        {
            var aux = _aux;
            return aux != null && aux.GetType() == typeof(int[]) ? Unsafe.As<int[]>(aux) : null;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private object? ValueAt(int i) => SharedValues is { } values ? values[i] : _entries[i].Value;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void SetValueAt(int i, object? value)
    {
        if (SharedValues is { } values)
        {
            values[i] = value;
            return;
        }
        _entries[i].Value = value;
    }

    /// <summary>Gives a dict with shared keys its own entries (before it gains or loses a key).</summary>
    private void Unshare()
    {
        if (SharedValues is not { } values)
        {
            return;
        }
        var entries = new Entry[_entries.Length];
        for (var i = 0; i < _used; i++)
        {
            entries[i] = _entries[i];
            entries[i].Value = values[i];
        }
        _entries = entries;
        _aux = null;
    }

    /// <summary>Changes on every insertion or deletion; iterators use it to detect mutation.</summary>
    public int Version { get; private set; }

    public int Count => _count;

    /// <summary>True for a plain dict (not an instance of a subclass, whose methods may be overridden).</summary>
    public bool IsExact => GetType() == typeof(PyDict);

    public override PyType Type => PyType.DictType;

    public object? this[object? key]
    {
        get => TryGetValue(key, out var v) ? v : throw new PyException(PyErrors.KeyError(key));
        set => Insert(key, PyProtocol.Hash(key), value);
    }

    public bool TryGetValue(object? key, out object? value)
    {
        var i = Find(key, PyProtocol.Hash(key));
        if (i >= 0)
        {
            value = ValueAt(i);
            return true;
        }
        value = null;
        return false;
    }

    /// <summary>Lookup with a str key: no Python code runs.</summary>
    public bool TryGetValue(PyStr key, out object? value)
    {
        var i = Find(key, key.Hash);
        if (i >= 0)
        {
            value = ValueAt(i);
            return true;
        }
        value = null;
        return false;
    }

    /// <summary>
    /// Lookup for inline caches: <paramref name="hint"/> is the entry where <paramref name="key"/> was found last
    /// time (dicts of the same shape usually agree); a hit costs one reference comparison. On a miss the table is
    /// probed and the hint updated.
    /// </summary>
    public bool TryGetValue(PyStr key, ref int hint, out object? value)
    {
        var h = hint;
        var entries = _entries;
        if ((uint)h < (uint)_used && ReferenceEquals(entries[h].Key, key))
        {
            value = ValueAt(h);
            return true;
        }
        var ix = Find(key, key.Hash);
        if (ix >= 0)
        {
            hint = ix;
            value = ValueAt(ix);
            return true;
        }
        value = null;
        return false;
    }

    /// <summary>Store for inline caches (see <see cref="TryGetValue(PyStr, ref int, out object?)"/>).</summary>
    public void SetValue(PyStr key, ref int hint, object? value)
    {
        var h = hint;
        var entries = _entries;
        if ((uint)h < (uint)_used && ReferenceEquals(entries[h].Key, key))
        {
            SetValueAt(h, value);
            return;
        }
        Insert(key, key.Hash, value);
        hint = Find(key, key.Hash);
    }

    /// <summary>Store with a str key: no Python code runs. A dict with shared keys takes its next key's value in place.</summary>
    public void SetStrItem(PyStr key, object? value)
    {
        if (SharedValues is { } values && _used < values.Length && ReferenceEquals(_entries[_used].Key, key))
        {
            values[_used++] = value;
            _count++;
            Version++;
            return;
        }
        Insert(key, key.Hash, value);
    }

    public bool ContainsKey(object? key) => Find(key, PyProtocol.Hash(key)) >= 0;

    public void Add(object? key, object? value) => Insert(key, PyProtocol.Hash(key), value);

    public bool Remove(object? key) => Remove(key, out _);

    public bool Remove(object? key, out object? value)
    {
        var i = Find(key, PyProtocol.Hash(key));
        if (i < 0)
        {
            value = null;
            return false;
        }
        value = ValueAt(i);
        RemoveAt(i);
        return true;
    }

    public void Clear()
    {
        if (_used == 0)
        {
            return;
        }
        _entries = s_noEntries;
        _aux = null;
        _used = 0;
        _count = 0;
        Version++;
    }

    /// <summary>Entries in insertion order (skipping deleted ones). Mutation during enumeration is the caller's check.</summary>
    public IEnumerable<KeyValuePair<object?, object?>> Items()
    {
        for (var i = 0; i < _used; i++)
        {
            var e = _entries[i];
            if (!ReferenceEquals(e.Key, PyOps.Unbound))
            {
                yield return new KeyValuePair<object?, object?>(e.Key, ValueAt(i));
            }
        }
    }

    public IEnumerable<object?> Keys()
    {
        foreach (var kv in Items())
        {
            yield return kv.Key;
        }
    }

    public IEnumerable<object?> Values()
    {
        foreach (var kv in Items())
        {
            yield return kv.Value;
        }
    }

    /// <summary>Steps an entry cursor: returns false at the end. Used by iterators, which check <see cref="Version"/>.</summary>
    public bool TryGetEntry(ref int position, out object? key, out object? value)
    {
        var entries = _entries;
        while (position < _used)
        {
            ref var e = ref entries[position++];
            if (!ReferenceEquals(e.Key, PyOps.Unbound))
            {
                key = e.Key;
                value = SharedValues is { } values ? values[position - 1] : e.Value;
                return true;
            }
        }
        key = null;
        value = null;
        return false;
    }

    /// <summary>The number of entry slots used so far (live and deleted): the start of a backwards cursor is one less.</summary>
    public int EntryCount => _used;

    /// <summary>Steps an entry cursor backwards (reversed(d)): returns false before the first entry.</summary>
    public bool TryGetEntryBackwards(ref int position, out object? key, out object? value)
    {
        while (position >= 0)
        {
            var i = position--;
            if (i >= _used)
            {
                continue;
            }
            ref var e = ref _entries[i];
            if (!ReferenceEquals(e.Key, PyOps.Unbound))
            {
                key = e.Key;
                value = ValueAt(i);
                return true;
            }
        }
        key = null;
        value = null;
        return false;
    }

    /// <summary>Removes and returns the last inserted item (popitem's LIFO order).</summary>
    public bool TryPopLast(out object? key, out object? value)
    {
        for (var i = _used - 1; i >= 0; i--)
        {
            ref var e = ref _entries[i];
            if (!ReferenceEquals(e.Key, PyOps.Unbound))
            {
                key = e.Key;
                value = ValueAt(i);
                RemoveAt(i);
                _used = i;
                return true;
            }
        }
        key = null;
        value = null;
        return false;
    }

    /// <summary>A new dict with the same items: the live entries copied as they are (their keys are distinct and
    /// hashed already), the index table rebuilt for a large one.</summary>
    public PyDict Copy()
    {
        var d = new PyDict();
        if (SharedValues is { } values)
        {
            // Shares the keys too (dict(record), record.copy()).
            d._entries = _entries;
            d._aux = values.Clone();
            d._used = _used;
            d._count = _count;
            return d;
        }
        if (_count > 0)
        {
            // Allocate copies the live entries of the table it is given, here this dict's, into a new one.
            d._entries = _entries;
            d._used = _used;
            d._count = _count;
            d.Allocate(_count);
        }
        return d;
    }

    public void Update(PyDict other)
    {
        var entries = other._entries;
        for (var i = 0; i < other._used; i++)
        {
            var e = entries[i];
            if (!ReferenceEquals(e.Key, PyOps.Unbound))
            {
                Insert(e.Key, e.Hash, other.ValueAt(i));
            }
        }
    }

    /// <summary>The entry holding <paramref name="key"/>, or -1.</summary>
    private int Find(object? key, long hash)
    {
        var entries = _entries;
        var indices = Indices;
        if (indices == null)
        {
            var used = _used;
            for (var i = 0; i < used && i < entries.Length; i++)
            {
                ref var e = ref entries[i];
                if (ReferenceEquals(e.Key, key) || (e.Hash == hash && KeyEquals(e.Key, key)))
                {
                    return i;
                }
            }
            return -1;
        }
        var mask = indices.Length - 1;
        var perturb = (ulong)hash;
        var slot = (int)(hash & mask);
        while (true)
        {
            var ix = indices[slot];
            if (ix == Empty)
            {
                return -1;
            }
            if (ix >= 0)
            {
                ref var e = ref entries[ix];
                if (ReferenceEquals(e.Key, key) || (e.Hash == hash && KeyEquals(e.Key, key)))
                {
                    return ix;
                }
            }
            perturb >>= 5;
            slot = (int)((slot * 5 + 1 + (long)perturb) & mask);
        }
    }

    private void Insert(object? key, long hash, object? value)
    {
        var i = Find(key, hash);
        if (i >= 0)
        {
            SetValueAt(i, value);
            return;
        }
        Unshare();
        if (_used == _entries.Length)
        {
            // Twice the live entries; a dict that fits stays small (no index table).
            var capacity = Math.Max(_count * 2, FirstCapacity);
            Allocate(_count < SmallCapacity ? Math.Min(capacity, SmallCapacity) : capacity);
        }
        var entry = _used++;
        ref var e = ref _entries[entry];
        e.Hash = hash;
        e.Key = key;
        e.Value = value;
        if (Indices is { } indices)
        {
            indices[FreeSlot(indices, hash)] = entry;
        }
        _count++;
        Version++;
    }

    /// <summary>Deletes entry <paramref name="i"/> (live): its index slot becomes Dummy, so probe chains stay intact.</summary>
    private void RemoveAt(int i)
    {
        Unshare();
        var indices = Indices;
        if (indices != null)
        {
            var hash = _entries[i].Hash;
            var mask = indices.Length - 1;
            var perturb = (ulong)hash;
            var slot = (int)(hash & mask);
            while (indices[slot] != i)
            {
                perturb >>= 5;
                slot = (int)((slot * 5 + 1 + (long)perturb) & mask);
            }
            indices[slot] = Dummy;
        }
        ref var e = ref _entries[i];
        e.Key = PyOps.Unbound;
        e.Value = null;
        _count--;
        Version++;
    }

    /// <summary>The first index slot on <paramref name="hash"/>'s probe chain that holds no entry (Empty or Dummy).</summary>
    private static int FreeSlot(int[] indices, long hash)
    {
        var mask = indices.Length - 1;
        var perturb = (ulong)hash;
        var slot = (int)(hash & mask);
        while (indices[slot] >= 0)
        {
            perturb >>= 5;
            slot = (int)((slot * 5 + 1 + (long)perturb) & mask);
        }
        return slot;
    }

    /// <summary>
    /// New tables with room for <paramref name="capacity"/> entries, the live entries moved in order (deleted ones
    /// dropped). Up to <see cref="SmallCapacity"/> entries there is no index table; above, the index table is a power
    /// of two at least 3/2 of the entry capacity, as CPython keeps it.
    /// </summary>
    private void Allocate(int capacity)
    {
        int[]? indices = null;
        if (capacity > SmallCapacity)
        {
            var size = 16;
            while (size * 2 / 3 < capacity)
            {
                size <<= 1;
            }
            capacity = size * 2 / 3;
            indices = new int[size];
            // A plain loop: Array.Fill, Span.Fill and initblk all reach the framework's vectorised fill, which no
            // precompiled image holds (for int or byte), so the JIT compiled it at the first big dictionary of every
            // run, about 2 ms of start-up.
            for (var i = 0; i < indices.Length; i++)
            {
                indices[i] = Empty;
            }
        }
        var entries = new Entry[capacity];
        var old = _entries;
        var n = 0;
        for (var i = 0; i < _used; i++)
        {
            ref var e = ref old[i];
            if (ReferenceEquals(e.Key, PyOps.Unbound))
            {
                continue;
            }
            entries[n] = e;
            if (indices != null)
            {
                indices[FreeSlot(indices, e.Hash)] = n;
            }
            n++;
        }
        _entries = entries;
        _aux = indices;
        _used = n;
    }

    private static bool KeyEquals(object? stored, object? key)
    {
        if (stored != null && key != null && stored.GetType() == key.GetType() && TryExactEquals(stored, key, out var equal))
        {
            return equal;
        }
        if (stored is PyStr a && key is PyStr b)
        {
            return a.Equals(b);
        }
        if (ReferenceEquals(stored, PyOps.Unbound))
        {
            return false;
        }
        return PyProtocol.Eq(stored, key);
    }

    /// <summary>
    /// == of two values of the same CLR class when it is an exact str, int or tuple (one method-table compare each:
    /// an "is" test of the unsealed str is a call); false when the class is another.
    /// </summary>
    private static bool TryExactEquals(object a, object b, out bool equal)
    {
        if (a.GetType() == typeof(PyStr))
        {
            equal = Unsafe.As<PyStr>(a).Equals(Unsafe.As<PyStr>(b));
            return true;
        }
        if (a.GetType() == typeof(long))
        {
            equal = (long)a == (long)b;
            return true;
        }
        if (a.GetType() == typeof(PyTuple))
        {
            equal = TupleEquals(Unsafe.As<PyTuple>(a), Unsafe.As<PyTuple>(b));
            return true;
        }
        equal = false;
        return false;
    }

    /// <summary>Tuple keys (<c>(word, next)</c>): items compared by identity, then ==, as tuple equality does.</summary>
    private static bool TupleEquals(PyTuple a, PyTuple b)
    {
        var x = a.Items;
        var y = b.Items;
        if (x.Length != y.Length)
        {
            return false;
        }
        for (var i = 0; i < x.Length; i++)
        {
            var p = x[i];
            var q = y[i];
            if (!ReferenceEquals(p, q) && !(p != null && q != null && p.GetType() == q.GetType() && TryExactEquals(p, q, out var equal) ? equal : PyProtocol.Eq(p, q)))
            {
                return false;
            }
        }
        return true;
    }
}

/// <summary>An instance of a Python subclass of dict: its own type and an instance dictionary.</summary>
public sealed class PyDictInstance : PyDict, IHasDict, ITypeAssignable
{
    private PyType _type;

    public PyDictInstance(PyType type)
    {
        _type = type;
    }

    public override PyType Type => _type;

    public PyDict? InstanceDict { get; set; }

    public PyDict GetOrCreateDict() => InstanceDict ??= new PyDict();

    public void SetType(PyType type) => _type = type;
}
