using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using PyNet.Runtime;

namespace PyNet.Interop;

/// <summary>How a method group receives the object it was reached through.</summary>
public enum SelfUse
{
    /// <summary>Instance methods run on self; static methods ignore it.</summary>
    Target,

    /// <summary>Self is the first argument (extension methods, operators).</summary>
    FirstArgument,

    /// <summary>Self is the second argument (reflected operators: <c>__radd__</c>).</summary>
    SecondArgument,
}

/// <summary>One overload applied to one shape of call: where each parameter's value comes from, and the cost.</summary>
public sealed class Candidate
{
    /// <summary>Source of each parameter: an index into the effective arguments, <see cref="Default"/> or <see cref="Out"/>.</summary>
    public const int Default = -1;
    public const int Out = -2;

    private Func<object?, object?[], object?>? _invoke;

    public Candidate(MethodBase method, bool targetFromFirst, int[] sources, int expandFrom, int expandCount, int cost)
    {
        Method = method;
        TargetFromFirst = targetFromFirst;
        Sources = sources;
        ExpandFrom = expandFrom;
        ExpandCount = expandCount;
        Cost = cost;
    }

    public MethodBase Method { get; }

    /// <summary>An instance method called through its class: the first effective argument is the target.</summary>
    public bool TargetFromFirst { get; }

    public int[] Sources { get; }

    /// <summary>For a params array filled from the arguments: the first of them (else -1) and how many.</summary>
    public int ExpandFrom { get; }

    public int ExpandCount { get; }

    public int Cost { get; }

    /// <summary>The compiled call: (target, effective arguments) to the Python result.</summary>
    public Func<object?, object?[], object?> Invoke => _invoke ??= ClrInvoker.Compile(this);
}

/// <summary>
/// Overload resolution for a .NET method group: which overloads accept the arguments' CLR types, ranked by
/// <see cref="ClrConverter.Cost"/>. The result depends only on the types, so method groups cache it per type list.
/// </summary>
public static class Overloads
{
    public static Candidate[] Resolve(IReadOnlyList<MethodBase> methods, Type?[] argTypes, string[] kwNames, bool hasTarget, Type[]? typeArguments)
    {
        var found = new List<Candidate>();
        foreach (var declared in methods)
        {
            var method = Instantiate(declared, argTypes, typeArguments, hasTarget);
            if (method == null)
            {
                continue;
            }
            var candidate = Apply(method, argTypes, kwNames, hasTarget);
            if (candidate != null)
            {
                found.Add(candidate);
            }
        }
        return found.OrderBy(c => c.Cost).ThenBy(c => c.Method.IsGenericMethod ? 1 : 0).ToArray();
    }

