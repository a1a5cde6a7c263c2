using System;

namespace PyNet.Runtime;

/// <summary>Helpers the builtin types use to fill their dictionaries.</summary>
public partial class PyType
{
    public PyBuiltinFunction DefMethod(string name, Func<object?, object?> f) => Put(PyBuiltinFunction.Create(name, f, true));

    public PyBuiltinFunction DefMethod(string name, Func<object?, object?, object?> f) => Put(PyBuiltinFunction.Create(name, f, true));

    public PyBuiltinFunction DefMethod(string name, Func<object?, object?, object?, object?> f) => Put(PyBuiltinFunction.Create(name, f, true));

    /// <summary>A method taking any arguments: args[0] is self.</summary>
    public PyBuiltinFunction DefMethodVar(string name, BuiltinCall f) => Put(new PyBuiltinFunction(name, f, true));

    /// <summary>
    /// A method taking any arguments, with typed entries for calls of one to three positional arguments (self
    /// included) that must behave as <paramref name="f"/> does for them: method calls use them without an argument array.
    /// </summary>
    public PyBuiltinFunction DefMethodVar(
        string name,
        BuiltinCall f,
        Func<object?, object?>? fast1,
        Func<object?, object?, object?>? fast2 = null,
        Func<object?, object?, object?, object?>? fast3 = null) =>
        Put(new PyBuiltinFunction(name, f, true) { Fast1 = fast1, Fast2 = fast2, Fast3 = fast3 });

    public void DefGetSet(string name, Func<object, object?> getter, Action<object, object?>? setter = null) =>
        Dict[PyStr.Intern(name)] = new PyGetSetDescriptor(name, this, getter, setter);

    public void DefStatic(string name, BuiltinCall f) =>
        Dict[PyStr.Intern(name)] = new PyStaticMethod(new PyBuiltinFunction(name, f));

    public void DefClassMethod(string name, BuiltinCall f) =>
        Dict[PyStr.Intern(name)] = new PyClassMethod(new PyBuiltinFunction(name, f));

    public void DefValue(string name, object? value) => Dict[PyStr.Intern(name)] = value;

    private PyBuiltinFunction Put(PyBuiltinFunction f)
    {
        f.Owner = this;
        Dict[PyStr.Intern(f.Name)] = f;
        return f;
    }
}
