using System;

namespace PyNet.Runtime;

/// <summary>
/// The reusable set that <c>len({... for ...})</c> counts into (see <see cref="PyOps.RentScratchSet"/>): nothing else
/// can see a set whose only use is its length, so one set per thread serves every such comprehension. It grows exactly
/// as a fresh set does (8 slots, then what CPython's growth asks for), so that keys with unusual equality meet the
/// same comparisons; it only keeps the tables it grew through, cleared, instead of allocating them again.
/// </summary>
public partial class PySet
{
    /// <summary>A scratch set keeps the table it grew to for its next use only up to this many slots.</summary>
    private const int ScratchKeptSlots = 1024;

    /// <summary>The thread's scratch set, or null while it is in use (a nested use then makes its own).</summary>
    [ThreadStatic]
    private static ScratchSet? t_scratch;

    /// <summary>A set for a comprehension whose result is only counted.</summary>
    public static PySet RentScratch()
    {
        var s = t_scratch;
        if (s == null)
        {
            return new ScratchSet();
        }
        t_scratch = null;
        return s;
    }

    /// <summary>The number of keys of a set from <see cref="RentScratch"/>, which is emptied and kept for the next use.</summary>
    public static long CountAndRecycle(PySet set)
    {
        var count = set._used;
        if (set is ScratchSet scratch)
        {
            scratch.Reset();
            t_scratch = scratch;
        }
        return count;
    }

    /// <summary>The table for a resize to <paramref name="size"/> slots: a scratch set's kept one when it fits.</summary>
    private Entry[] NewTable(int size, Entry[] old) =>
        this is ScratchSet scratch ? scratch.TakeTable(size, old) : new Entry[size];

    private sealed class ScratchSet : PySet
    {
        /// <summary>The 8-slot table it started with (holding keys until <see cref="Reset"/>), once it grew.</summary>
        private Entry[]? _small;

        /// <summary>A cleared table of the size it last grew to.</summary>
        private Entry[]? _large;

        public Entry[] TakeTable(int size, Entry[] old)
        {
            if (old.Length == MinSize)
            {
                _small = old;
            }
            if (_large is { } large && large.Length == size)
            {
                _large = null;
                return large;
            }
            return new Entry[size];
        }

        public void Reset()
        {
            var table = _table;
            if (table.Length != MinSize)
            {
                if (table.Length <= ScratchKeptSlots)
                {
                    Array.Clear(table);
                    _large = table;
                }
                table = _small ?? new Entry[MinSize];
                _table = table;
                _mask = MinSize - 1;
            }
            _small = null;
            Array.Clear(table);
            _fill = 0;
            _used = 0;
            _finger = 0;
            _hash = -1;
            _smallInts = 0;
            _hasNonIntKeys = false;
        }
    }
}
