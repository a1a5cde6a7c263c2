namespace PyNet.Runtime;

/// <summary>Exact decimal formatting and rounding of floats.</summary>
public static partial class PyFloatFormatting
{
    public static object Round(double value, int digits) =>
        throw new PyException(PyErrors.New(PyExc.NotImplementedError, "round(float, n) is not implemented yet"));
}
