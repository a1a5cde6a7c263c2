namespace PyNet.Runtime;

/// <summary>The format specification mini-language for the builtin types (int, float, str, bool).</summary>
public static partial class PyFormatter
{
    public static string FormatBuiltin(object? value, string spec)
    {
        if (spec.Length == 0)
        {
            return PyProtocol.Str(value).Value;
        }
        throw new PyException(PyErrors.New(PyExc.NotImplementedError, "format specs are not implemented yet"));
    }
}
