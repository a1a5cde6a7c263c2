using System;
using System.Buffers;
using System.Collections.Generic;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;

namespace PyNet.Runtime;

/// <summary>
/// Python <c>str</c>: an immutable sequence of code points over a .NET string (UTF-16). The .NET string passes to
/// .NET APIs without copying. Indexing and <c>len</c> count code points; strings without astral characters (the common
/// case, detected once and cached) index in O(1).
/// A surrogate code unit that is not half of a pair is a code point of its own (a lone surrogate, as Python allows).
/// A high surrogate followed by a low one is ambiguous: it is one astral code point in ordinary strings, but two
/// lone surrogates in a string marked <see cref="SurrogatesAreCodePoints"/> (see docs/design.md, "Lone surrogates").
/// </summary>
public partial class PyStr : PyObject, IEquatable<PyStr>, IComparable<PyStr>
{
    /// <summary>The interned strs, under their own lock (a plain dictionary: a concurrent one loaded
    /// System.Collections.Concurrent at every start for this alone).</summary>
    private static readonly Dictionary<string, PyStr> s_interned = new(StringComparer.Ordinal);
    private static readonly PyStr[] s_latin1 = CreateLatin1();

    public static readonly PyStr Empty = new(string.Empty);

    /// <summary>
    /// U+D800-U+DBFF, searched vectorised. Not IndexOfAnyInRange: in the ReadyToRun build that generic search
    /// allocated about 100 bytes a call (boxed chars, by PYNET_ALLOC_PROFILE), and every new str's len() ran it.
    /// Created on the first search, not with the str type: building it JIT-compiles a framework method (with full
    /// optimisation), which a program that never asks a str's length need not pay at start-up.
    /// </summary>
    private static class HighSurrogates
    {
        public static readonly SearchValues<char> Values = SearchValues.Create(HighSurrogateChars());
    }

    /// <summary>Code-point offset tables of the strings with astral characters that have been indexed (few do), made on
    /// the first such index rather than with the str type.</summary>
    private static class AstralOffsets
    {
        public static readonly ConditionalWeakTable<PyStr, int[]> Table = new();
    }

    private const int LengthMask = 0x3FFF_FFFF;
    private const int UnitsFlag = 0x4000_0000;

    // A str is 32 bytes (header, Value, two ints): the many strs that programs keep alive (dictionary keys, words)
    // cost the GC less to copy. The hash is 32 bits (0: not computed yet). _state is -1 until the code points are
    // counted, then the count (a .NET string holds under 2^30 units) with UnitsFlag for SurrogatesAreCodePoints.
    public readonly string Value;
    private int _hash;
    private int _state = -1;

    public PyStr(string value)
    {
        Value = value;
    }

    /// <summary>A str whose UTF-16 units are its code points (set only when a high surrogate precedes a low one).</summary>
    protected PyStr(string value, bool surrogatesAreCodePoints)
    {
        Value = value;
        if (surrogatesAreCodePoints)
        {
            _state = value.Length | UnitsFlag;
        }
    }

    /// <summary>
    /// True when every UTF-16 unit is a code point, so that a high surrogate followed by a low one is two lone
    /// surrogates (<c>'\ud83d\ude00'</c>), not one astral character. Only strings built from surrogate escapes,
    /// surrogatepass decoding or the concatenation of lone surrogates carry it; their indexes are UTF-16 indexes.
    /// </summary>
    public bool SurrogatesAreCodePoints => _state >> 30 == 1;

    /// <summary>
    /// A str from UTF-16 units; with <paramref name="surrogatesAreCodePoints"/>, each surrogate unit is a separate
    /// code point. The mark is kept only when it matters (some high surrogate is followed by a low one), so equal
    /// strings always have the same representation.
    /// </summary>
    public static PyStr FromUnits(string units, bool surrogatesAreCodePoints) =>
        surrogatesAreCodePoints && HasSurrogatePair(units) ? new PyStr(units, true) : new PyStr(units);

    /// <summary>A str constant whose surrogates are all lone code points (a literal such as <c>'\ud800\udc00'</c>).</summary>
    public static PyStr FromSurrogateUnits(string units) => FromUnits(units, true);

