namespace PyNet.Runtime;

/// <summary>The errors of the _contextvars module, worded as CPython's Python/context.c.</summary>
public static partial class PyErrors
{
    public static PyBaseException ContextAlreadyEntered(object context) =>
        RuntimeError($"cannot enter context: {PyProtocol.Repr(context)} is already entered");

    public static PyBaseException ContextVarKeyExpected(object? key) =>
        TypeError($"a ContextVar key was expected, got {PyProtocol.Repr(key)}");

    public static PyBaseException ContextTakesNoArguments() => TypeError("Context() does not accept any arguments");

    public static PyBaseException ContextRunNeedsCallable() => TypeError("run() missing 1 required positional argument");

    public static PyBaseException ContextVarNameMustBeStr() => TypeError("context variable name must be a str");

    /// <summary>ContextVar.get() of a variable with no value and no default: LookupError(var).</summary>
    public static PyBaseException ContextVarUnset(object var) => new(PyExc.LookupError, var);

    public static PyBaseException TokenExpected(object? value) =>
        TypeError($"expected an instance of Token, got {PyProtocol.Repr(value)}");

    public static PyBaseException TokenAlreadyUsed(object token) => RuntimeError($"{PyProtocol.Repr(token)} has already been used once");

    public static PyBaseException TokenFromOther(object token, string what) =>
        ValueError($"{PyProtocol.Repr(token)} was created {(what == "Context" ? "in" : "by")} a different {what}");
}
