using System;

namespace PyNet.Runtime;

/// <summary>
/// A Python exception travelling through C# code as a .NET exception. Compiled Python code never sees it: the runtime
/// entries compiled code calls (<see cref="PyOps"/>) turn it into the pending exception and return
/// <see cref="PyOps.Raised"/>.
/// </summary>
public sealed class PyException : Exception
{
    public PyException(PyBaseException value)
        : base(null)
    {
        Value = value;
    }

    public PyBaseException Value { get; }

    public override string Message => PyType.Of(Value).Name + ": " + Builtins.StrOf(Value);

    /// <summary>The Python type name of the exception, e.g. "ValueError".</summary>
    public string PythonTypeName => PyType.Of(Value).Name;

    /// <summary>The Python traceback text, as CPython prints it.</summary>
    public string PythonTraceback => TracebackPrinter.Format(Value);
}
