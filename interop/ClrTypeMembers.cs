using System;
using System.Collections;
using System.Linq;
using System.Linq.Expressions;
using System.Reflection;
using System.Text;
using PyNet.Runtime;

namespace PyNet.Interop;

/// <summary>
/// Fills a <see cref="ClrType"/>'s dictionary from reflection, once: method groups, properties, fields, events,
/// nested types, constructors (<c>__new__</c>), and the Python protocols the .NET type supports (iteration, len,
/// in, indexers, operators, comparison, enums' flag arithmetic, with-blocks for IDisposable).
/// </summary>
internal static class ClrTypeMembers
{
    private const BindingFlags InstanceMembers = BindingFlags.Public | BindingFlags.Instance;
    private const BindingFlags AllMembers = BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static;
    private static readonly MethodInfo s_from = typeof(ClrConverter).GetMethod(nameof(ClrConverter.FromClr))!;
    private static readonly MethodInfo s_to = typeof(ClrConverter).GetMethod(nameof(ClrConverter.To))!;
    private static readonly MethodInfo s_self = typeof(ClrInvoker).GetMethod(nameof(ClrInvoker.Self))!;

    private static readonly (string Clr, string Python, string? Reflected)[] s_operators =
    {
        ("op_Addition", "__add__", "__radd__"), ("op_Subtraction", "__sub__", "__rsub__"), ("op_Multiply", "__mul__", "__rmul__"),
        ("op_Division", "__truediv__", "__rtruediv__"), ("op_Modulus", "__mod__", "__rmod__"), ("op_BitwiseAnd", "__and__", "__rand__"),
        ("op_BitwiseOr", "__or__", "__ror__"), ("op_ExclusiveOr", "__xor__", "__rxor__"), ("op_LeftShift", "__lshift__", null),
        ("op_RightShift", "__rshift__", null), ("op_Equality", "__eq__", null), ("op_Inequality", "__ne__", null),
        ("op_LessThan", "__lt__", null), ("op_LessThanOrEqual", "__le__", null), ("op_GreaterThan", "__gt__", null),
        ("op_GreaterThanOrEqual", "__ge__", null),
    };

    public static void Fill(ClrType t)
    {
        t.IsFilled = true;
        var type = t.ClrRuntimeType;
        if (type.ContainsGenericParameters)
        {
            t.DefClassMethod("__class_getitem__", (args, kw) => ClrGenerics.Instantiate(type, args[1]));
            t.DefValue("__doc__", new PyStr(ClrNames.FullName(type) + " (a generic type: subscript it, as in " + ClrNames.TypeName(type) + "[int])"));
            return;
        }
        if (ClrGenerics.HasGenericSiblings(type))
        {
            t.DefClassMethod("__class_getitem__", (args, kw) => ClrGenerics.Instantiate(type, args[1]));
        }
        var isException = typeof(Exception).IsAssignableFrom(type);
        AddMethods(t, type);
        AddProperties(t, type);
        AddFields(t, type);
        AddEvents(t, type);
        foreach (var nested in type.GetNestedTypes(BindingFlags.Public))
        {
            t.DefValue(ClrNames.TypeName(nested).Split('[')[0], ClrTypes.Get(nested));
        }
        t.DefStatic("__new__", (args, kw) => Construct(t, args, kw));
        AddProtocols(t, type, isException);
        t.DefValue("__doc__", new PyStr(Doc(type)));
        ExtensionMethods.AddTo(t);
    }

