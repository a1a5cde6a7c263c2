using System;
using System.Text;

namespace PyNet.Runtime;

/// <summary>str's searching, splitting, joining and stripping methods.</summary>
public static partial class StrMembers
{
    private static void DefineSearchMethods(PyType t)
    {
        t.DefMethodVar("find", (args, kw) => FindMethod("find", args, kw, false, false));
        t.DefMethodVar("rfind", (args, kw) => FindMethod("rfind", args, kw, true, false));
        t.DefMethodVar("index", (args, kw) => FindMethod("index", args, kw, false, true));
        t.DefMethodVar("rindex", (args, kw) => FindMethod("rindex", args, kw, true, true));
        t.DefMethodVar("count", (args, kw) =>
        {
            var a = MethodArguments.TupleStyle("str.count", "count", args, kw, 1, 3);
            var s = Self(args[0]);
            var sub = a[0] as PyStr ?? throw new PyException(PyErrors.MustBeStrNot(a[0]));
            var (start, end) = CodePointRange(s.Length, a[1], a[2]);
            if (start > s.Length || end < start)
            {
                return PyInt.Zero;
            }
            if (sub.Value.Length == 0)
            {
                return PyInt.Box(end - start + 1);
            }
            return PyInt.Box(Count(s.Value, sub.Value, s.Offset(start), s.Offset(end), 0));
        });
        t.DefMethodVar("startswith", (args, kw) => AffixMethod("startswith", args, kw, true));
        t.DefMethodVar("endswith", (args, kw) => AffixMethod("endswith", args, kw, false));
        t.DefMethodVar("replace", (args, kw) =>
        {
            var a = MethodArguments.ClinicPositional("str.replace", "replace", args, kw, 2, 3);
            var old = a[0] as PyStr ?? throw new PyException(PyErrors.ArgumentMustBe("replace", 1, "str", a[0]));
            var @new = a[1] as PyStr ?? throw new PyException(PyErrors.ArgumentMustBe("replace", 2, "str", a[1]));
            var count = MethodArguments.IsGiven(a[2]) ? ClipIndex(a[2]) : -1;
            return new PyStr(Replace(Self(args[0]).Value, old.Value, @new.Value, count, CodePointBoundaries));
        });
        t.DefMethod("partition", (self, sep) => Partition(Self(self), sep, false));
        t.DefMethod("rpartition", (self, sep) => Partition(Self(self), sep, true));
        t.DefMethodVar("split", (args, kw) => SplitMethod("split", args, kw, false));
        t.DefMethodVar("rsplit", (args, kw) => SplitMethod("rsplit", args, kw, true));
        t.DefMethodVar("splitlines", (args, kw) =>
        {
            var a = MethodArguments.Keywords("splitlines", args, kw, s_splitlinesNames, 0, 1);
            var keep = MethodArguments.IsGiven(a[0]) && PyProtocol.IsTrue(a[0]);
            return SplitLines(Self(args[0]).Value, keep, IsLineBreak, MakeStr);
        });
        t.DefMethod("join", (self, items) => Join(Self(self), items));
        t.DefMethodVar("strip", (args, kw) => StripMethod("strip", args, kw, true, true));
        t.DefMethodVar("lstrip", (args, kw) => StripMethod("lstrip", args, kw, true, false));
        t.DefMethodVar("rstrip", (args, kw) => StripMethod("rstrip", args, kw, false, true));
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

    private static object MakeStr(string s) => new PyStr(s);

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

    private static object FindMethod(string name, object?[] args, PyStr[]? kw, bool reverse, bool raise)
    {
        var a = MethodArguments.TupleStyle("str." + name, name, args, kw, 1, 3);
        var s = Self(args[0]);
        var sub = a[0] as PyStr ?? throw new PyException(PyErrors.MustBeStrNot(a[0]));
        var (start, end) = CodePointRange(s.Length, a[1], a[2]);
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

    private static object AffixMethod(string name, object?[] args, PyStr[]? kw, bool prefix)
    {
        var a = MethodArguments.TupleStyle("str." + name, name, args, kw, 1, 3);
        var s = Self(args[0]);
        var (start, end) = CodePointRange(s.Length, a[1], a[2]);
        if (a[0] is PyTuple tuple)
        {
            foreach (var item in tuple.Items)
            {
                var p = item as PyStr ?? throw new PyException(PyErrors.AffixTupleItem(name, "str", item));
                if (TailMatch(s, p, start, end, prefix))
                {
                    return true;
                }
            }
            return false;
        }
        var affix = a[0] as PyStr ?? throw new PyException(PyErrors.AffixArgType(name, "str", a[0]));
        return TailMatch(s, affix, start, end, prefix);
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

    private static object SplitMethod(string name, object?[] args, PyStr[]? kw, bool reverse)
    {
        var a = MethodArguments.Keywords(name, args, kw, s_splitNames, 0, 2);
        var s = Self(args[0]).Value;
        var sep = MethodArguments.IsGiven(a[0]) ? a[0] : null;
        var maxSplit = MethodArguments.IsGiven(a[1]) ? ClipIndex(a[1]) : -1;
        if (sep == null)
        {
            return reverse ? RSplitWhitespace(s, maxSplit, IsSpace, MakeStr) : SplitWhitespace(s, maxSplit, IsSpace, MakeStr);
        }
        var sepText = (sep as PyStr ?? throw new PyException(PyErrors.MustBeStrOrNone(sep))).Value;
        if (sepText.Length == 0)
        {
            throw new PyException(PyErrors.EmptySeparator());
        }
        return reverse ? RSplit(s, sepText, maxSplit, MakeStr) : Split(s, sepText, maxSplit, MakeStr);
    }

    private static object StripMethod(string name, object?[] args, PyStr[]? kw, bool left, bool right)
    {
        var a = MethodArguments.ClinicPositional("str." + name, name, args, kw, 0, 1);
        var s = Self(args[0]);
        string? chars = null;
        if (MethodArguments.IsGiven(a[0]) && a[0] != null)
        {
            chars = (a[0] as PyStr ?? throw new PyException(PyErrors.ArgMustBeStrOrNone(name, a[0]))).Value;
        }
        if (chars != null && !new PyStr(chars).IsBmp)
        {
            return StripCodePoints(s, new PyStr(chars), left, right);
        }
        var r = Strip(s.Value, chars, IsSpace, left, right);
        return ReferenceEquals(r, s.Value) ? s : new PyStr(r);
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
