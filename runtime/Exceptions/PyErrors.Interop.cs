using System.Collections.Generic;

namespace PyNet.Runtime;

/// <summary>The .NET interop layer's errors (PyNet.Interop): the wording follows IronPython's where it has one.</summary>
public static partial class PyErrors
{
    /// <summary>No overload of a .NET method accepts the arguments: the message lists the argument types and every overload.</summary>
    public static PyBaseException ClrNoOverload(string method, IEnumerable<string> argumentTypes, IEnumerable<string> overloads) =>
        TypeError($"no overload of {method} accepts the arguments ({string.Join(", ", argumentTypes)}); the overloads are:\n    "
            + string.Join("\n    ", overloads));

    public static PyBaseException ClrArgumentMismatch(string expected, object? value) => TypeError($"expected {expected}, got {TypeName(value)}");

    public static PyBaseException ClrIntegerOverflow(string typeName) => OverflowError($"Python int too large to convert to {typeName}");

    public static PyBaseException ClrCharExpected(int length) => TypeError($"expected a character, but string of length {length} found");

    public static PyBaseException ClrSelfMismatch(string method, string typeName, object? value) =>
        TypeError($"descriptor '{method}' requires a '{typeName}' object but received a '{TypeName(value)}'");

    public static PyBaseException ClrNoGenericArity(string name, int count) =>
        TypeError($"{name} has no generic form that takes {count} type argument{(count == 1 ? string.Empty : "s")}");

    public static PyBaseException ClrNotAType(object? value) => TypeError($"expected a type, got {TypeName(value)}");

    public static PyBaseException ClrEventAssign(string eventName) =>
        New(PyExc.AttributeError, $"cannot assign to event '{eventName}': use += or -= to add or remove a handler");

    public static PyBaseException ClrCannotInstantiate(string typeName, string why) => TypeError($"cannot create instances of {why} '{typeName}'");

    public static PyBaseException ClrAssemblyNotFound(string name) => New(PyExc.OSError, $"Could not add reference to assembly {name}");

    public static PyBaseException ClrNotANamespace(object? value) =>
        TypeError($"expected a .NET namespace module or type, got {TypeName(value)}");

    public static PyBaseException ClrByRefDelegate(string delegateType) =>
        TypeError($"cannot make a {delegateType} from a Python callable: it has ref or out parameters");
}
