using System;

namespace PyNet.Runtime;

/// <summary>Calling any Python callable from C#. Errors throw <see cref="PyException"/>.</summary>
public static class PyCall
{
    public static readonly PyStr CallName = PyStr.Intern("__call__");

    // Python functions are called through their typed entries, or bound on the stack: no argument array.
    public static object? Call(object? callable) =>
        callable is PyFunction f ? Result(f.CallPositional(default))
        : Call(callable, Array.Empty<object?>(), null);

    public static object? Call(object? callable, object? a) =>
        callable is PyFunction f ? Result(f.CallPositional([a]))
        : Call(callable, new[] { a }, null);

    public static object? Call(object? callable, object? a, object? b) =>
        callable is PyFunction f ? Result(f.CallPositional([a, b]))
        : Call(callable, new[] { a, b }, null);

    public static object? Call(object? callable, object? a, object? b, object? c) =>
        callable is PyFunction f ? Result(f.CallPositional([a, b, c]))
        : Call(callable, new[] { a, b, c }, null);

    /// <summary>A compiled body's result, with its pending exception thrown.</summary>
    private static object? Result(object? result) => ReferenceEquals(result, PyOps.Raised) ? throw PyOps.TakePendingAsException() : result;

    /// <summary>
    /// Calls <paramref name="callable"/> with positional values followed by the values of the keywords named in
    /// <paramref name="kwNames"/>.
    /// </summary>
    public static object? Call(object? callable, object?[] args, PyStr[]? kwNames)
    {
        switch (callable)
        {
            case PyFunction f:
                return EnterAndCall(f, args, kwNames);
            case PyBuiltinFunction b:
                return b.Call(args, kwNames);
            case PyBoundMethod { Function: PyFunction bf } m when kwNames == null && args.Length < PyFunction.MaxBodyArity:
                // Self prepended on the stack.
                var buffer = default(PyFunction.SlotBuffer);
                Span<object?> selfAndArgs = buffer;
                selfAndArgs[0] = m.Self;
                args.CopyTo(selfAndArgs[1..]);
                return Result(bf.CallPositional(selfAndArgs[..(args.Length + 1)]));
            case PyBoundMethod m:
                var all = new object?[args.Length + 1];
                all[0] = m.Self;
                args.CopyTo(all, 1);
                return Call(m.Function, all, kwNames);
            case PyType t:
                return TypeMembers.CallType(t, args, kwNames);
            case IPyCallable foreign:
                return foreign.Call(args, kwNames);
        }
        var type = PyType.Of(callable);
        var method = type.Lookup(CallName);
        if (method == null)
        {
            throw new PyException(PyErrors.NotCallable(callable));
        }
        var withSelf = new object?[args.Length + 1];
        withSelf[0] = callable;
        args.CopyTo(withSelf, 1);
        if (method is PyFunction or PyBuiltinFunction)
        {
            return Call(method, withSelf, kwNames);
        }
        return Call(PyProtocol.DescriptorGet(method, callable, type, true), args, kwNames);
    }

    private static object? EnterAndCall(PyFunction f, object?[] args, PyStr[]? kwNames) => f.Call(args, kwNames);
}
