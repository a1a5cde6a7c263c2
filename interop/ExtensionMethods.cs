using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Runtime.CompilerServices;
using PyNet.Runtime;

namespace PyNet.Interop;

/// <summary>
/// clr.ImportExtensions(namespace or type): the extension methods it declares become methods of the .NET types
/// their first parameter accepts (<c>List[int]().Where(f)</c> after <c>clr.ImportExtensions(System.Linq)</c>).
/// Existing classes get them at once; classes made later get them when their dictionary is filled.
/// </summary>
public static class ExtensionMethods
{
    private static readonly object s_lock = new();
    private static readonly Dictionary<string, List<(MethodInfo Method, Type Receiver)>> s_byName = new(StringComparer.Ordinal);
    private static readonly HashSet<Type> s_imported = new();

    public static object? Import(object? source)
    {
        IEnumerable<Type> types = source switch
        {
            ClrType t => new[] { t.ClrRuntimeType },
            PyModule m => m.Dict.Values().OfType<ClrType>().Select(t => t.ClrRuntimeType).ToArray(),
            _ => throw new PyException(PyErrors.ClrNotANamespace(source)),
        };
        lock (s_lock)
        {
            foreach (var type in types.Where(t => t.IsSealed && t.IsAbstract && t.IsDefined(typeof(ExtensionAttribute), false) && s_imported.Add(t)))
            {
                foreach (var m in type.GetMethods(BindingFlags.Public | BindingFlags.Static).Where(m => m.IsDefined(typeof(ExtensionAttribute), false)))
                {
                    if (!s_byName.TryGetValue(m.Name, out var list))
                    {
                        s_byName[m.Name] = list = new List<(MethodInfo, Type)>();
                    }
                    list.Add((m, m.GetParameters()[0].ParameterType));
                }
            }
        }
        // Classes not filled yet get the methods when they are.
        foreach (var t in ClrTypes.All.Where(t => t.IsFilled).ToArray())
        {
            AddTo(t);
            t.Invalidate();
        }
        return null;
    }

    /// <summary>Adds the imported extension methods that apply to <paramref name="t"/> (names it does not define itself).</summary>
    internal static void AddTo(ClrType t)
    {
        if (s_byName.Count == 0 || t.ClrRuntimeType.ContainsGenericParameters)
        {
            return;
        }
        List<(string, MethodBase[])> found;
        lock (s_lock)
        {
            found = s_byName.Select(kv => (kv.Key, kv.Value.Where(m => Accepts(m.Receiver, t.ClrRuntimeType)).Select(m => (MethodBase)m.Method).ToArray()))
                .Where(x => x.Item2.Length > 0).ToList();
        }
        foreach (var (name, methods) in found)
        {
            var key = new PyStr(name);
            if (t.Dict.TryGetValue(key, out var existing) && !(existing is ClrMethod { SelfUse: SelfUse.FirstArgument }))
            {
                continue;
            }
            t.Dict[key] = new ClrMethod(name, t.ClrRuntimeType, methods, SelfUse.FirstArgument);
        }
    }

    private static bool Accepts(Type parameter, Type type)
    {
        if (!parameter.ContainsGenericParameters)
        {
            return parameter.IsAssignableFrom(type);
        }
        if (parameter.IsGenericParameter)
        {
            return true;
        }
        if (!parameter.IsGenericType)
        {
            return false;
        }
        var definition = parameter.GetGenericTypeDefinition();
        for (var b = type; b != null; b = b.BaseType)
        {
            if (b.IsGenericType && b.GetGenericTypeDefinition() == definition)
            {
                return true;
            }
        }
        return type.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == definition);
    }
}
