using System;
using System.Collections.Generic;
using System.Numerics;
using PyNet.Runtime.Tests.Text;

namespace PyNet.Runtime.Tests.Numbers;

/// <summary>Generated int/float/complex operations, rounding, reprs and conversions compared with CPython.</summary>
public class NumbersDifferentialTests
{
    private static readonly (string Symbol, BinaryOperator Op)[] s_operators =
    {
        ("+", BinaryOperator.Add), ("-", BinaryOperator.Sub), ("*", BinaryOperator.Mult), ("/", BinaryOperator.Div),
        ("//", BinaryOperator.FloorDiv), ("%", BinaryOperator.Mod), ("**", BinaryOperator.Pow), ("<<", BinaryOperator.LShift),
        (">>", BinaryOperator.RShift), ("&", BinaryOperator.BitAnd), ("|", BinaryOperator.BitOr), ("^", BinaryOperator.BitXor),
    };

    private static PyVal RandomNumber(Random rng)
    {
        switch (rng.Next(7))
        {
            case 0:
            case 1:
                var i = NumberGen.Int(rng);
                return i is long l ? PyVal.Int(l) : PyVal.Int((BigInteger)i);
            case 2:
                return PyVal.Int(rng.Next(-10, 70));
            case 3:
                return PyVal.Bool(rng.Next(2) == 0);
            case 4:
                return PyVal.Complex(rng.Next(-5, 6) / 2.0, rng.Next(-5, 6) / 4.0);
            default:
                return PyVal.Float(NumberGen.Float(rng));
        }
    }

    [Fact]
    public void BinaryOperatorsMatchCPython()
    {
        var rng = new Random(2024);
        var cases = new List<DifferentialCase>();
        for (var i = 0; i < 5000; i++)
        {
            var (symbol, op) = s_operators[rng.Next(s_operators.Length)];
            var a = RandomNumber(rng);
            var b = RandomNumber(rng);
            if (op == BinaryOperator.Pow && !b.Source.Contains('f', StringComparison.Ordinal) && !b.Source.Contains('c', StringComparison.Ordinal))
            {
                // Keep int exponents small enough for quick exact powers.
                b = PyVal.Int(rng.Next(-3, 40));
            }
            if (op is BinaryOperator.LShift)
            {
                b = PyVal.Int(rng.Next(-1, 80));
            }
            cases.Add(PyVal.BinaryOp(a, symbol, op, b));
        }
        Differential.AssertAllMatch(cases);
    }

    [Fact]
    public void ComparisonsAndUnaryOperatorsMatchCPython()
    {
        var rng = new Random(2025);
        var cases = new List<DifferentialCase>();
        var ops = new[] { ("==", CompareOperator.Eq), ("!=", CompareOperator.NotEq), ("<", CompareOperator.Lt), ("<=", CompareOperator.LtE), (">", CompareOperator.Gt), (">=", CompareOperator.GtE) };
        for (var i = 0; i < 3000; i++)
        {
            var a = RandomNumber(rng);
            var b = rng.Next(4) == 0 ? a : RandomNumber(rng);
            switch (rng.Next(5))
            {
                case 0:
                    cases.Add(PyVal.Builtin("abs", a));
                    break;
                case 1:
                    cases.Add(new DifferentialCase($"-({a.Source})", () => PyProtocol.UnaryOp(a.Make(), UnaryOperator.Negate)));
                    break;
                case 2:
                    cases.Add(new DifferentialCase($"~({a.Source})", () => PyProtocol.UnaryOp(a.Make(), UnaryOperator.Invert)));
                    break;
                default:
                    var (symbol, op) = ops[rng.Next(ops.Length)];
                    cases.Add(new DifferentialCase($"({a.Source}) {symbol} ({b.Source})", () => PyProtocol.RichCompare(a.Make(), b.Make(), op)));
                    break;
            }
        }
        Differential.AssertAllMatch(cases);
    }

