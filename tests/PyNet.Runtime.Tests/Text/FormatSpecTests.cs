namespace PyNet.Runtime.Tests.Text;

using static Py;

public class FormatSpecTests
{
    [Theory]
    [InlineData(0.125, ".2f", "0.12")]
    [InlineData(0.375, ".2f", "0.38")]
    [InlineData(2.675, ".2f", "2.67")]
    [InlineData(2.5, ".0f", "2")]
    [InlineData(3.5, ".0f", "4")]
    [InlineData(1.0, "#.0f", "1.")]
    [InlineData(5e-324, ".3e", "4.941e-324")]
    [InlineData(1e16, "", "1e+16")]
    [InlineData(1e16, ".17", "1e+16")]
    [InlineData(123.0, ".2", "1.2e+02")]
    [InlineData(1.0, ".3", "1.0")]
    [InlineData(100.0, "#.3g", "100.")]
    [InlineData(-0.0, "z.1f", "0.0")]
    [InlineData(1.5, "%", "150.000000%")]
    [InlineData(1234.5, ",.2f", "1,234.50")]
    [InlineData(1e6, "015,g", "000,000,001e+06")]
    public void FloatSpecsMatchCPython(double value, string spec, string expected) => Assert.Equal(expected, Format(value, spec));

    [Fact]
    public void FixedFormatOfLargeFloatShowsAllExactDigits() =>
        Assert.StartsWith("1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160.0", Format(1e300, "f"));

    [Theory]
    [InlineData(1234L, "09,", "0,001,234")]
    [InlineData(1234L, "08,", "0,001,234")]
    [InlineData(-1234L, "010,", "-0,001,234")]
    [InlineData(12345678L, "#011_x", "0x00bc_614e")]
    [InlineData(255L, "c", "ÿ")]
    [InlineData(-12L, "#X", "-0XC")]
    [InlineData(1L, "}^5", "}}1}}")]
    public void IntSpecsGroupPadAndPrefixAsCPython(long value, string spec, string expected) =>
        Assert.Equal(expected, Format(PyInt.Box(value), spec));

    [Fact]
    public void EmojiFillCountsAsOneCodePoint() => Assert.Equal("😀😀1.5😀😀", Format(1.5, "😀^7"));

    [Fact]
    public void StrPrecisionTruncatesByCodePoint() => Assert.Equal("😀a", Format(S("😀ab"), ".2"));

    [Theory]
    [InlineData("x,", "ValueError: Invalid format specifier 'x,' for object of type 'int'")]
    [InlineData(",x", "ValueError: Cannot specify ',' with 'x'.")]
    [InlineData(".2d", "ValueError: Precision not allowed in integer format specifier")]
    [InlineData("+c", "ValueError: Sign not allowed with integer format specifier 'c'")]
    [InlineData(",_", "ValueError: Cannot specify both ',' and '_'.")]
    [InlineData(".", "ValueError: Format specifier missing precision")]
    [InlineData("z", "ValueError: Negative zero coercion (z) not allowed in integer format specifier")]
    public void BadIntSpecsRaiseCPythonsMessages(string spec, string expected) =>
        Assert.Equal(expected, Raises(() => Format(PyInt.Box(1), spec)));

    [Fact]
    public void StringSpecsRejectNumericOptions()
    {
        Assert.Equal("ValueError: Sign not allowed in string format specifier", Raises(() => Format(S("a"), "+")));
        Assert.Equal("ValueError: Cannot specify ',' with 's'.", Raises(() => Format(S("a"), ",")));
        Assert.Equal("ValueError: Unknown format code 'x' for object of type 'float'", Raises(() => Format(1.5, "x")));
    }

    [Fact]
    public void BoolWithEmptySpecIsItsNameButFormatsAsIntOtherwise()
    {
        Assert.Equal("True", Format(true, ""));
        Assert.Equal("  1  ", Format(true, "^5"));
    }

    [Fact]
    public void ComplexFormatsEachPart()
    {
        Assert.Equal("1.00+2.00j", Format(new System.Numerics.Complex(1, 2), ".2f"));
        Assert.Equal("(1.+2.j)", Format(new System.Numerics.Complex(1, 2), "#"));
        Assert.Equal("ValueError: Zero padding is not allowed in complex format specifier", Raises(() => Format(new System.Numerics.Complex(1, 2), "010")));
    }
}
