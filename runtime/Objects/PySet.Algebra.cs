using System;

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
            other._table.AsSpan().CopyTo(_table);
            _fill = other._fill;
            _used = other._used;
            _smallInts = other._smallInts;
            _hasNonIntKeys = other._hasNonIntKeys;
            return;
        }
        if (_fill == 0)
        {
            _fill = other._used;
            _used = other._used;
            _smallInts = other._smallInts;
            _hasNonIntKeys = other._hasNonIntKeys;
            foreach (ref var e in other._table.AsSpan())
            {
                if (IsActive(e))
                {
                    InsertClean(_table, e.Key!, e.Hash);
                }
            }
            return;
        }
        var table = other._table;
        for (var i = 0; i < table.Length; i++)
        {
            var e = table[i];
            if (IsActive(e))
            {
                AddEntry(e.Key!, e.Hash);
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
            var table = small._table;
            for (var i = 0; i < table.Length; i++)
            {
                var e = table[i];
                if (IsActive(e) && big.FindIndex(e.Key!, e.Hash) >= 0)
                {
                    result.AddEntry(e.Key!, e.Hash);
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
        var table = _table;
        for (var i = 0; i < table.Length; i++)
        {
            var e = table[i];
            if (!IsActive(e))
            {
                continue;
            }
            var present = other is PySet s2 ? s2.FindIndex(e.Key!, e.Hash) >= 0 : ((PyDict)other!).ContainsKey(Unwrap(e.Key));
            if (!present)
            {
                result.AddEntry(e.Key!, e.Hash);
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
            var table = os._table;
            for (var i = 0; i < table.Length; i++)
            {
                var e = table[i];
                if (IsActive(e))
                {
                    DiscardEntry(e.Key!, e.Hash);
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
        var table = os._table;
        for (var i = 0; i < table.Length; i++)
        {
            var e = table[i];
            if (IsActive(e) && !DiscardEntry(e.Key!, e.Hash))
            {
                AddEntry(e.Key!, e.Hash);
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
        var table = _table;
        for (var i = 0; i < table.Length; i++)
        {
            var e = table[i];
            if (IsActive(e) && other.FindIndex(e.Key!, e.Hash) < 0)
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
            var table = small._table;
            for (var i = 0; i < table.Length; i++)
            {
                var e = table[i];
                if (IsActive(e) && big.FindIndex(e.Key!, e.Hash) >= 0)
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
