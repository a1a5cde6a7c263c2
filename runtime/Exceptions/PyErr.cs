using System;

namespace PyNet.Runtime;

/// <summary>Maps .NET exceptions that reach Python code to Python exception objects.</summary>
public static class PyErr
{
    /// <summary>Hook for the interop layer: map a foreign .NET exception (return null to use the default mapping).</summary>
    public static Func<Exception, PyBaseException?>? ClrExceptionMapper { get; set; }

    public static PyBaseException FromClr(Exception e)
    {
        switch (e)
        {
            case PyException pe:
                return pe.Value;
            case PythonException host:
                return host.Value;
            case InsufficientExecutionStackException:
                return PyErrors.RecursionLimit();
            case OutOfMemoryException:
                return PyErrors.MemoryError();
        }
        var mapped = ClrExceptionMapper?.Invoke(e);
        if (mapped != null)
        {
            return mapped;
        }
        return e switch
        {
            DivideByZeroException => PyErrors.DivisionByZero(),
            OverflowException => PyErrors.OverflowError(e.Message),
            ArgumentException or FormatException => PyErrors.ValueError(e.Message),
            System.Collections.Generic.KeyNotFoundException => PyErrors.New(PyExc.KeyError, e.Message),
            IndexOutOfRangeException or ArgumentOutOfRangeException => PyErrors.IndexError(e.Message),
            System.IO.FileNotFoundException or System.IO.DirectoryNotFoundException => PyErrors.New(PyExc.FileNotFoundError, e.Message),
            UnauthorizedAccessException => PyErrors.New(PyExc.PermissionError, e.Message),
            System.IO.IOException => PyErrors.New(PyExc.OSError, e.Message),
            NotImplementedException or NotSupportedException => PyErrors.New(PyExc.NotImplementedError, e.Message),
            _ => PyErrors.SystemError($"{e.GetType().FullName}: {e.Message}"),
        };
    }
}
