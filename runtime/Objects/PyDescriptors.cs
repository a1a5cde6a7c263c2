using System;

namespace PyNet.Runtime;

/// <summary>A computed attribute of a builtin type (CPython's getset descriptor), e.g. <c>__class__</c>, <c>args</c>.</summary>
public sealed class PyGetSetDescriptor : PyObject
{
    public PyGetSetDescriptor(string name, PyType owner, Func<object, object?> getter, Action<object, object?>? setter)
    {
        Name = name;
        Owner = owner;
        Getter = getter;
        Setter = setter;
    }

    public string Name { get; }

    public PyType Owner { get; }

    public Func<object, object?> Getter { get; }

    public Action<object, object?>? Setter { get; }

    public override PyType Type => PyType.GetSetDescriptorType;
}

/// <summary><c>staticmethod(f)</c>.</summary>
public sealed class PyStaticMethod : PyObject, IHasDict
{
    public PyStaticMethod(object? function)
    {
        Function = function;
    }

    public object? Function { get; set; }

    public PyDict? InstanceDict { get; set; }

    public PyDict GetOrCreateDict() => InstanceDict ??= new PyDict();

    public override PyType Type => PyType.StaticMethodType;
}

/// <summary><c>classmethod(f)</c>.</summary>
public sealed class PyClassMethod : PyObject, IHasDict
{
    public PyClassMethod(object? function)
    {
        Function = function;
    }

    public object? Function { get; set; }

    public PyDict? InstanceDict { get; set; }

    public PyDict GetOrCreateDict() => InstanceDict ??= new PyDict();

    public override PyType Type => PyType.ClassMethodType;
}

/// <summary><c>property(fget, fset, fdel, doc)</c>: a data descriptor calling Python functions.</summary>
public class PyProperty : PyObject
{
    public PyProperty(object? getter, object? setter, object? deleter, object? doc)
    {
        Getter = getter;
        Setter = setter;
        Deleter = deleter;
        Doc = doc;
    }

    public object? Getter { get; set; }

    public object? Setter { get; set; }

    public object? Deleter { get; set; }

    public object? Doc { get; set; }

    /// <summary>The attribute name, set by __set_name__ when the owning class is created.</summary>
    public string? Name { get; set; }

    public override PyType Type => PyType.PropertyType;

    public string UnreadableMessage(PyType owner) => ExceptionMembers.StrOf(PyErrors.PropertyNoGetter(Name, owner));

    public string UnwritableMessage(PyType owner, bool delete) => ExceptionMembers.StrOf(PyErrors.PropertyNoSetter(Name, owner, delete));
}

/// <summary>An instance of a Python subclass of property: its own type and an attribute dictionary.</summary>
public sealed class PyPropertyWithDict : PyProperty, IHasDict
{
    private readonly PyType _type;

    public PyPropertyWithDict(PyType type)
        : base(null, null, null, null)
    {
        _type = type;
    }

    public override PyType Type => _type;

    public PyDict? InstanceDict { get; private set; }

    public PyDict GetOrCreateDict() => InstanceDict ??= new PyDict();
}
