namespace PyNet.Runtime;

/// <summary>
/// Set algebra, step for step as CPython's setobject.c does it (which operand is iterated, when a copy is made), since
/// the order of insertions decides the iteration order of the result.
/// </summary>
public partial class PySet
{
    /// <summary>set_update_internal: adds every item of <paramref name="other"/>.</summary>
    public void UpdateFrom(object? other)
    {
        if (other is PySet os)
        {
            MergeSet(os);
            return;
        }
        if (other is PyDict d && !d.Type.IsHeapType)
        {
            var size = d.Count;
            if ((_fill + size) * 5 >= _mask * 3)
            {
                Resize((_used + size) * 2);
            }
            var pos = 0;
            while (d.TryGetEntry(ref pos, out var k, out _))
            {
                AddEntry(Wrap(k), PyProtocol.Hash(k));
            }
            return;
        }
        var it = PyProtocol.GetIterator(other);
        while (true)
        {
            var x = it.Next();
            if (ReferenceEquals(x, PyOps.Done))
            {
                return;
            }
            Add(x);
        }
    }

    private void MergeSet(PySet other)
    {
        if (ReferenceEquals(other, this) || other._used == 0)
        {
            return;
        }
        if ((_fill + other._used) * 5 >= _mask * 3)
        {
            Resize((_used + other._used) * 2);
        }
        if (_fill == 0 && _mask == other._mask && other._fill == other._used)
        {
            for (var i = 0; i <= other._mask; i++)
            {
                if (other._keys[i] != null)
                {
                    _keys[i] = other._keys[i];
                    _hashes[i] = other._hashes[i];
                }
            }
            _fill = other._fill;
            _used = other._used;
            return;
        }
        if (_fill == 0)
        {
            _fill = other._used;
            _used = other._used;
            for (var i = 0; i <= other._mask; i++)
            {
                var k = other._keys[i];
                if (k != null && !ReferenceEquals(k, s_dummy))
                {
                    InsertClean(_keys, _hashes, _mask, k, other._hashes[i]);
                }
            }
            return;
        }
        for (var i = 0; i <= other._mask; i++)
        {
            var k = other._keys[i];
            if (k != null && !ReferenceEquals(k, s_dummy))
            {
                AddEntry(k, other._hashes[i]);
            }
        }
    }

    /// <summary>set.copy(): a set of the base type (set or frozenset) with the same table.</summary>
    public PySet Copy()
    {
        var result = new PySet(BaseType);
        result.MergeSet(this);
        return result;
    }

    /// <summary>set | other (set_or): a copy of this set updated with other.</summary>
    public PySet Union(object? other)
    {
        var result = Copy();
        if (!ReferenceEquals(other, this))
        {
            result.UpdateFrom(other);
        }
        return result;
    }

    /// <summary>set_intersection: iterates the smaller set (or the iterable) and keeps what this set contains.</summary>
    public PySet Intersection(object? other)
    {
        var result = new PySet(BaseType);
        if (ReferenceEquals(other, this))
        {
            return Copy();
        }
        if (other is PySet os)
        {
            var big = this;
            var small = os;
            if (os._used > _used)
            {
                big = os;
                small = this;
            }
            var keys = small._keys;
            var hashes = small._hashes;
            for (var i = 0; i < keys.Length; i++)
            {
                var k = keys[i];
                if (k != null && !ReferenceEquals(k, s_dummy) && big.FindIndex(k, hashes[i]) >= 0)
                {
                    result.AddEntry(k, hashes[i]);
                }
            }
            return result;
        }
        var it = PyProtocol.GetIterator(other);
        while (true)
        {
            var x = it.Next();
            if (ReferenceEquals(x, PyOps.Done))
            {
                return result;
            }
            var h = PyProtocol.Hash(x);
            if (FindIndex(Wrap(x), h) >= 0)
            {
                result.AddEntry(Wrap(x), h);
            }
        }
    }

    /// <summary>set_intersection_update: replaces the table by the intersection's.</summary>
    public void IntersectionUpdate(object? other)
    {
        var tmp = Intersection(other);
        SwapBodies(tmp);
    }

    /// <summary>set_difference: a new set of the items not in <paramref name="other"/>.</summary>
    public PySet Difference(object? other)
    {
        int otherSize;
        if (other is PySet os)
        {
            otherSize = os._used;
        }
        else if (other is PyDict d && !d.Type.IsHeapType)
        {
            otherSize = d.Count;
        }
        else
        {
            return CopyAndDifference(other);
        }
        if ((_used >> 2) > otherSize)
        {
            return CopyAndDifference(other);
        }
        var result = new PySet(BaseType);
        for (var i = 0; i <= _mask; i++)
        {
            var k = _keys[i];
            if (k == null || ReferenceEquals(k, s_dummy))
            {
                continue;
            }
            var present = other is PySet s2 ? s2.FindIndex(k, _hashes[i]) >= 0 : ((PyDict)other!).ContainsKey(Unwrap(k));
            if (!present)
            {
                result.AddEntry(k, _hashes[i]);
            }
        }
        return result;
    }

