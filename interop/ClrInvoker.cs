using System;
using System.Collections.Generic;
using System.Linq;
using System.Linq.Expressions;
using System.Reflection;
using PyNet.Runtime;

namespace PyNet.Interop;

/// <summary>
/// Compiles a resolved overload into a delegate (System.Linq.Expressions), so a call converts its arguments with
/// typed converters and calls the method directly instead of through MethodInfo.Invoke:
/// <code>
///   (target, a) => FromClr&lt;R&gt;(((T)Self&lt;T&gt;(target)).M(To&lt;P0&gt;(a[0]), new E[] { To&lt;E&gt;(a[1]), ... }))
/// </code>
/// out and ref parameters live in locals and come back after the result: (result, out1, ...), or alone when there
/// is only one value.
/// </summary>
public static class ClrInvoker
{
    private static readonly MethodInfo s_to = typeof(ClrConverter).GetMethod(nameof(ClrConverter.To))!;
    private static readonly MethodInfo s_from = typeof(ClrConverter).GetMethod(nameof(ClrConverter.FromClr))!;
    private static readonly MethodInfo s_self = typeof(ClrInvoker).GetMethod(nameof(Self))!;
    private static readonly MethodInfo s_results = typeof(ClrInvoker).GetMethod(nameof(Results), BindingFlags.NonPublic | BindingFlags.Static)!;

    public static Func<object?, object?[], object?> Compile(Candidate c)
    {
        var target = Expression.Parameter(typeof(object), "target");
        var args = Expression.Parameter(typeof(object?[]), "args");
        var ps = c.Method.GetParameters();
        var locals = new List<ParameterExpression>();
        var body = new List<Expression>();
        var callArgs = new Expression[ps.Length];
        var byRefs = new List<(ParameterExpression Local, Type Type)>();
        for (var i = 0; i < ps.Length; i++)
        {
            var type = ps[i].ParameterType.IsByRef ? ps[i].ParameterType.GetElementType()! : ps[i].ParameterType;
            Expression value = c.Sources[i] switch
            {
                >= 0 => Convert(Expression.ArrayIndex(args, Expression.Constant(c.Sources[i])), type),
                Candidate.Default => DefaultValue(ps[i], type),
                Candidate.Out => Expression.Default(type),
                _ => Expression.NewArrayInit(type.GetElementType()!, Enumerable.Range(c.ExpandFrom, c.ExpandCount)
                    .Select(k => Convert(Expression.ArrayIndex(args, Expression.Constant(k)), type.GetElementType()!))),
            };
            if (ps[i].ParameterType.IsByRef)
            {
                var local = Expression.Variable(type, ps[i].Name);
                locals.Add(local);
                body.Add(Expression.Assign(local, value));
                byRefs.Add((local, type));
                callArgs[i] = local;
            }
            else
            {
                callArgs[i] = value;
            }
        }
        Expression call;
        Type resultType;
        if (c.Method is ConstructorInfo ctor)
        {
            call = Expression.New(ctor, callArgs);
            resultType = ctor.DeclaringType!;
        }
        else
        {
            var mi = (MethodInfo)c.Method;
            Expression? instance = null;
            if (!mi.IsStatic)
            {
                var self = c.TargetFromFirst ? Expression.ArrayIndex(args, Expression.Constant(0)) : (Expression)target;
                instance = Expression.Call(s_self.MakeGenericMethod(mi.DeclaringType!), self, Expression.Constant(mi.Name));
            }
            call = Expression.Call(instance, mi, callArgs);
            resultType = mi.ReturnType;
        }
        Expression result;
        if (byRefs.Count == 0)
        {
            result = resultType == typeof(void) ? Expression.Block(call, Expression.Constant(null)) : FromClr(call, resultType);
        }
        else
        {
            var values = new List<Expression>();
            var hasResult = resultType != typeof(void);
            var resultLocal = Expression.Variable(hasResult ? resultType : typeof(object), "result");
            locals.Add(resultLocal);
            body.Add(hasResult ? Expression.Assign(resultLocal, call) : call);
            if (hasResult)
            {
                values.Add(FromClr(resultLocal, resultType));
            }
            values.AddRange(byRefs.Select(b => FromClr(b.Local, b.Type)));
            result = Expression.Call(s_results, Expression.NewArrayInit(typeof(object), values));
        }
        body.Add(Expression.Convert(result, typeof(object)));
        var lambda = Expression.Lambda<Func<object?, object?[], object?>>(Expression.Block(typeof(object), locals, body), target, args);
        return lambda.Compile();
    }

    private static Expression Convert(Expression value, Type type) => Expression.Call(s_to.MakeGenericMethod(type), value);

    private static Expression FromClr(Expression value, Type type) =>
        type.IsByRefLike || type.IsPointer ? Expression.Constant(null) : Expression.Call(s_from.MakeGenericMethod(type), value);

    private static Expression DefaultValue(ParameterInfo p, Type type)
    {
        if (p.HasDefaultValue && p.DefaultValue != null && p.DefaultValue is not DBNull && p.DefaultValue is not Missing)
        {
            var value = p.DefaultValue;
            var target = Nullable.GetUnderlyingType(type) ?? type;
            if (target.IsEnum)
            {
                value = Enum.ToObject(target, value);
            }
            else if (value.GetType() != target && value is IConvertible)
            {
                value = System.Convert.ChangeType(value, target, System.Globalization.CultureInfo.InvariantCulture);
            }
            return Expression.Convert(Expression.Constant(value, target), type);
        }
        return Expression.Default(type);
    }

    private static object? Results(object?[] values) => values.Length == 1 ? values[0] : PyTuple.Create(values);

    /// <summary>The .NET object behind a method's self: the object itself, or the .NET exception a Python exception carries.</summary>
    public static T Self<T>(object? o, string method)
    {
        if (o is T t)
        {
            return t;
        }
        if (o is PyBaseException e && ClrExceptions.TryGetClrException(e, out var clr) && clr is T ct)
        {
            return ct;
        }
        throw new PyException(PyErrors.ClrSelfMismatch(method, ClrNames.TypeName(typeof(T)), o));
    }
}
