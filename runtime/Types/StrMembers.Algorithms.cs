using System;
using System.Buffers;
using System.Runtime.CompilerServices;
using System.Text;

namespace PyNet.Runtime;

/// <summary>
/// Ordinal searching, splitting and stripping on .NET strings with UTF-16 indexes, shared by <c>str</c> (after
/// converting code-point indexes) and <c>bytes</c>/<c>bytearray</c> (over a Latin-1 view, one char per byte).
/// </summary>
public static partial class StrMembers
{
    internal static int Find(string s, string sub, int start, int end)
    {
        if (start > s.Length || end - start < sub.Length)
        {
            return -1;
        }
        return s.IndexOf(sub, start, end - start, StringComparison.Ordinal);
    }

    internal static int RFind(string s, string sub, int start, int end)
    {
        if (start > s.Length || end - start < sub.Length)
        {
            return -1;
        }
        if (sub.Length == 0)
        {
            return end;
        }
        return s.LastIndexOf(sub, end - 1, end - start, StringComparison.Ordinal);
    }

    internal static int Count(string s, string sub, int start, int end, int codePointLength)
    {
        if (start > s.Length || end < start)
        {
            return 0;
        }
        if (sub.Length == 0)
        {
            return codePointLength + 1;
        }
        var n = 0;
        for (var i = Find(s, sub, start, end); i >= 0; i = Find(s, sub, i + sub.Length, end))
        {
            n++;
        }
        return n;
    }

    internal static string Replace(string s, string old, string @new, long count, Func<string, int[]> boundaries)
    {
        if (count < 0)
        {
            count = long.MaxValue;
        }
        if (count == 0)
        {
            return s;
        }
        var sb = new StringBuilder(s.Length);
        if (old.Length == 0)
        {
            // An empty pattern matches at every code point boundary.
            var cuts = boundaries(s);
            long done = 0;
            for (var k = 0; k < cuts.Length; k++)
            {
                if (done < count)
                {
                    sb.Append(@new);
                    done++;
                }
                if (k + 1 < cuts.Length)
                {
                    sb.Append(s, cuts[k], cuts[k + 1] - cuts[k]);
                }
            }
            return sb.ToString();
        }
        var pos = 0;
        long replaced = 0;
        while (replaced < count)
        {
            var i = s.IndexOf(old, pos, StringComparison.Ordinal);
            if (i < 0)
            {
                break;
            }
            sb.Append(s, pos, i - pos).Append(@new);
            pos = i + old.Length;
            replaced++;
        }
        sb.Append(s, pos, s.Length - pos);
        return sb.ToString();
    }

    /// <summary>
    /// Makes the value of a piece (UTF-16 units [start, start + length) of <paramref name="s"/>) for the splitting
    /// methods; <paramref name="owner"/> is the object split, passed through.
    /// </summary>
    internal delegate object PieceMaker(object? owner, string s, int start, int length);

    internal static PyList Split(string s, string sep, long maxSplit, object? owner, PieceMaker make)
    {
        // Sized first (a vectorised count): a long split allocates its list once, not a series of doubling arrays,
        // which past 85 KB each land on the large object heap and bring on full collections.
        var pieces = maxSplit < 0 ? s.AsSpan().Count(sep) + 1 : 16;
        var result = new PyList(pieces);
        var pos = 0;
        while (maxSplit < 0 || result.Count < maxSplit)
        {
            var next = s.IndexOf(sep, pos, StringComparison.Ordinal);
            if (next < 0)
            {
                break;
            }
            result.Append(make(owner, s, pos, next - pos));
            pos = next + sep.Length;
        }
        result.Append(make(owner, s, pos, s.Length - pos));
        return result;
    }

