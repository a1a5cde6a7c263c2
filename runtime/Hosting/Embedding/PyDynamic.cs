using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq.Expressions;

namespace PyNet.Runtime;

/// <summary>
/// The operations behind C# <c>dynamic</c> over Python objects (<see cref="PyDynamicMetaObject"/> binds each dynamic
/// operation to one of these): Python semantics for attributes, calls, indexing and operators, .NET arguments
/// converted with <see cref="ClrConversion.ToPython(object)"/>, results returned as Python values (ints are boxed
/// long, str is <see cref="PyStr"/>, which converts to string), and Python errors thrown as <see cref="PythonException"/>.
/// </summary>
public static class PyDynamic
{
    public static object? GetMember(object? self, string name) => Guard(() => PyProtocol.GetAttr(self, new PyStr(name)));

    public static object? SetMember(object? self, string name, object? value) => Guard(() =>
    {
        var converted = ClrConversion.ToPython(value);
        PyProtocol.SetAttr(self, new PyStr(name), converted);
        return converted;
    });

    /// <summary><c>self.name(args)</c>; the last <paramref name="keywords"/>.Length arguments are keyword arguments.</summary>
    public static object? InvokeMember(object? self, string name, object?[] args, string[] keywords) =>
        Guard(() => PyCall.Call(PyProtocol.GetAttr(self, new PyStr(name)), Convert(args), Names(keywords)));

    public static object? Invoke(object? self, object?[] args, string[] keywords) => Guard(() => PyCall.Call(self, Convert(args), Names(keywords)));

    public static object? GetIndex(object? self, object?[] indexes) => Guard(() => PyProtocol.GetItem(self, Key(indexes)));

    public static object? SetIndex(object? self, object?[] indexes, object? value) => Guard(() =>
    {
        var converted = ClrConversion.ToPython(value);
        PyProtocol.SetItem(self, Key(indexes), converted);
        return converted;
    });

    public static object? Binary(object? self, ExpressionType operation, object? other)
    {
        var b = ClrConversion.ToPython(other);
        return Guard(() => operation switch
        {
            ExpressionType.Add or ExpressionType.AddAssign => PyProtocol.BinaryOp(self, b, BinaryOperator.Add),
            ExpressionType.Subtract or ExpressionType.SubtractAssign => PyProtocol.BinaryOp(self, b, BinaryOperator.Sub),
            ExpressionType.Multiply or ExpressionType.MultiplyAssign => PyProtocol.BinaryOp(self, b, BinaryOperator.Mult),
            ExpressionType.Divide or ExpressionType.DivideAssign => PyProtocol.BinaryOp(self, b, BinaryOperator.Div),
            ExpressionType.Modulo or ExpressionType.ModuloAssign => PyProtocol.BinaryOp(self, b, BinaryOperator.Mod),
            ExpressionType.And or ExpressionType.AndAssign => PyProtocol.BinaryOp(self, b, BinaryOperator.BitAnd),
            ExpressionType.Or or ExpressionType.OrAssign => PyProtocol.BinaryOp(self, b, BinaryOperator.BitOr),
            ExpressionType.ExclusiveOr or ExpressionType.ExclusiveOrAssign => PyProtocol.BinaryOp(self, b, BinaryOperator.BitXor),
            ExpressionType.LeftShift or ExpressionType.LeftShiftAssign => PyProtocol.BinaryOp(self, b, BinaryOperator.LShift),
            ExpressionType.RightShift or ExpressionType.RightShiftAssign => PyProtocol.BinaryOp(self, b, BinaryOperator.RShift),
            ExpressionType.Equal => PyProtocol.RichCompare(self, b, CompareOperator.Eq),
            ExpressionType.NotEqual => PyProtocol.RichCompare(self, b, CompareOperator.NotEq),
            ExpressionType.LessThan => PyProtocol.RichCompare(self, b, CompareOperator.Lt),
            ExpressionType.LessThanOrEqual => PyProtocol.RichCompare(self, b, CompareOperator.LtE),
            ExpressionType.GreaterThan => PyProtocol.RichCompare(self, b, CompareOperator.Gt),
            ExpressionType.GreaterThanOrEqual => PyProtocol.RichCompare(self, b, CompareOperator.GtE),
            _ => throw new NotSupportedException($"the operator {operation} has no Python equivalent"),
        });
    }

    public static object? Unary(object? self, ExpressionType operation) => Guard(() => operation switch
    {
        ExpressionType.Negate => PyProtocol.UnaryOp(self, UnaryOperator.Negate),
        ExpressionType.UnaryPlus => PyProtocol.UnaryOp(self, UnaryOperator.Positive),
        ExpressionType.OnesComplement => PyProtocol.UnaryOp(self, UnaryOperator.Invert),
        ExpressionType.Not => !PyProtocol.IsTrue(self),
        ExpressionType.IsTrue => PyProtocol.IsTrue(self),
        ExpressionType.IsFalse => !PyProtocol.IsTrue(self),
        _ => throw new NotSupportedException($"the operator {operation} has no Python equivalent"),
    });

    /// <summary>An explicit or implicit conversion: checked (<see cref="ClrConversion"/>); IEnumerable iterates the object.</summary>
    public static object? Convert(object? self, Type type)
    {
        if (type == typeof(IEnumerable) || type == typeof(IEnumerable<object>))
        {
            return Iterate(self);
        }
        if (type == typeof(bool) && self is not bool)
        {
            return Guard(() => PyProtocol.IsTrue(self));
        }
        return ClrConversion.ToClr(self, type);
    }

    /// <summary>The items of a Python iterable, as Python values.</summary>
    public static IEnumerable<object?> Iterate(object? iterable)
    {
        var iterator = Guard(() => PyProtocol.GetIterator(iterable));
        while (true)
        {
            var item = Guard(() => PyProtocol.Next(iterator));
            if (ReferenceEquals(item, PyOps.Done))
            {
                yield break;
            }
            yield return item;
        }
    }

    /// <summary>The names <c>dir(self)</c> lists.</summary>
    public static IEnumerable<string> MemberNames(object? self)
    {
        try
        {
            var names = new List<string>();
            foreach (var name in Builtins.ToArray(PyCall.Call(Builtins.Dict[PyStr.Intern("dir")], self)))
            {
                if (name is PyStr s)
                {
                    names.Add(s.Value);
                }
            }
            return names;
        }
        catch (PyException)
        {
            return Array.Empty<string>();
        }
    }

    private static object?[] Convert(object?[] args) => Array.ConvertAll(args, ClrConversion.ToPython);

    private static PyStr[]? Names(string[] keywords) => keywords.Length == 0 ? null : Array.ConvertAll(keywords, k => new PyStr(k));

    private static object? Key(object?[] indexes) =>
        indexes.Length == 1 ? ClrConversion.ToPython(indexes[0]) : PyTuple.Create(Convert(indexes));

    private static T Guard<T>(Func<T> operation)
    {
        try
        {
            return operation();
        }
        catch (PyException e)
        {
            throw PythonException.From(e);
        }
    }
}
