using System;
using System.Text;

namespace PyNet.Runtime;

/// <summary>str's searching, splitting, joining and stripping methods.</summary>
public static partial class StrMembers
{
    private static void DefineSearchMethods(PyType t)
    {
        DefineFind(t, "find", false, false);
        DefineFind(t, "rfind", true, false);
        DefineFind(t, "index", false, true);
        DefineFind(t, "rindex", true, true);
        t.DefMethodVar(
            "count",
            (args, kw) =>
            {
                var a = MethodArguments.TupleStyle("str.count", "count", args, kw, 1, 3);
                return CountMethod(Self(args[0]), a[0], a[1], a[2]);
            },
            null,
            (self, sub) => CountMethod(Self(self), sub, MethodArguments.Missing, MethodArguments.Missing));
        DefineAffix(t, "startswith", true);
        DefineAffix(t, "endswith", false);
        t.DefMethodVar(
            "replace",
            (args, kw) =>
            {
                var a = MethodArguments.ClinicPositional("str.replace", "replace", args, kw, 2, 3);
                return ReplaceMethod(Self(args[0]), a[0], a[1], a[2]);
            },
            null,
            null,
            (self, old, @new) => ReplaceMethod(Self(self), old, @new, MethodArguments.Missing));
        t.DefMethod("partition", (self, sep) => Partition(Self(self), sep, false));
        t.DefMethod("rpartition", (self, sep) => Partition(Self(self), sep, true));
        DefineSplit(t, "split", false);
        DefineSplit(t, "rsplit", true);
        t.DefMethodVar("splitlines", (args, kw) =>
        {
            var a = MethodArguments.Keywords("splitlines", args, kw, s_splitlinesNames, 0, 1);
            var keep = MethodArguments.IsGiven(a[0]) && PyProtocol.IsTrue(a[0]);
            return SplitLines<StrLineBreak>(Self(args[0]).Value, keep, Self(args[0]), s_makePiece);
        });
        t.DefMethod("join", (self, items) => Join(Self(self), items));
        DefineStrip(t, "strip", true, true);
        DefineStrip(t, "lstrip", true, false);
        DefineStrip(t, "rstrip", false, true);
        t.DefMethod("removeprefix", (self, prefix) =>
        {
            var p = prefix as PyStr ?? throw new PyException(PyErrors.SingleArgumentMustBe("removeprefix", "str", prefix));
            var s = Self(self);
            return s.Value.StartsWith(p.Value, StringComparison.Ordinal) && p.Value.Length > 0 ? new PyStr(s.Value[p.Value.Length..]) : s;
        });
        t.DefMethod("removesuffix", (self, suffix) =>
        {
            var p = suffix as PyStr ?? throw new PyException(PyErrors.SingleArgumentMustBe("removesuffix", "str", suffix));
            var s = Self(self);
            return s.Value.EndsWith(p.Value, StringComparison.Ordinal) && p.Value.Length > 0 ? new PyStr(s.Value[..^p.Value.Length]) : s;
        });
    }

    /// <summary>The pieces of a split str: short ones shared (<see cref="PyStr.FromPiece(PyStr, int, int)"/>).</summary>
    private static readonly PieceMaker s_makePiece = static (owner, _, start, length) => PyStr.FromPiece((PyStr)owner!, start, length);

    /// <summary>UTF-16 offsets of every code point boundary, for replacing an empty pattern.</summary>
    private static int[] CodePointBoundaries(string s)
    {
        var p = new PyStr(s);
        var cuts = new int[p.Length + 1];
        for (var i = 0; i <= p.Length; i++)
        {
            cuts[i] = p.Offset(i);
        }
        return cuts;
    }

    /// <summary>A slice index argument (None, an int, or __index__), clipped to the long range.</summary>
    internal static long SliceIndex(object? value, long defaultValue)
    {
        if (!MethodArguments.IsGiven(value) || value == null)
        {
            return defaultValue;
        }
        if (!PyProtocol.HasIndex(value))
        {
            throw new PyException(PyErrors.SliceIndicesMustBeIntegers());
        }
        return ClipIndex(value);
    }

