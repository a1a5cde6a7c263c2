using System;
using System.Collections.Generic;

namespace PyNet.Runtime;

/// <summary>The runtime side of <c>match</c> statements (PEP 634).</summary>
public static partial class PyOps
{
    private static readonly PyStr s_matchArgs = PyStr.Intern("__match_args__");
    private static readonly PyStr s_get = PyStr.Intern("get");

    /// <summary>
    /// A sequence pattern's subject check: the items of <paramref name="subject"/> when it is a sequence (not str,
    /// bytes or bytearray) of exactly <paramref name="count"/> items, or at least that many when the pattern has a star;
    /// null when it does not match; Raised on error.
    /// </summary>
    public static object? MatchSequence(object? subject, int count, bool hasStar)
    {
        try
        {
            if (!IsMatchSequence(subject))
            {
                return null;
            }
            var length = PyProtocol.Len(subject);
            if (hasStar ? length < count : length != count)
            {
                return null;
            }
            return Builtins.ToArray(subject);
        }
        catch (Exception e)
        {
            return Fail(e);
        }
    }

    private static bool IsMatchSequence(object? subject)
    {
        switch (subject)
        {
            case PyList or PyTuple or PyRange:
                return true;
            case PyStr or PyDict or null or long or double or bool:
                return false;
        }
        var type = PyType.Of(subject);
        if (type.IsSubtypeOf(PyType.StrType) || type.IsSubtypeOf(PyType.BytesType) || type.IsSubtypeOf(PyType.DictType))
        {
            return false;
        }
        if (type.IsSubtypeOf(PyType.ListType) || type.IsSubtypeOf(PyType.TupleType))
        {
            return true;
        }
        return HasAbcRegistration(subject, "Sequence");
    }

    /// <summary>Whether the object is an instance of collections.abc.NAME (only when collections.abc is loaded).</summary>
    private static bool HasAbcRegistration(object? subject, string abcName)
    {
        if (Sys.Modules.TryGetValue(PyStr.Intern("collections.abc"), out var abc) && abc != null
            && PyProtocol.TryGetAttr(abc, PyStr.Intern(abcName), out var cls) && cls != null)
        {
            return Builtins.IsInstance(subject, cls);
        }
        return false;
    }

    /// <summary>items[-k]: an element after the star of a sequence pattern.</summary>
    public static object? ItemFromEnd(object?[] items, int k) => items[items.Length - k];

    /// <summary>items[start:end] as a list (a star capture).</summary>
    public static object SliceToList(object?[] items, int start, int endFromEnd)
    {
        var end = items.Length - endFromEnd;
        var list = new PyList(Math.Max(0, end - start));
        for (var i = start; i < end; i++)
        {
            list.Append(items[i]);
        }
        return list;
    }

    /// <summary>A mapping pattern's subject check: 1, 0 or -1 (error pending).</summary>
    public static int MatchMapping(object? subject)
    {
        try
        {
            if (subject is PyDict)
            {
                return 1;
            }
            if (subject is PyList or PyTuple or PyStr or null)
            {
                return 0;
            }
            return HasAbcRegistration(subject, "Mapping") ? 1 : 0;
        }
        catch (Exception e)
        {
            Fail(e);
            return -1;
        }
    }

    /// <summary>The value of a key in a mapping pattern: the value, <see cref="Done"/> when missing, or Raised.</summary>
    public static object? MatchMappingGet(object? subject, object? key)
    {
        try
        {
            if (subject is PyDict d && ReferenceEquals(d.Type, PyType.DictType))
            {
                return d.TryGetValue(key, out var v) ? v : Done;
            }
            var get = PyProtocol.GetAttr(subject, s_get);
            var value = PyCall.Call(get, key, Done);
            return value;
        }
        catch (Exception e)
        {
            return Fail(e);
        }
    }

    /// <summary>**rest of a mapping pattern: a new dict of the items whose keys are not among <paramref name="keys"/>.</summary>
    public static object? MatchMappingRest(object? subject, object?[] keys)
    {
        try
        {
            var rest = new PyDict();
            DictMembers.Update(rest, subject);
            foreach (var k in keys)
            {
                rest.Remove(k);
            }
            return rest;
        }
        catch (Exception e)
        {
            return Fail(e);
        }
    }