    private static bool HasSurrogatePair(string s)
    {
        var span = s.AsSpan();
        var i = span.IndexOfAny(HighSurrogates.Values);
        while (i >= 0 && i + 1 < span.Length)
        {
            if (char.IsLowSurrogate(span[i + 1]))
            {
                return true;
            }
            var next = span[(i + 1)..].IndexOfAny(HighSurrogates.Values);
            i = next < 0 ? -1 : i + 1 + next;
        }
        return false;
    }

    public override PyType Type => PyType.StrType;

    /// <summary>False for instances of Python subclasses of str, whose methods may be overridden.</summary>
    public bool IsExact => GetType() == typeof(PyStr);

    /// <summary>The shared instance for an identifier or constant; equal strings compare fast by reference.</summary>
    public static PyStr Intern(string value)
    {
        lock (s_interned)
        {
            if (!s_interned.TryGetValue(value, out var s))
            {
                s = new PyStr(value);
                s_interned.Add(value, s);
            }
            return s;
        }
    }

    /// <summary>The one-character string for a code point; cached below 256.</summary>
    public static PyStr FromCodePoint(int cp)
    {
        if (cp < 256)
        {
            return s_latin1[cp];
        }
        return new PyStr(cp < 0x10000 ? ((char)cp).ToString() : char.ConvertFromUtf32(cp));
    }

    /// <summary>A code point as a .NET string; lone surrogates (valid in Python strs) become one char.</summary>
    public static string CodePointString(int cp) => cp < 0x10000 ? ((char)cp).ToString() : char.ConvertFromUtf32(cp);

    public static PyStr FromChar(char c) => c < 256 ? s_latin1[c] : new PyStr(c.ToString());

    /// <summary>Number of code points (<c>len(s)</c>).</summary>
    public int Length
    {
        get
        {
            var n = _state;
            if (n < 0)
            {
                n = _state = CountCodePoints(Value);
            }
            return n & LengthMask;
        }
    }

    /// <summary>True when every character is in the BMP, so code point indexes are UTF-16 indexes.</summary>
    public bool IsBmp => Length == Value.Length;

    public long Hash
    {
        get
        {
            var h = _hash;
            if (h == 0)
            {
                h = _hash = ComputeHash(Value, SurrogatesAreCodePoints);
            }
            return h;
        }
    }

    /// <summary>The code point at a code-point index (no bounds checks beyond the CLR's).</summary>
    public int CodePointAt(int index)
    {
        if (IsBmp)
        {
            return Value[index];
        }
        return char.ConvertToUtf32(Value, Offset(index));
    }

    /// <summary>The UTF-16 offset of a code-point index (index may equal Length).</summary>
    public int Offset(int index)
    {
        if (IsBmp)
        {
            return index;
        }
        return Offsets()[index];
    }

    /// <summary>The code-point index of a UTF-16 offset.</summary>
    public int IndexOfOffset(int offset)
    {
        if (IsBmp)
        {
            return offset;
        }
        var i = Array.BinarySearch(Offsets(), offset);
        return i >= 0 ? i : ~i;
    }

    private int[] Offsets() => AstralOffsets.Table.GetValue(this, static s => BuildOffsets(s.Value, s.Length));

    /// <summary>A substring by code-point range [start, end).</summary>
    public PyStr Substring(int start, int end)
    {
        if (end <= start)
        {
            return Empty;
        }
        if (end - start == 1)
        {
            return FromCodePoint(CodePointAt(start));
        }
        var from = Offset(start);
        var text = Value.Substring(from, Offset(end) - from);
        return SurrogatesAreCodePoints ? FromUnits(text, true) : new PyStr(text);
    }

    /// <summary>An exact str with the same code points (for instances of str subclasses).</summary>
    public PyStr ExactCopy() => FromUnits(Value, SurrogatesAreCodePoints);

    /// <summary>The code points, in order (each lone surrogate is one).</summary>
    public int[] CodePoints()
    {
        var result = new int[Length];
        for (int i = 0, k = 0; k < result.Length; i++, k++)
        {
            int cp = Value[i];
            if (!SurrogatesAreCodePoints && char.IsHighSurrogate(Value[i]) && i + 1 < Value.Length && char.IsLowSurrogate(Value[i + 1]))
            {
                cp = char.ConvertToUtf32(Value[i], Value[i + 1]);
                i++;
            }
            result[k] = cp;
        }
        return result;
    }