    private static void AddMethods(ClrType t, Type type)
    {
        var methods = type.GetMethods(AllMembers).Where(m => !m.IsSpecialName || m.Name.StartsWith("op_", StringComparison.Ordinal));
        if (!type.IsVisible)
        {
            methods = methods.Concat(type.GetInterfaces().Where(i => i.IsVisible).SelectMany(i => i.GetMethods()).Where(m => !m.IsSpecialName));
        }
        foreach (var group in methods.Where(m => !m.IsSpecialName).GroupBy(m => m.Name))
        {
            t.DefValue(group.Key, new ClrMethod(group.Key, type, group.ToArray<MethodBase>()));
        }
        foreach (var (clr, python, reflected) in s_operators)
        {
            var ops = methods.Where(m => m.IsSpecialName && m.IsStatic && m.Name == clr && m.GetParameters().Length == 2).ToArray<MethodBase>();
            if (ops.Length == 0)
            {
                continue;
            }
            var forward = new ClrMethod(clr, type, ops, SelfUse.FirstArgument);
            t.DefMethod(python, (self, other) => forward.InvokeOperator(self, other));
            if (reflected != null)
            {
                var backward = new ClrMethod(clr, type, ops, SelfUse.SecondArgument);
                t.DefMethod(reflected, (self, other) => backward.InvokeOperator(self, other));
            }
        }
        var negate = methods.Where(m => m.IsSpecialName && m.Name == "op_UnaryNegation").ToArray<MethodBase>();
        if (negate.Length > 0)
        {
            var group = new ClrMethod("op_UnaryNegation", type, negate, SelfUse.FirstArgument);
            t.DefMethod("__neg__", self => group.Invoke(self, Array.Empty<object?>(), null));
        }
    }

    private static void AddProperties(ClrType t, Type type)
    {
        var indexers = type.GetProperties(InstanceMembers).Where(p => p.GetIndexParameters().Length > 0).ToArray();
        var getters = indexers.Select(p => p.GetMethod).Where(m => m is { IsPublic: true }).Select(m => (MethodBase)m!).ToArray();
        var setters = indexers.Select(p => p.SetMethod).Where(m => m is { IsPublic: true }).Select(m => (MethodBase)m!).ToArray();
        if (getters.Length > 0)
        {
            t.DefValue("__getitem__", new ClrMethod("__getitem__", type, getters));
        }
        if (setters.Length > 0)
        {
            t.DefValue("__setitem__", new ClrMethod("__setitem__", type, setters));
        }
        foreach (var p in type.GetProperties(InstanceMembers).Where(p => p.GetIndexParameters().Length == 0).GroupBy(p => p.Name).Select(g => g.First()))
        {
            var getter = p.GetMethod is { IsPublic: true } ? CompileGetter(Expression.Property, p, p.PropertyType) : null;
            Action<object, object?>? setter = p.SetMethod is { IsPublic: true } ? (o, v) => SetMember(p.Name, o, v, p.PropertyType, p.SetValue) : null;
            t.DefGetSet(p.Name, getter ?? (o => throw new PyException(PyErrors.New(PyExc.AttributeError, $"property '{p.Name}' of '{t.Name}' object has no getter"))), setter);
        }
    }

    private static void AddFields(ClrType t, Type type)
    {
        foreach (var f in type.GetFields(AllMembers))
        {
            if (f.IsStatic)
            {
                if (f.IsLiteral || f.IsInitOnly)
                {
                    t.DefValue(f.Name, ClrConverter.FromObject(f.GetValue(null)));
                }
                continue;
            }
            Action<object, object?>? setter = f.IsInitOnly ? null : (o, v) => SetMember(f.Name, o, v, f.FieldType, f.SetValue);
            t.DefGetSet(f.Name, CompileGetter(Expression.Field, f, f.FieldType), setter);
        }
    }

    private static void AddEvents(ClrType t, Type type)
    {
        foreach (var e in type.GetEvents(InstanceMembers))
        {
            t.DefGetSet(e.Name, o => new ClrBoundEvent(o, e), (o, v) => ClrBoundEvent.CheckAssigned(o, e, v));
        }
    }

    /// <summary>The metaclass's members: the static properties and mutable static fields, read and written through the class.</summary>
    public static void FillStatics(PyType meta, Type type)
    {
        if (type.ContainsGenericParameters)
        {
            return;
        }
        const BindingFlags statics = BindingFlags.Public | BindingFlags.Static | BindingFlags.FlattenHierarchy;
        foreach (var p in type.GetProperties(statics).Where(p => p.GetIndexParameters().Length == 0 && p.GetMethod is { IsPublic: true }).GroupBy(p => p.Name).Select(g => g.First()))
        {
            Action<object, object?>? setter = p.SetMethod is { IsPublic: true } ? (o, v) => SetMember(p.Name, null, v, p.PropertyType, p.SetValue) : null;
            var get = Expression.Lambda<Func<object?>>(FromClr(Expression.Property(null, p), p.PropertyType)).Compile();
            meta.DefGetSet(p.Name, _ => get(), setter);
        }
        foreach (var e in type.GetEvents(statics).Where(e => e.AddMethod is { IsStatic: true }))
        {
            meta.DefGetSet(e.Name, _ => new ClrBoundEvent(null, e), (_, v) => ClrBoundEvent.CheckAssigned(null, e, v));
        }
        foreach (var f in type.GetFields(statics).Where(f => !f.IsLiteral && !f.IsInitOnly))
        {
            meta.DefGetSet(f.Name, _ => ClrConverter.FromObject(f.GetValue(null)), (o, v) => SetMember(f.Name, null, v, f.FieldType, f.SetValue));
        }
    }

