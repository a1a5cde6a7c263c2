using System;
using System.Collections;
using System.Collections.Generic;
using System.Numerics;
using PyNet.Runtime;

namespace PyNet.Interop;

/// <summary>
/// Conversions between Python values and .NET values. <see cref="Cost"/> ranks how well a Python argument's CLR
/// type fits a parameter type (overload resolution keys on it, so it looks at types only); <see cref="To{T}"/>
/// converts a value for a parameter (a generic method, so the JIT specialises it per value type and the type tests
/// fold away); <see cref="FromClr{T}"/> and <see cref="FromObject"/> turn .NET results into Python values.
/// </summary>
public static class ClrConverter
{
    public const int NoMatch = -1;
    private const int ObjectCost = 20;

    /// <summary>How well a Python value of CLR type <paramref name="from"/> (null for None) fits <paramref name="to"/>; lower is better, <see cref="NoMatch"/> when it cannot.</summary>
    public static int Cost(Type? from, Type to)
    {
        if (to.IsByRef)
        {
            to = to.GetElementType()!;
        }
        if (from == null)
        {
            return !to.IsValueType || Nullable.GetUnderlyingType(to) != null ? 1 : NoMatch;
        }
        if (to.IsByRefLike || to.IsPointer || to.ContainsGenericParameters)
        {
            return NoMatch;
        }
        if (Nullable.GetUnderlyingType(to) is { } underlying)
        {
            var c = Cost(from, underlying);
            return c == NoMatch ? NoMatch : c + 1;
        }
        if (from == typeof(long))
        {
            return IntegerCost(to);
        }
        if (from == typeof(BigInteger))
        {
            return to == typeof(BigInteger) ? 0 : IsInteger(to) ? 3 : to == typeof(double) ? 6 : to == typeof(decimal) ? 7 : Fallback(from, to);
        }
        if (from == typeof(double))
        {
            return to == typeof(double) ? 0 : to == typeof(float) ? 3 : to == typeof(decimal) ? 4 : Fallback(from, to);
        }
        if (from == typeof(bool))
        {
            return to == typeof(bool) ? 0 : Fallback(from, to);
        }
        if (from == typeof(PyStr))
        {
            return to == typeof(string) ? 0 : to == typeof(char) ? 2 : to.IsAssignableFrom(typeof(string)) && to != typeof(object) ? 10 : Fallback(from, to);
        }
        if (from == typeof(PyBytes))
        {
            return to == typeof(byte[]) ? 0 : CollectionCost(to);
        }
        if (typeof(Delegate).IsAssignableFrom(to) && to != typeof(Delegate) && to != typeof(MulticastDelegate))
        {
            return IsPythonCallableType(from) ? 5 : to.IsAssignableFrom(from) ? 0 : NoMatch;
        }
        if (typeof(PyType).IsAssignableFrom(from) && to.IsAssignableFrom(typeof(Type)) && to != typeof(object))
        {
            return 5;
        }
        if (typeof(PyBaseException).IsAssignableFrom(from))
        {
            return typeof(Exception).IsAssignableFrom(to) ? 5 : Fallback(from, to);
        }
        if (IsPythonType(from) && !typeof(IPythonSubclass).IsAssignableFrom(from))
        {
            var c = CollectionCost(to);
            return c != NoMatch ? c : Fallback(from, to);
        }
        if (to.IsAssignableFrom(from))
        {
            return from == to ? 0 : to == typeof(object) ? ObjectCost : 1;
        }
        return NoMatch;
    }

    private static int Fallback(Type from, Type to) => to == typeof(object) ? ObjectCost : to.IsAssignableFrom(from) ? 10 : NoMatch;

    /// <summary>Python int: Int32 first (as IronPython does), then the wider and narrower integers, then the floats.</summary>
    private static int IntegerCost(Type to)
    {
        if (to.IsEnum)
        {
            return NoMatch;
        }
        return Type.GetTypeCode(to) switch
        {
            TypeCode.Int32 => 1,
            TypeCode.Int64 => 2,
            TypeCode.Int16 or TypeCode.SByte or TypeCode.Byte or TypeCode.UInt16 or TypeCode.UInt32 or TypeCode.UInt64 => 3,
            TypeCode.Double => 6,
            TypeCode.Single or TypeCode.Decimal => 7,
            _ => to == typeof(BigInteger) ? 4 : to == typeof(object) ? ObjectCost : NoMatch,
        };
    }

    private static bool IsInteger(Type t) => !t.IsEnum && Type.GetTypeCode(t) is TypeCode.Int16 or TypeCode.Int32 or TypeCode.Int64 or TypeCode.SByte
        or TypeCode.Byte or TypeCode.UInt16 or TypeCode.UInt32 or TypeCode.UInt64;

