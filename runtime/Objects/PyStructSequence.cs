using System;
using System.Collections.Generic;
using System.Linq;

namespace PyNet.Runtime;

/// <summary>
/// Struct sequences (<c>sys.version_info</c>, <c>sys.flags</c>, <c>os.stat_result</c>...): tuple subclasses whose
/// items are also named attributes, shown as <c>module.name(field=value, ...)</c>, as CPython's structseq.c.
/// </summary>
public static class PyStructSequence
{
    /// <summary>A struct sequence type; the first <paramref name="visible"/> fields (all when 0) are tuple items.</summary>
    public static PyType NewType(string name, string module, string[] fields, int visible = 0)
    {
        var n = visible == 0 ? fields.Length : visible;
        var type = new PyType(name, PyType.TupleType, t =>
        {
            for (var i = 0; i < fields.Length; i++)
            {
                var index = i;
                t.DefGetSet(fields[i], self => Field((PyTuple)self, index, n));
            }
            t.DefValue("n_sequence_fields", PyInt.Box(n));
            t.DefValue("n_fields", PyInt.Box(fields.Length));
            t.DefValue("n_unnamed_fields", PyInt.Zero);
            t.DefMethod("__repr__", self =>
            {
                var tuple = (PyTuple)self!;
                var parts = fields.Take(n).Select((f, i) => f + "=" + PyProtocol.Repr(tuple[i]));
                return new PyStr($"{module}.{name}({string.Join(", ", parts)})");
            });
            t.DefMethod("__reduce__", self => PyTuple.Create(new object?[] { t, PyTuple.Create(new object?[] { PyTuple.Create(((PyTuple)self!).Items[..n].ToArray()) }) }));
            t.DefStatic("__new__", (args, kw) =>
            {
                var values = Builtins.ToArray(args.Length > 1 ? args[1] : PyTuple.Empty);
                if (values.Length < n || values.Length > fields.Length)
                {
                    throw new PyException(PyErrors.StructSequenceLength($"{module}.{name}", n, fields.Length, values.Length));
                }
                return New((PyType)args[0]!, values);
            });
        }, module, isBaseType: false);
        lock (s_visibleCounts)
        {
            s_visibleCounts[type] = n;
        }
        return type;
    }

    /// <summary>Each struct sequence type's number of visible fields, known without building the type's members (sys
    /// makes three of these values at every start; most programs never read an attribute of them).</summary>
    private static readonly Dictionary<PyType, int> s_visibleCounts = new(ReferenceEqualityComparer.Instance);

    /// <summary>An instance holding <paramref name="values"/> (visible items first, then the named-only fields).</summary>
    public static PyTuple New(PyType type, params object?[] values)
    {
        int visible;
        lock (s_visibleCounts)
        {
            visible = s_visibleCounts.TryGetValue(type, out var n) ? n : values.Length;
        }
        var result = new PyTupleInstance(type, values[..Math.Min(visible, values.Length)]);
        for (var i = visible; i < values.Length; i++)
        {
            result.GetOrCreateDict()[new PyStr("_" + i)] = values[i];
        }
        return result;
    }

    private static object? Field(PyTuple tuple, int index, int visible) =>
        index < tuple.Count ? tuple[index] : index >= visible && tuple is IHasDict { InstanceDict: { } d } && d.TryGetValue(new PyStr("_" + index), out var v) ? v : null;
}