    internal static long ClipIndex(object? value)
    {
        var v = PyInt.ToBig(IntMembers.IndexValue(value));
        return v > long.MaxValue ? long.MaxValue : v < long.MinValue ? long.MinValue : (long)v;
    }

    /// <summary>start/end adjusted as CPython's ADJUST_INDICES (start may end up past the length).</summary>
    internal static (int Start, int End) CodePointRange(int length, object? startArg, object? endArg)
    {
        var start = SliceIndex(startArg, 0);
        var end = SliceIndex(endArg, length);
        if (end > length)
        {
            end = length;
        }
        else if (end < 0)
        {
            end = Math.Max(end + length, 0);
        }
        if (start < 0)
        {
            start = Math.Max(start + length, 0);
        }
        return ((int)Math.Min(start, (long)length + 1), (int)end);
    }

    private static void DefineFind(PyType t, string name, bool reverse, bool raise)
    {
        var qualified = "str." + name;
        t.DefMethodVar(
            name,
            (args, kw) =>
            {
                var a = MethodArguments.TupleStyle(qualified, name, args, kw, 1, 3);
                return FindMethod(Self(args[0]), a[0], a[1], a[2], reverse, raise);
            },
            null,
            (self, sub) => FindMethod(Self(self), sub, MethodArguments.Missing, MethodArguments.Missing, reverse, raise),
            (self, sub, start) => FindMethod(Self(self), sub, start, MethodArguments.Missing, reverse, raise));
    }

    private static object FindMethod(PyStr s, object? subArg, object? startArg, object? endArg, bool reverse, bool raise)
    {
        var sub = subArg as PyStr ?? throw new PyException(PyErrors.MustBeStrNot(subArg));
        var (start, end) = CodePointRange(s.Length, startArg, endArg);
        var index = -1;
        if (start <= s.Length && end >= start)
        {
            var so = s.Offset(start);
            var eo = s.Offset(end);
            var i = reverse ? RFind(s.Value, sub.Value, so, eo) : Find(s.Value, sub.Value, so, eo);
            index = i < 0 ? -1 : s.IndexOfOffset(i);
        }
        if (index < 0 && raise)
        {
            throw new PyException(PyErrors.SubstringNotFound());
        }
        return PyInt.Box(index);
    }

    private static object CountMethod(PyStr s, object? subArg, object? startArg, object? endArg)
    {
        var sub = subArg as PyStr ?? throw new PyException(PyErrors.MustBeStrNot(subArg));
        var (start, end) = CodePointRange(s.Length, startArg, endArg);
        if (start > s.Length || end < start)
        {
            return PyInt.Zero;
        }
        if (sub.Value.Length == 0)
        {
            return PyInt.Box(end - start + 1);
        }
        return PyInt.Box(Count(s.Value, sub.Value, s.Offset(start), s.Offset(end), 0));
    }

    private static object ReplaceMethod(PyStr s, object? oldArg, object? newArg, object? countArg)
    {
        var old = oldArg as PyStr ?? throw new PyException(PyErrors.ArgumentMustBe("replace", 1, "str", oldArg));
        var @new = newArg as PyStr ?? throw new PyException(PyErrors.ArgumentMustBe("replace", 2, "str", newArg));
        var count = MethodArguments.IsGiven(countArg) ? ClipIndex(countArg) : -1;
        var result = count < 0 && old.Value.Length > 0
            ? s.Value.Replace(old.Value, @new.Value, StringComparison.Ordinal)
            : Replace(s.Value, old.Value, @new.Value, count, CodePointBoundaries);
        return Unchanged(s, result);
    }

    private static void DefineAffix(PyType t, string name, bool prefix)
    {
        var qualified = "str." + name;
        t.DefMethodVar(
            name,
            (args, kw) =>
            {
                var a = MethodArguments.TupleStyle(qualified, name, args, kw, 1, 3);
                return AffixMethod(name, Self(args[0]), a[0], a[1], a[2], prefix);
            },
            null,
            (self, affix) => AffixMethod(name, Self(self), affix, MethodArguments.Missing, MethodArguments.Missing, prefix));
    }

