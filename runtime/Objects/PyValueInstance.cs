using System.Numerics;

namespace PyNet.Runtime;

/// <summary>
/// An instance of a Python subclass of int or float. Those values are plain CLR boxes (long, BigInteger, double)
/// that cannot carry a type, so a subclass instance wraps the value. The builtin number methods receive the
/// unwrapped value (<see cref="PyBuiltinFunction"/> unwraps the arguments of int, float and complex methods), so
/// <c>MyInt(2) + 3</c> runs int.__add__(2, 3); anything the subclass overrides is found on its type first.
/// </summary>
public abstract class PyValueInstance : PyObject, IHasDict, ITypeAssignable
{
    private PyType _type;

    protected PyValueInstance(PyType type)
    {
        _type = type;
    }

    /// <summary>The wrapped value: a boxed long, BigInteger, double or Complex (or the str, tuple or bytes).</summary>
    public abstract object Value { get; }

    public override PyType Type => _type;

    public PyDict? InstanceDict { get; set; }

    public PyDict GetOrCreateDict() => InstanceDict ??= new PyDict();

    public void SetType(PyType type) => _type = type;

    public static object? Unwrap(object? o) => o is PyValueInstance v ? v.Value : o;

    /// <summary>
    /// What <c>__new__</c> of an immutable builtin returns: <paramref name="value"/> itself for the builtin type, or an
    /// instance of the subclass named by args[0] holding it (<c>super().__new__(cls, v)</c> in a subclass).
    /// </summary>
    public static object? OfSubtype(object?[] args, PyType builtin, object? value)
    {
        if (args.Length == 0 || args[0] is not PyType cls || ReferenceEquals(cls, builtin) || !cls.IsSubtypeOf(builtin))
        {
            return value;
        }
        value = Unwrap(value);
        if (ReferenceEquals(builtin, PyType.IntType))
        {
            return new PyIntInstance(cls, value!);
        }
        if (ReferenceEquals(builtin, PyType.FloatType))
        {
            return new PyFloatInstance(cls, value is double d ? d : PyInt.ToDouble(value!));
        }
        if (ReferenceEquals(builtin, PyType.ComplexType))
        {
            return new PyComplexInstance(cls, (System.Numerics.Complex)value!);
        }
        if (ReferenceEquals(builtin, PyType.StrType))
        {
            return new PyStrInstance(cls, (PyStr)value!);
        }
        if (ReferenceEquals(builtin, PyType.TupleType))
        {
            return new PyTupleInstance(cls, ((PyTuple)value!).UnsafeArray);
        }
        return new PyBytesInstance(cls, ((PyBytes)value!).UnsafeArray);
    }

    /// <summary>The arguments with every wrapped value replaced by the value (a copy only when something changes).</summary>
    public static object?[] UnwrapAll(object?[] args)
    {
        object?[]? copy = null;
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] is PyValueInstance v)
            {
                copy ??= (object?[])args.Clone();
                copy[i] = v.Value;
            }
        }
        return copy ?? args;
    }
}

/// <summary>An instance of a Python subclass of int.</summary>
public sealed class PyIntInstance : PyValueInstance
{
    public PyIntInstance(PyType type, object value)
        : base(type)
    {
        Value = value is bool b ? PyInt.Box(b ? 1 : 0) : value is BigInteger or long ? value : PyInt.Box(0);
    }

    public override object Value { get; }
}

/// <summary>An instance of a Python subclass of float.</summary>
public sealed class PyFloatInstance : PyValueInstance
{
    public PyFloatInstance(PyType type, double value)
        : base(type)
    {
        Value = value;
    }

    public override object Value { get; }
}

/// <summary>An instance of a Python subclass of complex.</summary>
public sealed class PyComplexInstance : PyValueInstance
{
    public PyComplexInstance(PyType type, System.Numerics.Complex value)
        : base(type)
    {
        Value = value;
    }

    public override object Value { get; }
}
