using System.Linq;
using System.Numerics;
using Xunit;
using static PyNet.Runtime.Tests.Py;

namespace PyNet.Runtime.Tests.Builtins;

public class BuiltinFunctionTests
{
    private static string TypeName(object? o) => PyType.Of(o).Name;

    [Fact]
    public void IteratorBuiltinsAreLazyTypes()
    {
        foreach (var name in new[] { "enumerate", "zip", "map", "filter", "reversed" })
        {
            Assert.IsType<PyType>(B(name));
        }
        Assert.Equal("enumerate", TypeName(Call(B("enumerate"), L())));
        Assert.Equal("zip", TypeName(Call(B("zip"))));
        Assert.Equal("map", TypeName(Call(B("map"), B("len"), L())));
        Assert.Equal("filter", TypeName(Call(B("filter"), null, L())));
        Assert.Equal("reversed", TypeName(Call(B("reversed"), T())));
        Assert.Equal("list_reverseiterator", TypeName(Call(B("reversed"), L())));
        Assert.Equal("range_iterator", TypeName(Call(B("reversed"), Call(PyType.RangeType, 3L))));
        var calls = 0;
        var counting = new PyBuiltinFunction("f", (args, kw) => { calls++; return args[0]; });
        var it = Call(B("map"), counting, Call(PyType.RangeType, 1000000000L));
        Assert.Equal(0L, Call(B("next"), it));
        Assert.Equal(1, calls);
    }

    [Fact]
    public void EnumerateCountsFromStartIncludingBigInts()
    {
        Assert.Equal("[(5, 'a'), (6, 'b')]", Repr(Call(PyType.ListType, CallKw(B("enumerate"), new object?[] { S("ab") }, ("start", 5L)))));
        Assert.Equal("[(9223372036854775807, 'a'), (9223372036854775808, 'b')]", Repr(Call(PyType.ListType, Call(B("enumerate"), S("ab"), long.MaxValue))));
        Assert.Equal("'str' object cannot be interpreted as an integer", Raises("TypeError", () => Call(B("enumerate"), L(), S("x"))));
        Assert.Equal("enumerate() missing required argument 'iterable'", Raises("TypeError", () => Call(B("enumerate"))));
    }

    [Fact]
    public void ZipStrictReportsWhichArgumentDiffers()
    {
        Assert.Equal("[(1, 3)]", Repr(Call(PyType.ListType, Call(B("zip"), Ints(1, 2), Ints(3)))));
        Assert.Equal("zip() argument 2 is shorter than argument 1", Raises("ValueError", () => Call(PyType.ListType, CallKw(B("zip"), new object?[] { Ints(1, 2), Ints(3) }, ("strict", true)))));
        Assert.Equal("zip() argument 3 is longer than arguments 1-2", Raises("ValueError", () => Call(PyType.ListType, CallKw(B("zip"), new object?[] { Ints(1), Ints(3), Ints(4, 5) }, ("strict", true)))));
        Assert.Equal("zip() argument 3 is shorter than arguments 1-2", Raises("ValueError", () => Call(PyType.ListType, CallKw(B("zip"), new object?[] { Ints(1), Ints(3), Ints() }, ("strict", true)))));
    }

    [Fact]
    public void MapAndFilterErrors()
    {
        Assert.Equal("map() must have at least two arguments.", Raises("TypeError", () => Call(B("map"), B("len"))));
        Assert.Equal("filter expected 2 arguments, got 1", Raises("TypeError", () => Call(B("filter"), new object?[] { null })));
        Assert.Equal("[1, 2]", Repr(Call(PyType.ListType, Call(B("filter"), null, Ints(0, 1, 0, 2)))));
        Assert.Equal("'set' object is not reversible", Raises("TypeError", () => Call(B("reversed"), Set())));
    }

    [Fact]
    public void IterWithSentinelStopsAtTheSentinel()
    {
        var n = 0L;
        var counter = new PyBuiltinFunction("c", (args, kw) => ++n);
        Assert.Equal("[1, 2, 3]", Repr(Call(PyType.ListType, Call(B("iter"), counter, 4L))));
        Assert.Equal("callable_iterator", TypeName(Call(B("iter"), counter, 4L)));
        Assert.Equal("iter(v, w): v must be callable", Raises("TypeError", () => Call(B("iter"), 1L, 2L)));
        Assert.Equal(7L, Call(B("next"), Call(B("iter"), L()), 7L));
        Assert.Equal("'list' object is not an iterator", Raises("TypeError", () => Call(B("next"), L())));
    }

    [Fact]
    public void MinMaxArgumentsAndErrors()
    {
        Assert.Equal(3L, Call(B("max"), Ints(1, 3, 2)));
        Assert.Equal(1L, Call(B("min"), 3L, 1L, 2L));
        Assert.Equal(S("ccc").Value, Str(CallKw(B("max"), new object?[] { L(S("a"), S("ccc"), S("bb")) }, ("key", B("len")))));
        Assert.Equal(9L, CallKw(B("max"), new object?[] { L() }, ("default", 9L)));
        Assert.Equal("max() arg is an empty sequence", Raises("ValueError", () => Call(B("max"), L())));
        Assert.Equal("max expected at least 1 argument, got 0", Raises("TypeError", () => Call(B("max"))));
        Assert.Equal("Cannot specify a default for min() with multiple positional arguments", Raises("TypeError", () => CallKw(B("min"), new object?[] { 1L, 2L }, ("default", 1L))));
        Assert.Equal("'x' is an invalid keyword argument for max()", Raises("TypeError", () => CallKw(B("max"), new object?[] { 1L, 2L }, ("x", 1L))));
    }

