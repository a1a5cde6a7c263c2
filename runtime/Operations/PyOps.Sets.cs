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

    /// <summary>
    /// The frozenset constant CPython's compiler makes for a display or <c>in</c> test of three or more constants:
    /// frozenset(items), rebuilt once more from its own iteration order (the constant-merging pass does that), so
    /// <c>{100, 5, 37}</c> prints as <c>{5, 100, 37}</c>. The display itself is then <see cref="SetUpdate"/> of this
    /// constant into a new empty set, which copies the table slot for slot.
    /// </summary>
    public static PySet ConstantFrozenSet(object?[] items)
    {
        var first = PySet.Create(PyType.FrozenSetType, PyTuple.Create((object?[])items.Clone()));
        return PySet.Create(PyType.FrozenSetType, PyTuple.Create(first.ToArray()));
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
