using System;
using System.Collections.Concurrent;
using System.Globalization;
using System.Text;

namespace PyNet.Runtime;

/// <summary>
/// Python <c>str</c>: an immutable sequence of code points over a .NET string (UTF-16). The .NET string passes to
/// .NET APIs without copying. Indexing and <c>len</c> count code points; strings without astral characters (the common
/// case, detected once and cached) index in O(1).
/// </summary>
public partial class PyStr : PyObject, IEquatable<PyStr>, IComparable<PyStr>
{
    private static readonly ConcurrentDictionary<string, PyStr> s_interned = new(StringComparer.Ordinal);
    private static readonly PyStr[] s_latin1 = CreateLatin1();

    public static readonly PyStr Empty = new(string.Empty);

    public readonly string Value;
    private long _hash;
    private int _length = -1;
    private int[]? _offsets;

    public PyStr(string value)
    {
        Value = value;
    }

    public override PyType Type => PyType.StrType;

    /// <summary>False for instances of Python subclasses of str, whose methods may be overridden.</summary>
    public bool IsExact => GetType() == typeof(PyStr);

    /// <summary>The shared instance for an identifier or constant; equal strings compare fast by reference.</summary>
    public static PyStr Intern(string value) => s_interned.GetOrAdd(value, static v => new PyStr(v));

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
            var n = _length;
            if (n < 0)
            {
                n = _length = CountCodePoints(Value);
            }
            return n;
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
                h = _hash = ComputeHash(Value);
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
        var offsets = _offsets ??= BuildOffsets(Value, Length);
        return offsets[index];
    }

    /// <summary>The code-point index of a UTF-16 offset.</summary>
    public int IndexOfOffset(int offset)
    {
        if (IsBmp)
        {
            return offset;
        }
        var offsets = _offsets ??= BuildOffsets(Value, Length);
        var i = Array.BinarySearch(offsets, offset);
        return i >= 0 ? i : ~i;
    }

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
        return new PyStr(Value.Substring(from, Offset(end) - from));
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
        return string.Equals(Value, other.Value, StringComparison.Ordinal);
    }

    public override bool Equals(object? obj) => obj is PyStr s && Equals(s);

    public override int GetHashCode() => (int)Hash ^ (int)(Hash >> 32);

    /// <summary>Code point order, as Python compares strings.</summary>
    public int CompareTo(PyStr? other) => other is null ? 1 : CompareOrdinal(Value, other.Value);

    public static int CompareOrdinal(string a, string b)
    {
        var n = Math.Min(a.Length, b.Length);
        for (var i = 0; i < n; i++)
        {
            var x = a[i];
            var y = b[i];
            if (x != y)
            {
                // Surrogates (astral code points) sort above every BMP character in code point order.
                var xs = char.IsSurrogate(x);
                var ys = char.IsSurrogate(y);
                if (xs != ys)
                {
                    return xs ? 1 : -1;
                }
                return x < y ? -1 : 1;
            }
        }
        return a.Length.CompareTo(b.Length);
    }

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
        return new PyStr(string.Concat(a.Value, b.Value));
    }

    /// <summary>Python's <c>repr(str)</c>: quote choice and escapes as CPython.</summary>
    public static string Repr(string s)
    {
        var useDouble = s.Contains('\'') && !s.Contains('"');
        var quote = useDouble ? '"' : '\'';
        var sb = new StringBuilder(s.Length + 2);
        sb.Append(quote);
        for (var i = 0; i < s.Length; i++)
        {
            int cp = s[i];
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
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
            else if (IsPrintable(cp))
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

    /// <summary>Python's notion of a printable code point (str.isprintable for one character).</summary>
    public static bool IsPrintable(int cp)
    {
        if (cp >= 0xD800 && cp <= 0xDFFF)
        {
            return false;
        }
        if (cp == ' ')
        {
            return true;
        }
        var cat = CharUnicodeInfo.GetUnicodeCategory(cp);
        return cat switch
        {
            UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.Surrogate or UnicodeCategory.PrivateUse
                or UnicodeCategory.OtherNotAssigned or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator
                or UnicodeCategory.SpaceSeparator => false,
            _ => true,
        };
    }

    private static int CountCodePoints(string s)
    {
        var span = s.AsSpan();
        var first = span.IndexOfAnyInRange('\uD800', '\uDBFF');
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

    private static long ComputeHash(string s)
    {
        // FNV-1a over UTF-16 units: deterministic across runs (CPython randomises str hashes; programs cannot rely on
        // either), folded into Python's hash range, never -1 or 0 (0 marks "not computed").
        ulong h = 14695981039346656037UL;
        foreach (var c in s)
        {
            h ^= c;
            h *= 1099511628211UL;
        }
        var r = (long)(h >> 3);
        return r == 0 || r == -1 ? 1 : r;
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

    public PyStrInstance(PyType type, string value)
        : base(value)
    {
        _type = type;
    }

    public override PyType Type => _type;

    public PyDict? InstanceDict { get; set; }

    public PyDict GetOrCreateDict() => InstanceDict ??= new PyDict();

    public void SetType(PyType type) => _type = type;
}
