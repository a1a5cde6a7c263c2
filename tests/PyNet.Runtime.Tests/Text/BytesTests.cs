namespace PyNet.Runtime.Tests.Text;

using static Py;

public class BytesTests
{
    private static PyBytes B(string latin1) => new(System.Text.Encoding.Latin1.GetBytes(latin1));

    [Fact]
    public void ReprChoosesQuotesAndEscapesLikeCPython()
    {
        Assert.Equal("b\"x'-\"", Repr(B("x'-")));
        Assert.Equal("bytearray(b\"x\\'-\")", Repr(new PyByteArray(B("x'-").UnsafeArray)));
        Assert.Equal("b'\\x00\\t\\xff\\\\'", Repr(B("\0\t\xff\\")));
    }

    [Fact]
    public void IndexingGivesIntsAndSlicingKeepsTheType()
    {
        Assert.Equal(PyInt.Box(98), PyProtocol.GetItem(B("abc"), PyInt.Box(1)));
        Assert.Equal("bytearray(b'b')", Repr(PyProtocol.GetItem(new PyByteArray(B("abc").UnsafeArray), new PySlice(PyInt.Box(1), PyInt.Box(2), null))));
        Assert.Equal("IndexError: index out of range", Raises(() => PyProtocol.GetItem(B("a"), PyInt.Box(5))));
    }

    [Fact]
    public void BytesAndBytearrayCompareAndConcatenate()
    {
        Assert.Equal(true, PyProtocol.RichCompare(B("x"), new PyByteArray(B("x").UnsafeArray), CompareOperator.Eq));
        Assert.Equal(true, PyProtocol.RichCompare(B("a"), B("b"), CompareOperator.Lt));
        Assert.Equal("b'abab'", Repr(PyProtocol.BinaryOp(B("ab"), PyInt.Box(2), BinaryOperator.Mult)));
        Assert.Equal("TypeError: can't concat str to bytes", Raises(() => PyProtocol.BinaryOp(B("a"), S("b"), BinaryOperator.Add)));
    }

    [Fact]
    public void ByteArrayMutatesInPlace()
    {
        var b = new PyByteArray(B("abcd").UnsafeArray);
        Call(b, "append", PyInt.Box(101));
        Call(b, "__setitem__", new PySlice(PyInt.Box(0), PyInt.Box(2), null), B("XYZ"));
        Call(b, "__delitem__", PyInt.Box(-1));
        Assert.Equal(PyInt.Box(100), Call(b, "pop"));
        Assert.Equal("bytearray(b'XYZc')", Repr(b));
        Assert.Equal("ValueError: byte must be in range(0, 256)", Raises(() => Call(b, "append", PyInt.Box(256))));
        Assert.Equal("TypeError: unhashable type: 'bytearray'", Raises(() => PyProtocol.Hash(b)));
    }

    [Fact]
    public void HexAndFromHexRoundTrip()
    {
        Assert.Equal("'6162:6364:6566'", Repr(Call(B("abcdef"), "hex", S(":"), PyInt.Box(2))));
        Assert.Equal("b'ab'", Repr(Call(PyType.BytesType, "fromhex", S("61 62"))));
        Assert.Equal("ValueError: non-hexadecimal number found in fromhex() arg at position 1", Raises(() => Call(PyType.BytesType, "fromhex", S("6"))));
    }

    [Fact]
    public void PercentFormattingOfBytesTakesBytesArguments() =>
        Assert.Equal("b\"x=5 b'y'\"", Repr(PyProtocol.BinaryOp(B("%s=%d %r"), PyTuple.Create(new object?[] { B("x"), PyInt.Box(5), B("y") }), BinaryOperator.Mod)));
}