    [Fact]
    public void RoundReprAndConversionsMatchCPython()
    {
        var rng = new Random(99);
        var cases = new List<DifferentialCase>();
        for (var i = 0; i < 3000; i++)
        {
            var d = PyVal.Float(NumberGen.Float(rng));
            switch (rng.Next(8))
            {
                case 0:
                    cases.Add(PyVal.Builtin("round", d, PyVal.Int(rng.Next(-5, 20))));
                    break;
                case 1:
                    cases.Add(PyVal.Builtin("round", d));
                    break;
                case 2:
                    cases.Add(PyVal.Builtin("repr", d));
                    break;
                case 3:
                    cases.Add(PyVal.Method(d, "hex"));
                    break;
                case 4:
                    cases.Add(PyVal.Method(d, "as_integer_ratio"));
                    break;
                case 5:
                    var n = NumberGen.Int(rng);
                    cases.Add(PyVal.Builtin("round", n is long l ? PyVal.Int(l) : PyVal.Int((BigInteger)n), PyVal.Int(rng.Next(-12, 3))));
                    break;
                case 6:
                    cases.Add(PyVal.Method(PyVal.Type("float"), "fromhex", PyVal.Method(d, "hex").PythonExpression is var hex ? new PyVal(hex, () => PyCall.Call(PyProtocol.GetAttr(d.Make(), new PyStr("hex")))) : d));
                    break;
                default:
                    cases.Add(PyVal.Method(d, "__round__", PyVal.Int(rng.Next(-3, 5))));
                    break;
            }
        }
        foreach (var (x, n) in new[] { (2.675, 2), (0.125, 2), (0.375, 2), (2.5, 0), (1e300, -300), (1.5, 400), (1.7976931348623157e308, -308), (-0.4, 0), (5e-324, 323) })
        {
            cases.Add(PyVal.Builtin("round", PyVal.Float(x), PyVal.Int(n)));
        }
        foreach (var x in new[] { double.NaN, double.PositiveInfinity, -2.5, 0.5 })
        {
            cases.Add(PyVal.Builtin("round", PyVal.Float(x)));
            cases.Add(PyVal.Builtin("round", PyVal.Float(x), PyVal.Int(1)));
            cases.Add(PyVal.Method(PyVal.Float(x), "as_integer_ratio"));
            cases.Add(PyVal.Method(PyVal.Float(x), "is_integer"));
            cases.Add(PyVal.Method(PyVal.Float(x), "__trunc__"));
            cases.Add(PyVal.Method(PyVal.Float(x), "__floor__"));
            cases.Add(PyVal.Method(PyVal.Float(x), "__ceil__"));
        }
        foreach (var text in new[] { "0x1.8p1", "-0x1p-1074", "0x1p-1075", "0x1.00000000000008p0", "0x1.00000000000018p0", "inf", "-Infinity", "nan", "0x1p1024", "0x.8", "1", "0x", "  0X1P+3  ", "0x1.fffffffffffffp1023", "0x1.fffffffffffff8p1023", "0x1p-1080", "zz", "0x1p" })
        {
            cases.Add(PyVal.Method(PyVal.Type("float"), "fromhex", PyVal.Str(text)));
        }
        Differential.AssertAllMatch(cases);
    }

    [Fact]
    public void IntAndFloatConstructionMatchesCPython()
    {
        var cases = new List<DifferentialCase>();
        var texts = new[]
        {
            "0", "-0", " 12 ", "+7", "1_000", "1__0", "_1", "1_", "0x1f", "0X1F", "0o17", "0b101", "0b", "0x_1f", "010", "00", "0_0",
            "١٢٣", "12a", "", " ", "-", "z", "Z", "zz", "1e5", "1.5", "  -1.5e-3  ", "inf", "-Infinity", "nAn", "1_0.5", "1._5",
            ".5", "5.", ".", "1e", "1e+", "0x10", "１２",
        };
        foreach (var t in texts)
        {
            cases.Add(PyVal.Builtin("int", PyVal.Str(t)));
            cases.Add(PyVal.Builtin("float", PyVal.Str(t)));
            cases.Add(PyVal.Builtin("complex", PyVal.Str(t)));
            foreach (var b in new[] { 0, 2, 16, 36, 37, 1 })
            {
                cases.Add(PyVal.Builtin("int", PyVal.Str(t), PyVal.Int(b)));
            }
        }
        foreach (var t in new[] { "1+2j", "(1-2j)", " ( 3j ) ", "j", "-j", "+J", "1+j", "inf+nanj", "1e3-1e-3j", "1 + 2j", "(1+2j", "2j+1", "1+2", "1_0j" })
        {
            cases.Add(PyVal.Builtin("complex", PyVal.Str(t)));
        }
        cases.Add(PyVal.Builtin("int", PyVal.Float(3.99)));
        cases.Add(PyVal.Builtin("int", PyVal.Float(-1e20)));
        cases.Add(PyVal.Builtin("int", PyVal.Float(double.NaN)));
        cases.Add(PyVal.Builtin("int", PyVal.Bytes(new byte[] { 0x31, 0x32 })));
        cases.Add(PyVal.Builtin("int", PyVal.Bytes(new byte[] { 0x31, 0x78 })));
        cases.Add(PyVal.Builtin("int", PyVal.Int(5), PyVal.Int(10)));
        cases.Add(PyVal.Builtin("int", PyVal.None));
        cases.Add(PyVal.Builtin("float", PyVal.None));
        cases.Add(PyVal.Builtin("float", PyVal.Int(BigInteger.Pow(10, 400))));
        cases.Add(PyVal.Builtin("int", PyVal.Str(new string('7', 4301))));
        cases.Add(PyVal.Builtin("complex", PyVal.Int(1), PyVal.Complex(2, 3)));
        cases.Add(PyVal.Builtin("complex", PyVal.Complex(1, 2), PyVal.Complex(2, 3)));
        cases.Add(PyVal.Builtin("complex", PyVal.Float(1), PyVal.Float(-0.0)));
        cases.Add(PyVal.Builtin("complex", PyVal.Str("1"), PyVal.Int(1)));
        cases.Add(PyVal.Builtin("complex", PyVal.Int(1), PyVal.Str("1")));
        cases.Add(PyVal.Builtin("complex", PyVal.None));
        Differential.AssertAllMatch(cases);
    }

