using System;

namespace PyNet.Runtime;

public static partial class PyOps
{
    public static object BuildList(object?[] items) => new PyList(items, items.Length);

    public static object BuildTuple(object?[] items) => PyTuple.Create(items);

    /// <summary>A one-item tuple display, <c>(a,)</c>.</summary>
    public static object BuildTuple1(object? a) => PyTuple.Create(a);

    /// <summary>A pair display, <c>(a, b)</c>: one object, the items inline.</summary>
    public static object BuildTuple2(object? a, object? b) => PyTuple.Create(a, b);

    /// <summary>A triple display, <c>(a, b, c)</c>: one object, the items inline.</summary>
    public static object BuildTuple3(object? a, object? b, object? c) => PyTuple.Create(a, b, c);

    /// <summary>
    /// <c>(item,) + right</c>: one new tuple when <paramref name="right"/> is an exact tuple (the display's own tuple
    /// is never seen by anything); otherwise the display is built and added as usual.
    /// </summary>
    public static object? PrependToTuple(object? item, object? right)
    {
        if (right is PyTuple t && t.IsExact)
        {
            var result = PyTuple.CreateToFill(t.Count + 1);
            var items = result.WritableItems;
            items[0] = item;
            t.Items.CopyTo(items[1..]);
            return result;
        }
        return Add(PyTuple.Create(item), right);
    }

    /// <summary><c>left + (item,)</c>: one new tuple when <paramref name="left"/> is an exact tuple (see <see cref="PrependToTuple"/>).</summary>
    public static object? AppendToTuple(object? left, object? item)
    {
        if (left is PyTuple t && t.IsExact)
        {
            var result = PyTuple.CreateToFill(t.Count + 1);
            var items = result.WritableItems;
            t.Items.CopyTo(items);
            items[^1] = item;
            return result;
        }
        return Add(left, PyTuple.Create(item));
    }

    /// <summary>A dict display: keys and values alternate in <paramref name="keysAndValues"/>.</summary>
    public static object BuildDict(object?[] keysAndValues)
    {
        try
        {
            var d = new PyDict(keysAndValues.Length / 2);
            for (var i = 0; i < keysAndValues.Length; i += 2)
            {
                d[keysAndValues[i]] = keysAndValues[i + 1];
            }
            return d;
        }
        catch (Exception e)
        {
            return Fail(e);
        }
    }

    /// <summary>A dict display whose keys are all str constants: the dict, sized for them (see <see cref="DictInitStrItem"/>).</summary>
    public static PyDict NewDict(int capacity) => new(capacity);

    /// <summary>A dict display of distinct str constant keys: the dict shares the display's keys (see <see cref="PyDict.SharedKeys"/>).</summary>
    public static PyDict NewDictWithKeys(PyDict.SharedKeys keys) => new(keys);

    /// <summary>
    /// One entry of a dict display with str constant keys, stored as the value is evaluated: hashing and comparing
    /// exact strs runs no Python code and cannot fail, so the dict is the one BUILD_MAP makes after evaluating all
    /// the values, with no array of keys and values in between.
    /// </summary>
    public static void DictInitStrItem(PyDict dict, PyStr key, object? value) => dict.SetStrItem(key, value);

    public static object? ListAppend(PyList list, object? item)
    {
        list.Append(item);
        return null;
    }

    /// <summary>Creates a function object; compiled code then installs its entry points with <see cref="PyFunction.SetEntries"/>.</summary>
    public static PyFunction MakeFunction(PyCode code, PyDict globals, object?[]? defaults, PyDict? kwDefaults, PyCell[]? closure, object? doc)
    {
        return new PyFunction(code, globals, defaults == null ? null : PyTuple.Create(defaults), kwDefaults, closure) { Doc = doc };
    }

    /// <summary>
    /// Unpacks an iterable into exactly <paramref name="count"/> values: a tuple or an object[] whose items compiled
    /// code reads with <see cref="UnpackedItem"/>, or <see cref="Raised"/>.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static object Unpack(object? value, int count)
    {
        // Exact tuples and lists of the right length (CPython's UNPACK_SEQUENCE fast paths), the class compared in the
        // condition so that the test is one method-table compare in the compiled caller.
        if (value != null && value.GetType() == typeof(PyTuple) && System.Runtime.CompilerServices.Unsafe.As<PyTuple>(value).Count == count)
        {
            return value;
        }
        if (value != null && value.GetType() == typeof(PyList) && System.Runtime.CompilerServices.Unsafe.As<PyList>(value).Count == count)
        {
            return System.Runtime.CompilerServices.Unsafe.As<PyList>(value).UnsafeArray;
        }
        return UnpackSlow(value, count);
    }

    /// <summary>Item <paramref name="index"/> of what <see cref="Unpack"/> or <see cref="UnpackStar"/> returned (a tuple or an object[]).</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static object? UnpackedItem(object unpacked, int index) => unpacked.GetType() == typeof(object[])
        ? System.Runtime.CompilerServices.Unsafe.As<object?[]>(unpacked)[index]
        : System.Runtime.CompilerServices.Unsafe.As<PyTuple>(unpacked)[index];

    private static object UnpackSlow(object? value, int count)
    {
        // Instances of tuple and list subclasses are iterated, as in CPython, when they override __iter__.
        if (value is PyTuple t && t.Count == count
            && ReferenceEquals(PyType.Of(t).Lookup(PyProtocol.IterName), PyType.TupleType.Lookup(PyProtocol.IterName)))
        {
            return t;
        }
        if (value is PyList list && list.IsExact)
        {
            // A list of the wrong length (a str.split that found no separator, say) fails without a .NET throw.
            // The backing array: compiled code copies the items out before storing any (CPython's UNPACK_SEQUENCE).
            return list.Count == count ? list.UnsafeArray
                : SetPending(list.Count < count ? PyErrors.NotEnoughToUnpack(count, list.Count) : PyErrors.TooManyToUnpack(count));
        }
        try
        {
            return Builtins.UnpackExactly(value, count);
        }
        catch (Exception e)
        {
            return Fail(e);
        }
    }
}
