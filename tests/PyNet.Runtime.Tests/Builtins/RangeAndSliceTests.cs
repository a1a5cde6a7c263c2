using System.Numerics;
using Xunit;
using static PyNet.Runtime.Tests.Py;

namespace PyNet.Runtime.Tests.Builtins;

public class RangeAndSliceTests
{
    private static object? R(params object?[] args) => Call(PyType.RangeType, args);

    [Fact]
    public void RangeBehavesAsCPythonsIncludingHugeBounds()
    {
        var big = BigInteger.Pow(2, 64);
        var expected = PythonOracle.Run(@"
r = range(2**64)
print(r, r[5], r[-1], 2**70 in r, r.index(7), r[2**10:2**20:3], hash(range(0, 9, 3)), hash(range(0, 9, 3)) == hash(range(0, 8, 3)))
print(list(reversed(range(1, 10, 3))), range(0, 10, 3) == range(0, 11, 3), range(0) == range(5, 1), repr(range(0, 5, -1)), range(3).count(1), list(range(10, 0, -3)), range(-5, 5)[::-2])").Trim();
        var r = R(big);
        var line1 = string.Join(" ", Repr(r), Repr(PyProtocol.GetItem(r, 5L)), Repr(PyProtocol.GetItem(r, -1L)), Repr(PyProtocol.Contains(r, BigInteger.Pow(2, 70))),
            Repr(M(r, "index", 7L)), Repr(PyProtocol.GetItem(r, new PySlice(1024L, 1048576L, 3L))), PyProtocol.Hash(R(0L, 9L, 3L)), PyProtocol.Hash(R(0L, 9L, 3L)) == PyProtocol.Hash(R(0L, 8L, 3L)) ? "True" : "False");
        var line2 = string.Join(" ", Repr(Call(PyType.ListType, Call(B("reversed"), R(1L, 10L, 3L)))), Repr(PyProtocol.RichCompare(R(0L, 10L, 3L), R(0L, 11L, 3L), CompareOperator.Eq)),
            Repr(PyProtocol.RichCompare(R(0L), R(5L, 1L), CompareOperator.Eq)), Repr(R(0L, 5L, -1L)), Repr(M(R(3L), "count", 1L)), Repr(Call(PyType.ListType, R(10L, 0L, -3L))),
            Repr(PyProtocol.GetItem(R(-5L, 5L), new PySlice(null, null, -2L))));
        Assert.Equal(expected, line1 + "\n" + line2);
        Assert.Equal("Python int too large to convert to C ssize_t", Raises("OverflowError", () => PyProtocol.Len(r)));
        Assert.Equal("range object index out of range", Raises("IndexError", () => PyProtocol.GetItem(r, big)));
        Assert.Equal("11 is not in range", Raises("ValueError", () => M(R(10L), "index", 11L)));
        Assert.Equal("'float' object cannot be interpreted as an integer", Raises("TypeError", () => R(1.0)));
        Assert.Equal("range() arg 3 must not be zero", Raises("ValueError", () => R(1L, 2L, 0L)));
        Assert.Equal("longrange_iterator", PyType.Of(PyProtocol.Iter(r)).Name);
    }

    [Fact]
    public void SliceIsATypeWithIndices()
    {
        var s = Call(PyType.SliceType, 1L, 2L);
        Assert.Equal("slice(1, 2, None)", Repr(s));
        Assert.Equal("(1, 2, 3)", Repr(M(Call(PyType.SliceType, 1L, 2L, 3L), "indices", 10L)));
        Assert.Equal("(4, -1, -1)", Repr(M(Call(PyType.SliceType, null, null, -1L), "indices", 5L)));
        Assert.Equal("(0, 5, 1)", Repr(M(Call(PyType.SliceType, -100L, 100L), "indices", 5L)));
        Assert.Equal("slice step cannot be zero", Raises("ValueError", () => M(Call(PyType.SliceType, 1L, 2L, 0L), "indices", 3L)));
        Assert.Equal("length should not be negative", Raises("ValueError", () => M(s, "indices", -1L)));
        Assert.Equal(1L, PyProtocol.GetAttr(s, PyStr.Intern("start")));
        Assert.Null(PyProtocol.GetAttr(s, PyStr.Intern("step")));
        Assert.Equal(true, PyProtocol.RichCompare(s, Call(PyType.SliceType, 1L, 2L), CompareOperator.Eq));
        Assert.Equal("slice expected at least 1 argument, got 0", Raises("TypeError", () => Call(PyType.SliceType)));
        Assert.Equal("unhashable type: 'slice'", Raises("TypeError", () => PyProtocol.Hash(s)));
    }
}