    internal static PyList RSplit(string s, string sep, long maxSplit, object? owner, PieceMaker make)
    {
        var parts = new System.Collections.Generic.List<object>();
        var end = s.Length;
        while (maxSplit < 0 || parts.Count < maxSplit)
        {
            var next = end - sep.Length < 0 ? -1 : s.LastIndexOf(sep, end - 1, end, StringComparison.Ordinal);
            if (next < 0)
            {
                break;
            }
            parts.Add(make(owner, s, next + sep.Length, end - next - sep.Length));
            end = next;
        }
        parts.Add(make(owner, s, 0, end));
        parts.Reverse();
        return PyList.FromEnumerable(parts);
    }

    internal static PyList SplitWhitespace<TSpace>(string s, long maxSplit, object? owner, PieceMaker make)
        where TSpace : struct, ICharClass
    {
        var result = new PyList(maxSplit < 0 ? CountWords<TSpace>(s) : 16);
        var i = 0;
        while (true)
        {
            while (i < s.Length && TSpace.Contains(s[i]))
            {
                i++;
            }
            if (i >= s.Length)
            {
                break;
            }
            if (maxSplit >= 0 && result.Count == maxSplit)
            {
                result.Append(make(owner, s, i, s.Length - i));
                break;
            }
            var start = i;
            while (i < s.Length && !TSpace.Contains(s[i]))
            {
                i++;
            }
            result.Append(make(owner, s, start, i - start));
        }
        return result;
    }

    /// <summary>The number of whitespace-separated words (the size of a full split).</summary>
    private static int CountWords<TSpace>(string s)
        where TSpace : struct, ICharClass
    {
        var n = 0;
        var inWord = false;
        foreach (var c in s)
        {
            var space = TSpace.Contains(c);
            n += !space && !inWord ? 1 : 0;
            inWord = !space;
        }
        return n;
    }

    internal static PyList RSplitWhitespace<TSpace>(string s, long maxSplit, object? owner, PieceMaker make)
        where TSpace : struct, ICharClass
    {
        var parts = new System.Collections.Generic.List<object>();
        var i = s.Length;
        while (true)
        {
            i = s.AsSpan(0, i).LastIndexOfAnyExcept(TSpace.Chars) + 1;
            if (i <= 0)
            {
                break;
            }
            if (maxSplit >= 0 && parts.Count == maxSplit)
            {
                parts.Add(make(owner, s, 0, i));
                break;
            }
            var end = i;
            i = s.AsSpan(0, i).LastIndexOfAny(TSpace.Chars) + 1;
            parts.Add(make(owner, s, i, end - i));
        }
        parts.Reverse();
        return PyList.FromEnumerable(parts);
    }

    internal static string Strip<TSpace>(string s, string? chars, bool left, bool right)
        where TSpace : struct, ICharClass
    {
        var (start, end) = StripRange<TSpace>(s, chars, left, right);
        return start == 0 && end == s.Length ? s : s[start..end];
    }

    /// <summary>The UTF-16 range [start, end) that strip leaves of <paramref name="s"/>.</summary>
    internal static (int Start, int End) StripRange<TSpace>(string s, string? chars, bool left, bool right)
        where TSpace : struct, ICharClass
    {
        var span = s.AsSpan();
        var start = 0;
        var end = s.Length;
        if (chars == null)
        {
            while (left && start < end && TSpace.Contains(s[start]))
            {
                start++;
            }
            while (right && end > start && TSpace.Contains(s[end - 1]))
            {
                end--;
            }
        }
        else if (s.Length <= ShortStripLength && AsciiSet(chars, out var low, out var high))
        {
            // A word with ASCII characters to strip (".,;!?"): a bit test per character, not a vectorised search
            // set up for a few characters (and two large generic methods to compile).
            while (left && start < end && InAsciiSet(s[start], low, high))
            {
                start++;
            }
            while (right && end > start && InAsciiSet(s[end - 1], low, high))
            {
                end--;
            }
        }
        else
        {
            if (left)
            {
                start = span.IndexOfAnyExcept(chars);
                if (start < 0)
                {
                    return (0, 0);
                }
            }
            if (right)
            {
                end = 1 + start + span[start..].LastIndexOfAnyExcept(chars);
            }
        }
        return (start, end);
    }

