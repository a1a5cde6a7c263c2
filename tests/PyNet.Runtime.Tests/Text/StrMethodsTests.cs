namespace PyNet.Runtime.Tests.Text;

using static Py;

public class StrMethodsTests
{
    [Fact]
    public void SearchIndexesCountCodePointsNotUtf16Units()
    {
        Assert.Equal(PyInt.Box(2), Call(S("😀😀a"), "find", S("a")));
        Assert.Equal(PyInt.Box(1), Call(S("😀a😀a"), "find", S("a"), PyInt.Box(0), PyInt.Box(2)));
        Assert.Equal(PyInt.Box(3), Call(S("😀a😀a"), "rfind", S("a")));
        Assert.Equal(true, Call(S("x😀y"), "startswith", S("y"), PyInt.Box(2)));
    }

    [Fact]
    public void FindWithStartBeyondTheEndFailsEvenForEmptyNeedle()
    {
        Assert.Equal(PyInt.Box(3), Call(S("abc"), "find", S(""), PyInt.Box(3)));
        Assert.Equal(PyInt.Box(-1), Call(S("abc"), "find", S(""), PyInt.Box(4)));
        Assert.Equal("ValueError: substring not found", Raises(() => Call(S("abc"), "index", S("d"))));
    }

    [Fact]
    public void WhitespaceSplitKeepsTheUnsplitRemainderAsIs()
    {
        Assert.Equal("['a', 'b  c ']", Repr(Call(S("a b  c "), "split", null, PyInt.Box(1))));
        Assert.Equal("[' a b', 'c']", Repr(Call(S(" a b c "), "rsplit", null, PyInt.Box(1))));
    }

    [Fact]
    public void ReplaceWithEmptyPatternInsertsBetweenCodePoints()
    {
        Assert.Equal("'-😀-b-'", Repr(Call(S("😀b"), "replace", S(""), S("-"))));
        Assert.Equal("'bba'", Repr(Call(S("aaa"), "replace", S("a"), S("b"), PyInt.Box(2))));
    }

    [Fact]
    public void CaseMappingsUseFullMappingsAndFinalSigma()
    {
        Assert.Equal("'SS'", Repr(Call(S("ß"), "upper")));
        Assert.Equal("'οδος'", Repr(Call(S("ΟΔΟΣ"), "lower")));
        Assert.Equal("'ǅemal'", Repr(Call(S("ǆemal"), "title")));
        Assert.Equal("'ss'", Repr(Call(S("ß"), "casefold")));
        Assert.Equal("\"They'Re\"", Repr(Call(S("they're"), "title")));
    }

    [Fact]
    public void CenterPutsTheExtraFillOnTheRightForOddMargins()
    {
        Assert.Equal("' a  '", Repr(Call(S("a"), "center", PyInt.Box(4))));
        Assert.Equal("'  ab '", Repr(Call(S("ab"), "center", PyInt.Box(5))));
        Assert.Equal("TypeError: The fill character must be exactly one character long", Raises(() => Call(S("a"), "center", PyInt.Box(5), S("ab"))));
    }

    [Fact]
    public void SplitlinesKnowsUnicodeLineBoundaries() =>
        Assert.Equal("['a', 'b', 'c', 'd', 'e']", Repr(Call(S("a\r\nb\rc\vd\u0085e"), "splitlines")));

    [Fact]
    public void TranslateMapsDeletesAndExpands()
    {
        var table = new PyDict { [PyInt.Box('a')] = S("xy"), [PyInt.Box('b')] = null, [PyInt.Box('c')] = PyInt.Box('C') };
        Assert.Equal("'xyCxy'", Repr(Call(S("abca"), "translate", table)));
    }

    [Fact]
    public void ClassificationFollowsPythonsUnicodeRules()
    {
        Assert.Equal(true, Call(S("\x1c"), "isspace"));
        Assert.Equal(true, Call(S("²"), "isdigit"));
        Assert.Equal(false, Call(S("²"), "isdecimal"));
        Assert.Equal(true, Call(S("½"), "isnumeric"));
        Assert.Equal(false, Call(S(""), "isalpha"));
    }

    [Fact]
    public void ArgumentErrorsUseCPythonsWording()
    {
        Assert.Equal("TypeError: must be str, not int", Raises(() => Call(S("a"), "count", PyInt.Box(1))));
        Assert.Equal("TypeError: startswith first arg must be str or a tuple of str, not int", Raises(() => Call(S("a"), "startswith", PyInt.Box(1))));
        Assert.Equal("TypeError: sequence item 0: expected str instance, int found", Raises(() => Call(S(","), "join", PyList.FromArray(new object?[] { PyInt.Box(1) }))));
        Assert.Equal("TypeError: 'foo' is an invalid keyword argument for split()", Raises(() => CallKw(S("a"), "split", System.Array.Empty<object?>(), ("foo", PyInt.Box(1)))));
        Assert.Equal("TypeError: find() takes at least 1 argument (0 given)", Raises(() => Call(S("a"), "find")));
    }

    [Fact]
    public void StrConstructorDecodesBytesWhenGivenAnEncoding()
    {
        Assert.Equal("'é'", Repr(Builtin("str", new PyBytes(new byte[] { 0xC3, 0xA9 }), S("utf-8"))));
        Assert.Equal("TypeError: decoding str is not supported", Raises(() => Builtin("str", S("a"), S("utf-8"))));
        Assert.Equal("\"b'ab'\"", Repr(Builtin("str", new PyBytes(new byte[] { 97, 98 }))));
    }
}
