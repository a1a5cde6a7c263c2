using System;
using System.Linq;
using Xunit;

namespace PyNet.Runtime.Tests.Objects;

/// <summary>
/// The hidden classes behind instance attributes (<see cref="InstanceLayout"/>): what Python code cannot see directly,
/// which layouts instances share and when their attributes move to a dict.
/// </summary>
public class InstanceLayoutTests
{
    private static PyType NewClass(string name) => new(PyType.TypeType, name, Array.Empty<PyType>(), new PyDict());

    private static void Set(object o, string name, object? value) => PyProtocol.SetAttr(o, PyStr.Intern(name), value);

    private static object? Get(object o, string name) => PyProtocol.GetAttr(o, PyStr.Intern(name));

    [Fact]
    public void InstancesThatAddTheSameNamesInTheSameOrderShareOneLayout()
    {
        var c = NewClass("C");
        var a = new PyInstance(c);
        var b = new PyInstance(c);
        var other = new PyInstance(c);
        Set(a, "x", 1L);
        Set(a, "y", 2L);
        Set(b, "x", 3L);
        Set(b, "y", 4L);
        Set(other, "y", 5L);
        Set(other, "x", 6L);
        Assert.Same(a.Layout, b.Layout);
        Assert.NotSame(a.Layout, other.Layout);
        Assert.Equal(new object?[] { 3L, 4L, 6L, 5L }, new[] { Get(b, "x"), Get(b, "y"), Get(other, "x"), Get(other, "y") });
        Assert.Null(a.DictOrNull);
    }

    [Fact]
    public void LaterInstancesAllocateTheirValuesOnceAtTheSizeTheClassReached()
    {
        var c = NewClass("C");
        var first = new PyInstance(c);
        var names = new[] { "a", "b", "c", "d", "e", "f", "g" };
        foreach (var name in names)
        {
            Set(first, name, name);
        }
        var second = new PyInstance(c);
        for (var i = 0; i <= PyInstance.InlineCount; i++)
        {
            Set(second, names[i], (long)i);
        }
        var values = second.OverflowValues;
        for (var i = PyInstance.InlineCount + 1; i < names.Length; i++)
        {
            Set(second, names[i], (long)i);
        }
        Assert.Same(values, second.OverflowValues);
        Assert.Equal(names.Length - PyInstance.InlineCount, values.Length);
        Assert.Equal(names.Select((_, i) => (object?)(long)i), names.Select(n => Get(second, n)));
    }

    [Fact]
    public void SmallInstancesKeepTheirValuesInline()
    {
        var c = NewClass("C");
        var a = new PyInstance(c);
        Set(a, "x", 1L);
        Set(a, "y", 2L);
        Set(a, "z", 3L);
        Set(a, "x", 4L);
        Assert.Empty(a.OverflowValues);
        Assert.Equal(new object?[] { 4L, 2L, 3L }, new[] { Get(a, "x"), Get(a, "y"), Get(a, "z") });
        Assert.Equal(3, a.GetOrCreateDict().Count);
        Assert.Equal(4L, Get(a, "x"));
    }

    [Fact]
    public void TheDictIsMaterialisedInOrderAndKeptForGood()
    {
        var c = NewClass("C");
        var a = new PyInstance(c);
        Set(a, "y", 1L);
        Set(a, "x", 2L);
        var dict = a.GetOrCreateDict();
        Assert.Null(a.Layout);
        Assert.Equal("{'y': 1, 'x': 2}", PyProtocol.Repr(dict));
        Set(a, "z", 3L);
        dict[PyStr.Intern("w")] = 4L;
        Assert.Same(dict, a.InstanceDict);
        Assert.Equal(3L, dict[PyStr.Intern("z")]);
        Assert.Equal(4L, Get(a, "w"));
    }

    [Fact]
    public void DeletingAnAttributeMovesTheInstanceToADictButAMissingNameDoesNot()
    {
        var c = NewClass("C");
        var a = new PyInstance(c);
        Set(a, "x", 1L);
        Assert.False(a.RemoveAttribute(PyStr.Intern("nothing")));
        Assert.NotNull(a.Layout);
        PyProtocol.DelAttr(a, PyStr.Intern("x"));
        Assert.Null(a.Layout);
        Assert.Equal(0, a.DictOrNull!.Count);
    }

    [Fact]
    public void PastTheAttributeLimitAnInstanceMovesToADict()
    {
        var c = NewClass("C");
        var a = new PyInstance(c);
        for (var i = 0; i < InstanceLayout.MaxAttributes; i++)
        {
            Set(a, "a" + i, (long)i);
        }
        Assert.NotNull(a.Layout);
        Set(a, "last", -1L);
        Assert.Null(a.Layout);
        Assert.Equal(InstanceLayout.MaxAttributes + 1, a.DictOrNull!.Count);
        Assert.Equal(29L, Get(a, "a29"));
    }

    [Fact]
    public void SitesFollowAnInstanceFromItsLayoutToItsDict()
    {
        var c = NewClass("C");
        var set = new SetAttrSite(PyStr.Intern("x"));
        var get = new GetAttrSite(PyStr.Intern("x"));
        var a = new PyInstance(c);
        Assert.Null(set.Set(a, 1L));
        Assert.Equal(1L, get.Get(a));
        Assert.Null(set.Set(a, 2L));
        Assert.Equal(2L, get.Get(a));
        var dict = a.GetOrCreateDict();
        Assert.Null(set.Set(a, 3L));
        Assert.Equal(3L, dict[PyStr.Intern("x")]);
        dict[PyStr.Intern("x")] = 4L;
        Assert.Equal(4L, get.Get(a));
    }
}
