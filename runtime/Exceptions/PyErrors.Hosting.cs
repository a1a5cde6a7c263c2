namespace PyNet.Runtime;

/// <summary>Errors raised into Python code at the .NET boundary (callbacks from C# hosts, conversions).</summary>
public static partial class PyErrors
{
    public static PyBaseException ClrCallbackArguments(string name, int expected, int given, int keywords) => keywords > 0
        ? TypeError($"{name}() takes no keyword arguments")
        : TypeError($"{name}() takes exactly {expected} argument{(expected == 1 ? "" : "s")} ({given} given)");

    /// <summary>A Python value that does not convert to the .NET parameter type of a callback.</summary>
    public static PyBaseException ClrConversionFailed(string message) => TypeError(message);
}