    public bool Equals(PyStr? other)
    {
        if (ReferenceEquals(this, other))
        {
            return true;
        }
        if (other is null)
        {
            return false;
        }
        if (_hash != 0 && other._hash != 0 && _hash != other._hash)
        {
            return false;
        }
        return string.Equals(Value, other.Value, StringComparison.Ordinal) && SurrogatesAreCodePoints == other.SurrogatesAreCodePoints;
    }

    public override bool Equals(object? obj) => obj is PyStr s && Equals(s);

    public override int GetHashCode() => (int)Hash;

    /// <summary>Code point order, as Python compares strings.</summary>
    public int CompareTo(PyStr? other) =>
        other is null ? 1 : Compare(Value, SurrogatesAreCodePoints, other.Value, other.SurrogatesAreCodePoints);

    /// <summary>Code point order of two ordinary strings (pairs are astral characters).</summary>
    public static int CompareOrdinal(string a, string b) => Compare(a, false, b, false);

    private static int Compare(string a, bool aUnits, string b, bool bUnits)
    {
        if (aUnits != bUnits)
        {
            return CompareCodePoints(a, aUnits, b, bUnits);
        }
        if (a.Length != 0 && b.Length != 0 && a[0] != b[0] && !char.IsSurrogate(a[0]) && !char.IsSurrogate(b[0]))
        {
            // Most strings being sorted differ at their first character.
            return a[0] < b[0] ? -1 : 1;
        }
        var i = a.AsSpan().CommonPrefixLength(b);
        if (i == a.Length || i == b.Length)
        {
            return a.Length.CompareTo(b.Length);
        }
        var x = a[i];
        var y = b[i];
        if (!char.IsSurrogate(x) && !char.IsSurrogate(y))
        {
            return x < y ? -1 : 1;
        }
        // Compare the code points that contain the first differing unit; a common high surrogate just before it
        // starts a pair in at least one of the strings when it is a code point boundary in both.
        if (i > 0 && char.IsHighSurrogate(a[i - 1]) && ((!aUnits && char.IsLowSurrogate(x)) || (!bUnits && char.IsLowSurrogate(y))))
        {
            i--;
        }
        return CodePointAtUnit(a, i, aUnits).CompareTo(CodePointAtUnit(b, i, bUnits));
    }

    private static int CompareCodePoints(string a, bool aUnits, string b, bool bUnits)
    {
        int i = 0, j = 0;
        while (i < a.Length && j < b.Length)
        {
            var x = CodePointAtUnit(a, i, aUnits);
            var y = CodePointAtUnit(b, j, bUnits);
            if (x != y)
            {
                return x < y ? -1 : 1;
            }
            i += x >= 0x10000 ? 2 : 1;
            j += y >= 0x10000 ? 2 : 1;
        }
        return (a.Length - i).CompareTo(b.Length - j);
    }

