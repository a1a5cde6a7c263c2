namespace PyNet.Runtime.Tests.Text;

using static Py;

public class PercentAndFormatMethodTests
{
    private static string Percent(string format, object? args) => ((PyStr)PyStrFormatting.Percent(S(format), args)).Value;

    [Fact]
    public void PercentTakesWidthAndPrecisionFromStars() =>
        Assert.Equal("    3|1.23", Percent("%*d|%.*f", PyTuple.Create(new object?[] { PyInt.Box(5), PyInt.Box(3), PyInt.Box(2), 1.2345 })));

    [Fact]
    public void PercentZeroPadsAfterSignAndPrefix()
    {
        Assert.Equal("-00003.142", Percent("%010.3f", -3.14159));
        Assert.Equal("0x000ff", Percent("%#.5x", PyInt.Box(255)));
        Assert.Equal("3    |", Percent("%-05d|", PyInt.Box(3)));
    }

    [Fact]
    public void PercentWithMappingLooksUpKeys()
    {
        var d = new PyDict { [S("a")] = PyInt.Box(1) };
        Assert.Equal("1%", Percent("%(a)s%%", d));
        Assert.Equal("KeyError: 'b'", Raises(() => Percent("%(b)s", d)));
    }

    [Fact]
    public void PercentReportsArgumentCountErrors()
    {
        Assert.Equal("TypeError: not enough arguments for format string", Raises(() => Percent("%s %s", PyTuple.Create(PyInt.Box(1)))));
        Assert.Equal("TypeError: not all arguments converted during string formatting", Raises(() => Percent("%s", PyTuple.Create(PyInt.Box(1), PyInt.Box(2)))));
        Assert.Equal("TypeError: %d format: a real number is required, not str", Raises(() => Percent("%d", S("a"))));
        Assert.Equal("ValueError: unsupported format character 'y' (0x79) at index 1", Raises(() => Percent("%y", PyInt.Box(1))));
    }

    [Fact]
    public void FormatMethodSupportsAttributesItemsConversionsAndNestedSpecs()
    {
        var r = Py.CallKw(S("{0.real} {1[1]} {n!r:>{w}}"), "format", new object?[] { PyInt.Box(3), PyList.FromArray(new object?[] { PyInt.Box(7), PyInt.Box(8) }) }, ("n", S("a")), ("w", PyInt.Box(5)));
        Assert.Equal("3 8   'a'", ((PyStr)r!).Value);
    }

    [Fact]
    public void FormatMethodRefusesToMixNumberingStyles()
    {
        Assert.Equal("ValueError: cannot switch from automatic field numbering to manual field specification", Raises(() => Call(S("{}{0}"), "format", PyInt.Box(1))));
        Assert.Equal("ValueError: Max string recursion exceeded", Raises(() => Call(S("{0:{1:{2}}}"), "format", PyInt.Box(1), PyInt.Box(2), PyInt.Box(3))));
        Assert.Equal("ValueError: Single '}' encountered in format string", Raises(() => Call(S("}"), "format")));
    }

    [Fact]
    public void FormatMapRejectsPositionalFields() =>
        Assert.Equal("ValueError: Format string contains positional fields", Raises(() => Call(S("{}"), "format_map", new PyDict())));
}
