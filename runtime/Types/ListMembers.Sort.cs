using System;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace PyNet.Runtime;

/// <summary>list.sort and sorted(): a stable merge sort of the keys (see docs/design.md, "Sorting").</summary>
public static partial class ListMembers
{
    /// <summary>
    /// list.sort(*, key=None, reverse=False): stable; the list looks empty while it is sorted, a failing key or
    /// comparison leaves it unchanged, and a list changed by a key or comparison raises "list modified during sort".
    /// </summary>
    public static void Sort(PyList list, object?[] args, PyStr[]? kw)
    {
        object? key = null;
        var reverse = false;
        var nKw = kw?.Length ?? 0;
        if (args.Length - nKw > 1)
        {
            throw new PyException(PyErrors.SortTakesNoPositional());
        }
        for (var i = 0; i < nKw; i++)
        {
            var value = args[args.Length - nKw + i];
            switch (kw![i].Value)
            {
                case "key":
                    key = value;
                    break;
                case "reverse":
                    reverse = PyProtocol.IsTrue(value);
                    break;
                default:
                    throw new PyException(PyErrors.InvalidKeywordFor(kw[i].Value, "sort"));
            }
        }
        var items = list.ToArray();
        list.SetContents(Array.Empty<object?>(), 0);
        var emptyVersion = list.Version;
        object?[] result;
        try
        {
            // The keys are sorted in place, the items (when a key function made the keys) moved with them. Reversing
            // before and after a stable sort keeps equal items in their order, as CPython's reverse=True does.
            result = (object?[])items.Clone();
            object?[]? keys = null;
            if (key != null)
            {
                keys = new object?[result.Length];
                for (var i = 0; i < result.Length; i++)
                {
                    keys[i] = PyCall.Call(key, result[i]);
                }
            }
            if (reverse)
            {
                Array.Reverse(result);
                if (keys != null)
                {
                    Array.Reverse(keys);
                }
            }
            SortByKeys(keys ?? result, keys == null ? null : result);
            if (reverse)
            {
                Array.Reverse(result);
            }
        }
        catch
        {
            list.SetContents(items, items.Length);
            throw;
        }
        var modified = list.Count != 0 || list.Version != emptyVersion;
        list.SetContents(result, result.Length);
        if (modified)
        {
            throw new PyException(PyErrors.ListModifiedDuringSort());
        }
    }

    /// <summary>
    /// A stable merge sort of <paramref name="keys"/> (comparing only with &lt;, as CPython does), moving
    /// <paramref name="items"/> with them when given; the comparison is chosen once from the kind of all the keys.
    /// </summary>
    private static void SortByKeys(object?[] keys, object?[]? items)
    {
        if (keys.Length < 2)
        {
            return;
        }
        switch (KindOfKeys(keys))
        {
            case SortKeys.Ints:
                new MergeSorter<IntOrder>(keys, items, KeyPrefixes(keys)).Sort();
                break;
            case SortKeys.Strs:
                new MergeSorter<StrOrder>(keys, items, KeyPrefixes(keys)).Sort();
                break;
            case SortKeys.Floats:
                new MergeSorter<FloatOrder>(keys, items, null).Sort();
                break;
            case SortKeys.Tuples:
                new MergeSorter<TupleOrder>(keys, items, KeyPrefixes(keys)).Sort();
                break;
            default:
                new MergeSorter<AnyOrder>(keys, items, null).Sort();
                break;
        }
    }

    private interface IKeyOrder
    {
        bool Less(object? a, object? b);
    }

    private readonly struct IntOrder : IKeyOrder
    {
        public bool Less(object? a, object? b) => (long)a! < (long)b!;
    }

    private readonly struct StrOrder : IKeyOrder
    {
        public bool Less(object? a, object? b) => Unsafe.As<PyStr>(a!).CompareTo(Unsafe.As<PyStr>(b!)) < 0;
    }

    private readonly struct FloatOrder : IKeyOrder
    {
        public bool Less(object? a, object? b) => (double)a! < (double)b!;
    }

    private readonly struct TupleOrder : IKeyOrder
    {
        public bool Less(object? a, object? b) => TupleLess(Unsafe.As<PyTuple>(a!), Unsafe.As<PyTuple>(b!));
    }

    private readonly struct AnyOrder : IKeyOrder
    {
        public bool Less(object? a, object? b) => LessThan(a, b);
    }

