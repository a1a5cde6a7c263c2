using Xunit;
using static PyNet.Runtime.Tests.Py;

namespace PyNet.Runtime.Tests.Containers;

/// <summary>Behaviour list and tuple share (CPython's seq_tests), run over each type.</summary>
public abstract class SequenceBehaviourTests
{
    protected abstract PyType SequenceType { get; }

    protected abstract string Name { get; }

    private object? Make(params long[] values) => Call(SequenceType, Ints(values));

    [Fact]
    public void IndexHonoursStartAndStop()
    {
        var s = Make(1, 2, 3, 2);
        Assert.Equal(1L, M(s, "index", 2L));
        Assert.Equal(3L, M(s, "index", 2L, 2L));
        Assert.Equal(3L, M(s, "index", 2L, -1L));
        Assert.Equal(1L, M(s, "index", 2L, -100L, 100L));
        Raises("ValueError", () => M(s, "index", 2L, 2L, 3L));
        Assert.Equal("index expected at least 1 argument, got 0", Raises("TypeError", () => M(s, "index")));
        Assert.Equal("slice indices must be integers or have an __index__ method", Raises("TypeError", () => M(s, "index", 1L, S("a"))));
    }

    [Fact]
    public void CountUsesEquality()
    {
        Assert.Equal(2L, M(Make(1, 2, 1), "count", 1L));
        Assert.Equal(2L, M(Make(1, 2, 1), "count", 1.0));
    }

    [Fact]
    public void RepeatWithNegativeCountIsEmptyAndHugeCountFails()
    {
        Assert.Equal(0, PyProtocol.Len(PyProtocol.BinaryOp(Make(1, 2), -3L, BinaryOperator.Mult)));
        Assert.Equal(6, PyProtocol.Len(PyProtocol.BinaryOp(3L, Make(1, 2), BinaryOperator.Mult)));
        Raises("MemoryError", () => PyProtocol.BinaryOp(Make(1), 1L << 62, BinaryOperator.Mult));
        Assert.Equal("cannot fit 'int' into an index-sized integer", Raises("OverflowError", () => PyProtocol.BinaryOp(Make(1), System.Numerics.BigInteger.Pow(2, 64), BinaryOperator.Mult)));
    }

    [Fact]
    public void ComparisonsAreLexicographic()
    {
        Assert.Equal(true, PyProtocol.RichCompare(Make(1, 2), Make(1, 3), CompareOperator.Lt));
        Assert.Equal(true, PyProtocol.RichCompare(Make(1, 2), Make(1, 2, 0), CompareOperator.Lt));
        Assert.Equal(false, PyProtocol.RichCompare(Make(1, 2), Make(1, 2), CompareOperator.NotEq));
    }

    [Fact]
    public void SlicingWithStepsAndNegativeBounds()
    {
        var s = Make(0, 1, 2, 3, 4, 5);
        Assert.Equal(Repr(Make(5, 3, 1)), Repr(PyProtocol.GetItem(s, new PySlice(null, null, -2L))));
        Assert.Equal(Repr(Make(4, 5)), Repr(PyProtocol.GetItem(s, new PySlice(-2L, 100L, null))));
        Assert.Equal("slice step cannot be zero", Raises("ValueError", () => PyProtocol.GetItem(s, new PySlice(null, null, 0L))));
        Assert.Equal($"{Name} index out of range", Raises("IndexError", () => PyProtocol.GetItem(s, 6L)));
    }

    [Fact]
    public void ReversedIteratesBackwards()
    {
        Assert.Equal(Repr(L(3L, 2L, 1L)), Repr(Call(PyType.ListType, Call(B("reversed"), Make(1, 2, 3)))));
    }
}

public class ListSequenceBehaviourTests : SequenceBehaviourTests
{
    protected override PyType SequenceType => PyType.ListType;

    protected override string Name => "list";
}

public class TupleSequenceBehaviourTests : SequenceBehaviourTests
{
    protected override PyType SequenceType => PyType.TupleType;

    protected override string Name => "tuple";
}

public class ListTests
{
    [Fact]
    public void PopReportsEmptyAndOutOfRange()
    {
        Assert.Equal("pop from empty list", Raises("IndexError", () => M(L(), "pop")));
        Assert.Equal("pop index out of range", Raises("IndexError", () => M(L(1L), "pop", 5L)));
        Assert.Equal("'str' object cannot be interpreted as an integer", Raises("TypeError", () => M(L(1L), "pop", S("a"))));
        Assert.Equal(1L, M(L(1L, 2L), "pop", -2L));
    }