    [Fact]
    public void IntMethodsMatchCPython()
    {
        var rng = new Random(7);
        var cases = new List<DifferentialCase>();
        for (var i = 0; i < 1500; i++)
        {
            var n = NumberGen.Int(rng);
            var v = n is long l ? PyVal.Int(l) : PyVal.Int((BigInteger)n);
            switch (rng.Next(6))
            {
                case 0:
                    cases.Add(PyVal.Method(v, "bit_length"));
                    break;
                case 1:
                    cases.Add(PyVal.Method(v, "bit_count"));
                    break;
                case 2:
                    cases.Add(PyVal.MethodKw(v, "to_bytes", new[] { PyVal.Int(rng.Next(0, 20)), PyVal.Str(rng.Next(2) == 0 ? "big" : "little") }, ("signed", PyVal.Bool(rng.Next(2) == 0))));
                    break;
                case 3:
                    var data = new byte[rng.Next(0, 12)];
                    rng.NextBytes(data);
                    cases.Add(PyVal.MethodKw(PyVal.Type("int"), "from_bytes", new[] { PyVal.Bytes(data), PyVal.Str(rng.Next(2) == 0 ? "big" : "little") }, ("signed", PyVal.Bool(rng.Next(2) == 0))));
                    break;
                case 4:
                    cases.Add(PyVal.Method(v, "as_integer_ratio"));
                    break;
                default:
                    cases.Add(PyVal.Builtin("hash", v));
                    break;
            }
        }
        cases.Add(PyVal.Method(PyVal.Int(1), "to_bytes", PyVal.Int(1), PyVal.Str("middle")));
        cases.Add(PyVal.Method(PyVal.Int(1), "to_bytes", PyVal.Int(-1)));
        cases.Add(PyVal.Method(PyVal.Int(-1), "to_bytes", PyVal.Int(1)));
        cases.Add(PyVal.Method(PyVal.Int(1), "to_bytes"));
        cases.Add(PyVal.Method(PyVal.Int(1), "to_bytes", PyVal.Int(1), PyVal.Str("big"), PyVal.Int(1)));
        cases.Add(PyVal.MethodKw(PyVal.Int(1), "to_bytes", Array.Empty<PyVal>(), ("foo", PyVal.Int(1))));
        cases.Add(PyVal.Method(PyVal.Type("int"), "from_bytes"));
        cases.Add(PyVal.Method(PyVal.Type("int"), "from_bytes", PyVal.List(PyVal.Int(1), PyVal.Int(2))));
        cases.Add(PyVal.Method(PyVal.Type("int"), "from_bytes", PyVal.Str("ab")));
        cases.Add(PyVal.Method(PyVal.Bool(true), "as_integer_ratio"));
        cases.Add(PyVal.Method(PyVal.Int(-7), "__round__", PyVal.Int(-1)));
        cases.Add(PyVal.Method(PyVal.Int(15), "__round__", PyVal.Int(-1)));
        cases.Add(PyVal.Method(PyVal.Int(25), "__round__", PyVal.Int(-1)));
        foreach (var c in new[] { (1.0, 2.0), (0.0, -0.0), (-0.0, 0.0), (double.PositiveInfinity, -0.0), (1e16, 1e-5), (-1.5, 0.0) })
        {
            cases.Add(PyVal.Builtin("repr", PyVal.Complex(c.Item1, c.Item2)));
            cases.Add(PyVal.Builtin("hash", PyVal.Complex(c.Item1, c.Item2)));
            cases.Add(PyVal.Method(PyVal.Complex(c.Item1, c.Item2), "conjugate"));
            cases.Add(PyVal.Builtin("format", PyVal.Complex(c.Item1, c.Item2), PyVal.Str(".2f")));
            cases.Add(PyVal.Builtin("format", PyVal.Complex(c.Item1, c.Item2), PyVal.Str("^20")));
        }
        Differential.AssertAllMatch(cases);
    }
}