    private static object AffixMethod(string name, PyStr s, object? affixArg, object? startArg, object? endArg, bool prefix)
    {
        var (start, end) = CodePointRange(s.Length, startArg, endArg);
        if (affixArg is PyTuple tuple)
        {
            foreach (var item in tuple.Items)
            {
                var p = item as PyStr ?? throw new PyException(PyErrors.AffixTupleItem(name, "str", item));
                if (TailMatch(s, p, start, end, prefix))
                {
                    return PyOps.True;
                }
            }
            return PyOps.False;
        }
        var affix = affixArg as PyStr ?? throw new PyException(PyErrors.AffixArgType(name, "str", affixArg));
        return PyOps.Bool(TailMatch(s, affix, start, end, prefix));
    }

    private static bool TailMatch(PyStr s, PyStr affix, int start, int end, bool prefix)
    {
        var n = affix.Length;
        if (start > s.Length || end - start < n)
        {
            return false;
        }
        var at = prefix ? start : end - n;
        var offset = s.Offset(at);
        return string.CompareOrdinal(s.Value, offset, affix.Value, 0, affix.Value.Length) == 0
            && s.Offset(at + n) - offset == affix.Value.Length;
    }

    private static object Partition(PyStr s, object? sepArg, bool reverse)
    {
        var sep = sepArg as PyStr ?? throw new PyException(PyErrors.MustBeStrNot(sepArg));
        if (sep.Value.Length == 0)
        {
            throw new PyException(PyErrors.EmptySeparator());
        }
        var i = reverse
            ? s.Value.LastIndexOf(sep.Value, StringComparison.Ordinal)
            : s.Value.IndexOf(sep.Value, StringComparison.Ordinal);
        if (i < 0)
        {
            return reverse ? PyTuple.Create(new object?[] { PyStr.Empty, PyStr.Empty, s }) : PyTuple.Create(new object?[] { s, PyStr.Empty, PyStr.Empty });
        }
        return PyTuple.Create(new object?[] { new PyStr(s.Value[..i]), sep, new PyStr(s.Value[(i + sep.Value.Length)..]) });
    }

    private static void DefineSplit(PyType t, string name, bool reverse)
    {
        t.DefMethodVar(
            name,
            (args, kw) =>
            {
                var a = MethodArguments.Keywords(name, args, kw, s_splitNames, 0, 2);
                return SplitMethod(Self(args[0]), a[0], a[1], reverse);
            },
            self => SplitMethod(Self(self), MethodArguments.Missing, MethodArguments.Missing, reverse),
            (self, sep) => SplitMethod(Self(self), sep, MethodArguments.Missing, reverse),
            (self, sep, maxSplit) => SplitMethod(Self(self), sep, maxSplit, reverse));
    }

    private static object SplitMethod(PyStr self, object? sepArg, object? maxSplitArg, bool reverse)
    {
        var s = self.Value;
        var sep = MethodArguments.IsGiven(sepArg) ? sepArg : null;
        var maxSplit = MethodArguments.IsGiven(maxSplitArg) ? ClipIndex(maxSplitArg) : -1;
        if (sep == null)
        {
            return reverse ? RSplitWhitespace<StrSpace>(s, maxSplit, self, s_makePiece) : SplitWhitespace<StrSpace>(s, maxSplit, self, s_makePiece);
        }
        var sepText = (sep as PyStr ?? throw new PyException(PyErrors.MustBeStrOrNone(sep))).Value;
        if (sepText.Length == 0)
        {
            throw new PyException(PyErrors.EmptySeparator());
        }
        return reverse ? RSplit(s, sepText, maxSplit, self, s_makePiece) : Split(s, sepText, maxSplit, self, s_makePiece);
    }

    private static void DefineStrip(PyType t, string name, bool left, bool right)
    {
        var qualified = "str." + name;
        t.DefMethodVar(
            name,
            (args, kw) => StripMethod(name, Self(args[0]), MethodArguments.ClinicPositional(qualified, name, args, kw, 0, 1)[0], left, right),
            self => StripMethod(name, Self(self), null, left, right),
            (self, chars) => StripMethod(name, Self(self), chars, left, right));
    }