    private static MethodBase? Instantiate(MethodBase m, Type?[] argTypes, Type[]? typeArguments, bool hasTarget)
    {
        if (m is not MethodInfo mi || !mi.IsGenericMethodDefinition)
        {
            return typeArguments == null ? m : null;
        }
        var parameters = mi.GetGenericArguments();
        Type[] chosen;
        if (typeArguments != null)
        {
            if (typeArguments.Length != parameters.Length)
            {
                return null;
            }
            chosen = typeArguments;
        }
        else
        {
            var map = new Dictionary<Type, Type>();
            var ps = mi.GetParameters();
            var offset = !mi.IsStatic && !hasTarget ? 1 : 0;
            for (var i = 0; i < ps.Length && i + offset < argTypes.Length; i++)
            {
                if (NaturalType(argTypes[i + offset]) is { } natural)
                {
                    Unify(ps[i].ParameterType, natural, map);
                }
            }
            chosen = parameters.Select(p => map.TryGetValue(p, out var t) ? t : typeof(object)).ToArray();
        }
        try
        {
            return mi.MakeGenericMethod(chosen);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    /// <summary>The .NET type a Python value of this CLR type stands for, for generic inference (int is Int32).</summary>
    private static Type? NaturalType(Type? t)
    {
        if (t == null)
        {
            return null;
        }
        if (t == typeof(long))
        {
            return typeof(int);
        }
        if (t == typeof(PyStr))
        {
            return typeof(string);
        }
        if (t == typeof(PyBytes))
        {
            return typeof(byte[]);
        }
        return t.Assembly == typeof(PyObject).Assembly ? null : t;
    }

    private static void Unify(Type parameter, Type argument, Dictionary<Type, Type> map)
    {
        if (parameter.IsByRef)
        {
            parameter = parameter.GetElementType()!;
        }
        if (parameter.IsGenericParameter)
        {
            map.TryAdd(parameter, argument);
            return;
        }
        if (!parameter.ContainsGenericParameters)
        {
            return;
        }
        if (parameter.IsArray && argument.IsArray)
        {
            Unify(parameter.GetElementType()!, argument.GetElementType()!, map);
            return;
        }
        if (!parameter.IsGenericType)
        {
            return;
        }
        var definition = parameter.GetGenericTypeDefinition();
        foreach (var candidate in SelfAndAncestors(argument))
        {
            if (candidate.IsGenericType && candidate.GetGenericTypeDefinition() == definition)
            {
                var pa = parameter.GetGenericArguments();
                var aa = candidate.GetGenericArguments();
                for (var i = 0; i < pa.Length; i++)
                {
                    Unify(pa[i], aa[i], map);
                }
                return;
            }
        }
    }

    private static IEnumerable<Type> SelfAndAncestors(Type t)
    {
        for (var b = t; b != null; b = b.BaseType)
        {
            yield return b;
        }
        foreach (var i in t.GetInterfaces())
        {
            yield return i;
        }
    }

    /// <summary>Matches the arguments to one overload's parameters (positional, then keywords, defaults, a params array).</summary>
    private static Candidate? Apply(MethodBase m, Type?[] argTypes, string[] kwNames, bool hasTarget)
    {
        var ps = m.GetParameters();
        var targetFromFirst = !m.IsStatic && m is not ConstructorInfo && !hasTarget;
        var first = targetFromFirst ? 1 : 0;
        var cost = 0;
        if (targetFromFirst)
        {
            if (argTypes.Length == 0 || ClrConverter.Cost(argTypes[0], m.DeclaringType!) is var c && c == ClrConverter.NoMatch)
            {
                return null;
            }
            cost += c;
        }
        var positional = argTypes.Length - kwNames.Length - first;
        if (positional < 0)
        {
            return null;
        }
        var sources = new int[ps.Length];
        Array.Fill(sources, int.MinValue);
        var inputs = ps.Select((p, i) => (p, i)).Where(x => !IsOut(x.p)).ToArray();
        foreach (var (p, i) in ps.Select((p, i) => (p, i)).Where(x => IsOut(x.p)))
        {
            sources[i] = Candidate.Out;
        }
        var isParams = inputs.Length > 0 && inputs[^1].p.IsDefined(typeof(ParamArrayAttribute));
        var expandFrom = -1;
        var expandCount = 0;
        for (var k = 0; k < positional; k++)
        {
            if (k < inputs.Length && !(isParams && k == inputs.Length - 1 && positional > inputs.Length))
            {
                sources[inputs[k].i] = first + k;
                continue;
            }
            if (!isParams)
            {
                return null;
            }
            expandFrom = first + inputs.Length - 1;
            expandCount = positional - inputs.Length + 1;
            break;
        }
        for (var k = 0; k < kwNames.Length; k++)
        {
            var match = inputs.FirstOrDefault(x => x.p.Name == kwNames[k]);
            if (match.p == null || sources[match.i] != int.MinValue || (expandFrom >= 0 && match.i == inputs[^1].i))
            {
                return null;
            }
            sources[match.i] = first + positional + k;
        }
        foreach (var (p, i) in inputs)
        {
            if (sources[i] != int.MinValue || (expandFrom >= 0 && i == inputs[^1].i))
            {
                continue;
            }
            if (p.HasDefaultValue || p.IsOptional)
            {
                sources[i] = Candidate.Default;
                cost += 1;
            }
            else if (isParams && i == inputs[^1].i)
            {
                expandFrom = first + positional;
                expandCount = 0;
                cost += 1;
            }
            else
            {
                return null;
            }
        }
        for (var i = 0; i < ps.Length; i++)
        {
            if (sources[i] < 0)
            {
                continue;
            }
            var c = ClrConverter.Cost(argTypes[sources[i]], ps[i].ParameterType);
            if (c == ClrConverter.NoMatch)
            {
                if (!(isParams && i == inputs[^1].i && expandFrom < 0 && sources[i] == first + positional - 1 && kwNames.Length == 0))
                {
                    return null;
                }
                // A single argument for a params parameter that is not an array: expand it.
                sources[i] = int.MinValue;
                expandFrom = first + positional - 1;
                expandCount = 1;
                continue;
            }
            cost += c;
        }
        if (expandFrom >= 0)
        {
            var element = inputs[^1].p.ParameterType.GetElementType()!;
            for (var k = 0; k < expandCount; k++)
            {
                var c = ClrConverter.Cost(argTypes[expandFrom + k], element);
                if (c == ClrConverter.NoMatch)
                {
                    return null;
                }
                cost += c;
            }
            cost += 3;
        }
        return new Candidate(m, targetFromFirst, sources, expandFrom, expandCount, cost);
    }

    public static bool IsOut(ParameterInfo p) => p.IsOut && !p.IsIn && p.ParameterType.IsByRef;
}
