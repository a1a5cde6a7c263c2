using System;
using System.Collections.Generic;
using System.IO;
using PyNet.Runtime;

namespace PyNet.Interop;

/// <summary>
/// .NET exceptions in Python. A .NET exception reaching Python code becomes a Python exception whose class is the
/// .NET type's <see cref="ClrType"/>; that class also derives from the Python exception the .NET type maps to, so
/// both <c>except System.IO.FileNotFoundException</c> and <c>except FileNotFoundError</c> catch it. The .NET
/// exception stays reachable as <c>e.clsException</c>. A PyException found inside a .NET exception (a Python
/// callback that raised) comes back as the original Python exception.
/// </summary>
public static class ClrExceptions
{
    private static readonly PyStr s_clsException = PyStr.Intern("clsException");

    private static readonly Dictionary<Type, PyType> s_mapped = new()
    {
        [typeof(ArgumentException)] = PyExc.ValueError,
        [typeof(FormatException)] = PyExc.ValueError,
        [typeof(KeyNotFoundException)] = PyExc.KeyError,
        [typeof(IndexOutOfRangeException)] = PyExc.IndexError,
        [typeof(ArgumentOutOfRangeException)] = PyExc.IndexError,
        [typeof(IOException)] = PyExc.OSError,
        [typeof(FileNotFoundException)] = PyExc.FileNotFoundError,
        [typeof(DirectoryNotFoundException)] = PyExc.FileNotFoundError,
        [typeof(UnauthorizedAccessException)] = PyExc.PermissionError,
        [typeof(ArithmeticException)] = PyExc.ArithmeticError,
        [typeof(DivideByZeroException)] = PyExc.ZeroDivisionError,
        [typeof(OverflowException)] = PyExc.OverflowError,
        [typeof(NotImplementedException)] = PyExc.NotImplementedError,
        [typeof(InvalidCastException)] = PyExc.TypeError,
        [typeof(OutOfMemoryException)] = PyExc.MemoryError,
        [typeof(TimeoutException)] = PyExc.TimeoutError,
        [typeof(StackOverflowException)] = PyExc.RecursionError,
    };

    /// <summary>The Python exception class a .NET exception type maps to itself (not through its base), or null.</summary>
    public static PyType? MappedPythonType(Type type) => s_mapped.TryGetValue(type, out var t) ? t : null;

    /// <summary>The hook for PyErr.FromClr.</summary>
    public static PyBaseException? Map(Exception e)
    {
        for (var inner = e; inner != null; inner = inner.InnerException)
        {
            switch (inner)
            {
                case PyException pe:
                    return pe.Value;
                case ArgumentConversionException ce:
                    return ce.Error;
            }
        }
        return Wrap(e);
    }

    /// <summary>A Python exception of the .NET exception's class, carrying it.</summary>
    public static PyBaseException Wrap(Exception e)
    {
        var result = new PyBaseException(ClrTypes.Get(e.GetType()), new PyStr(e.Message));
        result.GetOrCreateDict()[s_clsException] = e;
        return result;
    }

    public static bool TryGetClrException(PyBaseException e, out Exception clr)
    {
        if (e.InstanceDict != null && e.InstanceDict.TryGetValue(s_clsException, out var value) && value is Exception ex)
        {
            clr = ex;
            return true;
        }
        clr = null!;
        return false;
    }
}
