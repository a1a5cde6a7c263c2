using System;

namespace PyNet.Runtime;

/// <summary>
/// Binds the arguments of builtin methods written with <c>DefMethodVar</c> (args[0] is self) and reports CPython's
/// messages, which differ by how CPython declares the method: old-style tuple parsing ("find() takes at most 3
/// arguments (4 given)"), positional-only clinic ("center expected at most 2 arguments, got 3"), or clinic with
/// keywords ("'x' is an invalid keyword argument for split()").
/// </summary>
internal static class MethodArguments
{
    /// <summary>Marks a parameter that was not passed.</summary>
    public static readonly object Missing = new();

    public static bool IsGiven(object? value) => !ReferenceEquals(value, Missing);

    /// <summary>Positional-only, old-style parsing: self followed by min..max values.</summary>
    public static object?[] TupleStyle(string qualifiedName, string name, object?[] args, PyStr[]? kw, int min, int max)
    {
        RejectKeywords(qualifiedName, kw);
        var given = args.Length - 1;
        if (given < min)
        {
            throw new PyException(PyErrors.TakesAtLeast(name, min, given));
        }
        if (given > max)
        {
            throw new PyException(PyErrors.TakesAtMost(name, max, given, false));
        }
        return Fill(args, max);
    }

    /// <summary>Positional-only, argument-clinic parsing.</summary>
    public static object?[] ClinicPositional(string qualifiedName, string name, object?[] args, PyStr[]? kw, int min, int max, int skip = 1)
    {
        RejectKeywords(qualifiedName, kw);
        var given = args.Length - skip;
        if (given < min)
        {
            throw new PyException(PyErrors.ExpectedAtLeast(name, min, given));
        }
        if (given > max)
        {
            throw new PyException(PyErrors.ExpectedAtMost(name, max, given));
        }
        var result = new object?[max];
        for (var i = 0; i < max; i++)
        {
            result[i] = i < given ? args[i + skip] : Missing;
        }
        return result;
    }

    /// <summary>
    /// Argument-clinic parsing with keywords: <paramref name="names"/> are the parameters after self, the first
    /// <paramref name="required"/> of them required, the first <paramref name="maxPositional"/> allowed by position.
    /// </summary>
    public static object?[] Keywords(string name, object?[] args, PyStr[]? kw, string[] names, int required, int maxPositional, int skip = 1)
    {
        var nKw = kw?.Length ?? 0;
        var nPos = args.Length - nKw - skip;
        if (nPos > maxPositional)
        {
            throw new PyException(PyErrors.TakesAtMost(name, maxPositional, nPos, maxPositional < names.Length));
        }
        var result = new object?[names.Length];
        Array.Fill(result, Missing);
        for (var i = 0; i < nPos; i++)
        {
            result[i] = args[i + skip];
        }
        for (var k = 0; k < nKw; k++)
        {
            var key = kw![k].Value;
            var index = Array.IndexOf(names, key);
            if (index < 0)
            {
                throw new PyException(PyErrors.InvalidKeywordArgument(name, key));
            }
            if (index < nPos)
            {
                throw new PyException(PyErrors.GivenByNameAndPosition(name, key, index + 1));
            }
            result[index] = args[skip + nPos + k];
        }
        for (var i = 0; i < required; i++)
        {
            if (!IsGiven(result[i]))
            {
                throw new PyException(PyErrors.MissingRequiredArgument(name, names[i], i + 1));
            }
        }
        return result;
    }

    public static void RejectKeywords(string qualifiedName, PyStr[]? kw)
    {
        if (kw != null && kw.Length > 0)
        {
            throw new PyException(PyErrors.NoKeywordArguments(qualifiedName));
        }
    }

    private static object?[] Fill(object?[] args, int max)
    {
        var result = new object?[max];
        for (var i = 0; i < max; i++)
        {
            result[i] = i + 1 < args.Length ? args[i + 1] : Missing;
        }
        return result;
    }
}