    private const int ShortStripLength = 32;

    /// <summary>The characters of <paramref name="chars"/> as two 64-bit masks; false when one is not ASCII.</summary>
    private static bool AsciiSet(string chars, out ulong low, out ulong high)
    {
        low = 0;
        high = 0;
        foreach (var c in chars)
        {
            if (c >= 128)
            {
                return false;
            }
            if (c < 64)
            {
                low |= 1UL << c;
            }
            else
            {
                high |= 1UL << (c - 64);
            }
        }
        return true;
    }

    private static bool InAsciiSet(char c, ulong low, ulong high) =>
        c < 64 ? ((low >> c) & 1) != 0 : c < 128 && ((high >> (c - 64)) & 1) != 0;

    internal static PyList SplitLines<TBreak>(string s, bool keepEnds, object? owner, PieceMaker make)
        where TBreak : struct, ICharClass
    {
        var result = new PyList();
        var i = 0;
        while (i < s.Length)
        {
            var start = i;
            var length = s.AsSpan(i).IndexOfAny(TBreak.Chars);
            i = length < 0 ? s.Length : i + length;
            var eol = i;
            if (i < s.Length)
            {
                i += s[i] == '\r' && i + 1 < s.Length && s[i + 1] == '\n' ? 2 : 1;
            }
            result.Append(make(owner, s, start, (keepEnds ? i : eol) - start));
        }
        return result;
    }

    /// <summary>
    /// A class of characters as a type: the splitting and stripping loops are generic over it, so the JIT compiles
    /// each class's test into the loop (no delegate call per character) and can search for it vectorised.
    /// </summary>
    internal interface ICharClass
    {
        static abstract SearchValues<char> Chars { get; }

        /// <summary>The test of one character, inlined into the scanning loops (short runs: words between spaces).</summary>
        static abstract bool Contains(char c);
    }

    /// <summary>The str whitespace characters up to ' ' as bits (tab to carriage return, \x1c to space).</summary>
    private const ulong SpaceBits = 0x1_F000_3E00UL;

    /// <summary>Python's str whitespace (str.isspace, split()): Unicode White_Space plus the separators \x1c-\x1f.</summary>
    private static readonly SearchValues<char> s_space = SearchValues.Create(
        "\t\n\v\f\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000");

    private static readonly SearchValues<char> s_lineBreak = SearchValues.Create("\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029");

    /// <summary>ASCII whitespace, as bytes methods use it.</summary>
    private static readonly SearchValues<char> s_asciiSpace = SearchValues.Create(" \t\n\r\v\f");

    private static readonly SearchValues<char> s_asciiLineBreak = SearchValues.Create("\n\r");

    internal readonly struct StrSpace : ICharClass
    {
        public static SearchValues<char> Chars => s_space;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static bool Contains(char c) => c <= ' ' ? ((SpaceBits >> c) & 1) != 0 : c >= '\x85' && IsOtherSpace(c);

        [MethodImpl(MethodImplOptions.NoInlining)]
        private static bool IsOtherSpace(char c) => s_space.Contains(c);
    }

    internal readonly struct StrLineBreak : ICharClass
    {
        public static SearchValues<char> Chars => s_lineBreak;

        public static bool Contains(char c) => s_lineBreak.Contains(c);
    }

    internal readonly struct AsciiSpace : ICharClass
    {
        public static SearchValues<char> Chars => s_asciiSpace;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static bool Contains(char c) => c <= ' ' && ((SpaceBits >> c) & 1) != 0 && c is not ('\x1c' or '\x1d' or '\x1e' or '\x1f');
    }

    internal readonly struct AsciiLineBreak : ICharClass
    {
        public static SearchValues<char> Chars => s_asciiLineBreak;

        public static bool Contains(char c) => c is '\n' or '\r';
    }

    /// <summary>ASCII whitespace, as bytes methods use it.</summary>
    internal static bool IsAsciiSpace(char c) => AsciiSpace.Contains(c);
}
