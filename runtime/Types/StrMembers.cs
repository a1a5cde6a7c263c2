using System;
using System.Linq;
using System.Text;

namespace PyNet.Runtime;

/// <summary>The members of <c>str</c>.</summary>
public static class StrMembers
{
    internal static void Init(PyType t)
    {
        t.DefStatic("__new__", (args, kw) => args.Length > 1 ? PyProtocol.Str(args[1]) : PyStr.Empty);
        t.DefMethod("__repr__", self => new PyStr(PyStr.Repr(((PyStr)self!).Value)));
        t.DefMethod("__str__", self => self);
        t.DefMethod("__len__", self => PyInt.Box(((PyStr)self!).Length));
        t.DefMethod("__hash__", self => PyInt.Box(((PyStr)self!).Hash));
        t.DefMethod("__getitem__", (self, key) => GetItem((PyStr)self!, key));
        t.DefMethod("__contains__", (self, x) => PyProtocol.Contains(self, x));
        t.DefMethod("__iter__", self => new PyStrIterator((PyStr)self!));
        t.DefMethod("__add__", (a, b) => b is PyStr sb ? PyStr.Concat((PyStr)a!, sb) : PyNotImplemented.Instance);
        t.DefMethod("__mul__", (a, n) => PyProtocol.HasIndex(n) ? Repeat((PyStr)a!, PyProtocol.Index(n)) : PyNotImplemented.Instance);
        t.DefMethod("__rmul__", (a, n) => PyProtocol.HasIndex(n) ? Repeat((PyStr)a!, PyProtocol.Index(n)) : PyNotImplemented.Instance);
        t.DefMethod("__mod__", (a, b) => PyStrFormatting.Percent((PyStr)a!, b));
        t.DefMethod("__format__", (self, spec) => PyProtocol.Format(self, (PyStr)spec!));
        foreach (CompareOperator op in Enum.GetValues<CompareOperator>())
        {
            var o = op;
            t.DefMethod(PyProtocol.CompareMethodName(op).Value, (a, b) => PyProtocol.BuiltinCompare(a, b, o));
        }
        t.DefMethod("join", (self, items) =>
        {
            var sep = ((PyStr)self!).Value;
            var parts = Builtins.ToArray(items).Select((x, i) => x is PyStr s ? s.Value
                : throw new PyException(PyErrors.TypeError($"sequence item {i}: expected str instance, {PyErrors.TypeName(x)} found")));
            return new PyStr(string.Join(sep, parts));
        });
        t.DefMethod("upper", self => new PyStr(((PyStr)self!).Value.ToUpperInvariant()));
        t.DefMethod("lower", self => new PyStr(((PyStr)self!).Value.ToLowerInvariant()));
        t.DefMethodVar("strip", (args, kw) => new PyStr(Strip(args, true, true)));
        t.DefMethodVar("lstrip", (args, kw) => new PyStr(Strip(args, true, false)));
        t.DefMethodVar("rstrip", (args, kw) => new PyStr(Strip(args, false, true)));
        t.DefMethodVar("split", (args, kw) => Split(args, kw));
        t.DefMethod("startswith", (self, prefix) => Affix((PyStr)self!, prefix, true));
        t.DefMethod("endswith", (self, suffix) => Affix((PyStr)self!, suffix, false));
        t.DefMethod("replace", (self, old, @new) => new PyStr(((PyStr)self!).Value.Replace(((PyStr)old!).Value, ((PyStr)@new!).Value, StringComparison.Ordinal)));
        t.DefMethod("find", (self, sub) =>
        {
            var s = (PyStr)self!;
            var i = s.Value.IndexOf(((PyStr)sub!).Value, StringComparison.Ordinal);
            return PyInt.Box(i < 0 ? -1 : s.IndexOfOffset(i));
        });
        t.DefMethod("count", (self, sub) =>
        {
            var s = ((PyStr)self!).Value;
            var needle = ((PyStr)sub!).Value;
            if (needle.Length == 0)
            {
                return PyInt.Box(((PyStr)self!).Length + 1);
            }
            var n = 0;
            for (var i = s.IndexOf(needle, StringComparison.Ordinal); i >= 0; i = s.IndexOf(needle, i + needle.Length, StringComparison.Ordinal))
            {
                n++;
            }
            return PyInt.Box(n);
        });
        t.DefMethod("isdigit", self => ((PyStr)self!).Value.Length > 0 && ((PyStr)self!).Value.All(char.IsDigit));
        t.DefMethod("isalpha", self => ((PyStr)self!).Value.Length > 0 && ((PyStr)self!).Value.All(char.IsLetter));
        t.DefMethod("isspace", self => ((PyStr)self!).Value.Length > 0 && ((PyStr)self!).Value.All(char.IsWhiteSpace));
        t.DefMethodVar("format", (args, kw) => PyStrFormatting.Format((PyStr)args[0]!, args[1..], kw));
    }

