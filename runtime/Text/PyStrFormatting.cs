namespace PyNet.Runtime;

/// <summary>printf-style formatting (<c>str % args</c>) and <c>str.format</c>.</summary>
public static partial class PyStrFormatting
{
    public static object Percent(PyStr format, object? args) =>
        throw new PyException(PyErrors.New(PyExc.NotImplementedError, "%-formatting is not implemented yet"));

    public static object Format(PyStr format, object?[] args, PyStr[]? kwNames) =>
        throw new PyException(PyErrors.New(PyExc.NotImplementedError, "str.format is not implemented yet"));
}
