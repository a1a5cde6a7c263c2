using System;

namespace PyNet.Runtime;

/// <summary>The members of <c>slice</c>.</summary>
public static class SliceMembers
{
    internal static void Init(PyType t)
    {
        t.DefStatic("__new__", (args, kw) =>
        {
            Builtins.NoKeywords("slice", kw);
            return args.Length switch
            {
                1 => throw new PyException(PyErrors.ExpectedAtLeast("slice", 1, 0)),
                2 => new PySlice(null, args[1], null),
                3 => new PySlice(args[1], args[2], null),
                4 => new PySlice(args[1], args[2], args[3]),
                _ => throw new PyException(PyErrors.ExpectedAtMost("slice", 3, args.Length - 1)),
            };
        });
        t.DefMethod("__repr__", self => new PyStr(Repr((PySlice)self!)));
        t.DefValue("__hash__", null);
        t.DefGetSet("start", self => ((PySlice)self).Start);
        t.DefGetSet("stop", self => ((PySlice)self).Stop);
        t.DefGetSet("step", self => ((PySlice)self).Step);
        t.DefMethod("indices", (self, length) =>
        {
            var (start, stop, step) = ((PySlice)self!).BigIndices(PyInt.ToBig(Builtins.IndexInt(length)));
            return PyTuple.Create(new object?[] { PyInt.Normalize(start), PyInt.Normalize(stop), PyInt.Normalize(step) });
        });
        foreach (CompareOperator op in Enum.GetValues<CompareOperator>())
        {
            var o = op;
            t.DefMethod(PyProtocol.CompareMethodName(op).Value, (a, b) => Compare(a, b, o));
        }
    }

    public static string Repr(PySlice s) =>
        $"slice({PyProtocol.Repr(s.Start)}, {PyProtocol.Repr(s.Stop)}, {PyProtocol.Repr(s.Step)})";

    /// <summary>Slices compare as the tuples (start, stop, step).</summary>
    public static object? Compare(object? a, object? b, CompareOperator op)
    {
        if (a is not PySlice x || b is not PySlice y)
        {
            return PyNotImplemented.Instance;
        }
        if (ReferenceEquals(x, y) && op is CompareOperator.Eq or CompareOperator.NotEq)
        {
            return op == CompareOperator.Eq;
        }
        return PyProtocol.RichCompare(AsTuple(x), AsTuple(y), op);
    }

    private static PyTuple AsTuple(PySlice s) => PyTuple.Create(new[] { s.Start, s.Stop, s.Step });
}
