using System;
using System.Collections.Concurrent;
using System.Linq;
using System.Linq.Expressions;
using System.Reflection;
using PyNet.Runtime;

namespace PyNet.Interop;

/// <summary>
/// Python callables as .NET delegates of any type. Per delegate type, one compiled factory makes a delegate whose
/// body converts the arguments to Python values, calls the callable, and converts the result:
/// <code>
///   callable => (P0 p0, P1 p1) => To&lt;R&gt;(DelegateFactory.Call(callable, new object[] { FromClr(p0), FromClr(p1) }))
/// </code>
/// A Python exception raised by the callable crosses the .NET code as a PyException and comes back intact.
/// </summary>
public static class DelegateFactory
{
    private static readonly ConcurrentDictionary<Type, Func<object, Delegate>> s_factories = new();
    private static readonly MethodInfo s_call = typeof(DelegateFactory).GetMethod(nameof(Call))!;
    private static readonly MethodInfo s_result = typeof(DelegateFactory).GetMethod(nameof(Result))!;
    private static readonly MethodInfo s_from = typeof(ClrConverter).GetMethod(nameof(ClrConverter.FromClr))!;

    public static Delegate Create(Type delegateType, object? callable) => s_factories.GetOrAdd(delegateType, Compile)(callable!);

    private static Func<object, Delegate> Compile(Type delegateType)
    {
        var invoke = delegateType.GetMethod("Invoke")!;
        var ps = invoke.GetParameters();
        if (ps.Any(p => p.ParameterType.IsByRef))
        {
            throw new PyException(PyErrors.ClrByRefDelegate(ClrNames.TypeName(delegateType)));
        }
        var callable = Expression.Parameter(typeof(object), "callable");
        var parameters = ps.Select(p => Expression.Parameter(p.ParameterType, p.Name)).ToArray();
        var values = Expression.NewArrayInit(typeof(object), parameters.Select(p => Expression.Call(s_from.MakeGenericMethod(p.Type), p)));
        Expression body = Expression.Call(s_call, callable, values);
        if (invoke.ReturnType != typeof(void))
        {
            body = Expression.Call(s_result.MakeGenericMethod(invoke.ReturnType), body);
        }
        var inner = Expression.Lambda(delegateType, body, parameters);
        return Expression.Lambda<Func<object, Delegate>>(Expression.Convert(inner, typeof(Delegate)), callable).Compile();
    }

    public static object? Call(object callable, object?[] args) => PyCall.Call(callable, args, null);

    /// <summary>The callable's result as the delegate's return type; a failed conversion is a Python TypeError, not an overload miss.</summary>
    public static T Result<T>(object? value)
    {
        try
        {
            return ClrConverter.To<T>(value);
        }
        catch (ArgumentConversionException e)
        {
            throw new PyException(e.Error);
        }
    }
}
