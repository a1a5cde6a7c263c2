using System;
using System.Numerics;

namespace PyNet.Runtime;

/// <summary>Argument binding and conversions shared by the builtin functions and types.</summary>
public static partial class Builtins
{
    private static readonly PyStr s_indexName = PyStr.Intern("__index__");

    /// <summary>
    /// Binds the arguments of a builtin with parameters <paramref name="names"/> (positional-or-keyword), skipping the
    /// first <paramref name="skip"/> values (self or cls). Missing optional parameters come back as
    /// <see cref="PyOps.Unbound"/>. Errors use CPython's Argument Clinic wording.
    /// </summary>
    public static object?[] BindArguments(string function, object?[] args, PyStr[]? kwNames, int skip, string[] names, int required, bool showPosition = false)
    {
        var nKw = kwNames?.Length ?? 0;
        var nPos = args.Length - nKw - skip;
        if (nPos > names.Length)
        {
            throw new PyException(PyErrors.TakesAtMostArguments(function, names.Length, nPos + nKw));
        }
        var result = new object?[names.Length];
        Array.Fill(result, PyOps.Unbound);
        Array.Copy(args, skip, result, 0, nPos);
        for (var k = 0; k < nKw; k++)
        {
            var name = kwNames![k].Value;
            var index = Array.IndexOf(names, name);
            if (index < 0)
            {
                throw new PyException(PyErrors.InvalidKeywordFor(name, function));
            }
            if (index < nPos)
            {
                throw new PyException(PyErrors.GivenByNameAndPosition(function, name, index + 1));
            }
            result[index] = args[skip + nPos + k];
        }
        for (var i = 0; i < required; i++)
        {
            if (ReferenceEquals(result[i], PyOps.Unbound))
            {
                throw new PyException(PyErrors.MissingRequiredArgument(function, names[i], showPosition ? i + 1 : 0));
            }
        }
        return result;
    }

    /// <summary>Rejects keyword arguments, as builtins written without keywords do.</summary>
    public static void NoKeywords(string function, PyStr[]? kwNames)
    {
        if (kwNames is { Length: > 0 })
        {
            throw new PyException(PyErrors.NoKeywordArguments(function));
        }
    }

    /// <summary>operator.index(o): an int (long or BigInteger) through __index__.</summary>
    public static object IndexInt(object? o)
    {
        switch (o)
        {
            case long or BigInteger:
                return o;
            case bool b:
                return PyInt.Box(b ? 1 : 0);
        }
        var method = PyType.Of(o).Lookup(s_indexName) ?? throw new PyException(PyErrors.NotInterpretableAsInteger(o));
        var r = PyProtocol.CallBound(method, o);
        return r switch
        {
            long or BigInteger => r,
            bool b => PyInt.Box(b ? 1 : 0),
            _ => throw new PyException(PyErrors.IndexReturnedNonInt(r)),
        };
    }
}