    private static int CodePointAtUnit(string s, int i, bool units) =>
        !units && char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1])
            ? char.ConvertToUtf32(s[i], s[i + 1])
            : s[i];

    public override string ToString() => Value;

    public static PyStr Concat(PyStr a, PyStr b)
    {
        if (a.Value.Length == 0)
        {
            return b;
        }
        if (b.Value.Length == 0)
        {
            return a;
        }
        var text = string.Concat(a.Value, b.Value);
        if (a.SurrogatesAreCodePoints || b.SurrogatesAreCodePoints || (char.IsHighSurrogate(a.Value[^1]) && char.IsLowSurrogate(b.Value[0])))
        {
            // A lone high surrogate meeting a lone low one stays two code points.
            return FromUnits(text, true);
        }
        return new PyStr(text);
    }

    /// <summary>Python's <c>repr(str)</c>: quote choice and escapes as CPython.</summary>
    public static string Repr(PyStr s) => Repr(s.Value, s.SurrogatesAreCodePoints);

    /// <summary>Python's <c>repr(str)</c> of an ordinary string.</summary>
    public static string Repr(string s) => Repr(s, false);

    private static string Repr(string s, bool surrogatesAreCodePoints)
    {
        var useDouble = s.Contains('\'') && !s.Contains('"');
        var quote = useDouble ? '"' : '\'';
        var sb = new StringBuilder(s.Length + 2);
        sb.Append(quote);
        for (var i = 0; i < s.Length; i++)
        {
            int cp = s[i];
            if (!surrogatesAreCodePoints && char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                cp = char.ConvertToUtf32(s[i], s[i + 1]);
                i++;
            }
            switch (cp)
            {
                case '\\':
                    sb.Append("\\\\");
                    continue;
                case '\n':
                    sb.Append("\\n");
                    continue;
                case '\r':
                    sb.Append("\\r");
                    continue;
                case '\t':
                    sb.Append("\\t");
                    continue;
            }
            if (cp == quote)
            {
                sb.Append('\\').Append(quote);
            }
            else if (cp < 0x7f && cp >= 0x20)
            {
                sb.Append((char)cp);
            }
            else if (UnicodeTypes.IsPrintable(cp))
            {
                sb.Append(char.ConvertFromUtf32(cp));
            }
            else if (cp < 0x100)
            {
                sb.Append("\\x").Append(cp.ToString("x2", CultureInfo.InvariantCulture));
            }
            else if (cp < 0x10000)
            {
                sb.Append("\\u").Append(cp.ToString("x4", CultureInfo.InvariantCulture));
            }
            else
            {
                sb.Append("\\U").Append(cp.ToString("x8", CultureInfo.InvariantCulture));
            }
        }
        sb.Append(quote);
        return sb.ToString();
    }

    private static int CountCodePoints(string s)
    {
        var span = s.AsSpan();
        var first = span.IndexOfAny(HighSurrogates.Values);
        if (first < 0)
        {
            return s.Length;
        }
        var count = first;
        for (var i = first; i < span.Length; i++)
        {
            if (char.IsHighSurrogate(span[i]) && i + 1 < span.Length && char.IsLowSurrogate(span[i + 1]))
            {
                i++;
            }
            count++;
        }
        return count;
    }

    private static int[] BuildOffsets(string s, int length)
    {
        var offsets = new int[length + 1];
        var k = 0;
        for (var i = 0; i < s.Length; i++)
        {
            offsets[k++] = i;
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                i++;
            }
        }
        offsets[k] = s.Length;
        return offsets;
    }

    private static int ComputeHash(ReadOnlySpan<char> s, bool surrogatesAreCodePoints)
    {
        // FNV-1a over UTF-16 units: deterministic across runs (CPython randomises str hashes; programs cannot rely on
        // either), folded to 32 bits, never -1 or 0 (0 marks "not computed").
        ulong h = 14695981039346656037UL;
        foreach (var c in s)
        {
            h ^= c;
            h *= 1099511628211UL;
        }
        if (surrogatesAreCodePoints)
        {
            // Not equal to the string whose pairs are astral characters, so hash it apart.
            h = (h ^ 0x9E3779B97F4A7C15UL) * 1099511628211UL;
        }
        var r = (int)(h ^ (h >> 32));
        return r == 0 || r == -1 ? 1 : r;
    }

    private static string HighSurrogateChars()
    {
        var chars = new char[0xDC00 - 0xD800];
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = (char)(0xD800 + i);
        }
        return new string(chars);
    }

    private static PyStr[] CreateLatin1()
    {
        var table = new PyStr[256];
        for (var i = 0; i < 256; i++)
        {
            table[i] = new PyStr(((char)i).ToString());
        }
        return table;
    }
}

/// <summary>An instance of a Python subclass of str: a str (every str operation applies) with its own type and dict.</summary>
public sealed class PyStrInstance : PyStr, IHasDict, ITypeAssignable
{
    private PyType _type;

    public PyStrInstance(PyType type, PyStr value)
        : base(value.Value, value.SurrogatesAreCodePoints)
    {
        _type = type;
    }

    public override PyType Type => _type;

    public PyDict? InstanceDict { get; set; }

    public PyDict GetOrCreateDict() => InstanceDict ??= new PyDict();

    public void SetType(PyType type) => _type = type;
}
