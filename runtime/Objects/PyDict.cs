using System;
using System.Collections.Generic;

namespace PyNet.Runtime;

/// <summary>
/// Python <c>dict</c>: a compact, insertion-ordered hash table (dense entry arrays plus a sparse index table probed as
/// CPython probes). Keys use Python hashing and equality; str and int keys take fast paths that run no Python code.
/// See PyDict.txt for the layout.
/// </summary>
public partial class PyDict : PyObject
{
    private const int Empty = -1;
    private const int Dummy = -2;

    private int[] _indices;
    private long[] _hashes;
    private object?[] _keys;
    private object?[] _values;
    private int _entries;
    private int _count;

    public PyDict()
        : this(8)
    {
    }

    public PyDict(int capacity)
    {
        var size = 8;
        while (size * 2 < capacity * 3)
        {
            size <<= 1;
        }
        _indices = new int[size];
        Array.Fill(_indices, Empty);
        var entryCap = size * 2 / 3;
        _hashes = new long[entryCap];
        _keys = new object?[entryCap];
        _values = new object?[entryCap];
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
            value = _values[i];
            return true;
        }
        value = null;
        return false;
    }

    /// <summary>Lookup with a str key: no Python code runs.</summary>
    public bool TryGetValue(PyStr key, out object? value)
    {
        var hash = key.Hash;
        var mask = _indices.Length - 1;
        var perturb = (ulong)hash;
        var slot = (int)(hash & mask);
        while (true)
        {
            var ix = _indices[slot];
            if (ix == Empty)
            {
                value = null;
                return false;
            }
            if (ix >= 0 && _hashes[ix] == hash)
            {
                var k = _keys[ix];
                if (ReferenceEquals(k, key) || (k is PyStr ks && ks.Equals(key)))
                {
                    value = _values[ix];
                    return true;
                }
                if (k is not PyStr && PyProtocol.Eq(k, key))
                {
                    value = _values[ix];
                    return true;
                }
            }
            perturb >>= 5;
            slot = (int)((slot * 5 + 1 + (long)perturb) & mask);
        }
    }

    /// <summary>
    /// Lookup for inline caches: <paramref name="hint"/> is the entry where <paramref name="key"/> was found last
    /// time (dicts of the same shape, such as instances of one class, usually agree); a hit costs one reference
    /// comparison. On a miss the table is probed and the hint updated.
    /// </summary>
    public bool TryGetValue(PyStr key, ref int hint, out object? value)
    {
        var h = hint;
        var keys = _keys;
        if ((uint)h < (uint)keys.Length && ReferenceEquals(keys[h], key))
        {
            value = _values[h];
            return true;
        }
        var ix = Find(key, key.Hash);
        if (ix >= 0)
        {
            hint = ix;
            value = _values[ix];
            return true;
        }
        value = null;
        return false;
    }

    /// <summary>Store for inline caches (see <see cref="TryGetValue(PyStr, ref int, out object?)"/>).</summary>
    public void SetValue(PyStr key, ref int hint, object? value)
    {
        var h = hint;
        var keys = _keys;
        if ((uint)h < (uint)keys.Length && ReferenceEquals(keys[h], key))
        {
            _values[h] = value;
            return;
        }
        Insert(key, key.Hash, value);
        hint = Find(key, key.Hash);
    }

    public bool ContainsKey(object? key) => Find(key, PyProtocol.Hash(key)) >= 0;

    public void Add(object? key, object? value) => Insert(key, PyProtocol.Hash(key), value);

    public bool Remove(object? key) => Remove(key, out _);

    public bool Remove(object? key, out object? value)
    {
        var hash = PyProtocol.Hash(key);
        var mask = _indices.Length - 1;
        var perturb = (ulong)hash;
        var slot = (int)(hash & mask);
        while (true)
        {
            var ix = _indices[slot];
            if (ix == Empty)
            {
                value = null;
                return false;
            }
            if (ix >= 0 && _hashes[ix] == hash && KeyEquals(_keys[ix], key))
            {
                value = _values[ix];
                _indices[slot] = Dummy;
                _keys[ix] = PyOps.Unbound;
                _values[ix] = null;
                _count--;
                Version++;
                return true;
            }
            perturb >>= 5;
            slot = (int)((slot * 5 + 1 + (long)perturb) & mask);
        }
    }

    public void Clear()
    {
        Array.Fill(_indices, Empty);
        Array.Clear(_keys);
        Array.Clear(_values);
        _entries = 0;
        _count = 0;
        Version++;
    }

    /// <summary>Entries in insertion order (skipping deleted ones). Mutation during enumeration is the caller's check.</summary>
    public IEnumerable<KeyValuePair<object?, object?>> Items()
    {
        for (var i = 0; i < _entries; i++)
        {
            var k = _keys[i];
            if (!ReferenceEquals(k, PyOps.Unbound))
            {
                yield return new KeyValuePair<object?, object?>(k, _values[i]);
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
        while (position < _entries)
        {
            var i = position++;
            var k = _keys[i];
            if (!ReferenceEquals(k, PyOps.Unbound))
            {
                key = k;
                value = _values[i];
                return true;
            }
        }
        key = null;
        value = null;
        return false;
    }

    /// <summary>The number of entry slots used so far (live and deleted): the start of a backwards cursor is one less.</summary>
    public int EntryCount => _entries;

    /// <summary>Steps an entry cursor backwards (reversed(d)): returns false before the first entry.</summary>
    public bool TryGetEntryBackwards(ref int position, out object? key, out object? value)
    {
        while (position >= 0)
        {
            var i = position--;
            if (i >= _entries)
            {
                continue;
            }
            var k = _keys[i];
            if (!ReferenceEquals(k, PyOps.Unbound))
            {
                key = k;
                value = _values[i];
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
        for (var i = _entries - 1; i >= 0; i--)
        {
            var k = _keys[i];
            if (!ReferenceEquals(k, PyOps.Unbound))
            {
                key = k;
                value = _values[i];
                Remove(k);
                _entries = i;
                return true;
            }
        }
        key = null;
        value = null;
        return false;
    }

    public PyDict Copy()
    {
        var d = new PyDict(_count);
        for (var i = 0; i < _entries; i++)
        {
            var k = _keys[i];
            if (!ReferenceEquals(k, PyOps.Unbound))
            {
                d.Insert(k, _hashes[i], _values[i]);
            }
        }
        return d;
    }

    public void Update(PyDict other)
    {
        for (var i = 0; i < other._entries; i++)
        {
            var k = other._keys[i];
            if (!ReferenceEquals(k, PyOps.Unbound))
            {
                Insert(k, other._hashes[i], other._values[i]);
            }
        }
    }

    private int Find(object? key, long hash)
    {
        var mask = _indices.Length - 1;
        var perturb = (ulong)hash;
        var slot = (int)(hash & mask);
        while (true)
        {
            var ix = _indices[slot];
            if (ix == Empty)
            {
                return -1;
            }
            if (ix >= 0 && _hashes[ix] == hash && KeyEquals(_keys[ix], key))
            {
                return ix;
            }
            perturb >>= 5;
            slot = (int)((slot * 5 + 1 + (long)perturb) & mask);
        }
    }

    private void Insert(object? key, long hash, object? value)
    {
        var mask = _indices.Length - 1;
        var perturb = (ulong)hash;
        var slot = (int)(hash & mask);
        var freeSlot = -1;
        while (true)
        {
            var ix = _indices[slot];
            if (ix == Empty)
            {
                break;
            }
            if (ix == Dummy)
            {
                if (freeSlot < 0)
                {
                    freeSlot = slot;
                }
            }
            else if (_hashes[ix] == hash && KeyEquals(_keys[ix], key))
            {
                _values[ix] = value;
                return;
            }
            perturb >>= 5;
            slot = (int)((slot * 5 + 1 + (long)perturb) & mask);
        }
        if (_entries == _keys.Length)
        {
            Resize(_count * 3);
            Insert(key, hash, value);
            return;
        }
        var entry = _entries++;
        _hashes[entry] = hash;
        _keys[entry] = key;
        _values[entry] = value;
        _indices[freeSlot >= 0 ? freeSlot : slot] = entry;
        _count++;
        Version++;
    }

    private void Resize(int minUsed)
    {
        var size = 8;
        while (size <= minUsed)
        {
            size <<= 1;
        }
        var oldHashes = _hashes;
        var oldKeys = _keys;
        var oldValues = _values;
        var oldEntries = _entries;
        _indices = new int[size];
        Array.Fill(_indices, Empty);
        var entryCap = size * 2 / 3;
        _hashes = new long[entryCap];
        _keys = new object?[entryCap];
        _values = new object?[entryCap];
        _entries = 0;
        var mask = size - 1;
        for (var i = 0; i < oldEntries; i++)
        {
            var k = oldKeys[i];
            if (ReferenceEquals(k, PyOps.Unbound))
            {
                continue;
            }
            var hash = oldHashes[i];
            var perturb = (ulong)hash;
            var slot = (int)(hash & mask);
            while (_indices[slot] != Empty)
            {
                perturb >>= 5;
                slot = (int)((slot * 5 + 1 + (long)perturb) & mask);
            }
            var entry = _entries++;
            _hashes[entry] = hash;
            _keys[entry] = k;
            _values[entry] = oldValues[i];
            _indices[slot] = entry;
        }
    }

    private static bool KeyEquals(object? stored, object? key)
    {
        if (ReferenceEquals(stored, key))
        {
            return true;
        }
        if (stored is PyStr a && key is PyStr b)
        {
            return a.Equals(b);
        }
        if (stored is long x && key is long y)
        {
            return x == y;
        }
        if (ReferenceEquals(stored, PyOps.Unbound))
        {
            return false;
        }
        return PyProtocol.Eq(stored, key);
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
