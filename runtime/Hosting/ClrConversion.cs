using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Numerics;
using System.Runtime.CompilerServices;

namespace PyNet.Runtime;

/// <summary>
/// Checked conversions between Python values and the .NET types C# code uses: the boundary of the typed module
/// classes (<c>pynet build</c>) and of the embedding API. To .NET: int to long/int/... (OverflowException when it does
/// not fit), float (or int) to double, str to string, bool to bool, bytes to byte[], list/tuple to List&lt;T&gt;,
/// dict to Dictionary&lt;K, V&gt;, None to null (or a nullable's empty value); anything else is an
/// InvalidCastException naming both types. To Python: the reverse, with collections copied.
/// </summary>
public static class ClrConversion
{
    /// <summary>Converts a Python value to <typeparamref name="T"/> (checked).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static T ToClr<T>(object? value)
    {
        // Value types get their own JIT-compiled copy of this method, so these tests fold to one branch.
        if (typeof(T) == typeof(long))
        {
            return (T)(object)ToInt64(value);
        }
        if (typeof(T) == typeof(double))
        {
            return (T)(object)ToDouble(value);
        }
        if (typeof(T) == typeof(bool))
        {
            return (T)(object)ToBoolean(value);
        }
        if (typeof(T) == typeof(object))
        {
            return (T)value!;
        }
        return (T)ToClr(value, typeof(T))!;
    }

    /// <summary>Converts a .NET value to the Python value it stands for.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static object? ToPython<T>(T value)
    {
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
        return ToPython((object?)value);
    }

    public static long ToInt64(object? value) => value is long l ? l : ToInt64Slow(value);

    private static long ToInt64Slow(object? value) => value switch
    {
        bool b => b ? 1 : 0,
        BigInteger big => throw new OverflowException($"Python int {big} does not fit in Int64"),
        PyValueInstance v when v.Value is long or BigInteger => ToInt64(v.Value),
        _ => throw CannotConvert(value, typeof(long)),
    };

    public static double ToDouble(object? value) => value is double d ? d : ToDoubleSlow(value);

    private static double ToDoubleSlow(object? value) => value switch
    {
        long l => l,
        bool b => b ? 1 : 0,
        BigInteger big => (double)big,
        PyValueInstance v when v.Value is double or long or BigInteger => ToDouble(v.Value),
        _ => throw CannotConvert(value, typeof(double)),
    };

    public static bool ToBoolean(object? value) => value is bool b ? b : throw CannotConvert(value, typeof(bool));

    /// <summary>The non-generic conversion (for types only known at run time: dynamic, collections' elements).</summary>
    public static object? ToClr(object? value, Type type)
    {
        if (type == typeof(object))
        {
            return value;
        }
        var underlying = Nullable.GetUnderlyingType(type);
        if (underlying != null)
        {
            return value == null ? null : ToClr(value, underlying);
        }
        if (value == null)
        {
            return type.IsValueType ? throw CannotConvert(value, type) : null;
        }
        if (type == typeof(string))
        {
            return value is PyStr s ? s.Value : throw CannotConvert(value, type);
        }
        if (type == typeof(long))
        {
            return ToInt64(value);
        }
        if (type == typeof(double))
        {
            return ToDouble(value);
        }
        if (type == typeof(bool))
        {
            return ToBoolean(value);
        }
        if (type == typeof(int) || type == typeof(short) || type == typeof(sbyte) || type == typeof(byte) ||
            type == typeof(ushort) || type == typeof(uint) || type == typeof(ulong))
        {
            return ToSmallerInteger(value, type);
        }
        if (type == typeof(float))
        {
            return (float)ToDouble(value);
        }
        if (type == typeof(BigInteger))
        {
            return value switch
            {
                long l => new BigInteger(l),
                BigInteger b => b,
                _ => throw CannotConvert(value, type),
            };
        }
        if (type == typeof(byte[]))
        {
            return value switch
            {
                PyBytes b => b.UnsafeArray.Clone(),
                PyByteArray a => Builtins.ToArray(a).Select(x => (byte)(long)x!).ToArray(),
                _ => throw CannotConvert(value, type),
            };
        }
        if (type.IsInstanceOfType(value))
        {
            return value;
        }
        if (type.IsGenericType)
        {
            var definition = type.GetGenericTypeDefinition();
            var args = type.GetGenericArguments();
            if (definition == typeof(List<>) || definition == typeof(IList<>) || definition == typeof(IReadOnlyList<>) ||
                definition == typeof(IEnumerable<>) || definition == typeof(ICollection<>) || definition == typeof(IReadOnlyCollection<>))
            {
                return ToList(value, args[0], type);
            }
            if (definition == typeof(Dictionary<,>) || definition == typeof(IDictionary<,>) || definition == typeof(IReadOnlyDictionary<,>))
            {
                return ToDictionary(value, args[0], args[1], type);
            }
        }
        throw CannotConvert(value, type);
    }

