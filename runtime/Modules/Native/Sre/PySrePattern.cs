using System;
using System.Collections.Generic;
using System.Text;
using System.Text.RegularExpressions;

namespace PyNet.Runtime;

/// <summary><c>re.Pattern</c>: a compiled regular expression over a .NET <see cref="Regex"/> (search, match and fullmatch forms).</summary>
public sealed class PySrePattern : PyObject
{
    public static readonly PyType PatternType = new("Pattern", PyType.ObjectType, Init, "re", isBaseType: false);

    private static readonly string[] s_searchParameters = { "string", "pos", "endpos" };
    private static readonly string[] s_subParameters = { "repl", "string", "count" };
    private static readonly string[] s_splitParameters = { "string", "maxsplit" };

    private readonly Regex _search;
    private readonly Regex _match;
    private readonly Regex _full;

    public PySrePattern(object? pattern, int flags, int groups, PyDict groupIndex, object? indexGroup)
    {
        Pattern = pattern;
        Flags = flags;
        Groups = groups;
        GroupIndex = groupIndex;
        IndexGroup = indexGroup;
        IsBytes = pattern is not PyStr;
        var text = pattern is PyStr s ? s.Value : Codecs.Latin1String(PyBytes.AsBuffer(pattern));
        var translated = SreTranslator.Translate(text, IsBytes ? flags | SreTranslator.Ascii : flags, GroupNumber);
        var options = SreTranslator.Options(flags);
        try
        {
            _search = new Regex(translated, options);
            _match = new Regex("\\G(?:" + translated + ")", options);
            _full = new Regex("\\G(?:" + translated + ")\\z", options);
        }
        catch (ArgumentException e)
        {
            throw new PyException(PyErrors.New(PyExc.NotImplementedError, $"regular expression not supported by PyNet's engine: {e.Message}"));
        }
    }

    public object? Pattern { get; }

    public int Flags { get; }

    public int Groups { get; }

    public PyDict GroupIndex { get; }

    public object? IndexGroup { get; }

    public bool IsBytes { get; }

    public override PyType Type => PatternType;

    private int GroupNumber(string name) =>
        GroupIndex.TryGetValue(new PyStr(name), out var n) ? (int)PyProtocol.Index(n) : throw new PyException(PyErrors.IndexError("unknown group name"));

    /// <summary>The match (or null) of one of the three forms in string[pos:endpos], Python indices clamped as CPython does.</summary>
    private object? Run(Regex regex, object?[] args, PyStr[]? kw, string function)
    {
        var a = Builtins.BindArguments(function, args, kw, 1, s_searchParameters, 1);
        var subject = new SreSubject(a[0], IsBytes);
        var (pos, endpos) = Bounds(subject, a[1], a[2]);
        if (endpos < pos)
        {
            return null;
        }
        var m = Scan(regex, subject, pos, endpos);
        return m.Success ? new PySreMatch(this, subject, m, pos, endpos) : null;
    }

    private static (int Pos, int EndPos) Bounds(SreSubject subject, object? pos, object? endpos)
    {
        var p = NativeTypes.IsMissing(pos) ? 0 : Math.Clamp(PyProtocol.Index(pos), 0, subject.Length);
        var e = NativeTypes.IsMissing(endpos) ? subject.Length : Math.Clamp(PyProtocol.Index(endpos), 0, subject.Length);
        return ((int)p, (int)e);
    }

    private static Match Scan(Regex regex, SreSubject subject, int pos, int endpos)
    {
        var input = endpos == subject.Length ? subject.Text : subject.Text[..subject.Unit(endpos)];
        return regex.Match(input, subject.Unit(pos));
    }

    private IEnumerable<Match> All(SreSubject subject, int pos, int endpos)
    {
        for (var m = Scan(_search, subject, pos, endpos); m.Success; m = m.NextMatch())
        {
            yield return m;
        }
    }

    /// <summary>A group's text, or <paramref name="missing"/> when it did not take part in the match.</summary>
    internal static object? GroupValue(SreSubject subject, Group g, object? missing) =>
        g.Success ? subject.Slice(g.Index, g.Index + g.Length) : missing;

    private object? FindAll(object?[] args, PyStr[]? kw)
    {
        var a = Builtins.BindArguments("findall", args, kw, 1, s_searchParameters, 1);
        var subject = new SreSubject(a[0], IsBytes);
        var (pos, endpos) = Bounds(subject, a[1], a[2]);
        var result = new PyList();
        var empty = subject.Wrap(string.Empty);
        foreach (var m in All(subject, pos, endpos))
        {
            if (Groups == 0)
            {
                result.Append(GroupValue(subject, m.Groups[0], empty));
            }
            else if (Groups == 1)
            {
                result.Append(GroupValue(subject, m.Groups[1], empty));
            }
            else
            {
                var items = new object?[Groups];
                for (var i = 0; i < Groups; i++)
                {
                    items[i] = GroupValue(subject, m.Groups[i + 1], empty);
                }
                result.Append(PyTuple.Create(items));
            }
        }
        return result;
    }

    private object? FindIter(object?[] args, PyStr[]? kw)
    {
        var a = Builtins.BindArguments("finditer", args, kw, 1, s_searchParameters, 1);
        var subject = new SreSubject(a[0], IsBytes);
        var (pos, endpos) = Bounds(subject, a[1], a[2]);
        var result = new PyList();
        foreach (var m in All(subject, pos, endpos))
        {
            result.Append(new PySreMatch(this, subject, m, pos, endpos));
        }
        return PyProtocol.Iter(result);
    }

