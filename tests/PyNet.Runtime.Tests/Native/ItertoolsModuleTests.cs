using System.Linq;
using Xunit;
using static PyNet.Runtime.Tests.Py;

namespace PyNet.Runtime.Tests.Native;

/// <summary>itertools outputs, reprs and errors, with python3 as the oracle.</summary>
public class ItertoolsModuleTests
{
    private static readonly PyModule s_itertools = ItertoolsModule.Create();

    private static object? F(string name) => s_itertools.Dict[PyStr.Intern(name)];

    private static string ListRepr(object? iterable) => Repr(PyList.FromArray(global::PyNet.Runtime.Builtins.ToArray(iterable)));

    private static string Take(object? iterable, long n) => ListRepr(Call(F("islice"), iterable, n));

    [Fact]
    public void CombinatoricIteratorsMatchCPython()
    {
        var ours = string.Join("\n", new[]
        {
            ListRepr(CallKw(F("product"), new object?[] { S("ab") }, ("repeat", 2L))),
            ListRepr(Call(F("product"), Ints(1, 2), S("xy"), L())),
            ListRepr(Call(F("permutations"), S("abcd"), 2L)),
            ListRepr(Call(F("permutations"), Ints(1, 2, 3))),
            ListRepr(Call(F("combinations"), S("abcde"), 3L)),
            ListRepr(Call(F("combinations"), S("ab"), 3L)),
            ListRepr(Call(F("combinations_with_replacement"), S("abc"), 2L)),
            ListRepr(Call(F("combinations_with_replacement"), S(""), 0L)),
        }) + "\n";
        var expected = PythonOracle.Run("""
            import itertools as it
            print(list(it.product('ab', repeat=2)))
            print(list(it.product([1, 2], 'xy', [])))
            print(list(it.permutations('abcd', 2)))
            print(list(it.permutations([1, 2, 3])))
            print(list(it.combinations('abcde', 3)))
            print(list(it.combinations('ab', 3)))
            print(list(it.combinations_with_replacement('abc', 2)))
            print(list(it.combinations_with_replacement('', 0)))
            """);
        Assert.Equal(expected, ours);
    }

    [Fact]
    public void InfiniteIteratorsShowTheirStateInRepr()
    {
        var count = Call(F("count"), 5L, 3L);
        Assert.Equal("[5, 8, 11]", Take(count, 3));
        Assert.Equal("count(14, 3)", Repr(count));
        Assert.Equal("count(0)", Repr(Call(F("count"))));
        Assert.Equal("count(1.5, 0.5)", Repr(Call(F("count"), 1.5, 0.5)));
        Assert.Equal("repeat('x', 2)", Repr(Call(F("repeat"), S("x"), 2L)));
        Assert.Equal("repeat(None)", Repr(Call(F("repeat"), (object?)null)));
        Assert.Equal("['a', 'b', 'a', 'b', 'a']", Take(Call(F("cycle"), S("ab")), 5));
        Assert.Equal("[9223372036854775807, 9223372036854775808]", Take(Call(F("count"), long.MaxValue), 2));
    }

    [Fact]
    public void GroupbyInvalidatesEarlierGroups()
    {
        var groups = global::PyNet.Runtime.Builtins.ToArray(Call(F("groupby"), S("aabbbc")));
        Assert.Equal(3, groups.Length);
        Assert.Equal("[]", ListRepr(((PyTuple)groups[0]!)[1]));
        Assert.Equal("[]", ListRepr(((PyTuple)groups[2]!)[1]));
        var byKey = global::PyNet.Runtime.Builtins.ToArray(CallKw(F("groupby"), new object?[] { Ints(1, 3, 2, 4, 5) }, ("key", B("abs"))));
        Assert.Equal(5, byKey.Length);
    }

