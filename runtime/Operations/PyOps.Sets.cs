using System;

namespace PyNet.Runtime;

public static partial class PyOps
{
    /// <summary>A set display <c>{a, b, c}</c>: items are added left to right, as CPython's BUILD_SET does.</summary>
    public static object BuildSet(object?[] items)
    {
        try
        {
            var s = new PySet();
            foreach (var item in items)
            {
                s.Add(item);
            }
            return s;
        }
        catch (Exception e)
        {
            return Fail(e);
        }
    }

    /// <summary>SET_ADD of set comprehensions: null on success, <see cref="Raised"/> with the error pending.</summary>
    public static object? SetAdd(PySet set, object? item)
    {
        try
        {
            set.Add(item);
            return null;
        }
        catch (Exception e)
        {
            return Fail(e);
        }
    }

    /// <summary><c>{*a, *b}</c>: adds every item of an iterable (SET_UPDATE).</summary>
    public static object? SetUpdate(PySet set, object? iterable)
    {
        try
        {
            set.UpdateFrom(iterable);
            return null;
        }
        catch (Exception e)
        {
            return Fail(e);
        }
    }
}