    private static void SetMember(string name, object? target, object? value, Type memberType, Action<object?, object?> set)
    {
        if (ReferenceEquals(value, PyOps.Unbound))
        {
            throw new PyException(PyErrors.New(PyExc.AttributeError, $"cannot delete attribute '{name}'"));
        }
        set(target == null ? null : Unwrap(target), ClrConverter.ToClr(value, memberType));
    }

    private static object Unwrap(object o) => o is PyBaseException e && ClrExceptions.TryGetClrException(e, out var clr) ? clr : o;

    private static Func<object, object?> CompileGetter<TMember>(Func<Expression, TMember, MemberExpression> access, TMember member, Type memberType)
        where TMember : MemberInfo
    {
        var o = Expression.Parameter(typeof(object), "o");
        var declaring = member.DeclaringType!;
        var self = Expression.Call(s_self.MakeGenericMethod(declaring), o, Expression.Constant(member.Name));
        return Expression.Lambda<Func<object, object?>>(FromClr(access(self, member), memberType), o).Compile();
    }

    private static Expression FromClr(Expression value, Type type) =>
        type.IsByRefLike || type.IsPointer ? Expression.Constant(null) : Expression.Call(s_from.MakeGenericMethod(type), value);

    private static object? Construct(ClrType t, object?[] args, PyStr[]? kw)
    {
        var cls = args[0] as PyType ?? throw new PyException(PyErrors.ClrNotAType(args[0]));
        var rest = args[1..];
        if (!ReferenceEquals(cls, t))
        {
            return SubclassBuilder.Construct(cls, t, rest, kw);
        }
        var type = t.ClrRuntimeType;
        if (type.IsAbstract || type.IsInterface)
        {
            throw new PyException(PyErrors.ClrCannotInstantiate(t.Name, type.IsInterface ? "interface" : "abstract class"));
        }
        object? instance;
        if (rest.Length == 1 && (typeof(Delegate).IsAssignableFrom(type) || type.IsPrimitive || type == typeof(decimal) || (type.IsArray && rest[0] is not long)))
        {
            instance = ClrConverter.ToClr(rest[0], type);
        }
        else if (type.IsValueType && rest.Length == 0 && (kw == null || kw.Length == 0))
        {
            instance = Activator.CreateInstance(type);
        }
        else
        {
            var ctors = type.GetConstructors();
            instance = new ClrMethod(t.Name, type, ctors).Invoke(PyOps.Unbound, rest, kw);
        }
        return instance is Exception e ? ClrExceptions.Wrap(e) : instance;
    }

