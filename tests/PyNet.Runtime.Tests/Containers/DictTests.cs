using Xunit;
using static PyNet.Runtime.Tests.Py;

namespace PyNet.Runtime.Tests.Containers;

public class DictTests
{
    [Fact]
    public void ViewsAreLiveAndShowTheirContents()
    {
        var d = D((1L, 2L), (3L, 4L));
        var keys = M(d, "keys");
        Assert.Equal("dict_keys([1, 3])", Repr(keys));
        Assert.Equal("dict_values([2, 4])", Repr(M(d, "values")));
        Assert.Equal("dict_items([(1, 2), (3, 4)])", Repr(M(d, "items")));
        d[5L] = 6L;
        Assert.Equal(3, PyProtocol.Len(keys));
        Assert.True(PyProtocol.Contains(keys, 5L));
        Assert.True(PyProtocol.Contains(M(d, "items"), T(5L, 6L)));
        Assert.False(PyProtocol.Contains(M(d, "items"), T(5L, 7L)));
        Assert.Equal("dict_keys", PyType.Of(keys).Name);
    }

    [Fact]
    public void KeyAndItemViewsSupportSetOperations()
    {
        var d = M(PyType.DictType, "fromkeys", Ints(0, 16, 1, 17, 2), 0L);
        var keys = M(d, "keys");
        var expected = PythonOracle.Run("d = dict.fromkeys([0, 16, 1, 17, 2], 0)\nprint(d.keys() - set(), d.keys() | set(), d.keys() & {0, 16, 1, 17, 2}, d.keys() ^ set(), set() | d.keys(), d.items() - set(), d.keys() == {0, 1, 2, 16, 17}, {0} < d.keys())").Trim();
        var actual = string.Join(" ",
            Repr(PyProtocol.BinaryOp(keys, Set(), BinaryOperator.Sub)),
            Repr(PyProtocol.BinaryOp(keys, Set(), BinaryOperator.BitOr)),
            Repr(PyProtocol.BinaryOp(keys, Set(0L, 16L, 1L, 17L, 2L), BinaryOperator.BitAnd)),
            Repr(PyProtocol.BinaryOp(keys, Set(), BinaryOperator.BitXor)),
            Repr(PyProtocol.BinaryOp(Set(), keys, BinaryOperator.BitOr)),
            Repr(PyProtocol.BinaryOp(M(d, "items"), Set(), BinaryOperator.Sub)),
            Repr(PyProtocol.RichCompare(keys, Set(0L, 1L, 2L, 16L, 17L), CompareOperator.Eq)),
            Repr(PyProtocol.RichCompare(Set(0L), keys, CompareOperator.Lt)));
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void ReversedWalksBackwardsOverKeysValuesAndItems()
    {
        var d = D((1L, S("a")), (2L, S("b")), (3L, S("c")));
        Assert.Equal("[3, 2, 1]", Repr(Call(PyType.ListType, Call(B("reversed"), d))));
        Assert.Equal("['c', 'b', 'a']", Repr(Call(PyType.ListType, Call(B("reversed"), M(d, "values")))));
        Assert.Equal("dict_reversekeyiterator", PyType.Of(Call(B("reversed"), d)).Name);
    }

    [Fact]
    public void PopitemIsLastInFirstOut()
    {
        var d = D((1L, 1L), (2L, 2L), (3L, 3L));
        Assert.Equal("(3, 3)", Repr(M(d, "popitem")));
        d[4L] = 4L;
        Assert.Equal("(4, 4)", Repr(M(d, "popitem")));
        Assert.Equal("(2, 2)", Repr(M(d, "popitem")));
        M(d, "popitem");
        Assert.Equal("'popitem(): dictionary is empty'", Raises("KeyError", () => M(d, "popitem")));
    }

    [Fact]
    public void MergeOperatorsAcceptDictsAndInPlaceAcceptsPairs()
    {
        var a = D((1L, 1L), (2L, 2L));
        Assert.Equal("{1: 1, 2: 3, 4: 4}", Repr(PyProtocol.BinaryOp(a, D((2L, 3L), (4L, 4L)), BinaryOperator.BitOr)));
        Assert.Equal("unsupported operand type(s) for |: 'dict' and 'list'", Raises("TypeError", () => PyProtocol.BinaryOp(a, L(), BinaryOperator.BitOr)));
        Assert.Same(a, PyProtocol.InPlaceOp(a, L(T(9L, 9L)), BinaryOperator.BitOr));
        Assert.Equal("{1: 1, 2: 2, 9: 9}", Repr(a));
    }

    [Fact]
    public void ConstructionFromPairsReportsBadElements()
    {
        Assert.Equal("dictionary update sequence element #0 has length 1; 2 is required", Raises("ValueError", () => Call(PyType.DictType, L(T(1L)))));
        Assert.Equal("cannot convert dictionary update sequence element #1 to a sequence", Raises("TypeError", () => Call(PyType.DictType, L(T(1L, 2L), 3L))));
        Assert.Equal("dict expected at most 1 argument, got 2", Raises("TypeError", () => Call(PyType.DictType, L(), L())));
        Assert.Equal("{'a': 'b', 1: 2, 'x': 5}", Repr(CallKw(PyType.DictType, new object?[] { L(S("ab"), L(1L, 2L)) }, ("x", 5L))));
    }

    [Fact]
    public void GetSetdefaultAndFromkeys()
    {
        var d = D((1L, 2L));
        Assert.Equal(2L, M(d, "get", 1L));
        Assert.Null(M(d, "get", 5L));
        Assert.Equal(7L, M(d, "get", 5L, 7L));
        Assert.Equal(9L, M(d, "setdefault", 3L, 9L));
        Assert.Equal(9L, M(d, "setdefault", 3L, 10L));
        Assert.Equal("{'a': 0, 'b': 0}", Repr(M(PyType.DictType, "fromkeys", S("ab"), 0L)));
        Assert.Equal("get expected at least 1 argument, got 0", Raises("TypeError", () => M(d, "get")));
    }

    [Fact]
    public void IterationDetectsSizeChanges()
    {
        var d = D((1L, 1L));
        var it = PyProtocol.GetIterator(d);
        d[2L] = 2L;
        Assert.Equal("dictionary changed size during iteration", Raises("RuntimeError", () => it.Next()));
    }

    [Fact]
    public void RecursiveReprShowsEllipsis()
    {
        var d = new PyDict();
        d[1L] = d;
        Assert.Equal("{1: {...}}", Repr(d));
        var v = new PyDict();
        v[1L] = M(v, "values");
        Assert.Equal("{1: dict_values([...])}", Repr(v));
    }

    [Fact]
    public void EqualityComparesValuesNotOrder()
    {
        Assert.Equal(true, PyProtocol.RichCompare(D((1L, 2L), (3L, 4L)), D((3L, 4L), (1L, 2L)), CompareOperator.Eq));
        Assert.Equal(false, PyProtocol.RichCompare(D((1L, 2L)), D((1L, 3L)), CompareOperator.Eq));
        Assert.Equal("'<' not supported between instances of 'dict' and 'dict'", Raises("TypeError", () => PyProtocol.RichCompare(D(), D(), CompareOperator.Lt)));
    }
}