    [Fact]
    public void RemoveAndInsert()
    {
        var l = Ints(1, 2, 3);
        Assert.Equal("list.remove(x): x not in list", Raises("ValueError", () => M(l, "remove", 9L)));
        M(l, "insert", -100L, 0L);
        M(l, "insert", 100L, 9L);
        M(l, "insert", -1L, 8L);
        Assert.Equal("[0, 1, 2, 3, 8, 9]", Repr(l));
        Assert.Equal("5 is not in list", Raises("ValueError", () => M(l, "index", 5L)));
    }

    [Fact]
    public void SortIsStableWithKeyAndReverse()
    {
        var words = L(S("bb"), S("a"), S("ccc"), S("dd"));
        MKw(words, "sort", new object?[0], ("key", B("len")));
        Assert.Equal("['a', 'bb', 'dd', 'ccc']", Repr(words));
        MKw(words, "sort", new object?[0], ("key", B("len")), ("reverse", true));
        Assert.Equal("['ccc', 'bb', 'dd', 'a']", Repr(words));
    }

    [Fact]
    public void FailingKeyOrComparisonLeavesTheListUnchanged()
    {
        var l = L(3L, S("a"), 1L);
        Assert.Equal("'<' not supported between instances of 'str' and 'int'", Raises("TypeError", () => M(l, "sort")));
        Assert.Equal("[3, 'a', 1]", Repr(l));
        var l2 = Ints(3, 1, 2);
        Raises("TypeError", () => MKw(l2, "sort", new object?[0], ("key", B("len"))));
        Assert.Equal("[3, 1, 2]", Repr(l2));
        Assert.Equal("sort() takes no positional arguments", Raises("TypeError", () => M(l2, "sort", B("len"))));
    }

    [Fact]
    public void SortDetectsModificationByTheKey()
    {
        var l = Ints(3, 1, 2);
        var appender = new PyBuiltinFunction("k", (args, kw) =>
        {
            l.Append(0L);
            return args[0];
        });
        Assert.Equal("list modified during sort", Raises("ValueError", () => MKw(l, "sort", new object?[0], ("key", appender))));
        Assert.Equal("[1, 2, 3]", Repr(l));
    }

    [Fact]
    public void SliceAssignmentAndDeletion()
    {
        var l = Ints(0, 1, 2, 3, 4, 5);
        PyProtocol.SetItem(l, new PySlice(1L, 3L, null), Ints(9, 9, 9));
        Assert.Equal("[0, 9, 9, 9, 3, 4, 5]", Repr(l));
        PyProtocol.SetItem(l, new PySlice(null, null, 2L), Ints(7, 7, 7, 7));
        Assert.Equal("[7, 9, 7, 9, 7, 4, 7]", Repr(l));
        Assert.Equal("attempt to assign sequence of size 1 to extended slice of size 4", Raises("ValueError", () => PyProtocol.SetItem(l, new PySlice(null, null, 2L), Ints(1))));
        Assert.Equal("must assign iterable to extended slice", Raises("TypeError", () => PyProtocol.SetItem(l, new PySlice(null, null, 2L), 1L)));
        Assert.Equal("can only assign an iterable", Raises("TypeError", () => PyProtocol.SetItem(l, new PySlice(0L, 1L, null), 1L)));
        PyProtocol.DelItem(l, new PySlice(null, null, -2L));
        Assert.Equal("[9, 9, 4]", Repr(l));
        PyProtocol.SetItem(l, new PySlice(null, null, null), l);
        Assert.Equal("[9, 9, 4]", Repr(l));
    }

    [Fact]
    public void InPlaceOperatorsKeepIdentity()
    {
        var l = Ints(1);
        Assert.Same(l, PyProtocol.InPlaceOp(l, T(2L), BinaryOperator.Add));
        Assert.Same(l, PyProtocol.InPlaceOp(l, 2L, BinaryOperator.Mult));
        Assert.Equal("[1, 2, 1, 2]", Repr(l));
    }

    [Fact]
    public void RecursiveReprShowsEllipsis()
    {
        var l = Ints(1);
        l.Append(l);
        Assert.Equal("[1, [...]]", Repr(l));
    }
}
