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
            if (value is not (PyList or PyTuple) && PyType.Of(value).Lookup(PyProtocol.IterName) == null && PyType.Of(value).Lookup(PyProtocol.GetItemName) == null)
            {
                return SetPending(PyErrors.ArgumentAfterStar(function, value));
            }
            ListMembers.Extend(arguments, value);
            return null;
        }
        catch (Exception e)
        {
            return Fail(e);
        }
    }

    /// <summary>f(**value) and f(k=v): merges keywords, rejecting duplicates and non-str keys as CPython does.</summary>
    public static object? CallMergeKeywords(PyDict keywords, object? function, object? mapping)
    {
        try
        {
            if (mapping is not PyDict && !PyProtocol.TryGetAttr(mapping, s_keys, out _))
            {
                return SetPending(PyErrors.ArgumentAfterStarStar(function, mapping));
            }
            var source = new PyDict();
            DictMembers.Update(source, mapping);
            foreach (var kv in source.Items())
            {
                if (kv.Key is not PyStr)
                {
                    return SetPending(PyErrors.KeywordsMustBeStrings(function));
                }
                if (keywords.ContainsKey(kv.Key))
                {
                    return SetPending(PyErrors.MultipleValuesForKeyword(function, kv.Key));
                }
                keywords[kv.Key] = kv.Value;
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
            return SetPending(PyErrors.MultipleValuesForKeyword(function, name));
        }
        keywords[name] = value;
        return null;
    }

    /// <summary>{**value} in a dict display.</summary>
    public static object? DictMergeDisplay(PyDict dict, object? mapping)
    {
        try
        {
            if (mapping is not PyDict && !PyProtocol.TryGetAttr(mapping, s_keys, out _))
            {
                return SetPending(PyErrors.NotAMapping(mapping));
            }
            DictMembers.Update(dict, mapping);
            return null;
        }
        catch (Exception e)
        {
            return Fail(e);
        }
    }
}
