using System;
using System.Collections.Generic;
using System.Globalization;
using System.Numerics;
using PyNet.Runtime.Tests.Text;

namespace PyNet.Runtime.Tests.Numbers;

/// <summary>
/// Big-int +, -, *, // and % (PyInt.Limbs) compared with CPython on operands built limb by limb: full and empty
/// limbs, carries and borrows across every limb, operands that share their top limbs (differences that shrink),
/// products whose length is one limb short of the sum of the lengths, and results that fall back into 64 bits.
/// </summary>
public class BigIntArithmeticDifferentialTests
{
    private static readonly uint[] s_limbPatterns = { 0, 0xFFFFFFFF, 1, 0x80000000, 0x7FFFFFFF, 0xFFFFFFFE };

    private static BigInteger RandomMagnitude(Random rng, int limbs)
    {
        var value = BigInteger.Zero;
        for (var i = 0; i < limbs; i++)
        {
            var limb = rng.Next(3) == 0 ? s_limbPatterns[rng.Next(s_limbPatterns.Length)] : (uint)rng.NextInt64(0, 1L << 32);
            value = (value << 32) | limb;
        }
        return value;
    }

    private static BigInteger RandomBig(Random rng)
    {
        var value = rng.Next(6) switch
        {
            0 => (BigInteger.One << (32 * rng.Next(1, 6))) + rng.Next(-3, 4),
            1 => (BigInteger.One << rng.Next(60, 70)) + rng.Next(-3, 4),
            2 => rng.Next(-5, 5),
            _ => RandomMagnitude(rng, rng.Next(1, rng.Next(2) == 0 ? 6 : 70)),
        };
        return rng.Next(2) == 0 ? -value : value;
    }

    /// <summary>A second operand close to the first: equal top limbs, so a difference cancels most of them.</summary>
    private static BigInteger Near(Random rng, BigInteger a) => rng.Next(4) switch
    {
        0 => a,
        1 => -a,
        2 => a + RandomMagnitude(rng, rng.Next(0, 3)),
        _ => a - RandomMagnitude(rng, rng.Next(0, 3)),
    };

    private static PyVal Value(BigInteger v) =>
        new("(" + (v.Sign < 0 ? "-0x" : "0x") + BigInteger.Abs(v).ToString("x", CultureInfo.InvariantCulture) + ")", () => PyInt.Normalize(v));

    [Fact]
    public void BigIntOperatorsMatchCPython()
    {
        var rng = new Random(31);
        var operators = new[]
        {
            ("+", BinaryOperator.Add), ("-", BinaryOperator.Sub), ("*", BinaryOperator.Mult),
            ("//", BinaryOperator.FloorDiv), ("%", BinaryOperator.Mod),
        };
        var cases = new List<DifferentialCase>();
        for (var i = 0; i < 4000; i++)
        {
            var (symbol, op) = operators[rng.Next(operators.Length)];
            var a = RandomBig(rng);
            var b = rng.Next(3) == 0 ? Near(rng, a) : RandomBig(rng);
            if (rng.Next(4) == 0)
            {
                // One operand a machine int, as in 10 * q.
                b = rng.Next(-20, 20);
            }
            var (x, y) = rng.Next(2) == 0 ? (a, b) : (b, a);
            cases.Add(PyVal.BinaryOp(Value(x), symbol, op, Value(y)));
        }
        Differential.AssertAllMatch(cases);
    }

    [Fact]
    public void DivisionsWithShortQuotientsMatchCPython()
    {
        // The quotient read off the top limbs: exact multiples, one below and above them, quotients past 64 bits,
        // every sign combination.
        var rng = new Random(32);
        var cases = new List<DifferentialCase>();
        for (var i = 0; i < 1500; i++)
        {
            var divisor = RandomMagnitude(rng, rng.Next(2, 40)) | (BigInteger.One << (32 * rng.Next(2, 4)));
            var quotient = rng.Next(3) == 0 ? RandomMagnitude(rng, rng.Next(1, 4)) : rng.Next(0, 20);
            var dividend = divisor * quotient + rng.Next(6) switch
            {
                0 => 0,
                1 => -1,
                2 => divisor - 1,
                3 => RandomMagnitude(rng, rng.Next(1, 3)),
                _ => RandomMagnitude(rng, rng.Next(1, 45)) % divisor,
            };
            var x = rng.Next(2) == 0 ? dividend : -dividend;
            var y = rng.Next(2) == 0 ? divisor : -divisor;
            cases.Add(PyVal.BinaryOp(Value(x), "//", BinaryOperator.FloorDiv, Value(y)));
        }
        Differential.AssertAllMatch(cases);
    }
}