    /// <summary>Duplicate literal keys in a mapping pattern are an error at match time.</summary>
    public static object? MatchMappingCheckKeys(object?[] keys)
    {
        try
        {
            var seen = new PyDict();
            foreach (var k in keys)
            {
                if (seen.ContainsKey(k))
                {
                    return SetPending(PyErrors.ValueError($"mapping pattern checks duplicate key ({PyProtocol.Repr(k)})"));
                }
                seen[k] = null;
            }
            return null;
        }
        catch (Exception e)
        {
            return Fail(e);
        }
    }

    /// <summary>
    /// A class pattern: when <paramref name="subject"/> is an instance of <paramref name="cls"/>, the values its
    /// sub-patterns match (positional ones through __match_args__, then keyword attributes); null when it does not
    /// match (not an instance, or a missing attribute); Raised on error.
    /// </summary>
    public static object? MatchClass(object? subject, object? cls, int positionalCount, PyStr[] keywordNames)
    {
        try
        {
            if (cls is not PyType type)
            {
                return SetPending(PyErrors.TypeError("called match pattern must be a class"));
            }
            if (!Builtins.IsInstance(subject, type))
            {
                return null;
            }
            var names = new List<PyStr>();
            var values = new object?[positionalCount + keywordNames.Length];
            if (positionalCount > 0)
            {
                if (IsSelfMatchingType(type))
                {
                    if (positionalCount > 1)
                    {
                        return SetPending(PyErrors.TypeError($"{type.Name}() accepts 1 positional sub-pattern ({positionalCount} given)"));
                    }
                    values[0] = subject;
                }
                else
                {
                    if (!PyProtocol.TryGetTypeAttr(type, s_matchArgs, out var matchArgs))
                    {
                        matchArgs = PyTuple.Empty;
                    }
                    if (matchArgs is not PyTuple args)
                    {
                        return SetPending(PyErrors.TypeError($"{type.Name}.__match_args__ must be a tuple (got {PyErrors.TypeName(matchArgs)})"));
                    }
                    if (positionalCount > args.Count)
                    {
                        var s = args.Count == 1 ? "" : "s";
                        return SetPending(PyErrors.TypeError($"{type.Name}() accepts {args.Count} positional sub-pattern{s} ({positionalCount} given)"));
                    }
                    for (var i = 0; i < positionalCount; i++)
                    {
                        if (args[i] is not PyStr name)
                        {
                            return SetPending(PyErrors.TypeError($"__match_args__ elements must be strings (got {PyErrors.TypeName(args[i])})"));
                        }
                        names.Add(name);
                        if (!PyProtocol.TryGetAttr(subject, name, out values[i]))
                        {
                            return null;
                        }
                    }
                }
            }
            for (var i = 0; i < keywordNames.Length; i++)
            {
                if (names.Contains(keywordNames[i]))
                {
                    return SetPending(PyErrors.TypeError($"{type.Name}() got multiple sub-patterns for attribute '{keywordNames[i].Value}'"));
                }
                names.Add(keywordNames[i]);
                if (!PyProtocol.TryGetAttr(subject, keywordNames[i], out values[positionalCount + i]))
                {
                    return null;
                }
            }
            return values;
        }
        catch (Exception e)
        {
            return Fail(e);
        }
    }

    private static bool IsSelfMatchingType(PyType type)
    {
        foreach (var t in new[] { PyType.BoolType, PyType.ByteArrayType, PyType.BytesType, PyType.DictType, PyType.FloatType, PyType.FrozenSetType, PyType.IntType, PyType.ListType, PyType.SetType, PyType.StrType, PyType.TupleType })
        {
            if (t != null && type.IsSubtypeOf(t) && !HasOwnMatchArgs(type))
            {
                return true;
            }
        }
        return false;
    }

    private static bool HasOwnMatchArgs(PyType type)
    {
        foreach (var t in type.Mro)
        {
            if (!t.IsHeapType)
            {
                return false;
            }
            if (t.Dict.ContainsKey(s_matchArgs))
            {
                return true;
            }
        }
        return false;
    }
}