    /// <summary>A Python list, tuple or other iterable where .NET wants an array or a generic collection interface.</summary>
    private static int CollectionCost(Type to)
    {
        if (to.IsArray || to == typeof(IEnumerable) || to == typeof(IList) || to == typeof(ICollection))
        {
            return 8;
        }
        if (to.IsGenericType)
        {
            var def = to.GetGenericTypeDefinition();
            if (def == typeof(IEnumerable<>) || def == typeof(IList<>) || def == typeof(ICollection<>) || def == typeof(IReadOnlyList<>)
                || def == typeof(IReadOnlyCollection<>) || def == typeof(List<>))
            {
                return 8;
            }
        }
        return NoMatch;
    }

    private static bool IsPythonType(Type t) => t.Assembly == typeof(PyObject).Assembly || t == typeof(long) || t == typeof(double)
        || t == typeof(bool) || t == typeof(BigInteger) || t == typeof(Complex);

    private static bool IsPythonCallableType(Type t) => typeof(PyFunction).IsAssignableFrom(t) || typeof(PyBoundMethod).IsAssignableFrom(t)
        || typeof(PyBuiltinFunction).IsAssignableFrom(t) || typeof(IPyCallable).IsAssignableFrom(t) || typeof(PyInstance).IsAssignableFrom(t)
        || typeof(PyType).IsAssignableFrom(t);

    /// <summary>Converts a Python value for a parameter of type <typeparamref name="T"/>.</summary>
    public static T To<T>(object? v)
    {
        if (typeof(T) == typeof(int))
        {
            return (T)(object)(int)ToInteger(v, typeof(int), int.MinValue, int.MaxValue);
        }
        if (typeof(T) == typeof(long))
        {
            return (T)(object)(long)ToInteger(v, typeof(long), long.MinValue, long.MaxValue);
        }
        if (typeof(T) == typeof(double))
        {
            return (T)(object)ToDouble(v);
        }
        if (typeof(T) == typeof(bool))
        {
            return v is bool b ? (T)(object)b : throw Mismatch(v, typeof(bool));
        }
        if (typeof(T) == typeof(string))
        {
            return v switch
            {
                PyStr s => (T)(object)s.Value,
                null => default!,
                string s => (T)(object)s,
                _ => throw Mismatch(v, typeof(string)),
            };
        }
        return (T)ToClr(v, typeof(T))!;
    }

    /// <summary>The general conversion of a Python value to a value of <paramref name="type"/> (boxed).</summary>
    public static object? ToClr(object? v, Type type)
    {
        if (type.IsByRef)
        {
            type = type.GetElementType()!;
        }
        if (v == null)
        {
            return type.IsValueType && Nullable.GetUnderlyingType(type) == null ? throw Mismatch(v, type) : null;
        }
        if (Nullable.GetUnderlyingType(type) is { } underlying)
        {
            type = underlying;
        }
        if (type == typeof(object))
        {
            return ToObject(v);
        }
        switch (v)
        {
            case long or BigInteger:
                return IntegerTo(v, type);
            case double d:
                return Type.GetTypeCode(type) switch
                {
                    TypeCode.Double => d,
                    TypeCode.Single => (float)d,
                    TypeCode.Decimal => (decimal)d,
                    _ => throw Mismatch(v, type),
                };
            case PyStr s:
                if (type == typeof(char))
                {
                    return s.Value.Length == 1 ? s.Value[0] : throw new ArgumentConversionException(PyErrors.ClrCharExpected(s.Value.Length));
                }
                return type.IsAssignableFrom(typeof(string)) ? s.Value : throw Mismatch(v, type);
            case PyType t when type.IsAssignableFrom(typeof(Type)) && type != typeof(object):
                return ClrTypes.ToClrType(t);
            case PyBytes b when type == typeof(byte[]):
                return (byte[])b.UnsafeArray.Clone();
            case PyBaseException e when ClrExceptions.TryGetClrException(e, out var clr) && type.IsInstanceOfType(clr):
                return clr;
        }
        if (type.IsInstanceOfType(v) && (v is not PyObject || type != typeof(object)))
        {
            return v;
        }
        if (typeof(Delegate).IsAssignableFrom(type) && Builtins.IsCallable(v))
        {
            return DelegateFactory.Create(type, v);
        }
        if (v is PyObject && CollectionCost(type) != NoMatch)
        {
            return ToCollection(v, type);
        }
        throw Mismatch(v, type);
    }

    /// <summary>A Python value where .NET wants object: ints become Int32 (Int64, BigInteger when larger), floats Double, strs String.</summary>
    public static object? ToObject(object? v) => v switch
    {
        long l => l is >= int.MinValue and <= int.MaxValue ? (int)l : l,
        PyStr s => s.Value,
        PyBaseException e when ClrExceptions.TryGetClrException(e, out var clr) => clr,
        _ => v,
    };

