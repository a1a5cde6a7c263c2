using System;
using System.Collections.Concurrent;
using System.Linq;
using PyNet.Runtime;

namespace PyNet.Interop;

/// <summary>
/// The Python class of a .NET type. Its dictionary is filled from reflection on first use (<see cref="ClrTypeMembers"/>);
/// static properties and fields live on its own metaclass so that <c>DateTime.Now</c> reads them through the class.
/// Its bases follow the .NET base type; a .NET exception type also derives from the Python exception it maps to,
/// so <c>except ValueError</c> catches <c>System.ArgumentException</c>.
/// </summary>
public sealed class ClrType : PyType
{
    private ClrType(Type type, PyType baseType, PyType metatype)
        : base(ClrNames.TypeName(type), baseType, t => ClrTypeMembers.Fill((ClrType)t), module: type.Namespace ?? string.Empty,
            isBaseType: !type.IsSealed && !type.IsValueType && !type.IsGenericTypeDefinition)
    {
        ClrRuntimeType = type;
        QualName = ClrNames.QualifiedName(type);
        Metatype = metatype;
    }

    public Type ClrRuntimeType { get; }

    /// <summary>Whether the dictionary has been filled from reflection (members added later must then be added to it).</summary>
    public bool IsFilled { get; internal set; }

    /// <summary>The metaclass that holds the static properties, fields and events of <paramref name="type"/>.</summary>
    private static PyType MetatypeFor(Type type) =>
        new("ClrType", PyType.TypeType, meta => ClrTypeMembers.FillStatics(meta, type), module: "clr", isBaseType: true);

    /// <summary>Creates the class for <paramref name="type"/> (called once per type by <see cref="ClrTypes.Get"/>).</summary>
    internal static ClrType Create(Type type)
    {
        var baseType = type.BaseType != null ? ClrTypes.Get(type.BaseType)
            : type == typeof(object) || type.IsInterface ? PyType.ObjectType : ClrTypes.Get(typeof(object));
        if (type == typeof(Exception))
        {
            baseType = PyExc.Exception;
        }
        var result = new ClrType(type, baseType, MetatypeFor(type));
        if (ClrExceptions.MappedPythonType(type) is { } mapped && !baseType.IsSubtypeOf(mapped))
        {
            result.SetBases(new[] { baseType, mapped });
        }
        return result;
    }
}

/// <summary>The registry of <see cref="ClrType"/>s: one Python class per .NET type, made on first use.</summary>
public static class ClrTypes
{
    private static readonly ConcurrentDictionary<Type, ClrType> s_types = new();
    // One reference, so a reader on another thread never sees the type of one entry with the class of another.
    private static LastLookup s_last = new(typeof(void), PyType.ObjectType);

    public static ClrType Get(Type type) => s_types.TryGetValue(type, out var t) ? t : s_types.GetOrAdd(type, ClrType.Create);

    public static System.Collections.Generic.IEnumerable<ClrType> All => s_types.Values;

    /// <summary>PyType.Of for a .NET object: a Python subclass instance knows its class; others map through their .NET type.</summary>
    public static PyType TypeOf(object o)
    {
        if (o is IPythonSubclass sub)
        {
            return sub.PythonType;
        }
        var type = o.GetType();
        var last = s_last;
        if (last.Type == type)
        {
            return last.PyType;
        }
        var result = Get(type);
        s_last = new LastLookup(type, result);
        return result;
    }

    private sealed record LastLookup(Type Type, PyType PyType);

    /// <summary>The .NET type a Python value names in <c>List[int]</c>, <c>clr.GetClrType(x)</c>: int is Int32, str is String...</summary>
    public static Type ToClrType(object? key) => key switch
    {
        ClrType t => t.ClrRuntimeType,
        PyType t when ReferenceEquals(t, PyType.IntType) => typeof(int),
        PyType t when ReferenceEquals(t, PyType.FloatType) => typeof(double),
        PyType t when ReferenceEquals(t, PyType.StrType) => typeof(string),
        PyType t when ReferenceEquals(t, PyType.BoolType) => typeof(bool),
        PyType t when ReferenceEquals(t, PyType.BytesType) => typeof(byte[]),
        PyType t when ReferenceEquals(t, PyType.ObjectType) => typeof(object),
        PyType t when t.Mro.OfType<ClrType>().FirstOrDefault() is { } clr => SubclassBuilder.ClrTypeFor(t) ?? clr.ClrRuntimeType,
        PyType => typeof(object),
        Type t => t,
        _ => throw new PyException(PyErrors.ClrNotAType(key)),
    };

    public static Type[] TypeArguments(object? key) => key is PyTuple tuple ? tuple.UnsafeArray.Take(tuple.Count).Select(ToClrType).ToArray() : new[] { ToClrType(key) };
}

/// <summary>A .NET object made from a Python class that derives from a .NET type: it knows its Python class and has a dict.</summary>
public interface IPythonSubclass : IHasDict
{
    PyType PythonType { get; }
}
