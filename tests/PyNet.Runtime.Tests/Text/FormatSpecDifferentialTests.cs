using System;
using System.Collections.Generic;
using System.Numerics;
using System.Text;

namespace PyNet.Runtime.Tests.Text;

/// <summary>Thousands of generated (value, spec) pairs for format(), compared with CPython.</summary>
public class FormatSpecDifferentialTests
{
    private static readonly string[] s_intTypes = { "", "b", "c", "d", "o", "x", "X", "n", "e", "E", "f", "F", "g", "G", "%", "s" };
    private static readonly string[] s_floatTypes = { "", "e", "E", "f", "F", "g", "G", "n", "%", "x", "d" };
    private static readonly string[] s_strTypes = { "", "s", "d" };

    [Fact]
    public void FormatOfIntsMatchesCPython()
    {
        var rng = new Random(1234);
        var cases = new List<DifferentialCase>();
        for (var i = 0; i < 2500; i++)
        {
            object value = NumberGen.Int(rng);
            var spec = RandomSpec(rng, s_intTypes);
            cases.Add(new DifferentialCase($"format({PyInt.Repr(value)}, {Differential.Str(spec)})", () => PyProtocol.Format(value, new PyStr(spec))));
        }
        foreach (var b in new object[] { true, false })
        {
            foreach (var spec in new[] { "", "d", "^5", "x", "#b", ".2f", "s", "05" })
            {
                cases.Add(new DifferentialCase($"format({PyInt.Repr(b)}, {Differential.Str(spec)})", () => PyProtocol.Format(b, new PyStr(spec))));
            }
        }
        Differential.AssertAllMatch(cases);
    }

    [Fact]
    public void FormatOfFloatsMatchesCPython()
    {
        var rng = new Random(5678);
        var cases = new List<DifferentialCase>();
        for (var i = 0; i < 4000; i++)
        {
            var value = NumberGen.Float(rng);
            var spec = RandomSpec(rng, s_floatTypes);
            cases.Add(new DifferentialCase($"format({Differential.Float(value)}, {Differential.Str(spec)})", () => PyProtocol.Format(value, new PyStr(spec))));
        }
        Differential.AssertAllMatch(cases);
    }

    [Fact]
    public void FormatOfStrsMatchesCPython()
    {
        var rng = new Random(91011);
        var values = new[] { "", "a", "abc", "héllo", "😀x😀", "tab\there", "0123456789abcdef" };
        var cases = new List<DifferentialCase>();
        for (var i = 0; i < 800; i++)
        {
            var value = values[rng.Next(values.Length)];
            var spec = RandomSpec(rng, s_strTypes);
            cases.Add(new DifferentialCase($"format({Differential.Str(value)}, {Differential.Str(spec)})", () => PyProtocol.Format(new PyStr(value), new PyStr(spec))));
        }
        Differential.AssertAllMatch(cases);
    }

    internal static string RandomSpec(Random rng, string[] types)
    {
        var sb = new StringBuilder();
        var r = rng.Next(10);
        if (r < 2)
        {
            sb.Append(new[] { "*", "0", "😀", "x", " " }[rng.Next(5)]).Append("<>^="[rng.Next(4)]);
        }
        else if (r < 4)
        {
            sb.Append("<>^="[rng.Next(4)]);
        }
        if (rng.Next(3) == 0)
        {
            sb.Append("+- "[rng.Next(3)]);
        }
        if (rng.Next(12) == 0)
        {
            sb.Append('z');
        }
        if (rng.Next(5) == 0)
        {
            sb.Append('#');
        }
        if (rng.Next(4) == 0)
        {
            sb.Append('0');
        }
        if (rng.Next(2) == 0)
        {
            sb.Append(rng.Next(25));
        }
        if (rng.Next(4) == 0)
        {
            sb.Append(",_"[rng.Next(2)]);
        }
        if (rng.Next(2) == 0)
        {
            sb.Append('.').Append(rng.Next(6) == 0 ? rng.Next(60) : rng.Next(12));
        }
        sb.Append(types[rng.Next(types.Length)]);
        return sb.ToString();
    }
}

/// <summary>Deterministic generators of interesting numbers.</summary>
internal static class NumberGen
{
    private static readonly double[] s_specialFloats =
    {
        0.0, -0.0, 1.0, -1.0, 0.5, 1.5, 2.5, -2.5, 0.125, 0.375, 2.675, 1.005, 0.1, 0.2, 0.3, 1e16, 1e17, 1e15, 123456789.0,
        1e-4, 1e-5, 9.5, 99.5, 0.05, 0.15, 0.25, 0.35, 1e22, 1e23, 1.7976931348623157e308, 5e-324, 2.2250738585072014e-308,
        double.PositiveInfinity, double.NegativeInfinity, double.NaN, 9.999999999999999e22, 0.999999, 9.9999995, 1234.5,
        -1234.5678, 1e100, 1e-100, 12345678901234567890.0, 4.35, 0.045, 1e300,
    };

    public static double Float(Random rng)
    {
        switch (rng.Next(6))
        {
            case 0:
                return s_specialFloats[rng.Next(s_specialFloats.Length)];
            case 1:
                // A decimal with few digits: exercises ties and near-ties when rounded.
                return (rng.Next(2) == 0 ? -1 : 1) * rng.Next(100000) / Math.Pow(10, rng.Next(7));
            case 2:
                return (rng.NextDouble() - 0.5) * Math.Pow(10, rng.Next(-10, 25));
            case 3:
                // An exact binary fraction: k / 2**n has ties at every precision it reaches.
                return (rng.Next(2) == 0 ? -1 : 1) * rng.Next(1 << 20) / Math.Pow(2, rng.Next(1, 16));
            case 4:
                return rng.Next(-1000000, 1000000);
            default:
                double d;
                do
                {
                    d = BitConverter.Int64BitsToDouble(rng.NextInt64());
                }
                while (double.IsNaN(d));
                return d;
        }
    }

    public static object Int(Random rng)
    {
        switch (rng.Next(6))
        {
            case 0:
                return PyInt.Box(rng.Next(-20, 300));
            case 1:
                return PyInt.Box(rng.NextInt64(long.MinValue, long.MaxValue));
            case 2:
                return PyInt.Box(rng.Next(int.MinValue, int.MaxValue));
            case 3:
                var big = new BigInteger(rng.NextInt64()) * new BigInteger(rng.NextInt64()) * (rng.Next(3) + 1);
                return PyInt.Normalize(big);
            case 4:
                return PyInt.Box(new[] { 0L, 1L, -1L, 0x10FFFF, 0x110000, 1000, 999, 1234567, long.MaxValue, long.MinValue }[rng.Next(10)]);
            default:
                return PyInt.Box(rng.Next(-100000, 100000));
        }
    }
}
