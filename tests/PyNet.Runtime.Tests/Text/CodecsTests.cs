namespace PyNet.Runtime.Tests.Text;

using static Py;

public class CodecsTests
{
    private static object? Decode(byte[] data, string encoding, string errors = "strict") =>
        Call(new PyBytes(data), "decode", S(encoding), S(errors));

    private static object? Encode(string text, string encoding, string errors = "strict") => Call(S(text), "encode", S(encoding), S(errors));

    [Fact]
    public void Utf8DecodeErrorsNameTheBadBytes()
    {
        Assert.Equal("UnicodeDecodeError: 'utf-8' codec can't decode byte 0xff in position 0: invalid start byte", Raises(() => Decode(new byte[] { 0xFF }, "utf-8")));
        Assert.Equal("UnicodeDecodeError: 'utf-8' codec can't decode bytes in position 0-1: unexpected end of data", Raises(() => Decode(new byte[] { 0xE2, 0x82 }, "utf-8")));
        Assert.Equal("UnicodeDecodeError: 'utf-8' codec can't decode byte 0xed in position 0: invalid continuation byte", Raises(() => Decode(new byte[] { 0xED, 0xA0, 0x80 }, "utf-8")));
    }

    [Fact]
    public void ErrorHandlersReplaceIgnoreOrEscape()
    {
        Assert.Equal("'a\ufffdb'", Repr(Decode(new byte[] { 0x61, 0xE2, 0x82, 0x62 }, "utf-8", "replace")));
        Assert.Equal("'a\\\\xffb'", Repr(Decode(new byte[] { 0x61, 0xFF, 0x62 }, "ascii", "backslashreplace")));
        Assert.Equal("'\\udcff'", Repr(Decode(new byte[] { 0xFF }, "utf-8", "surrogateescape")));
        Assert.Equal("b'\\xff'", Repr(Encode("\udcff", "utf-8", "surrogateescape")));
        Assert.Equal("b'&#233;'", Repr(Encode("é", "ascii", "xmlcharrefreplace")));
    }

    [Fact]
    public void EncodeErrorsReportRunsOfUnencodableCharacters()
    {
        Assert.Equal("UnicodeEncodeError: 'ascii' codec can't encode characters in position 1-2: ordinal not in range(128)", Raises(() => Encode("aéé", "ascii")));
        Assert.Equal("UnicodeEncodeError: 'utf-8' codec can't encode character '\\ud800' in position 0: surrogates not allowed", Raises(() => Encode("\ud800", "utf-8")));
    }

    [Fact]
    public void Utf16WritesABomAndDetectsIt()
    {
        Assert.Equal("b'\\xff\\xfea\\x00'", Repr(Encode("a", "utf-16")));
        Assert.Equal("'a'", Repr(Decode(new byte[] { 0xFE, 0xFF, 0x00, 0x61 }, "utf-16")));
        Assert.Equal("b'\\x00\\x00\\x00a'", Repr(Encode("a", "utf-32-be")));
    }

    [Fact]
    public void UnknownNamesRaiseLookupError()
    {
        Assert.Equal("LookupError: unknown encoding: nope", Raises(() => Encode("a", "nope")));
        Assert.Equal("LookupError: unknown error handler name 'nope'", Raises(() => Encode("é", "ascii", "nope")));
    }
}
