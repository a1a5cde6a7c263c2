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

/// <summary><c>property(fget, fset, fdel, doc)</c>.</summary>
public sealed class PyProperty : PyObject
{
    public PyProperty(object? getter, object? setter, object? deleter, object? doc)
    {
        Getter = getter;
        Setter = setter;
        Deleter = deleter;
        Doc = doc;
    }

    public object? Getter { get; }

    public object? Setter { get; }

    public object? Deleter { get; }

    public object? Doc { get; }

    public string? Name { get; set; }

    public override PyType Type => PyType.PropertyType;

    public string UnreadableMessage(PyType owner) =>
        Name != null ? $"property '{Name}' of '{owner.Name}' object has no getter" : "unreadable attribute";

    public string UnwritableMessage(PyType owner, bool delete) =>
        Name != null
            ? $"property '{Name}' of '{owner.Name}' object has no {(delete ? "deleter" : "setter")}"
            : delete ? "can't delete attribute" : "can't set attribute";
}