    /// <summary>
    /// The merge sort, specialised by the JIT for each key order. With prefixes (two words per key, see
    /// <see cref="KeyPrefixes"/>), keys whose prefixes differ are ordered by them without reading the keys.
    /// </summary>
    private readonly struct MergeSorter<TOrder>
        where TOrder : struct, IKeyOrder
    {
        private readonly object?[] _keys;
        private readonly object?[]? _items;
        private readonly KeyPrefix[]? _prefixes;
        private readonly object?[] _keyBuffer;
        private readonly object?[]? _itemBuffer;
        private readonly KeyPrefix[]? _prefixBuffer;

        public MergeSorter(object?[] keys, object?[]? items, KeyPrefix[]? prefixes)
        {
            _keys = keys;
            _items = items;
            _prefixes = prefixes;
            // A merge copies out only its left run, at most half of the keys.
            var half = (keys.Length / 2) + 1;
            _keyBuffer = new object?[half];
            _itemBuffer = items == null ? null : new object?[half];
            _prefixBuffer = prefixes == null ? null : new KeyPrefix[half];
        }

        public void Sort() => Sort(0, _keys.Length);

        /// <summary>keys[i] &lt; keys2[j], each with its prefix array: the prefixes decide where they differ.</summary>
        private static bool Less(object?[] keys, KeyPrefix[]? prefixes, int i, object?[] keys2, KeyPrefix[]? prefixes2, int j)
        {
            if (prefixes != null)
            {
                ref var a = ref prefixes[i];
                ref var b = ref prefixes2![j];
                if (a.W0 != b.W0)
                {
                    return a.W0 < b.W0;
                }
                if (a.W1 != b.W1)
                {
                    return a.W1 < b.W1;
                }
                if (a.W2 != b.W2)
                {
                    return a.W2 < b.W2;
                }
                if (a.W3 != b.W3)
                {
                    return a.W3 < b.W3;
                }
                if ((a.W3 & Incomplete) == 0)
                {
                    return false;
                }
            }
            return default(TOrder).Less(keys[i], keys2[j]);
        }

        private void Sort(int lo, int hi)
        {
            if (hi - lo <= 8)
            {
                InsertionSort(lo, hi);
                return;
            }
            var mid = (lo + hi) / 2;
            Sort(lo, mid);
            Sort(mid, hi);
            if (!Less(_keys, _prefixes, mid, _keys, _prefixes, mid - 1))
            {
                return;
            }
            var left = mid - lo;
            Array.Copy(_keys, lo, _keyBuffer, 0, left);
            if (_items != null)
            {
                Array.Copy(_items, lo, _itemBuffer!, 0, left);
            }
            if (_prefixes != null)
            {
                Array.Copy(_prefixes, lo, _prefixBuffer!, 0, left);
            }
            // Merge the left run (now at the start of the buffers) with the right run (still in place) into
            // [lo, hi): the right run's unread part is never overwritten, since k <= r.
            int l = 0, r = mid, k = lo;
            while (l < left && r < hi)
            {
                if (Less(_keys, _prefixes, r, _keyBuffer, _prefixBuffer, l))
                {
                    Move(_keys, _items, _prefixes, r++, k++);
                }
                else
                {
                    Move(_keyBuffer, _itemBuffer, _prefixBuffer, l++, k++);
                }
            }
            while (l < left)
            {
                Move(_keyBuffer, _itemBuffer, _prefixBuffer, l++, k++);
            }
        }

        private void Move(object?[] keys, object?[]? items, KeyPrefix[]? prefixes, int from, int to)
        {
            Store(_keys, to, keys[from]);
            if (_items != null)
            {
                Store(_items, to, items![from]);
            }
            if (_prefixes != null)
            {
                _prefixes[to] = prefixes![from];
            }
        }

        /// <summary>
        /// An element store without the covariance check of an object[] store (the arrays are object?[] made by
        /// the sort; the index is in range by construction of the merge).
        /// </summary>
        private static void Store(object?[] array, int index, object? value) =>
            Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(array), index) = value;

        private void InsertionSort(int lo, int hi)
        {
            // Insertion by adjacent swaps: each step compares with the element just below (prefixes included).
            for (var i = lo + 1; i < hi; i++)
            {
                for (var j = i; j > lo && Less(_keys, _prefixes, j, _keys, _prefixes, j - 1); j--)
                {
                    Swap(j, j - 1);
                }
            }
        }

