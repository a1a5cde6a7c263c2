using Xunit;
using static PyNet.Runtime.Tests.Py;

namespace PyNet.Runtime.Tests.Containers;

public class SetTests
{
    [Fact]
    public void ReprOfSetsAndFrozensets()
    {
        Assert.Equal("set()", Repr(Call(PyType.SetType)));
        Assert.Equal("frozenset()", Repr(Call(PyType.FrozenSetType)));
        Assert.Equal("{1, 2, 3}", Repr(PyOps.BuildSet(new object?[] { 3L, 1L, 2L })));
        Assert.Equal("{37, 100, 5}", Repr(PyOps.BuildSet(new object?[] { 100L, 5L, 37L })));
        var display = new PySet();
        PyOps.SetUpdate(display, PyOps.ConstantFrozenSet(new object?[] { 100L, 5L, 37L }));
        Assert.Equal("{5, 100, 37}", Repr(display));
        Assert.Equal("frozenset({1})", Repr(Call(PyType.FrozenSetType, Ints(1))));
        Assert.Equal("{None, 'a'}".Length, Repr(Set(null, S("a"))).Length);
    }

    [Fact]
    public void RemoveMissingRaisesKeyErrorWithTheKey()
    {
        var s = Set(1L);
        Assert.Equal("2", Raises("KeyError", () => M(s, "remove", 2L)));
        M(s, "discard", 2L);
        Assert.Equal("'pop from an empty set'", Raises("KeyError", () => M(Set(), "pop")));
    }

    [Fact]
    public void UnhashableElementsAreRejected()
    {
        Assert.Equal("unhashable type: 'list'", Raises("TypeError", () => M(Set(), "add", L())));
        Assert.Equal("unhashable type: 'set'", Raises("TypeError", () => PyOps.BuildSet(new object?[] { Set() }) is var r && ReferenceEquals(r, PyOps.Raised) ? throw PyOps.TakePendingAsException() : r));
    }

    [Fact]
    public void SetKeysAreLookedUpAsFrozensets()
    {
        var s = Set(Call(PyType.FrozenSetType, Ints(1, 2)));
        Assert.True(PyProtocol.Contains(s, Set(1L, 2L)));
        M(s, "remove", Set(2L, 1L));
        Assert.Equal(0, PyProtocol.Len(s));
    }

    [Fact]
    public void OperatorsProduceTheLeftOperandsBaseType()
    {
        var f = Call(PyType.FrozenSetType, Ints(1, 2));
        var s = Set(2L, 3L);
        Assert.Equal("frozenset({1, 2, 3})", Repr(PyProtocol.BinaryOp(f, s, BinaryOperator.BitOr)));
        Assert.Equal("{1, 2, 3}", Repr(PyProtocol.BinaryOp(s, f, BinaryOperator.BitOr)));
        Assert.Equal("{2}", Repr(PyProtocol.BinaryOp(s, f, BinaryOperator.BitAnd)));
        Assert.Equal("{3}", Repr(PyProtocol.BinaryOp(s, f, BinaryOperator.Sub)));
        Assert.Equal("{1, 3}", Repr(PyProtocol.BinaryOp(s, f, BinaryOperator.BitXor)));
    }

    [Fact]
    public void OperatorsWithNonSetsRaiseTypeError()
    {
        Assert.Equal("unsupported operand type(s) for |: 'set' and 'list'", Raises("TypeError", () => PyProtocol.BinaryOp(Set(), L(), BinaryOperator.BitOr)));
        Assert.Equal("unsupported operand type(s) for |=: 'set' and 'list'", Raises("TypeError", () => PyProtocol.InPlaceOp(Set(), L(), BinaryOperator.BitOr)));
        Assert.Equal("'<' not supported between instances of 'set' and 'list'", Raises("TypeError", () => PyProtocol.RichCompare(Set(), L(), CompareOperator.Lt)));
    }

