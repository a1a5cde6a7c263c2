using System;
using System.Linq;
using System.Numerics;
using System.Reflection;
using PyNet.Interop;
using PyNet.Runtime;

namespace PyNet.EndToEnd.Tests.Interop;

/// <summary>The ranking behind .NET overload resolution, checked directly on the interop layer's types.</summary>
public class OverloadResolutionTests
{
    private static MethodBase[] MathMax => typeof(Math).GetMethods().Where(m => m.Name == "Max").ToArray<MethodBase>();

    private static Type BestFirstParameter(MethodBase[] methods, params Type?[] argTypes) =>
        Overloads.Resolve(methods, argTypes, Array.Empty<string>(), hasTarget: false, typeArguments: null)[0].Method.GetParameters()[0].ParameterType;

    [Fact]
    public void PythonIntPrefersInt32ThenInt64ThenDouble()
    {
        Assert.True(ClrConverter.Cost(typeof(long), typeof(int)) < ClrConverter.Cost(typeof(long), typeof(long)));
        Assert.True(ClrConverter.Cost(typeof(long), typeof(long)) < ClrConverter.Cost(typeof(long), typeof(double)));
        Assert.True(ClrConverter.Cost(typeof(long), typeof(double)) < ClrConverter.Cost(typeof(long), typeof(object)));
        Assert.Equal(ClrConverter.NoMatch, ClrConverter.Cost(typeof(long), typeof(string)));
    }

    [Fact]
    public void MathMaxPicksInt32ForIntsAndDoubleWhenAFloatIsPresent()
    {
        Assert.Equal(typeof(int), BestFirstParameter(MathMax, typeof(long), typeof(long)));
        Assert.Equal(typeof(double), BestFirstParameter(MathMax, typeof(double), typeof(long)));
    }

    [Fact]
    public void AnIntOutOfRangeFallsThroughToTheNextOverload()
    {
        var group = new ClrMethod("Max", typeof(Math), MathMax);
        Assert.Equal(1L << 40, group.Invoke(PyOps.Unbound, new object?[] { 1L << 40, 1L }, null));
        Assert.Equal(2L, group.Invoke(PyOps.Unbound, new object?[] { 1L, 2L }, null));
    }

    [Fact]
    public void NoMatchingOverloadRaisesTypeErrorListingTheOverloads()
    {
        var group = new ClrMethod("Max", typeof(Math), MathMax);
        var e = Assert.Throws<PyException>(() => group.Invoke(PyOps.Unbound, new object?[] { new PyStr("a"), 1L }, null));
        Assert.Same(PyExc.TypeError, e.Value.Type);
        Assert.Contains("static Int32 Max(Int32 val1, Int32 val2)", PyProtocol.Str(e.Value).Value);
    }

    [Fact]
    public void NoneMatchesReferenceTypesAndNullablesOnly()
    {
        Assert.NotEqual(ClrConverter.NoMatch, ClrConverter.Cost(null, typeof(string)));
        Assert.NotEqual(ClrConverter.NoMatch, ClrConverter.Cost(null, typeof(int?)));
        Assert.Equal(ClrConverter.NoMatch, ClrConverter.Cost(null, typeof(int)));
    }

    [Fact]
    public void ResultsBecomePythonValues()
    {
        Assert.Equal(5L, ClrConverter.FromClr(5));
        Assert.Equal("x", Assert.IsType<PyStr>(ClrConverter.FromClr("x")).Value);
        Assert.Equal("c", Assert.IsType<PyStr>(ClrConverter.FromObject('c')).Value);
        Assert.Equal(new BigInteger(ulong.MaxValue), ClrConverter.FromObject(ulong.MaxValue));
        Assert.IsType<PyBytes>(ClrConverter.FromObject(new byte[] { 1, 2 }));
    }
}
