namespace PyNet.Runtime.Tests.Text;

using static Py;

/// <summary>Strs whose surrogate units are separate code points ('\ud83d\ude00' is two code points, not U+1F600).</summary>
public class LoneSurrogateTests
{
    private static readonly PyStr s_pair = PyStr.FromSurrogateUnits("\ud83d\ude00");
    private static readonly PyStr s_astral = S("\ud83d\ude00");

    [Fact]
    public void TheMarkIsKeptOnlyWhenAHighSurrogatePrecedesALowOne()
    {
        Assert.True(s_pair.SurrogatesAreCodePoints);
        Assert.False(PyStr.FromSurrogateUnits("\udc00\ud800").SurrogatesAreCodePoints);
        Assert.False(PyStr.FromSurrogateUnits("abc").SurrogatesAreCodePoints);
        Assert.Equal(2, s_pair.Length);
        Assert.Equal(1, s_astral.Length);
        Assert.Equal(2, PyStr.FromSurrogateUnits("\udc00\ud800").Length);
    }

    [Fact]
    public void TwoLoneSurrogatesDifferFromTheAstralCharacterWithTheSameUnits()
    {
        Assert.False(s_pair.Equals(s_astral));
        Assert.NotEqual(s_pair.Hash, s_astral.Hash);
        Assert.True(s_pair.CompareTo(s_astral) < 0);
        Assert.True(s_astral.CompareTo(S("\uffff")) > 0);
        Assert.True(S("\ud800").CompareTo(S("\ue000")) < 0);
        Assert.Equal("'\\ud83d\\ude00'", PyStr.Repr(s_pair));
        Assert.Equal("'😀'", PyStr.Repr(s_astral));
    }

    [Fact]
    public void ConcatenatingALoneHighAndALoneLowSurrogateKeepsTwoCodePoints()
    {
        var joined = PyStr.Concat(S("a\ud83d"), S("\ude00b"));
        Assert.True(joined.SurrogatesAreCodePoints);
        Assert.Equal(4, joined.Length);
        Assert.False(PyStr.Concat(S("a"), s_astral).SurrogatesAreCodePoints);
        Assert.Equal("'\\ud83d'", Repr(Call(s_pair, "__getitem__", PyInt.Box(0))));
        Assert.Equal("'\\ud83d\\ude00'", Repr(Call(S(""), "join", new PyList(new object?[] { S("\ud83d"), S("\ude00") }, 2))));
        Assert.Equal("'\\ude00\\ud83d'", Repr(Call(s_pair, "__getitem__", new PySlice(null, null, PyInt.Box(-1)))));
    }

    [Fact]
    public void EncodingAndDecodingKeepLoneSurrogatesApart()
    {
        Assert.Equal("UnicodeEncodeError: 'utf-8' codec can't encode characters in position 0-1: surrogates not allowed", Raises(() => Call(s_pair, "encode")));
        var bytes = Call(s_pair, "encode", S("utf-8"), S("surrogatepass"));
        Assert.Equal("b'\\xed\\xa0\\xbd\\xed\\xb8\\x80'", Repr(bytes));
        var back = (PyStr)Call(bytes, "decode", S("utf-8"), S("surrogatepass"))!;
        Assert.True(back.Equals(s_pair));
        Assert.Equal(1, ((PyStr)Call(Call(s_astral, "encode"), "decode", S("utf-8"), S("surrogatepass"))!).Length);
    }
}
