using System;
using System.Threading;

namespace PyNet.Runtime;

public partial class PyStr
{
    /// <summary>Pieces up to this many UTF-16 units go through the table of recent pieces.</summary>
    private const int PieceMaxLength = 24;

    /// <summary>
    /// The strs most recently made by <see cref="FromPiece"/>, one per slot (a slot is chosen by the hash). Racing
    /// threads may overwrite each other's entries; a reader checks the text, so the worst case is a missed share.
    /// </summary>
    private static readonly PyStr?[] s_pieces = new PyStr?[65536];

    /// <summary>
    /// An ordinary str with the text of <paramref name="piece"/>. Short pieces (the words of a split, a stripped or
    /// lower-cased word) are shared with the last equal piece made: text processing makes the same words over and
    /// over, and one shared str with its hash computed costs neither an allocation nor a copy through the GC's
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
        var hash = ComputeHash(piece, false);
        ref var slot = ref s_pieces[hash & (s_pieces.Length - 1)];
        var cached = Volatile.Read(ref slot);
        if (cached != null && cached._hash == hash && piece.SequenceEqual(cached.Value))
        {
            return cached;
        }
        var made = new PyStr(piece.ToString()) { _hash = hash };
        Volatile.Write(ref slot, made);
        return made;
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
}
