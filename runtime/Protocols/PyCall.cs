using System;

namespace PyNet.Runtime;

/// <summary>Calling any Python callable from C#. Errors throw <see cref="PyException"/>.</summary>
public static class PyCall
{
    public static readonly PyStr CallName = PyStr.Intern("__call__");

    // Python functions are called through their typed entries, or bound on the stack: no argument array.
    public static object? Call(object? callable) =>
        callable is PyFunction f ? Result(f.Fast0 != null ? f.Fast0() : f.BindAndInvoke(default, default, default))
        : Call(callable, Array.Empty<object?>(), null);

    public static object? Call(object? callable, object? a) =>
        callable is PyFunction f ? Result(f.Fast1 != null ? f.Fast1(a) : f.BindAndInvoke([a], default, default))
        : Call(callable, new[] { a }, null);

    public static object? Call(object? callable, object? a, object? b) =>
        callable is PyFunction f ? Result(f.Fast2 != null ? f.Fast2(a, b) : f.BindAndInvoke([a, b], default, default))
        : Call(callable, new[] { a, b }, null);

    public static object? Call(object? callable, object? a, object? b, object? c) =>
        callable is PyFunction f ? Result(f.Fast3 != null ? f.Fast3(a, b, c) : f.BindAndInvoke([a, b, c], default, default))
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
