namespace PyNet.Runtime;

/// <summary>
/// The <c>_collections</c> module: <c>deque</c>, <c>defaultdict</c>, <c>_tuplegetter</c> (namedtuple's fields) and
/// <c>_count_elements</c> (Counter's loop). <c>collections/__init__.py</c> has a pure-Python OrderedDict, which PyNet uses.
/// </summary>
public static class CollectionsModule
{
    public static PyModule Create()
    {
        var d = new PyDict();
        var m = new PyModule("_collections", d);
        NativeTypes.Def(d, PyDeque.DequeType);
        NativeTypes.Def(d, PyDefaultDict.DefaultDictType);
        NativeTypes.Def(d, PyTupleGetter.TupleGetterType);
        d[PyStr.Intern("_deque_iterator")] = PyDeque.IteratorType;
        d[PyStr.Intern("_deque_reverse_iterator")] = PyDeque.ReverseIteratorType;
        NativeTypes.Def(d, PyBuiltinFunction.Create("_count_elements", CountElements));
        return m;
    }

    /// <summary><c>_count_elements(mapping, iterable)</c>: mapping[x] = mapping.get(x, 0) + 1 for each item.</summary>
    private static object? CountElements(object? mapping, object? iterable)
    {
        var it = PyProtocol.GetIterator(iterable);
        if (mapping is PyDict d && (d.IsExact || PyType.Of(d).Lookup(PyProtocol.GetItemName) is PyBuiltinFunction { Owner.ModuleName: "builtins" }))
        {
            for (var item = it.Next(); !ReferenceEquals(item, PyOps.Done); item = it.Next())
            {
                d[item] = d.TryGetValue(item, out var count) ? PyProtocol.BinaryOp(count, PyInt.One, BinaryOperator.Add) : PyInt.One;
            }
            return null;
        }
        var get = PyProtocol.GetAttr(mapping, PyStr.Intern("get"));
        for (var item = it.Next(); !ReferenceEquals(item, PyOps.Done); item = it.Next())
        {
            var count = PyCall.Call(get, item, PyInt.Zero);
            PyProtocol.SetItem(mapping, item, PyProtocol.BinaryOp(count, PyInt.One, BinaryOperator.Add));
        }
        return null;
    }
}