    [Fact]
    public void TeeCopiesShareOneSource()
    {
        var pair = (PyTuple)Call(F("tee"), Call(B("iter"), Ints(1, 2, 3)))!;
        Assert.Equal(1L, Call(B("next"), pair[0]));
        Assert.Equal("[1, 2, 3]", ListRepr(pair[1]));
        Assert.Equal("[2, 3]", ListRepr(pair[0]));
        Assert.Equal("()", Repr(Call(F("tee"), L(), 0L)));
        Assert.Equal("n must be >= 0", Raises("ValueError", () => Call(F("tee"), L(), -1L)));
    }

    [Fact]
    public void ArgumentErrorsUseCPythonWording()
    {
        Assert.Equal("Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.", Raises("ValueError", () => Call(F("islice"), L(), -1L)));
        Assert.Equal("Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.", Raises("ValueError", () => Call(F("islice"), L(), -2L, 3L)));
        Assert.Equal("Step for islice() must be a positive integer or None.", Raises("ValueError", () => Call(F("islice"), L(), 0L, 3L, 0L)));
        Assert.Equal("islice expected at least 2 arguments, got 1", Raises("TypeError", () => Call(F("islice"), L())));
        Assert.Equal("combinations() missing required argument 'r' (pos 2)", Raises("TypeError", () => Call(F("combinations"), L())));
        Assert.Equal("r must be non-negative", Raises("ValueError", () => Call(F("permutations"), L(), -1L)));
        Assert.Equal("a number is required", Raises("TypeError", () => Call(F("count"), S("a"))));
        Assert.Equal("chain() takes no keyword arguments", Raises("TypeError", () => CallKw(F("chain"), new object?[0], ("x", 1L))));
        Assert.Equal("zip_longest() got an unexpected keyword argument 'fill'", Raises("TypeError", () => CallKw(F("zip_longest"), new object?[0], ("fill", 1L))));
    }

    [Fact]
    public void FilteringAndCombiningIteratorsMatchCPython()
    {
        var ours = string.Join("\n", new[]
        {
            ListRepr(Call(F("accumulate"), Ints(1, 2, 3, 4))),
            ListRepr(CallKw(F("accumulate"), new object?[] { Ints(1, 2) }, ("initial", 100L))),
            ListRepr(Call(F("chain"), S("ab"), Ints(1))),
            ListRepr(Call(PyProtocol.GetAttr(F("chain"), PyStr.Intern("from_iterable")), L(S("xy"), S("z")))),
            ListRepr(Call(F("compress"), S("abcdef"), Ints(1, 0, 1, 0, 1, 1))),
            ListRepr(Call(F("filterfalse"), null, L(0L, 1L, S(""), 2L))),
            ListRepr(Call(F("islice"), S("abcdefg"), 2L, null, 2L)),
            ListRepr(Call(F("pairwise"), S("abcd"))),
            ListRepr(Call(F("starmap"), B("pow"), L(T(2L, 3L), T(3L, 2L)))),
            ListRepr(CallKw(F("zip_longest"), new object?[] { S("ab"), S("xyz") }, ("fillvalue", S("-")))),
        }) + "\n";
        var expected = PythonOracle.Run("""
            import itertools as it
            print(list(it.accumulate([1, 2, 3, 4])))
            print(list(it.accumulate([1, 2], initial=100)))
            print(list(it.chain('ab', [1])))
            print(list(it.chain.from_iterable(['xy', 'z'])))
            print(list(it.compress('abcdef', [1, 0, 1, 0, 1, 1])))
            print(list(it.filterfalse(None, [0, 1, '', 2])))
            print(list(it.islice('abcdefg', 2, None, 2)))
            print(list(it.pairwise('abcd')))
            print(list(it.starmap(pow, [(2, 3), (3, 2)])))
            print(list(it.zip_longest('ab', 'xyz', fillvalue='-')))
            """);
        Assert.Equal(expected, ours);
        Assert.Equal(string.Empty, string.Concat(Enumerable.Empty<string>()));
    }
}