    private static object IntegerTo(object v, Type type)
    {
        var big = v is long l ? l : (BigInteger)v;
        if (type == typeof(BigInteger))
        {
            return big;
        }
        switch (Type.GetTypeCode(type))
        {
            case TypeCode.Double:
                return (double)big;
            case TypeCode.Single:
                return (float)big;
            case TypeCode.Decimal:
                return (decimal)big;
            case TypeCode.Boolean:
            case TypeCode.Char:
            case TypeCode.String:
            case TypeCode.DateTime:
            case TypeCode.Object:
            case TypeCode.Empty:
            case TypeCode.DBNull:
                throw Mismatch(v, type);
        }
        if (type.IsEnum)
        {
            throw Mismatch(v, type);
        }
        var (min, max) = IntegerRange(type);
        if (big < min || big > max)
        {
            throw new ArgumentConversionException(PyErrors.ClrIntegerOverflow(type.Name));
        }
        return Convert.ChangeType(big.ToString(System.Globalization.CultureInfo.InvariantCulture), type, System.Globalization.CultureInfo.InvariantCulture);
    }

    private static (BigInteger Min, BigInteger Max) IntegerRange(Type t) => Type.GetTypeCode(t) switch
    {
        TypeCode.SByte => (sbyte.MinValue, sbyte.MaxValue),
        TypeCode.Byte => (byte.MinValue, byte.MaxValue),
        TypeCode.Int16 => (short.MinValue, short.MaxValue),
        TypeCode.UInt16 => (ushort.MinValue, ushort.MaxValue),
        TypeCode.Int32 => (int.MinValue, int.MaxValue),
        TypeCode.UInt32 => (uint.MinValue, uint.MaxValue),
        TypeCode.Int64 => (long.MinValue, long.MaxValue),
        _ => (ulong.MinValue, ulong.MaxValue),
    };

    private static long ToInteger(object? v, Type type, long min, long max)
    {
        if (v is long l)
        {
            return l >= min && l <= max ? l : throw new ArgumentConversionException(PyErrors.ClrIntegerOverflow(type.Name));
        }
        return Convert.ToInt64(IntegerTo(v ?? throw Mismatch(v, type), type), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static double ToDouble(object? v) => v switch
    {
        double d => d,
        long l => l,
        BigInteger b => (double)b,
        _ => throw Mismatch(v, typeof(double)),
    };

    private static object ToCollection(object v, Type type)
    {
        var element = type.IsArray ? type.GetElementType()! : type.IsGenericType ? type.GetGenericArguments()[0] : typeof(object);
        var items = Builtins.ToArray(v);
        if (type.IsArray)
        {
            var array = Array.CreateInstance(element, items.Length);
            for (var i = 0; i < items.Length; i++)
            {
                array.SetValue(ToClr(items[i], element), i);
            }
            return array;
        }
        var list = (IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(element))!;
        foreach (var item in items)
        {
            list.Add(ToClr(item, element));
        }
        return list;
    }

    private static ArgumentConversionException Mismatch(object? v, Type type) =>
        new(PyErrors.ClrArgumentMismatch(ClrNames.TypeName(type), v));

    /// <summary>A .NET result as a Python value.</summary>
    public static object? FromClr<T>(T value)
    {
        if (typeof(T) == typeof(int))
        {
            return PyInt.Box((int)(object)value!);
        }
        if (typeof(T) == typeof(long))
        {
            return PyInt.Box((long)(object)value!);
        }
        if (typeof(T) == typeof(double))
        {
            return (double)(object)value!;
        }
        if (typeof(T) == typeof(bool))
        {
            return (bool)(object)value! ? PyOps.True : PyOps.False;
        }
        if (typeof(T) == typeof(string))
        {
            return value == null ? null : new PyStr((string)(object)value);
        }
        return FromObject(value);
    }

    public static object? FromObject(object? o) => o switch
    {
        null => null,
        string s => new PyStr(s),
        int i => PyInt.Box(i),
        long l => PyInt.Box(l),
        bool b => b ? PyOps.True : PyOps.False,
        double d => d,
        float f => (double)f,
        short s => PyInt.Box(s),
        byte b => PyInt.Box(b),
        sbyte b => PyInt.Box(b),
        ushort u => PyInt.Box(u),
        uint u => PyInt.Box(u),
        ulong u => u <= long.MaxValue ? PyInt.Box((long)u) : (BigInteger)u,
        char c => PyStr.FromChar(c),
        byte[] bytes => new PyBytes((byte[])bytes.Clone()),
        _ => o,
    };
}

/// <summary>
/// A conversion that failed on the value, not the type (an int out of range, a str that is not one character): the
/// overload resolver tries the next candidate before reporting it.
/// </summary>
public sealed class ArgumentConversionException : Exception
{
    public ArgumentConversionException(PyBaseException error)
        : base(error.ToString())
    {
        Error = error;
    }

    public PyBaseException Error { get; }
}