    private static object ToSmallerInteger(object value, Type type)
    {
        var big = value switch
        {
            long l => new BigInteger(l),
            bool b => b ? BigInteger.One : BigInteger.Zero,
            BigInteger b => b,
            _ => throw CannotConvert(value, type),
        };
        try
        {
            return Convert.ChangeType((decimal)big, type, System.Globalization.CultureInfo.InvariantCulture);
        }
        catch (OverflowException)
        {
            throw new OverflowException($"Python int {big} does not fit in {type.Name}");
        }
    }

    private static object ToList(object value, Type element, Type target)
    {
        object?[] items = value switch
        {
            PyList l => Builtins.ToArray(l),
            PyTuple t => t.UnsafeArray,
            _ => throw CannotConvert(value, target),
        };
        var list = (IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(element), items.Length)!;
        foreach (var item in items)
        {
            list.Add(ToClr(item, element));
        }
        return list;
    }

    private static object ToDictionary(object value, Type key, Type item, Type target)
    {
        if (value is not PyDict d)
        {
            throw CannotConvert(value, target);
        }
        var dictionary = (IDictionary)Activator.CreateInstance(typeof(Dictionary<,>).MakeGenericType(key, item), d.Count)!;
        foreach (var pair in d.Items())
        {
            dictionary.Add(ToClr(pair.Key, key)!, ToClr(pair.Value, item));
        }
        return dictionary;
    }

    /// <summary>A .NET value as a Python value: strings, numbers, bytes and collections converted (copied), Python objects unchanged.</summary>
    public static object? ToPython(object? value)
    {
        switch (value)
        {
            case null:
            case PyObject:
                return value;
            case string s:
                return new PyStr(s);
            case long l:
                return PyInt.Box(l);
            case int i:
                return PyInt.Box(i);
            case double:
            case BigInteger:
            case Complex:
                return value is BigInteger b ? PyInt.Normalize(b) : value;
            case bool flag:
                return flag ? PyOps.True : PyOps.False;
            case float f:
                return (double)f;
            case short or sbyte or byte or ushort or uint:
                return PyInt.Box(Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture));
            case ulong u:
                return u <= long.MaxValue ? PyInt.Box((long)u) : PyInt.Normalize(new BigInteger(u));
            case char c:
                return PyStr.FromChar(c);
            case byte[] bytes:
                return new PyBytes((byte[])bytes.Clone());
            case IDictionary dictionary:
                var d = new PyDict();
                foreach (DictionaryEntry entry in dictionary)
                {
                    d[ToPython(entry.Key)] = ToPython(entry.Value);
                }
                return d;
            case IList list:
                var result = new PyList(list.Count);
                foreach (var item in list)
                {
                    result.Append(ToPython(item));
                }
                return result;
            case Delegate callback:
                return DelegateFunction(callback);
            default:
                return value;
        }
    }

    /// <summary>A .NET delegate as a Python callable: arguments converted to its parameter types, the result back.</summary>
    private static PyBuiltinFunction DelegateFunction(Delegate callback)
    {
        var parameters = callback.Method.GetParameters();
        return new PyBuiltinFunction(callback.Method.Name, (args, kwNames) =>
        {
            if ((kwNames?.Length ?? 0) > 0 || args.Length != parameters.Length)
            {
                throw new PyException(PyErrors.ClrCallbackArguments(callback.Method.Name, parameters.Length, args.Length, kwNames?.Length ?? 0));
            }
            var converted = new object?[args.Length];
            for (var i = 0; i < args.Length; i++)
            {
                converted[i] = ToClrForPython(args[i], parameters[i].ParameterType);
            }
            try
            {
                return ToPython(callback.DynamicInvoke(converted));
            }
            catch (System.Reflection.TargetInvocationException e) when (e.InnerException != null)
            {
                throw new PyException(PyErr.FromClr(e.InnerException));
            }
        });
    }

    /// <summary>A conversion whose failure is reported to Python code as TypeError (or OverflowError).</summary>
    private static object? ToClrForPython(object? value, Type type)
    {
        try
        {
            return ToClr(value, type);
        }
        catch (InvalidCastException e)
        {
            throw new PyException(PyErrors.ClrConversionFailed(e.Message));
        }
    }

    private static InvalidCastException CannotConvert(object? value, Type type) =>
        new($"cannot convert Python {PyErrors.TypeName(value)} to {DisplayName(type)}");

    private static string DisplayName(Type type)
    {
        if (!type.IsGenericType)
        {
            return type.IsArray ? DisplayName(type.GetElementType()!) + "[]" : type.Name;
        }
        var name = type.Name[..type.Name.IndexOf('`')];
        return name + "<" + string.Join(", ", Array.ConvertAll(type.GetGenericArguments(), DisplayName)) + ">";
    }
}
