using System.Globalization;
using System.Linq;
using System.Numerics;
using Xunit;
using static PyNet.Runtime.Tests.Py;

namespace PyNet.Runtime.Tests.Native;

/// <summary>The Mersenne Twister of _random against CPython's, seed for seed.</summary>
public class RandomModuleTests
{
    private static readonly PyModule s_random = RandomModule.Create();

    private static object? NewRandom(object? seed) => Call(s_random.Dict[PyStr.Intern("Random")], seed);

    [Theory]
    [InlineData("42")]
    [InlineData("0")]
    [InlineData("-7")]
    [InlineData("123456789012345678901234567890")]
    public void SequenceMatchesCPythonForIntSeeds(string seed)
    {
        var r = NewRandom(PyInt.Normalize(BigInteger.Parse(seed, CultureInfo.InvariantCulture)));
        var ours = string.Join(" ", Enumerable.Range(0, 5).Select(_ => Repr(M(r, "random"))))
            + " " + Repr(M(r, "getrandbits", 100L)) + " " + Repr(M(r, "getrandbits", 7L)) + "\n";
        var expected = PythonOracle.Run($"""
            import _random
            r = _random.Random({seed})
            print(' '.join(repr(r.random()) for _ in range(5)), r.getrandbits(100), r.getrandbits(7))
            """);
        Assert.Equal(expected, ours);
    }

    [Fact]
    public void StateRoundTripsAndHasCPythonsShape()
    {
        var r = NewRandom(5L);
        var state = (PyTuple)M(r, "getstate")!;
        Assert.Equal(625, state.Count);
        var first = (double)M(r, "random")!;
        M(r, "setstate", state);
        Assert.Equal(first, (double)M(r, "random")!);
        Assert.Equal("number of bits must be non-negative", Raises("ValueError", () => M(r, "getrandbits", -1L)));
        Assert.Equal(0.6229016948897019.ToString(CultureInfo.InvariantCulture), Repr(M(NewRandom(5L), "random")));
    }
}