    [Fact]
    public void InPlaceOperatorsKeepIdentityButFrozensetsDoNot()
    {
        var s = Set(1L);
        Assert.Same(s, PyProtocol.InPlaceOp(s, Set(2L), BinaryOperator.BitOr));
        Assert.Equal("{1, 2}", Repr(s));
        var f = Call(PyType.FrozenSetType, Ints(1));
        Assert.NotSame(f, PyProtocol.InPlaceOp(f, Set(2L), BinaryOperator.BitOr));
    }

    [Fact]
    public void ComparisonsAreSubsetTests()
    {
        var a = Set(1L, 2L);
        var b = Set(1L, 2L, 3L);
        Assert.Equal(true, PyProtocol.RichCompare(a, b, CompareOperator.Lt));
        Assert.Equal(false, PyProtocol.RichCompare(a, a, CompareOperator.Lt));
        Assert.Equal(true, PyProtocol.RichCompare(a, a, CompareOperator.LtE));
        Assert.Equal(true, PyProtocol.RichCompare(b, a, CompareOperator.Gt));
        Assert.Equal(true, PyProtocol.RichCompare(a, Call(PyType.FrozenSetType, Ints(2, 1)), CompareOperator.Eq));
        Assert.Equal(false, PyProtocol.RichCompare(a, L(1L, 2L), CompareOperator.Eq));
        Assert.Equal(true, M(a, "issubset", Ints(1, 2, 5)));
        Assert.Equal(true, M(b, "issuperset", Ints(3)));
        Assert.Equal(true, M(a, "isdisjoint", Ints(7, 8)));
        Assert.Equal(false, M(a, "isdisjoint", Set(2L)));
    }

    [Fact]
    public void MethodsTakeAnyIterablesAndSeveralArguments()
    {
        var s = Set(1L, 2L, 3L, 4L);
        Assert.Equal("{1, 2, 3, 4, 5, 6}", Repr(M(s, "union", Ints(5), T(6L))));
        Assert.Equal("{2}", Repr(M(s, "intersection", Ints(2, 3), Ints(2))));
        Assert.Equal("{4}", Repr(M(s, "difference", Ints(1, 2), Ints(3))));
        Assert.Equal("{1, 2, 3, 4}", Repr(M(s, "copy")));
        M(s, "intersection_update", Ints(1, 2, 3), Ints(3, 2));
        Assert.Equal("{2, 3}", Repr(s));
        M(s, "symmetric_difference_update", Ints(3, 9));
        Assert.Equal("{9, 2}", Repr(s));
    }

    [Fact]
    public void FrozensetHashMatchesCPythonAndIgnoresOrder()
    {
        var expected = PythonOracle.Run("print(hash(frozenset()), hash(frozenset({1, 2, 3})), hash(frozenset(range(100))), hash(frozenset({(1, 2), None.__class__.__name__ and 3})))").Trim();
        var actual = string.Join(" ",
            PyProtocol.Hash(Call(PyType.FrozenSetType)),
            PyProtocol.Hash(Call(PyType.FrozenSetType, Ints(3, 2, 1))),
            PyProtocol.Hash(Call(PyType.FrozenSetType, Call(PyType.RangeType, 100L))),
            PyProtocol.Hash(Call(PyType.FrozenSetType, L(T(1L, 2L), 3L))));
        Assert.Equal(expected, actual);
        Assert.Equal("unhashable type: 'set'", Raises("TypeError", () => PyProtocol.Hash(Set())));
    }

    [Fact]
    public void IteratingWhileChangingSizeRaises()
    {
        var s = Set(1L, 2L);
        var it = PyProtocol.GetIterator(s);
        it.Next();
        M(s, "add", 5L);
        Assert.Equal("Set changed size during iteration", Raises("RuntimeError", () => it.Next()));
    }

    [Fact]
    public void SetAndFrozensetConstructorsCheckArguments()
    {
        Assert.Equal("set expected at most 1 argument, got 2", Raises("TypeError", () => Call(PyType.SetType, L(), L())));
        Assert.Equal("set() takes no keyword arguments", Raises("TypeError", () => CallKw(PyType.SetType, new object?[0], ("x", 1L))));
        var f = Call(PyType.FrozenSetType, Ints(1));
        Assert.Same(f, Call(PyType.FrozenSetType, f));
        Assert.Same(f, M(f, "copy"));
    }
}
