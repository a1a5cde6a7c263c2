using System;

namespace PyNet.Runtime;

/// <summary>The general calling convention of builtins: positional values then keyword values, and the keyword names.</summary>
public delegate object? BuiltinCall(object?[] args, PyStr[]? kwNames);

/// <summary>
/// A function written in C#: a module-level builtin (<c>len</c>) or, with <see cref="IsMethod"/>, a method of a
/// builtin type stored in the type's dictionary (a method descriptor, whose first argument is self). Fixed-arity
/// delegates serve calls without keywords; <see cref="General"/> serves everything else.
/// </summary>
public sealed class PyBuiltinFunction : PyObject
{
    public PyBuiltinFunction(string name, BuiltinCall general, bool isMethod = false)
    {
        Name = name;
        General = general;
        IsMethod = isMethod;
        IsSlotWrapper = isMethod && s_slotNames.Contains(name);
    }

    /// <summary>The special methods CPython implements as type slots: their descriptors are slot wrappers.</summary>
    private static readonly System.Collections.Generic.HashSet<string> s_slotNames = new()
    {
        "__repr__", "__hash__", "__call__", "__str__", "__getattribute__", "__setattr__", "__delattr__", "__lt__",
        "__le__", "__eq__", "__ne__", "__gt__", "__ge__", "__iter__", "__next__", "__get__", "__set__", "__delete__",
        "__init__", "__del__", "__await__", "__aiter__", "__anext__", "__add__", "__radd__", "__sub__", "__rsub__",
        "__mul__", "__rmul__", "__mod__", "__rmod__", "__divmod__", "__rdivmod__", "__pow__", "__rpow__", "__neg__",
        "__pos__", "__abs__", "__bool__", "__invert__", "__lshift__", "__rlshift__", "__rshift__", "__rrshift__",
        "__and__", "__rand__", "__xor__", "__rxor__", "__or__", "__ror__", "__int__", "__float__", "__iadd__",
        "__isub__", "__imul__", "__imod__", "__ipow__", "__ilshift__", "__irshift__", "__iand__", "__ixor__", "__ior__",
        "__floordiv__", "__rfloordiv__", "__truediv__", "__rtruediv__", "__ifloordiv__", "__itruediv__", "__index__",
        "__matmul__", "__rmatmul__", "__imatmul__", "__len__", "__getitem__", "__setitem__", "__delitem__", "__contains__",
    };

    /// <summary>A special method of a builtin type (CPython's wrapper_descriptor; bound, a method-wrapper).</summary>
    public bool IsSlotWrapper { get; }

    public string Name { get; }

    public bool IsMethod { get; }

    /// <summary>The type that owns a method descriptor, for its repr and self checks.</summary>
    public PyType? Owner
    {
        get => _owner;
        set
        {
            _owner = value;
            _unwrapsValues = value == PyType.IntType || value == PyType.FloatType || value == PyType.ComplexType || value == PyType.BoolType;
        }
    }

    private PyType? _owner;

    /// <summary>A method of int, float or complex: instances of their Python subclasses are passed as the plain value.</summary>
    private bool _unwrapsValues;

    public string? Doc { get; set; }

    public BuiltinCall General { get; }

    public Func<object?>? Fast0 { get; init; }

    public Func<object?, object?>? Fast1 { get; init; }

    public Func<object?, object?, object?>? Fast2 { get; init; }

    public Func<object?, object?, object?, object?>? Fast3 { get; init; }

    /// <summary>
    /// A one-argument entry with compiled code's convention: it never throws, and returns <see cref="PyOps.Raised"/>
    /// with the exception pending. For builtins whose errors are routine control flow (<c>next</c>'s
    /// StopIteration), where a .NET throw would cost more than the whole call.
    /// </summary>
    public Func<object?, object?>? Checked1 { get; init; }

    public override PyType Type => IsSlotWrapper ? PyType.WrapperDescriptorType : IsMethod ? PyType.MethodDescriptorType : PyType.BuiltinFunctionType;

    public object? Call(object?[] args, PyStr[]? kwNames)
    {
        if (_unwrapsValues)
        {
            args = PyValueInstance.UnwrapAll(args);
        }
        if (kwNames == null || kwNames.Length == 0)
        {
            switch (args.Length)
            {
                case 0 when Fast0 != null:
                    return Fast0();
                case 1 when Fast1 != null:
                    return Fast1(args[0]);
                case 2 when Fast2 != null:
                    return Fast2(args[0], args[1]);
                case 3 when Fast3 != null:
                    return Fast3(args[0], args[1], args[2]);
            }
        }
        return General(args, kwNames);
    }

    public static PyBuiltinFunction Create(string name, Func<object?> f, bool isMethod = false)
    {
        PyBuiltinFunction? self = null;
        self = new(name, Arity(() => self!, 0, (a, _) => f()), isMethod) { Fast0 = f };
        return self;
    }

    public static PyBuiltinFunction Create(string name, Func<object?, object?> f, bool isMethod = false)
    {
        PyBuiltinFunction? self = null;
        self = new(name, Arity(() => self!, 1, (a, _) => f(a[0])), isMethod) { Fast1 = f };
        return self;
    }

    public static PyBuiltinFunction Create(string name, Func<object?, object?, object?> f, bool isMethod = false)
    {
        PyBuiltinFunction? self = null;
        self = new(name, Arity(() => self!, 2, (a, _) => f(a[0], a[1])), isMethod) { Fast2 = f };
        return self;
    }

    public static PyBuiltinFunction Create(string name, Func<object?, object?, object?, object?> f, bool isMethod = false)
    {
        PyBuiltinFunction? self = null;
        self = new(name, Arity(() => self!, 3, (a, _) => f(a[0], a[1], a[2])), isMethod) { Fast3 = f };
        return self;
    }

    /// <summary>Wraps a fixed-arity body with CPython's argument-count checks for functions without keywords.</summary>
    private static BuiltinCall Arity(Func<PyBuiltinFunction> function, int count, BuiltinCall body) => (args, kw) =>
    {
        var f = function();
        if (kw != null && kw.Length > 0)
        {
            throw new PyException(PyErrors.NoKeywordArguments(f.QualifiedName));
        }
        if (args.Length != count)
        {
            throw new PyException(f.IsMethod && args.Length > 0
                ? PyErrors.MethodArgCount(f.QualifiedName, f.Name, count - 1, args.Length - 1)
                : PyErrors.BuiltinArgCount(f.Name, count, args.Length));
        }
        return body(args, kw);
    };

    /// <summary>type.name for a method of a builtin type, else the name (as CPython's messages show it).</summary>
    public string QualifiedName => IsMethod && Owner != null ? Owner.Name + "." + Name : Name;
}

/// <summary>A function bound to an instance (<c>obj.method</c>): calling it passes the instance first.</summary>
public sealed class PyBoundMethod : PyObject
{
    public PyBoundMethod(object? function, object? self)
    {
        Function = function;
        Self = self;
    }

    public object? Function { get; }

    public object? Self { get; }

    public override PyType Type => Function is PyBuiltinFunction bf
        ? (bf.IsSlotWrapper ? PyType.MethodWrapperType : PyType.BuiltinFunctionType)
        : PyType.MethodType;
}
