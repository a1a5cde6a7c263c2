using System;

namespace PyNet.Runtime;

public static partial class PyOps
{
    private static readonly PyStr s_keys = PyStr.Intern("keys");

    /// <summary>f(*value): appends the items of an iterable to the positional arguments (CPython's call error).</summary>
    public static object? CallExtendStar(PyList arguments, object? function, object? value)
    {
        try
        {
            if (!IsStarIterable(value))
            {
                return SetPending(PyErrors.ArgumentAfterStar(PyErrors.FunctionDisplayName(function), value));
            }
            ListMembers.Extend(arguments, value);
            return null;
        }
        catch (Exception e)
        {
            return Fail(e);
        }
    }

    /// <summary>Whether f(*value) accepts the value: CPython's check before converting it, for its error message.</summary>
    private static bool IsStarIterable(object? value) =>
        value is PyList or PyTuple || PyType.Of(value).Lookup(PyProtocol.IterName) != null || PyType.Of(value).Lookup(PyProtocol.GetItemName) != null;

    /// <summary>f(**value) and f(k=v): merges keywords, rejecting duplicates and non-str keys as CPython does.</summary>
    public static object? CallMergeKeywords(PyDict keywords, object? function, object? mapping)
    {
        try
        {
            if (mapping is not PyDict && !PyProtocol.TryGetAttr(mapping, s_keys, out _))
            {
                return SetPending(PyErrors.ArgumentAfterStarStar(PyErrors.FunctionDisplayName(function), mapping));
            }
            // An exact dict is read in place; another mapping is copied first (keys(), then its items).
            var source = mapping as PyDict;
            if (source is not { IsExact: true })
            {
                source = new PyDict();
                DictMembers.Update(source, mapping);
            }
            var position = 0;
            while (source.TryGetEntry(ref position, out var key, out var value))
            {
                if (key is not PyStr name)
                {
                    return SetPending(PyErrors.KeywordsMustBeStrings());
                }
                if (keywords.ContainsKey(name))
                {
                    return SetPending(PyErrors.MultipleValuesForKeyword(PyErrors.FunctionDisplayName(function), name.Value));
                }
                keywords[name] = value;
            }
            return null;
        }
        catch (Exception e)
        {
            return Fail(e);
        }
    }

    /// <summary>f(k=v) among ** arguments: adds one keyword, rejecting a duplicate.</summary>
    public static object? CallAddKeyword(PyDict keywords, object? function, PyStr name, object? value)
    {
        if (keywords.ContainsKey(name))
        {
            return SetPending(PyErrors.MultipleValuesForKeyword(PyErrors.FunctionDisplayName(function), name.Value));
        }
        keywords[name] = value;
        return null;
    }
}