    private object? Substitute(object?[] args, PyStr[]? kw, string function, bool withCount)
    {
        var a = Builtins.BindArguments(function, args, kw, 1, s_subParameters, 2);
        var subject = new SreSubject(a[1], IsBytes);
        var count = NativeTypes.IsMissing(a[2]) ? 0 : PyProtocol.Index(a[2]);
        var repl = a[0];
        object? literal = null;
        object? filter = null;
        if (Builtins.IsCallable(repl))
        {
            filter = repl;
        }
        else
        {
            var replText = repl is PyStr rs ? rs.Value : Codecs.Latin1String(PyBytes.AsBuffer(repl));
            if (replText.Contains('\\'))
            {
                var re = Importer.ImportModule("re");
                var compiled = PyCall.Call(PyProtocol.GetAttr(re, PyStr.Intern("_subx")), this, repl);
                if (Builtins.IsCallable(compiled))
                {
                    filter = compiled;
                }
                else
                {
                    literal = compiled;
                }
            }
            else
            {
                literal = repl;
            }
        }
        var sb = new StringBuilder();
        var last = 0;
        long n = 0;
        foreach (var m in All(subject, 0, subject.Length))
        {
            if (count > 0 && n >= count)
            {
                break;
            }
            sb.Append(subject.Text, last, m.Index - last);
            var piece = filter != null ? PyCall.Call(filter, new PySreMatch(this, subject, m, 0, subject.Length)) : literal;
            if (piece != null)
            {
                sb.Append(piece is PyStr ps && !IsBytes ? ps.Value : Codecs.Latin1String(IsBytes ? PyBytes.AsBuffer(piece) : throw new PyException(PyErrors.TypeError($"expected str instance, {PyType.Of(piece).Name} found"))));
            }
            last = m.Index + m.Length;
            n++;
        }
        sb.Append(subject.Text, last, subject.Text.Length - last);
        var text = subject.Wrap(sb.ToString());
        return withCount ? PyTuple.Create(text, PyInt.Box(n)) : text;
    }

    private object? Split(object?[] args, PyStr[]? kw)
    {
        var a = Builtins.BindArguments("split", args, kw, 1, s_splitParameters, 1);
        var subject = new SreSubject(a[0], IsBytes);
        var maxSplit = NativeTypes.IsMissing(a[1]) ? 0 : PyProtocol.Index(a[1]);
        var result = new PyList();
        var last = 0;
        long n = 0;
        if (maxSplit >= 0)
        {
            foreach (var m in All(subject, 0, subject.Length))
            {
                if (maxSplit > 0 && n >= maxSplit)
                {
                    break;
                }
                result.Append(subject.Slice(last, m.Index));
                for (var i = 1; i <= Groups; i++)
                {
                    result.Append(GroupValue(subject, m.Groups[i], null));
                }
                last = m.Index + m.Length;
                n++;
            }
        }
        result.Append(subject.Slice(last, subject.Text.Length));
        return result;
    }

    private static PySrePattern Self(object? o) => (PySrePattern)o!;

    public override string ToString()
    {
        var repr = PyProtocol.Repr(Pattern);
        if (repr.Length > 200)
        {
            repr = repr[..200];
        }
        var flags = SreModule.FlagsRepr(Flags, IsBytes);
        return flags.Length == 0 ? $"re.compile({repr})" : $"re.compile({repr}, {flags})";
    }

    private static void Init(PyType t)
    {
        t.DefMethodVar("match", (args, kw) => Self(args[0]).Run(Self(args[0])._match, args, kw, "match"));
        t.DefMethodVar("fullmatch", (args, kw) => Self(args[0]).Run(Self(args[0])._full, args, kw, "fullmatch"));
        t.DefMethodVar("search", (args, kw) => Self(args[0]).Run(Self(args[0])._search, args, kw, "search"));
        t.DefMethodVar("findall", (args, kw) => Self(args[0]).FindAll(args, kw));
        t.DefMethodVar("finditer", (args, kw) => Self(args[0]).FindIter(args, kw));
        t.DefMethodVar("sub", (args, kw) => Self(args[0]).Substitute(args, kw, "sub", false));
        t.DefMethodVar("subn", (args, kw) => Self(args[0]).Substitute(args, kw, "subn", true));
        t.DefMethodVar("split", (args, kw) => Self(args[0]).Split(args, kw));
        t.DefGetSet("pattern", self => Self(self).Pattern);
        t.DefGetSet("flags", self => PyInt.Box(Self(self).Flags));
        t.DefGetSet("groups", self => PyInt.Box(Self(self).Groups));
        t.DefGetSet("groupindex", self => new PyMappingProxy(Self(self).GroupIndex));
        t.DefMethod("__repr__", self => new PyStr(Self(self).ToString()));
        t.DefMethod("__copy__", self => self);
        t.DefMethod("__deepcopy__", (self, memo) => self);
        t.DefMethod("__eq__", (self, other) => other is PySrePattern p
            ? Self(self).Flags == p.Flags && Self(self).IsBytes == p.IsBytes && PyProtocol.Eq(Self(self).Pattern, p.Pattern)
            : PyNotImplemented.Instance);
        t.DefMethod("__hash__", self => PyInt.Box(PyProtocol.Hash(Self(self).Pattern) ^ Self(self).Flags));
        t.DefClassMethod("__class_getitem__", (args, kw) => new PyGenericAlias(args[0], args[1]));
    }
}
