namespace PyNet.Runtime;

/// <summary>The errors of the itertools module, worded as CPython's Modules/itertoolsmodule.c.</summary>
public static partial class PyErrors
{
    public static PyBaseException NumberRequired() => TypeError("a number is required");

    public static PyBaseException IsliceStop() =>
        ValueError("Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.");

    public static PyBaseException IsliceIndices() =>
        ValueError("Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.");

    public static PyBaseException IsliceStep() => ValueError("Step for islice() must be a positive integer or None.");

    public static PyBaseException ArgumentCountRange(string function, int min, int max, int given) =>
        given < min
            ? TypeError($"{function} expected at least {min} argument{(min == 1 ? "" : "s")}, got {given}")
            : TypeError($"{function} expected at most {max} argument{(max == 1 ? "" : "s")}, got {given}");

    public static PyBaseException MustBeNonNegative(string name) => ValueError($"{name} must be non-negative");

    public static PyBaseException RepeatNegative() => ValueError("repeat argument cannot be negative");

    public static PyBaseException TeeNegative() => ValueError("n must be >= 0");

    public static PyBaseException UnexpectedKeywordFor(string function, string name) =>
        TypeError($"{function}() got an unexpected keyword argument '{name}'");

    public static PyBaseException StarmapNotIterable() => TypeError("iterator should return tuples");
}