    private static object StripMethod(string name, PyStr s, object? charsArg, bool left, bool right)
    {
        PyStr? chars = null;
        if (MethodArguments.IsGiven(charsArg) && charsArg != null)
        {
            chars = charsArg as PyStr ?? throw new PyException(PyErrors.ArgMustBeStrOrNone(name, charsArg));
        }
        if (chars != null && !chars.IsBmp)
        {
            return StripCodePoints(s, chars, left, right);
        }
        var (start, end) = StripRange<StrSpace>(s.Value, chars?.Value, left, right);
        return PyStr.FromPiece(s, start, end - start);
    }

    private static PyStr StripCodePoints(PyStr s, PyStr chars, bool left, bool right)
    {
        var set = new System.Collections.Generic.HashSet<int>();
        for (var i = 0; i < chars.Length; i++)
        {
            set.Add(chars.CodePointAt(i));
        }
        var start = 0;
        var end = s.Length;
        while (left && start < end && set.Contains(s.CodePointAt(start)))
        {
            start++;
        }
        while (right && end > start && set.Contains(s.CodePointAt(end - 1)))
        {
            end--;
        }
        return s.Substring(start, end);
    }

    private static PyStr Join(PyStr sep, object? items)
    {
        if (items is PyList { IsExact: true } list)
        {
            return JoinItems(sep, list.UnsafeArray, list.Count) ?? JoinIterable(sep, items);
        }
        if (items is PyTuple { IsExact: true } tuple)
        {
            return JoinItems(sep, tuple.UnsafeArray, tuple.Count) ?? JoinIterable(sep, items);
        }
        return JoinIterable(sep, items);
    }

    /// <summary>
    /// join over a list or tuple of strs: the length summed first, then the string written in place (no builder, no
    /// buffer). Null when an item is not a str or lone surrogates are involved (marked strs, or a piece ending in a
    /// high surrogate before one starting with a low one), for the general path to handle (and report).
    /// </summary>
    private static PyStr? JoinItems(PyStr sep, object?[] items, int count)
    {
        if (count == 1 && items[0] is PyStr { IsExact: true } single)
        {
            return single;
        }
        if (sep.SurrogatesAreCodePoints)
        {
            return null;
        }
        var separator = sep.Value;
        long total = (long)separator.Length * Math.Max(count - 1, 0);
        var previous = '\0';
        for (var i = 0; i < count; i++)
        {
            if (items[i] is not PyStr { SurrogatesAreCodePoints: false } s)
            {
                return null;
            }
            if (i > 0 && !Follows(ref previous, separator))
            {
                return null;
            }
            if (!Follows(ref previous, s.Value))
            {
                return null;
            }
            total += s.Value.Length;
        }
        if (total > int.MaxValue)
        {
            return null;
        }
        return new PyStr(string.Create((int)total, (separator, items, count), static (chars, state) =>
        {
            var (separator, items, count) = state;
            var at = 0;
            for (var i = 0; i < count; i++)
            {
                if (i > 0)
                {
                    separator.CopyTo(chars[at..]);
                    at += separator.Length;
                }
                var piece = ((PyStr)items[i]!).Value;
                piece.CopyTo(chars[at..]);
                at += piece.Length;
            }
        }));

        // False when the piece would join a lone high surrogate to a low one (the builder marks those).
        static bool Follows(ref char previous, string piece)
        {
            if (piece.Length == 0)
            {
                return true;
            }
            if (char.IsHighSurrogate(previous) && char.IsLowSurrogate(piece[0]))
            {
                return false;
            }
            previous = piece[^1];
            return true;
        }
    }

    private static PyStr JoinIterable(PyStr sep, object? items)
    {
        if (PyType.Of(items).Lookup(PyProtocol.IterName) == null && PyType.Of(items).Lookup(PyProtocol.GetItemName) == null)
        {
            throw new PyException(PyErrors.CanOnlyJoinIterable());
        }
        var sb = new PyStr.Builder();
        var it = PyProtocol.GetIterator(items);
        var ts = PyGenerator.LoopThreadState(it);
        var i = 0;
        while (true)
        {
            var x = PyGenerator.NextInLoop(it, ts);
            if (ReferenceEquals(x, PyOps.Done))
            {
                break;
            }
            if (x is not PyStr s)
            {
                throw new PyException(PyErrors.JoinExpectedStr(i, x));
            }
            if (i > 0)
            {
                sb.Append(sep);
            }
            sb.Append(s);
            i++;
        }
        return sb.ToPyStr();
    }
}
