using System.Collections.Generic;

namespace PyNet.Runtime;

/// <summary>The errors of abstract base classes (object.__new__ and the _abc module).</summary>
public static partial class PyErrors
{
    public static PyBaseException AbstractInstantiation(string className, IReadOnlyList<string> methods) =>
        TypeError($"Can't instantiate abstract class {className} with abstract method{(methods.Count == 1 ? "" : "s")} {string.Join(", ", methods)}");

    public static PyBaseException IssubclassArgMustBeClass() => TypeError("issubclass() arg 1 must be a class");

    public static PyBaseException CanOnlyRegisterClasses() => TypeError("Can only register classes");

    public static PyBaseException InheritanceCycle() => RuntimeError("Refusing to create an inheritance cycle");
}
