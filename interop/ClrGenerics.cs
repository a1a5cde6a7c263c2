using System;
using PyNet.Runtime;

namespace PyNet.Interop;

/// <summary>
/// Generic types from Python: <c>List[int]</c> is <c>List&lt;Int32&gt;</c>. A name stands for its whole family
/// (<c>Action</c>, <c>Action`1</c>, <c>Action`2</c>...), and the number of type arguments picks the member.
/// </summary>
internal static class ClrGenerics
{
    private const int MaxArity = 16;

    public static object Instantiate(Type type, object? key)
    {
        var arguments = ClrTypes.TypeArguments(key);
        if (type == typeof(Array) && arguments.Length == 1)
        {
            return ClrTypes.Get(arguments[0].MakeArrayType());
        }
        var definition = Sibling(type, arguments.Length)
            ?? throw new PyException(PyErrors.ClrNoGenericArity(ClrNames.FullName(type).Split('[')[0], arguments.Length));
        try
        {
            return ClrTypes.Get(definition.MakeGenericType(arguments));
        }
        catch (ArgumentException e)
        {
            throw new PyException(PyErrors.TypeError(e.Message));
        }
    }

    public static bool HasGenericSiblings(Type type)
    {
        if (type == typeof(Array))
        {
            return true;
        }
        for (var n = 1; n <= 4; n++)
        {
            if (Sibling(type, n) != null)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The generic definition with <paramref name="arity"/> type parameters of the same name as <paramref name="type"/>.</summary>
    private static Type? Sibling(Type type, int arity)
    {
        if (arity > MaxArity)
        {
            return null;
        }
        var definition = type.IsGenericType ? type.GetGenericTypeDefinition() : type;
        if (definition.IsGenericTypeDefinition && definition.GetGenericArguments().Length == arity)
        {
            return definition;
        }
        var name = definition.Name;
        var tick = name.IndexOf('`');
        var baseName = (tick >= 0 ? name[..tick] : name) + "`" + arity;
        if (definition.IsNested)
        {
            return definition.DeclaringType!.GetNestedType(baseName, System.Reflection.BindingFlags.Public);
        }
        var full = string.IsNullOrEmpty(definition.Namespace) ? baseName : definition.Namespace + "." + baseName;
        return definition.Assembly.GetType(full) ?? ClrNamespaces.FindType(full);
    }
}
