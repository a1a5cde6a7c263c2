using System;
using System.Collections.Generic;
using System.Dynamic;
using System.Linq;
using System.Linq.Expressions;
using System.Reflection;

namespace PyNet.Runtime;

/// <summary>
/// C# <c>dynamic</c> over any Python object (<see cref="PyObject"/> implements IDynamicMetaObjectProvider with this):
/// each dynamic operation becomes a call of the matching <see cref="PyDynamic"/> method. The binding is the same for
/// every Python object (restricted to "is a PyObject"), so a call site caches one rule and Python's own dispatch does
/// the rest. Named arguments (<c>p.move(dx: 1)</c>) become keyword arguments.
/// </summary>
public sealed class PyDynamicMetaObject : DynamicMetaObject
{
    public PyDynamicMetaObject(Expression expression, PyObject value)
        : base(expression, BindingRestrictions.Empty, value)
    {
    }

    private BindingRestrictions Restriction => BindingRestrictions.GetExpressionRestriction(Expression.TypeIs(Expression, typeof(PyObject)));

    private Expression Self => Expression.Convert(Expression, typeof(object));

    public override DynamicMetaObject BindGetMember(GetMemberBinder binder) =>
        Result(nameof(PyDynamic.GetMember), binder.ReturnType, Self, Expression.Constant(binder.Name));

    public override DynamicMetaObject BindSetMember(SetMemberBinder binder, DynamicMetaObject value) =>
        Result(nameof(PyDynamic.SetMember), binder.ReturnType, Self, Expression.Constant(binder.Name), Boxed(value));

    public override DynamicMetaObject BindInvokeMember(InvokeMemberBinder binder, DynamicMetaObject[] args) =>
        Result(nameof(PyDynamic.InvokeMember), binder.ReturnType, Self, Expression.Constant(binder.Name), Array(args), Keywords(binder.CallInfo));

    public override DynamicMetaObject BindInvoke(InvokeBinder binder, DynamicMetaObject[] args) =>
        Result(nameof(PyDynamic.Invoke), binder.ReturnType, Self, Array(args), Keywords(binder.CallInfo));

    public override DynamicMetaObject BindGetIndex(GetIndexBinder binder, DynamicMetaObject[] indexes) =>
        Result(nameof(PyDynamic.GetIndex), binder.ReturnType, Self, Array(indexes));

    public override DynamicMetaObject BindSetIndex(SetIndexBinder binder, DynamicMetaObject[] indexes, DynamicMetaObject value) =>
        Result(nameof(PyDynamic.SetIndex), binder.ReturnType, Self, Array(indexes), Boxed(value));

    public override DynamicMetaObject BindBinaryOperation(BinaryOperationBinder binder, DynamicMetaObject arg) =>
        Result(nameof(PyDynamic.Binary), binder.ReturnType, Self, Expression.Constant(binder.Operation), Boxed(arg));

    public override DynamicMetaObject BindUnaryOperation(UnaryOperationBinder binder) =>
        Result(nameof(PyDynamic.Unary), binder.ReturnType, Self, Expression.Constant(binder.Operation));

    public override DynamicMetaObject BindConvert(ConvertBinder binder) =>
        Result(nameof(PyDynamic.Convert), binder.Type, Self, Expression.Constant(binder.Type, typeof(Type)));

    public override IEnumerable<string> GetDynamicMemberNames() => PyDynamic.MemberNames(Value);

    private DynamicMetaObject Result(string method, Type returnType, params Expression[] args)
    {
        var target = typeof(PyDynamic).GetMethod(method, BindingFlags.Public | BindingFlags.Static)!;
        Expression call = Expression.Call(target, args);
        if (call.Type != returnType)
        {
            call = Expression.Convert(call, returnType);
        }
        return new DynamicMetaObject(call, Restriction);
    }

    private static Expression Boxed(DynamicMetaObject value) => Expression.Convert(value.Expression, typeof(object));

    private static Expression Array(DynamicMetaObject[] args) => Expression.NewArrayInit(typeof(object), args.Select(Boxed));

    private static Expression Keywords(CallInfo info) => Expression.Constant(info.ArgumentNames.ToArray());
}