    public static object GetItem(PyStr s, object? key)
    {
        if (key is PySlice slice)
        {
            var (start, _, step, count) = slice.Indices(s.Length);
            if (step == 1)
            {
                return s.Substring((int)start, (int)(start + count));
            }
            var sb = new StringBuilder();
            for (long i = 0, j = start; i < count; i++, j += step)
            {
                sb.Append(char.ConvertFromUtf32(s.CodePointAt((int)j)));
            }
            return new PyStr(sb.ToString());
        }
        if (!PyProtocol.HasIndex(key))
        {
            throw new PyException(PyErrors.TypeError($"string indices must be integers, not '{PyErrors.TypeName(key)}'"));
        }
        var index = PyProtocol.Index(key);
        if (index < 0)
        {
            index += s.Length;
        }
        if (index < 0 || index >= s.Length)
        {
            throw new PyException(PyErrors.IndexOutOfRange("string"));
        }
        return PyStr.FromCodePoint(s.CodePointAt((int)index));
    }

    public static PyStr Repeat(PyStr s, long n)
    {
        if (n <= 0 || s.Value.Length == 0)
        {
            return PyStr.Empty;
        }
        if (n == 1)
        {
            return s;
        }
        var sb = new StringBuilder(checked(s.Value.Length * (int)n));
        for (var i = 0; i < n; i++)
        {
            sb.Append(s.Value);
        }
        return new PyStr(sb.ToString());
    }

    private static string Strip(object?[] args, bool left, bool right)
    {
        var s = ((PyStr)args[0]!).Value;
        if (args.Length > 1 && args[1] is PyStr chars)
        {
            var set = chars.Value.ToCharArray();
            return left && right ? s.Trim(set) : left ? s.TrimStart(set) : s.TrimEnd(set);
        }
        return left && right ? s.Trim() : left ? s.TrimStart() : s.TrimEnd();
    }

    private static object Affix(PyStr s, object? affix, bool prefix)
    {
        if (affix is PyTuple t)
        {
            return t.UnsafeArray.Any(x => (bool)Affix(s, x, prefix));
        }
        var a = (affix as PyStr ?? throw new PyException(PyErrors.TypeError($"{(prefix ? "startswith" : "endswith")} first arg must be str or a tuple of str, not {PyErrors.TypeName(affix)}"))).Value;
        return prefix ? s.Value.StartsWith(a, StringComparison.Ordinal) : s.Value.EndsWith(a, StringComparison.Ordinal);
    }

    private static object Split(object?[] args, PyStr[]? kw)
    {
        var s = ((PyStr)args[0]!).Value;
        var nPos = args.Length - (kw?.Length ?? 0);
        object? sep = nPos > 1 ? args[1] : null;
        long maxSplit = nPos > 2 ? PyProtocol.Index(args[2]) : -1;
        for (var i = 0; i < (kw?.Length ?? 0); i++)
        {
            if (kw![i].Value == "sep")
            {
                sep = args[nPos + i];
            }
            else if (kw[i].Value == "maxsplit")
            {
                maxSplit = PyProtocol.Index(args[nPos + i]);
            }
        }
        var result = new PyList();
        if (sep == null)
        {
            var i = 0;
            while (true)
            {
                while (i < s.Length && char.IsWhiteSpace(s[i]))
                {
                    i++;
                }
                if (i >= s.Length)
                {
                    break;
                }
                if (maxSplit >= 0 && result.Count == maxSplit)
                {
                    result.Append(new PyStr(s[i..].TrimEnd()));
                    break;
                }
                var start = i;
                while (i < s.Length && !char.IsWhiteSpace(s[i]))
                {
                    i++;
                }
                result.Append(new PyStr(s[start..i]));
            }
            return result;
        }
        var sepText = ((PyStr)sep).Value;
        if (sepText.Length == 0)
        {
            throw new PyException(PyErrors.ValueError("empty separator"));
        }
        var pos = 0;
        while (maxSplit < 0 || result.Count < maxSplit)
        {
            var next = s.IndexOf(sepText, pos, StringComparison.Ordinal);
            if (next < 0)
            {
                break;
            }
            result.Append(new PyStr(s[pos..next]));
            pos = next + sepText.Length;
        }
        result.Append(new PyStr(s[pos..]));
        return result;
    }
}
