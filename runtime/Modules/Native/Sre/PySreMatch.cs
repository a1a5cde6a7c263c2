using System.Text.RegularExpressions;

namespace PyNet.Runtime;

/// <summary><c>re.Match</c>: one match of a <see cref="PySrePattern"/>, with Python (code point) positions.</summary>
public sealed class PySreMatch : PyObject
{
    public static readonly PyType MatchType = new("Match", PyType.ObjectType, Init, "re", isBaseType: false);

    private readonly PySrePattern _pattern;
    private readonly SreSubject _subject;
    private readonly Match _match;
    private readonly int _pos;
    private readonly int _endpos;

    public PySreMatch(PySrePattern pattern, SreSubject subject, Match match, int pos, int endpos)
    {
        _pattern = pattern;
        _subject = subject;
        _match = match;
        _pos = pos;
        _endpos = endpos;
    }

    public override PyType Type => MatchType;

    private int GroupIndex(object? g)
    {
        if (g is PyStr name)
        {
            if (_pattern.GroupIndex.TryGetValue(name, out var n))
            {
                return (int)PyProtocol.Index(n);
            }
        }
        else if (g is long or bool or System.Numerics.BigInteger)
        {
            var i = PyProtocol.Index(g);
            if (i >= 0 && i <= _pattern.Groups)
            {
                return (int)i;
            }
        }
        throw new PyException(PyErrors.IndexError("no such group"));
    }

    private object? Group(object? g, object? missing = null) => PySrePattern.GroupValue(_subject, _match.Groups[GroupIndex(g)], missing);

    private (int Start, int End) Span(object? g)
    {
        var group = _match.Groups[GroupIndex(g)];
        return group.Success ? (_subject.Index(group.Index), _subject.Index(group.Index + group.Length)) : (-1, -1);
    }

    private object? Groups(object? missing)
    {
        var items = new object?[_pattern.Groups];
        for (var i = 0; i < items.Length; i++)
        {
            items[i] = PySrePattern.GroupValue(_subject, _match.Groups[i + 1], missing);
        }
        return PyTuple.Create(items);
    }

    /// <summary>The group that closed last: among the groups that matched, the one ending last (the outermost on ties).</summary>
    private int LastIndex()
    {
        var best = -1;
        var bestEnd = -1;
        for (var i = 1; i <= _pattern.Groups; i++)
        {
            var g = _match.Groups[i];
            if (g.Success && g.Index + g.Length > bestEnd)
            {
                best = i;
                bestEnd = g.Index + g.Length;
            }
        }
        return best;
    }

    private static PySreMatch Self(object? o) => (PySreMatch)o!;

    private static object? Missing(object?[] args, PyStr[]? kw, string function) =>
        Builtins.BindArguments(function, args, kw, 1, s_defaultParameters, 0)[0] is var d && NativeTypes.IsMissing(d) ? null : d;

    private static readonly string[] s_defaultParameters = { "default" };

    private static void Init(PyType t)
    {
        t.DefMethodVar("group", (args, kw) =>
        {
            Builtins.NoKeywords("group", kw);
            var self = Self(args[0]);
            if (args.Length <= 2)
            {
                return self.Group(args.Length == 2 ? args[1] : PyInt.Zero);
            }
            var items = new object?[args.Length - 1];
            for (var i = 1; i < args.Length; i++)
            {
                items[i - 1] = self.Group(args[i]);
            }
            return PyTuple.Create(items);
        });
        t.DefMethod("__getitem__", (self, g) => Self(self).Group(g));
        t.DefMethodVar("groups", (args, kw) => Self(args[0]).Groups(Missing(args, kw, "groups")));
        t.DefMethodVar("groupdict", (args, kw) =>
        {
            var self = Self(args[0]);
            var missing = Missing(args, kw, "groupdict");
            var d = new PyDict();
            foreach (var kv in self._pattern.GroupIndex.Items())
            {
                d[kv.Key] = self.Group(kv.Key, missing);
            }
            return d;
        });
        t.DefMethodVar("start", (args, kw) => PyInt.Box(Self(args[0]).Span(args.Length > 1 ? args[1] : PyInt.Zero).Start));
        t.DefMethodVar("end", (args, kw) => PyInt.Box(Self(args[0]).Span(args.Length > 1 ? args[1] : PyInt.Zero).End));
        t.DefMethodVar("span", (args, kw) =>
        {
            var (start, end) = Self(args[0]).Span(args.Length > 1 ? args[1] : PyInt.Zero);
            return PyTuple.Create(PyInt.Box(start), PyInt.Box(end));
        });
        t.DefMethod("expand", (self, template) =>
            PyCall.Call(PyProtocol.GetAttr(Importer.ImportModule("re"), PyStr.Intern("_expand")), Self(self)._pattern, self, template));
        t.DefGetSet("string", self => Self(self)._subject.Original);
        t.DefGetSet("re", self => Self(self)._pattern);
        t.DefGetSet("pos", self => PyInt.Box(Self(self)._pos));
        t.DefGetSet("endpos", self => PyInt.Box(Self(self)._endpos));
        t.DefGetSet("lastindex", self => Self(self).LastIndex() is var i && i > 0 ? PyInt.Box(i) : null);
        t.DefGetSet("lastgroup", self =>
        {
            var m = Self(self);
            var i = m.LastIndex();
            foreach (var kv in m._pattern.GroupIndex.Items())
            {
                if (PyProtocol.Index(kv.Value) == i)
                {
                    return kv.Key;
                }
            }
            return null;
        });
        t.DefGetSet("regs", self =>
        {
            var m = Self(self);
            var items = new object?[m._pattern.Groups + 1];
            for (var i = 0; i < items.Length; i++)
            {
                var (start, end) = m.Span(PyInt.Box(i));
                items[i] = PyTuple.Create(PyInt.Box(start), PyInt.Box(end));
            }
            return PyTuple.Create(items);
        });
        t.DefMethod("__repr__", self =>
        {
            var m = Self(self);
            var (start, end) = m.Span(PyInt.Zero);
            return new PyStr($"<re.Match object; span=({start}, {end}), match={PyProtocol.Repr(m.Group(PyInt.Zero))}>");
        });
        t.DefMethod("__copy__", self => self);
        t.DefMethod("__deepcopy__", (self, memo) => self);
        t.DefClassMethod("__class_getitem__", (args, kw) => new PyGenericAlias(args[0], args[1]));
    }
}
