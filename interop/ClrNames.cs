using System;
using System.Linq;
using System.Reflection;

namespace PyNet.Interop;

/// <summary>How .NET types and members are spelled for Python: <c>List[Int32]</c>, <c>Int32 Abs(Int32 value)</c>.</summary>
public static class ClrNames
{
    /// <summary>A type's name without its namespace; generic arguments in brackets, IronPython's style.</summary>
    public static string TypeName(Type t)
    {
        if (t.IsByRef)
        {
            return TypeName(t.GetElementType()!) + "&";
        }
        if (t.IsArray)
        {
            return TypeName(t.GetElementType()!) + "[" + new string(',', t.GetArrayRank() - 1) + "]";
        }
        var name = t.Name;
        var tick = name.IndexOf('`');
        if (tick >= 0)
        {
            name = name[..tick];
        }
        if (!t.IsGenericType)
        {
            return name;
        }
        var own = t.GetGenericArguments().Skip(t.DeclaringType?.GetGenericArguments().Length ?? 0);
        return own.Any() ? name + "[" + string.Join(", ", own.Select(TypeName)) + "]" : name;
    }

    /// <summary>The dotted path of a nested type inside its namespace: Outer.Inner.</summary>
    public static string QualifiedName(Type t) => t.IsNested && !t.IsGenericParameter ? QualifiedName(t.DeclaringType!) + "." + TypeName(t) : TypeName(t);

    public static string FullName(Type t) => string.IsNullOrEmpty(t.Namespace) ? QualifiedName(t) : t.Namespace + "." + QualifiedName(t);

    /// <summary>A method's signature as C# declares it: <c>Int32 Abs(Int32 value)</c>.</summary>
    public static string Signature(MethodBase m)
    {
        var parameters = string.Join(", ", m.GetParameters().Select(ParameterText));
        var generic = m.IsGenericMethod ? "[" + string.Join(", ", m.GetGenericArguments().Select(TypeName)) + "]" : string.Empty;
        if (m is ConstructorInfo c)
        {
            return TypeName(c.DeclaringType!) + "(" + parameters + ")";
        }
        var mi = (MethodInfo)m;
        var prefix = mi.IsStatic ? "static " : string.Empty;
        return prefix + TypeName(mi.ReturnType) + " " + m.Name + generic + "(" + parameters + ")";
    }

    private static string ParameterText(ParameterInfo p)
    {
        var modifier = p.IsOut ? "out " : p.ParameterType.IsByRef ? "ref " : p.IsDefined(typeof(ParamArrayAttribute)) ? "params " : string.Empty;
        var type = p.ParameterType.IsByRef ? p.ParameterType.GetElementType()! : p.ParameterType;
        var text = modifier + TypeName(type) + " " + p.Name;
        return p.HasDefaultValue ? text + " = " + (p.DefaultValue?.ToString() ?? "null") : text;
    }
}
