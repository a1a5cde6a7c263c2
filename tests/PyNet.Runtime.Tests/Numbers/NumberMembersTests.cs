using System.Numerics;
using PyNet.Runtime.Tests.Text;

namespace PyNet.Runtime.Tests.Numbers;

using static PyNet.Runtime.Tests.Text.Py;

public class NumberMembersTests
{
    [Theory]
    [InlineData(2.675, 2, "2.67")]
    [InlineData(0.125, 2, "0.12")]
    [InlineData(0.375, 2, "0.38")]
    [InlineData(1.5, 0, "2.0")]
    [InlineData(2.5, 0, "2.0")]
    [InlineData(-0.4, 0, "-0.0")]
    [InlineData(1234.5678, -2, "1200.0")]
    [InlineData(1e300, -300, "1e+300")]
    public void RoundWithDigitsIsCorrectlyRoundedOnTheExactValue(double x, int n, string expected) =>
        Assert.Equal(expected, Repr(Builtin("round", x, PyInt.Box(n))));

    [Fact]
    public void RoundWithoutDigitsRoundsHalfToEvenToAnInt()
    {
        Assert.Equal(PyInt.Box(2), Builtin("round", 2.5));
        Assert.Equal(PyInt.Box(-2), Builtin("round", -1.5));
        Assert.Equal("OverflowError: cannot convert float infinity to integer", Raises(() => Builtin("round", double.PositiveInfinity)));
    }

    [Fact]
    public void IntRoundWithNegativeDigitsRoundsHalfToEven()
    {
        Assert.Equal(PyInt.Box(20), Call(PyInt.Box(25), "__round__", PyInt.Box(-1)));
        Assert.Equal(PyInt.Box(-10), Call(PyInt.Box(-7), "__round__", PyInt.Box(-1)));
    }

    [Fact]
    public void ToBytesAndFromBytesHonourOrderAndSign()
    {
        Assert.Equal("b'\\xff\\xfe'", Repr(CallKw(PyInt.Box(-2), "to_bytes", new object?[] { PyInt.Box(2), S("big") }, ("signed", true))));
        Assert.Equal("OverflowError: int too big to convert", Raises(() => Call(PyInt.Box(256), "to_bytes", PyInt.Box(1), S("little"))));
        Assert.Equal("OverflowError: can't convert negative int to unsigned", Raises(() => Call(PyInt.Box(-1), "to_bytes", PyInt.Box(1))));
        Assert.Equal(PyInt.Box(-2), CallKw(PyType.IntType, "from_bytes", new object?[] { new PyBytes(new byte[] { 0xFE, 0xFF }), S("little") }, ("signed", true)));
    }

    [Fact]
    public void IntParsingFollowsLiteralRules()
    {
        Assert.Equal(PyInt.Box(31), Builtin("int", S("0x_1f"), PyInt.Box(0)));
        Assert.Equal(PyInt.Box(123), Builtin("int", S("١٢٣")));
        Assert.Equal("ValueError: invalid literal for int() with base 0: '010'", Raises(() => Builtin("int", S("010"), PyInt.Box(0))));
        Assert.Equal("ValueError: int() base must be >= 2 and <= 36, or 0", Raises(() => Builtin("int", S("1"), PyInt.Box(37))));
        Assert.StartsWith("ValueError: Exceeds the limit (4300 digits)", Raises(() => Builtin("int", S(new string('1', 4301)))));
        Assert.StartsWith("ValueError: Exceeds the limit (4300 digits)", Raises(() => Builtin("repr", BigInteger.Pow(10, 4300))));
    }

    [Fact]
    public void BitOperationsCountMagnitudeBits()
    {
        Assert.Equal(PyInt.Box(3), Call(PyInt.Box(-5), "bit_length"));
        Assert.Equal(PyInt.Box(2), Call(PyInt.Box(-5), "bit_count"));
    }

    [Fact]
    public void BigIntToFloatRoundsToNearestEven() =>
        Assert.Equal("1.2342883706023235e+37", Repr(PyInt.ToDouble(BigInteger.Parse("12342883706023234669215567811713128340"))));

    [Fact]
    public void FloatHexRoundTripsAndFromHexRoundsCorrectly()
    {
        Assert.Equal("'0x1.8000000000000p+0'", Repr(Call(1.5, "hex")));
        Assert.Equal("'0x0.0000000000001p-1022'", Repr(Call(5e-324, "hex")));
        Assert.Equal("1.0", Repr(Call(PyType.FloatType, "fromhex", S("0x1.00000000000008p0"))));
        Assert.Equal("1.0000000000000004", Repr(Call(PyType.FloatType, "fromhex", S("0x1.00000000000018p0"))));
        Assert.Equal("OverflowError: hexadecimal value too large to represent as a float", Raises(() => Call(PyType.FloatType, "fromhex", S("0x1p1024"))));
    }

    [Fact]
    public void FloatAsIntegerRatioIsExact()
    {
        Assert.Equal("(3602879701896397, 36028797018963968)", Repr(Call(0.1, "as_integer_ratio")));
        Assert.Equal("OverflowError: cannot convert Infinity to integer ratio", Raises(() => Call(double.PositiveInfinity, "as_integer_ratio")));
    }

    [Fact]
    public void FloatParsingAcceptsPythonSyntaxOnly()
    {
        Assert.Equal(-0.0015, Builtin("float", S("  -1.5e-3  ")));
        Assert.Equal(1000.5, Builtin("float", S("1_000.5")));
        Assert.Equal("ValueError: could not convert string to float: '1__0'", Raises(() => Builtin("float", S("1__0"))));
    }

    [Fact]
    public void ComplexParsesReprsAndHashesAsCPython()
    {
        Assert.Equal("(1-2j)", Repr(Builtin("complex", S(" (1-2j) "))));
        Assert.Equal("-1j", Repr(Builtin("complex", S("-j"))));
        Assert.Equal("(1-0j)", Repr(Builtin("complex", 1.0, -0.0)));
        Assert.Equal("(-2+2j)", Repr(Builtin("complex", PyInt.Box(1), new Complex(2, 3))));
        Assert.Equal("ValueError: complex() arg is a malformed string", Raises(() => Builtin("complex", S("1+2"))));
        Assert.Equal(PyInt.Box(1000004), Builtin("hash", new Complex(1, 1)));
    }

    [Fact]
    public void ComplexPowerUsesRepeatedMultiplicationForSmallIntegerExponents()
    {
        Assert.Equal("(-7-24j)", Repr(PyProtocol.BinaryOp(new Complex(1, 2), PyInt.Box(4), BinaryOperator.Pow)));
        Assert.Equal("ZeroDivisionError: 0.0 to a negative or complex power", Raises(() => PyProtocol.BinaryOp(new Complex(0, 0), PyInt.Box(-1), BinaryOperator.Pow)));
    }

    [Fact]
    public void IntModuloByZeroUsesTheModuloMessage()
    {
        Assert.Equal("ZeroDivisionError: integer modulo by zero", Raises(() => PyProtocol.BinaryOp(PyInt.Box(1), PyInt.Box(0), BinaryOperator.Mod)));
        Assert.Equal("ZeroDivisionError: integer division or modulo by zero", Raises(() => PyProtocol.BinaryOp(PyInt.Box(1), PyInt.Box(0), BinaryOperator.FloorDiv)));
        Assert.Equal(true, PyProtocol.BinaryOp(true, false, BinaryOperator.BitOr));
    }
}