        private void Swap(int a, int b)
        {
            var key = _keys[a];
            Store(_keys, a, _keys[b]);
            Store(_keys, b, key);
            if (_items != null)
            {
                var item = _items[a];
                Store(_items, a, _items[b]);
                Store(_items, b, item);
            }
            if (_prefixes != null)
            {
                (_prefixes[a], _prefixes[b]) = (_prefixes[b], _prefixes[a]);
            }
        }
    }

    private const int PrefixWords = 4;

    /// <summary>Smaller sorts stay in the cache and would pay more for the prefix arrays than they save.</summary>
    private const int MinPrefixedSort = 64;

    /// <summary>A key's prefix: <see cref="PrefixWords"/> words, compared in order.</summary>
    private struct KeyPrefix
    {
        public ulong W0;
        public ulong W1;
        public ulong W2;
        public ulong W3;
    }
    /// <summary>Symbols per prefix: the last 16 bits hold <see cref="Incomplete"/>.</summary>
    private const int PrefixSymbols = (4 * PrefixWords) - 1;

    /// <summary>
    /// Set in the last word of a prefix that does not hold its whole key. Equal prefixes of keys with the same
    /// structure are both complete or both not (a key ends in the same place as its twin), so the flag never
    /// orders two keys; two complete equal prefixes mean equal keys, which need no comparison.
    /// </summary>
    private const ulong Incomplete = 1;

    /// <summary>
    /// A prefix per key (<see cref="PrefixWords"/> words) that orders the keys as &lt; does wherever two prefixes
    /// differ (equal prefixes say nothing), so most comparisons of a large sort read no key: a sort moves keys far
    /// apart in memory, and following a tuple key to its items and strs costs a cache miss at each step. A prefix is
    /// the key written as 16-bit symbols, high first: an int in [-2^14, 2^14) as one symbol (its value biased into
    /// 0x4000-0xBFFF), another int as 0x0001 (negative) or 0xFFFF (positive) and its four 16-bit parts (biased to
    /// unsigned), so ints of one symbol count compare by it and a first differing symbol stays in one item; a str as
    /// its UTF-16 units plus one and a 0 terminator (so a shorter str sorts first), a tuple as its items in order;
    /// writing stops when the words are full or at a value of another kind or a unit from U+D800 up (a surrogate,
    /// whose code point order differs from UTF-16 order: written as 0xD801, above every unit before it, then
    /// stop). Two prefixes are comparable only when their keys have the same structure (the same kinds, tuple
    /// lengths included): then their first differing symbol lies in the same item of both. Null when the keys'
    /// structures differ. CPython has no such step; it is the key prefix of database sorts.
    /// </summary>
    private static KeyPrefix[]? KeyPrefixes(object?[] keys)
    {
        if (keys.Length < MinPrefixedSort)
        {
            return null;
        }
        var prefixes = new KeyPrefix[keys.Length];
        ulong structure = 0;
        for (var i = 0; i < keys.Length; i++)
        {
            var writer = new PrefixWriter(MemoryMarshal.CreateSpan(ref prefixes[i].W0, PrefixWords));
            if (!writer.Write(keys[i], 0) || (i > 0 && writer.Structure != structure))
            {
                return null;
            }
            if (!writer.IsComplete)
            {
                prefixes[i].W3 |= Incomplete;
            }
            structure = writer.Structure;
        }
        return prefixes;
    }

    /// <summary>Writes one key's prefix symbols and records its structure exactly (3 bits per token, at most 21).</summary>
    private ref struct PrefixWriter
    {
        private const ulong IntToken = 1;
        private const ulong StrToken = 2;
        private const ulong TupleToken = 3;
        private const ulong EndToken = 4;
        private const ulong OtherToken = 5;

        // An int in [-SmallInt, SmallInt) is one symbol, 0x4000-0xBFFF (counts and small keys are the usual ints);
        // any other int is a symbol below or above those, then its four 16-bit parts.
        private const long SmallInt = 0x4000;
        private const long SmallIntBias = 0x8000;
        private const ulong LargeNegative = 0x0001;
        private const ulong LargePositive = 0xFFFF;

        private readonly Span<ulong> _words;
        private int _symbols;
        private int _tokens;

        /// <summary>Set once a symbol is left out (the words are full, or a value of another kind or a high unit).</summary>
        private bool _stopped;

        public PrefixWriter(Span<ulong> words)
        {
            _words = words;
        }

        public ulong Structure { get; private set; }

        /// <summary>True when every symbol of the key was written.</summary>
        public readonly bool IsComplete => !_stopped;

        /// <summary>Writes <paramref name="x"/>; false when its structure cannot be recorded (too deep or too long).</summary>
        public bool Write(object? x, int depth)
        {
            if (x != null && x.GetType() == typeof(long))
            {
                var n = (long)x;
                if (n is >= -SmallInt and < SmallInt)
                {
                    Put((ulong)(n + SmallIntBias));
                    return Token(IntToken);
                }
                var v = (ulong)n ^ 0x8000_0000_0000_0000UL;
                Put(n < 0 ? LargeNegative : LargePositive);
                Put(v >> 48);
                Put((v >> 32) & 0xFFFF);
                Put((v >> 16) & 0xFFFF);
                Put(v & 0xFFFF);
                return Token(IntToken);
            }
            if (x != null && x.GetType() == typeof(PyStr))
            {
                foreach (var unit in Unsafe.As<PyStr>(x).Value)
                {
                    if (unit >= 0xD800)
                    {
                        Put(0xD801);
                        _stopped = true;
                        break;
                    }
                    Put((ulong)unit + 1);
                }
                Put(0);
                return Token(StrToken);
            }
            if (x != null && x.GetType() == typeof(PyTuple) && depth < 4)
            {
                if (!Token(TupleToken))
                {
                    return false;
                }
                foreach (var item in Unsafe.As<PyTuple>(x).Items)
                {
                    if (!Write(item, depth + 1))
                    {
                        return false;
                    }
                }
                return Token(EndToken);
            }
            // Another kind: nothing after it is written, and the structure records where it was.
            _stopped = true;
            return Token(OtherToken);
        }

        private void Put(ulong symbol)
        {
            if (_stopped || _symbols == PrefixSymbols)
            {
                _stopped = true;
                return;
            }
            _words[_symbols >> 2] |= symbol << (48 - (16 * (_symbols & 3)));
            _symbols++;
        }

        private bool Token(ulong token)
        {
            if (_tokens == 21)
            {
                return false;
            }
            Structure |= token << (3 * _tokens++);
            return true;
        }
    }

    /// <summary>What every sort key is, checked once before sorting (CPython's pre-sort key check).</summary>
    private enum SortKeys
    {
        Mixed,
        Ints,
        Strs,
        Floats,
        Tuples,
    }

    private static SortKeys KindOfKeys(object?[] keys)
    {
        static SortKeys KindOf(object? k) => k switch
        {
            long => SortKeys.Ints,
            PyStr { IsExact: true } => SortKeys.Strs,
            double => SortKeys.Floats,
            PyTuple { IsExact: true } => SortKeys.Tuples,
            _ => SortKeys.Mixed,
        };
        var first = KindOf(keys[0]);
        foreach (var k in keys)
        {
            if (KindOf(k) != first)
            {
                return SortKeys.Mixed;
            }
        }
        return first;
    }

    /// <summary>
    /// Tuple &lt; as Python defines it (the first pair of items that are not equal decides). Tuples of ints, strs and
    /// such tuples, the usual sort keys (<c>(-count, word)</c>), are ordered directly; anything else item by item
    /// through the general comparison.
    /// </summary>
    private static bool TupleLess(PyTuple a, PyTuple b)
    {
        var order = Order(a, b);
        if (order != Unordered)
        {
            return order < 0;
        }
        var n = Math.Min(a.Count, b.Count);
        for (var i = 0; i < n; i++)
        {
            var x = a[i];
            var y = b[i];
            if (!PyProtocol.Eq(x, y))
            {
                return PyProtocol.IsTrue(PyProtocol.RichCompare(x, y, CompareOperator.Lt));
            }
        }
        return a.Count < b.Count;
    }

    private const int Unordered = 2;

    /// <summary>-1, 0 or 1 for ints, exact strs and exact tuples of them; <see cref="Unordered"/> for anything else.</summary>
    private static int Order(object? x, object? y)
    {
        // Exact-type tests (one method-table compare each): str and tuple are not sealed, and an "is" test of an
        // unsealed class is a call; this runs for every comparison of a sort by tuple keys.
        if (x is long lx)
        {
            return y is long ly ? lx.CompareTo(ly) : Unordered;
        }
        if (x == null || y == null || x.GetType() != y.GetType())
        {
            return Unordered;
        }
        if (x.GetType() == typeof(PyStr))
        {
            // Equal words are often one shared str (PyStr.FromPiece).
            return ReferenceEquals(x, y) ? 0 : Math.Sign(Unsafe.As<PyStr>(x).CompareTo(Unsafe.As<PyStr>(y)));
        }
        if (x.GetType() == typeof(PyTuple))
        {
            var tx = Unsafe.As<PyTuple>(x);
            var ty = Unsafe.As<PyTuple>(y);
            var n = Math.Min(tx.Count, ty.Count);
            for (var i = 0; i < n; i++)
            {
                var c = Order(tx[i], ty[i]);
                if (c != 0)
                {
                    return c;
                }
            }
            return tx.Count.CompareTo(ty.Count);
        }
        return Unordered;
    }

    private static bool LessThan(object? a, object? b)
    {
        if (a is long x && b is long y)
        {
            return x < y;
        }
        if (a is PyStr sa && b is PyStr sb)
        {
            return sa.CompareTo(sb) < 0;
        }
        return PyProtocol.IsTrue(PyProtocol.RichCompare(a, b, CompareOperator.Lt));
    }
}
