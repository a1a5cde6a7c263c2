using System;
using System.Runtime.InteropServices;
using System.Threading;

namespace PyNet.Runtime;

public partial class PyStr
{
    /// <summary>Pieces up to this many UTF-16 units go through the table of recent pieces.</summary>
    internal const int PieceMaxLength = 24;

    private const int PieceSlotBits = 16;


    /// <summary>
    /// An ordinary str with the text of <paramref name="piece"/>. Short pieces (the words of a split, a stripped or
    /// lower-cased word) are shared with the last equal piece made: text processing makes the same words over and
    /// over, and one shared str (its hash computed once) costs neither an allocation nor a copy through the GC's
    /// generations when a dict keeps it, and compares by reference as a dict key. Equal strs need not be
    /// distinct objects in Python (CPython shares one-character and interned strs), so only <c>is</c> can tell.
    /// </summary>
    public static PyStr FromPiece(ReadOnlySpan<char> piece)
    {
        if (piece.Length <= 1)
        {
            return piece.Length == 0 ? Empty : FromChar(piece[0]);
        }
        if (piece.Length > PieceMaxLength)
        {
            return new PyStr(piece.ToString());
        }
        ref var slot = ref RecentPieces.Table[PieceSlot(piece)];
        var cached = Volatile.Read(ref slot);
        if (cached != null && piece.SequenceEqual(cached.Value))
        {
            return cached;
        }
        var made = new PyStr(piece.ToString());
        Volatile.Write(ref slot, made);
        return made;
    }

    /// <summary>A str with the text of <paramref name="sb"/>: shared as <see cref="FromPiece"/> shares when short.</summary>
    public static PyStr FromBuilder(System.Text.StringBuilder sb)
    {
        if (sb.Length > PieceMaxLength)
        {
            return new PyStr(sb.ToString());
        }
        Span<char> text = stackalloc char[PieceMaxLength];
        sb.CopyTo(0, text, sb.Length);
        return FromPiece(text[..sb.Length]);
    }

    /// <summary>
    /// The table slot of a piece of 2 to <see cref="PieceMaxLength"/> units: a mix of its length and its first and
    /// last four units (two for a shorter piece), read as two words. Not the str hash, whose loop over every unit
    /// would cost more than the lookup; pieces that differ only in the middle share a slot, which costs only misses.
    /// </summary>
    private static int PieceSlot(ReadOnlySpan<char> piece)
    {
        var bytes = MemoryMarshal.AsBytes(piece);
        ulong a, b;
        if (piece.Length >= 4)
        {
            a = MemoryMarshal.Read<ulong>(bytes);
            b = MemoryMarshal.Read<ulong>(bytes[^8..]);
        }
        else
        {
            a = MemoryMarshal.Read<uint>(bytes);
            b = MemoryMarshal.Read<uint>(bytes[^4..]);
        }
        var h = (((a * 0x9E37_79B9_7F4A_7C15UL) ^ b) * 0xC2B2_AE3D_27D4_EB4FUL) + (ulong)piece.Length;
        return (int)(h >> (64 - PieceSlotBits));
    }

    /// <summary>
    /// The str of UTF-16 units [start, start + length) of <paramref name="whole"/>: the str itself when that is all
    /// of it and it is exact, a piece of a str whose surrogates are code points marked as it is.
    /// </summary>
    public static PyStr FromPiece(PyStr whole, int start, int length)
    {
        if (length == whole.Value.Length && whole.IsExact)
        {
            return whole;
        }
        return whole.SurrogatesAreCodePoints
            ? FromUnits(whole.Value.Substring(start, length), true)
            : FromPiece(whole.Value.AsSpan(start, length));
    }

    /// <summary>
    /// The strs most recently made by <see cref="FromPiece"/>, one per slot (chosen by <see cref="PieceSlot"/>). Racing
    /// threads may overwrite each other's entries; a reader checks the text, so the worst case is a missed share. In a
    /// class of its own so that the 512 KB table is allocated by the first split or strip, not by every start-up.
    /// </summary>
    private static class RecentPieces
    {
        public static readonly PyStr?[] Table = new PyStr?[1 << PieceSlotBits];
    }
}
