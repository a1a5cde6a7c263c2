using Xunit;
using static PyNet.Runtime.Tests.Py;

namespace PyNet.Runtime.Tests.Native;

/// <summary>deque and defaultdict of the _collections module.</summary>
public class CollectionsModuleTests
{
    private static readonly PyModule s_collections = CollectionsModule.Create();

    private static object? F(string name) => s_collections.Dict[PyStr.Intern(name)];

    [Fact]
    public void BoundedDequeDropsFromTheOtherEnd()
    {
        var d = CallKw(F("deque"), new object?[] { Ints(1, 2, 3) }, ("maxlen", 3L));
        M(d, "append", 4L);
        Assert.Equal("deque([2, 3, 4], maxlen=3)", Repr(d));
        M(d, "appendleft", 0L);
        Assert.Equal("deque([0, 2, 3], maxlen=3)", Repr(d));
        Assert.Equal("deque already at its maximum size", Raises("IndexError", () => M(d, "insert", 0L, 9L)));
    }

    [Fact]
    public void RotateAndIndexingMatchCPython()
    {
        var d = Call(F("deque"), Call(B("range"), 6L));
        M(d, "rotate", 2L);
        var afterRight = Repr(d);
        M(d, "rotate", -5L);
        var expected = PythonOracle.Run("""
            from collections import deque
            d = deque(range(6)); d.rotate(2); print(d); d.rotate(-5); print(d, d[0], d[-1])
            """);
        Assert.Equal(expected, $"{afterRight}\n{Repr(d)} {Repr(PyProtocol.GetItem(d, 0L))} {Repr(PyProtocol.GetItem(d, -1L))}\n");
        Assert.Equal("deque index out of range", Raises("IndexError", () => PyProtocol.GetItem(d, 6L)));
        Assert.Equal("pop from an empty deque", Raises("IndexError", () => M(Call(F("deque")), "pop")));
        Assert.Equal("deque.remove(x): x not in deque", Raises("ValueError", () => M(d, "remove", 99L)));
    }

    [Fact]
    public void MutationDuringIterationIsAnError()
    {
        var d = Call(F("deque"), Ints(1, 2));
        var it = PyProtocol.GetIterator(d);
        it.Next();
        M(d, "append", 3L);
        Assert.Equal("deque mutated during iteration", Raises("RuntimeError", () => it.Next()));
    }

    [Fact]
    public void DefaultDictFillsMissingKeysFromTheFactory()
    {
        var dd = Call(F("defaultdict"), B("list"));
        M(PyProtocol.GetItem(dd, S("a")), "append", 1L);
        Assert.Equal("defaultdict(<class 'list'>, {'a': [1]})", Repr(dd));
        Assert.True(PyProtocol.Contains(dd, S("a")));
        Assert.Equal("'x'", Raises("KeyError", () => PyProtocol.GetItem(Call(F("defaultdict")), S("x"))));
        Assert.Equal("first argument must be callable or None", Raises("TypeError", () => Call(F("defaultdict"), 1L)));
    }

    [Fact]
    public void CountElementsCountsIntoAMapping()
    {
        var counts = new PyDict();
        Call(F("_count_elements"), counts, S("abracadabra"));
        Assert.Equal("{'a': 5, 'b': 2, 'r': 2, 'c': 1, 'd': 1}", Repr(counts));
    }
}