    [Fact]
    public void SumAddsLeftToRightWithStart()
    {
        var expected = PythonOracle.Run("print(repr(sum([0.1] * 10)), repr(sum([1e100, 1.0, -1e100, 1.0])), sum([1, 2], 10), repr(sum([1, 0.5], start=2)))").Trim();
        var floats = new PyList();
        for (var i = 0; i < 10; i++)
        {
            floats.Append(0.1);
        }
        var actual = string.Join(" ",
            Repr(Call(B("sum"), floats)),
            Repr(Call(B("sum"), L(1e100, 1.0, -1e100, 1.0))),
            Repr(Call(B("sum"), Ints(1, 2), 10L)),
            Repr(CallKw(B("sum"), new object?[] { L(1L, 0.5) }, ("start", 2L))));
        Assert.Equal(expected, actual);
        Assert.Equal("sum() can't sum strings [use ''.join(seq) instead]", Raises("TypeError", () => Call(B("sum"), L(), S(""))));
        Assert.Equal(BigInteger.Pow(2, 64), Call(B("sum"), L(long.MaxValue, long.MaxValue, 2L)));
    }

    [Fact]
    public void SortedTakesKeyAndReverse()
    {
        Assert.Equal("[3, 2, 1]", Repr(CallKw(B("sorted"), new object?[] { Set(1L, 2L, 3L) }, ("reverse", true))));
        Assert.Equal("sorted expected 1 argument, got 0", Raises("TypeError", () => Call(B("sorted"))));
    }

    [Fact]
    public void AnyAndAllStopEarly()
    {
        var calls = 0;
        var f = new PyBuiltinFunction("f", (args, kw) => { calls++; return args[0]; });
        Assert.Equal(true, Call(B("any"), Call(B("map"), f, Ints(0, 1, 2, 3))));
        Assert.Equal(2, calls);
        Assert.Equal(false, Call(B("all"), Ints(1, 0)));
        Assert.Equal(true, Call(B("all"), L()));
    }

    [Fact]
    public void NumberBuiltins()
    {
        Assert.Equal("(-4, 1)", Repr(Call(B("divmod"), -7L, 2L)));
        Assert.Equal("(-4.0, 1.0)", Repr(Call(B("divmod"), -7.0, 2L)));
        Assert.Equal("unsupported operand type(s) for divmod(): 'str' and 'int'", Raises("TypeError", () => Call(B("divmod"), S("a"), 1L)));
        Assert.Equal(3L, Call(B("pow"), 2L, -1L, 5L));
        Assert.Equal(3L, CallKw(B("pow"), new object?[0], ("base", 2L), ("exp", 3L), ("mod", 5L)));
        Assert.Equal("pow() missing required argument 'exp' (pos 2)", Raises("TypeError", () => Call(B("pow"), 2L)));
        Assert.Equal("-0b101", Str(Call(B("bin"), -5L)));
        Assert.Equal("0o10", Str(Call(B("oct"), 8L)));
        Assert.Equal("0x10000000000000000", Str(Call(B("hex"), BigInteger.Pow(2, 64))));
        Assert.Equal("'float' object cannot be interpreted as an integer", Raises("TypeError", () => Call(B("hex"), 1.5)));
        Assert.Equal("chr() arg not in range(0x110000)", Raises("ValueError", () => Call(B("chr"), -1L)));
        Assert.Equal("ord() expected a character, but string of length 2 found", Raises("TypeError", () => Call(B("ord"), S("ab"))));
        Assert.Equal(5L, Call(B("abs"), -5L));
    }

    [Fact]
    public void IsinstanceAndIssubclassWithNestedTuples()
    {
        Assert.Equal(true, Call(B("isinstance"), 1L, T(PyType.StrType, T(PyType.FloatType, PyType.IntType))));
        Assert.Equal(true, Call(B("isinstance"), true, PyType.IntType));
        Assert.Equal(false, Call(B("issubclass"), PyType.IntType, T(PyType.StrType)));
        Assert.Equal("isinstance() arg 2 must be a type, a tuple of types, or a union", Raises("TypeError", () => Call(B("isinstance"), 1L, 1L)));
        Assert.Equal("issubclass() arg 1 must be a class", Raises("TypeError", () => Call(B("issubclass"), 1L, PyType.IntType)));
    }

    [Fact]
    public void DirIsSortedAndIncludesInheritedNames()
    {
        var names = (PyList)Call(B("dir"), Ints(1))!;
        Assert.Contains("append", names.ToArray().Select(Str));
        Assert.Contains("__class__", names.ToArray().Select(Str));
        var sorted = names.ToArray().Select(Str).ToList();
        Assert.Equal(sorted.OrderBy(x => x, System.StringComparer.Ordinal), sorted);
        Assert.Equal("vars() argument must have __dict__ attribute", Raises("TypeError", () => Call(B("vars"), 1L)));
    }

    [Fact]
    public void AttributeBuiltins()
    {
        Assert.Equal(5L, Call(B("getattr"), 1L, S("missing"), 5L));
        Assert.Equal(false, Call(B("hasattr"), 1L, S("missing")));
        Assert.Equal("attribute name must be string, not 'int'", Raises("TypeError", () => Call(B("hasattr"), 1L, 2L)));
        Assert.Equal(true, Call(B("callable"), B("len")));
        Assert.Equal(false, Call(B("callable"), 1L));
    }
}