    private static void AddProtocols(ClrType t, Type type, bool isException)
    {
        if (type.IsArray)
        {
            var element = type.GetElementType()!;
            t.DefMethod("__getitem__", (self, i) => ClrConverter.FromObject(((Array)self!).GetValue(ArrayIndex((Array)self!, i))));
            t.DefMethod("__setitem__", (self, i, v) =>
            {
                ((Array)self!).SetValue(ClrConverter.ToClr(v, element), ArrayIndex((Array)self!, i));
                return null;
            });
            t.DefMethod("__len__", self => PyInt.Box(((Array)self!).Length));
        }
        if (typeof(IEnumerable).IsAssignableFrom(type) && type != typeof(string))
        {
            var isDictionary = typeof(IDictionary).IsAssignableFrom(type);
            t.DefMethod("__iter__", self => new ClrIterator(isDictionary ? ((IDictionary)self!).Keys.GetEnumerator() : ((IEnumerable)self!).GetEnumerator()));
        }
        if (!type.IsArray && type.GetProperty("Count", InstanceMembers, null, typeof(int), Type.EmptyTypes, null) is { GetMethod.IsPublic: true } count)
        {
            var get = CompileGetter(Expression.Property, count, typeof(int));
            t.DefMethod("__len__", self => get(self!));
        }
        var contains = type.GetMethods(InstanceMembers).Where(m => m.Name is "ContainsKey" && m.GetParameters().Length == 1).ToArray<MethodBase>();
        if (contains.Length == 0)
        {
            contains = type.GetMethods(InstanceMembers).Where(m => m.Name is "Contains" && m.GetParameters().Length == 1).ToArray<MethodBase>();
        }
        if (contains.Length > 0)
        {
            t.DefValue("__contains__", new ClrMethod("__contains__", type, contains));
        }
        if (typeof(IDisposable).IsAssignableFrom(type))
        {
            t.DefMethod("__enter__", self => self);
            t.DefMethodVar("__exit__", (args, kw) =>
            {
                ((IDisposable)args[0]!).Dispose();
                return PyOps.False;
            });
        }
        if (typeof(Delegate).IsAssignableFrom(type) && type.GetMethod("Invoke") is { } invoke)
        {
            var group = new ClrMethod("Invoke", type, new MethodBase[] { invoke });
            t.DefMethodVar("__call__", (args, kw) => group.Invoke(args[0], args[1..], kw));
        }
        if (type.IsEnum)
        {
            ClrEnums.AddProtocols(t, type);
            return;
        }
        if (isException || type.IsInterface)
        {
            return;
        }
        if (type == typeof(object) || type.GetMethod("ToString", Type.EmptyTypes)?.DeclaringType == type)
        {
            t.DefMethod("__str__", self => new PyStr(Unwrap(self!).ToString() ?? string.Empty));
            t.DefMethod("__repr__", self => new PyStr(Repr(Unwrap(self!))));
        }
        if (type == typeof(object))
        {
            t.DefMethod("__eq__", (self, other) => Equals(self, ClrConverter.ToObject(other)) ? PyOps.True : PyOps.False);
            t.DefMethod("__ne__", (self, other) => Equals(self, ClrConverter.ToObject(other)) ? PyOps.False : PyOps.True);
            t.DefMethod("__hash__", self => PyInt.Box(self!.GetHashCode()));
        }
        if (typeof(IComparable).IsAssignableFrom(type) && type.GetMethod("op_LessThan") == null)
        {
            AddComparison(t, "__lt__", c => c < 0);
            AddComparison(t, "__le__", c => c <= 0);
            AddComparison(t, "__gt__", c => c > 0);
            AddComparison(t, "__ge__", c => c >= 0);
        }
    }

    private static void AddComparison(ClrType t, string name, Func<int, bool> test) =>
        t.DefMethod(name, (self, other) =>
        {
            var o = ClrConverter.ToObject(other);
            if (o == null || o.GetType() != self!.GetType())
            {
                return PyNotImplemented.Instance;
            }
            return test(((IComparable)self).CompareTo(o)) ? PyOps.True : PyOps.False;
        });

    private static int ArrayIndex(Array array, object? index)
    {
        var i = ClrConverter.To<int>(index);
        return i < 0 ? i + array.Length : i;
    }

    public static string Repr(object o)
    {
        var id = System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(o);
        var text = o.ToString();
        var name = ClrNames.FullName(o.GetType());
        return text == null || text == o.GetType().FullName ? $"<{name} object at 0x{id:X16}>" : $"<{name} object at 0x{id:X16} [{text}]>";
    }

    private static string Doc(Type type)
    {
        var text = new StringBuilder(ClrNames.FullName(type)).Append('\n');
        foreach (var c in type.GetConstructors())
        {
            text.Append("\n    ").Append(ClrNames.Signature(c));
        }
        foreach (var m in type.GetMethods(AllMembers | BindingFlags.DeclaredOnly).Where(m => !m.IsSpecialName).OrderBy(m => m.Name, StringComparer.Ordinal))
        {
            text.Append("\n    ").Append(ClrNames.Signature(m));
        }
        foreach (var p in type.GetProperties(AllMembers | BindingFlags.DeclaredOnly).OrderBy(p => p.Name, StringComparer.Ordinal))
        {
            text.Append("\n    ").Append(ClrNames.TypeName(p.PropertyType)).Append(' ').Append(p.Name).Append(p.CanWrite ? " { get; set; }" : " { get; }");
        }
        return text.ToString();
    }
}
