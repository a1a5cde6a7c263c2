using System;

namespace PyNet.Runtime.Tests.Numbers;

/// <summary>
/// <c>x ** 0.5</c> in float trees (PyNum.PowHalf) must give exactly C's pow(x, 0.5), which CPython's float_pow calls:
/// random doubles over the whole exponent range, perfect squares, and the hard cases whose exact root lies next to a
/// rounding midpoint (where a correctly rounded square root and pow may disagree, so PowHalf must defer to pow).
/// </summary>
public class PowHalfTests
{
    private static void AssertSameAsPow(double x) =>
        Assert.Equal(BitConverter.DoubleToInt64Bits(Math.Pow(x, 0.5)), BitConverter.DoubleToInt64Bits(PyNum.PowHalf(x)));

    [Fact]
    public void RandomDoublesMatchPow()
    {
        var rng = new Random(12345);
        for (var i = 0; i < 1_000_000; i++)
        {
            var x = BitConverter.Int64BitsToDouble(rng.NextInt64(1, 0x7FF0000000000000));
            AssertSameAsPow(x);
        }
        for (var i = 0; i < 1_000_000; i++)
        {
            AssertSameAsPow(rng.NextDouble() * 1000);
        }
    }

    [Fact]
    public void NearMidpointRootsMatchPow()
    {
        var rng = new Random(777);
        for (var i = 0; i < 1_000_000; i++)
        {
            // m = s + ulp(s)/2 is a rounding midpoint; the doubles around m*m have roots within a hair of it.
            var s = 1 + rng.NextDouble();
            var scale = Math.ScaleB(1.0, rng.Next(-400, 400));
            var m2 = (s + Math.BitIncrement(s)) / 2;
            var x = s * Math.BitIncrement(s) * scale * scale;
            AssertSameAsPow(x);
            AssertSameAsPow(Math.BitIncrement(x));
            AssertSameAsPow(Math.BitDecrement(x));
            AssertSameAsPow(m2 * m2);
        }
    }

    [Fact]
    public void SpecialValuesMatchPow()
    {
        foreach (var x in new[]
        {
            double.Epsilon, 1e-320, 1e-300, 1e-270, Math.BitDecrement(1e-270), 0.25, 1, 2, 4, 9, 1e308, double.MaxValue,
            double.PositiveInfinity, 1.0 / 3, 2.0 / 3,
        })
        {
            AssertSameAsPow(x);
        }
        for (long k = 1; k < 100_000; k++)
        {
            AssertSameAsPow(k * (double)k);
            AssertSameAsPow(k);
        }
    }
}