    private PySet CopyAndDifference(object? other)
    {
        var result = Copy();
        result.DifferenceUpdate(other);
        return result;
    }

    /// <summary>set_difference_update_internal: discards the items of <paramref name="other"/>, then purges dummies past 1/4.</summary>
    public void DifferenceUpdate(object? other)
    {
        if (ReferenceEquals(other, this))
        {
            Clear();
            return;
        }
        if (other is PySet os)
        {
            var keys = os._keys;
            var hashes = os._hashes;
            for (var i = 0; i < keys.Length; i++)
            {
                var k = keys[i];
                if (k != null && !ReferenceEquals(k, s_dummy))
                {
                    DiscardEntry(k, hashes[i]);
                }
            }
        }
        else
        {
            var it = PyProtocol.GetIterator(other);
            while (true)
            {
                var x = it.Next();
                if (ReferenceEquals(x, PyOps.Done))
                {
                    break;
                }
                Discard(x);
            }
        }
        if (_fill - _used > _mask / 4)
        {
            Resize(_used > 50000 ? _used * 2 : _used * 4);
        }
    }

    /// <summary>set_symmetric_difference: a set built from other, updated symmetrically with this set.</summary>
    public PySet SymmetricDifference(object? other)
    {
        var result = new PySet(BaseType);
        result.UpdateFrom(other);
        result.SymmetricDifferenceUpdate(this);
        return result;
    }

    public void SymmetricDifferenceUpdate(object? other)
    {
        if (ReferenceEquals(other, this))
        {
            Clear();
            return;
        }
        if (other is PyDict d && !d.Type.IsHeapType)
        {
            var pos = 0;
            while (d.TryGetEntry(ref pos, out var k, out _))
            {
                var h = PyProtocol.Hash(k);
                if (!DiscardEntry(Wrap(k), h))
                {
                    AddEntry(Wrap(k), h);
                }
            }
            return;
        }
        var os = other as PySet ?? Create(BaseType, other);
        var keys = os._keys;
        var hashes = os._hashes;
        for (var i = 0; i < keys.Length; i++)
        {
            var k = keys[i];
            if (k != null && !ReferenceEquals(k, s_dummy) && !DiscardEntry(k, hashes[i]))
            {
                AddEntry(k, hashes[i]);
            }
        }
    }

    /// <summary>set_issubset: every item of this set is in <paramref name="other"/>.</summary>
    public bool IsSubsetOf(PySet other)
    {
        if (_used > other._used)
        {
            return false;
        }
        for (var i = 0; i <= _mask; i++)
        {
            var k = _keys[i];
            if (k != null && !ReferenceEquals(k, s_dummy) && other.FindIndex(k, _hashes[i]) < 0)
            {
                return false;
            }
        }
        return true;
    }

    public bool IsSubsetOf(object? other) =>
        IsSubsetOf(other as PySet ?? Create(PyType.SetType, other));

    public bool IsSupersetOf(object? other)
    {
        if (other is PySet os)
        {
            return os.IsSubsetOf(this);
        }
        var it = PyProtocol.GetIterator(other);
        while (true)
        {
            var x = it.Next();
            if (ReferenceEquals(x, PyOps.Done))
            {
                return true;
            }
            if (!Contains(x))
            {
                return false;
            }
        }
    }

    public bool IsDisjoint(object? other)
    {
        if (ReferenceEquals(other, this))
        {
            return _used == 0;
        }
        if (other is PySet os)
        {
            var big = this;
            var small = os;
            if (os._used > _used)
            {
                big = os;
                small = this;
            }
            for (var i = 0; i <= small._mask; i++)
            {
                var k = small._keys[i];
                if (k != null && !ReferenceEquals(k, s_dummy) && big.FindIndex(k, small._hashes[i]) >= 0)
                {
                    return false;
                }
            }
            return true;
        }
        var it = PyProtocol.GetIterator(other);
        while (true)
        {
            var x = it.Next();
            if (ReferenceEquals(x, PyOps.Done))
            {
                return true;
            }
            if (Contains(x))
            {
                return false;
            }
        }
    }

    /// <summary>set_richcompare for ==: equal sizes, differing cached frozenset hashes rule out equality, then subset.</summary>
    public bool SetEquals(PySet other)
    {
        if (_used != other._used)
        {
            return false;
        }
        if (_hash != -1 && other._hash != -1 && _hash != other._hash)
        {
            return false;
        }
        return IsSubsetOf(other);
    }
}
