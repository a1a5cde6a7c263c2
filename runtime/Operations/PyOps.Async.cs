using System;

namespace PyNet.Runtime;

public static partial class PyOps
{
    private static readonly PyStr s_aenter = PyStr.Intern("__aenter__");
    private static readonly PyStr s_aexit = PyStr.Intern("__aexit__");
    private static readonly PyStr s_aiter = PyStr.Intern("__aiter__");
    private static readonly PyStr s_anext = PyStr.Intern("__anext__");

    /// <summary>Calling an async generator function: wraps its generator-shaped body.</summary>
    public static object MakeAsyncGenerator(PyGenerator body)
    {
        body.IsAsyncGeneratorBody = true;
        return new PyAsyncGenerator(body);
    }

    /// <summary>An async generator's own <c>yield v</c>: marks the value as the generator's (not an await's).</summary>
    public static object AsyncGenWrap(object? value) => new PyAsyncGenValue(value);

    /// <summary>async with: checks the protocol and returns the bound __aexit__ (or Raised).</summary>
    public static object? AsyncWithExit(object? manager)
    {
        try
        {
            var type = PyType.Of(manager);
            var enter = type.Lookup(s_aenter);
            var exit = type.Lookup(s_aexit);
            if (enter == null || exit == null)
            {
                return SetPending(PyErrors.NotAsyncContextManager(manager, enter != null));
            }
            return PyProtocol.DescriptorGet(exit, manager, type, true);
        }
        catch (Exception e)
        {
            return Fail(e);
        }
    }

    /// <summary>async with: the awaitable __aenter__ returns.</summary>
    public static object? AsyncWithEnter(object? manager)
    {
        try
        {
            return PyProtocol.CallBound(PyType.Of(manager).Lookup(s_aenter), manager);
        }
        catch (Exception e)
        {
            return Fail(e);
        }
    }

    /// <summary>async with: the awaitable __aexit__(type, exc, tb) (or three Nones) returns.</summary>
    public static object? CallAsyncExit(object? exit, PyBaseException? exception)
    {
        try
        {
            return exception == null
                ? PyCall.Call(exit, null, null, null)
                : PyCall.Call(exit, exception.Type, exception, exception.Traceback);
        }
        catch (Exception e)
        {
            return Fail(e);
        }
    }

    /// <summary>async for: the asynchronous iterator (__aiter__).</summary>
    public static object? AsyncIter(object? iterable)
    {
        try
        {
            var method = PyType.Of(iterable).Lookup(s_aiter);
            if (method == null)
            {
                return SetPending(PyErrors.TypeError($"'async for' requires an object with __aiter__ method, got {PyErrors.TypeName(iterable)}"));
            }
            var it = PyProtocol.CallBound(method, iterable);
            if (PyType.Of(it).Lookup(s_anext) == null)
            {
                return SetPending(PyErrors.TypeError($"'async for' received an object from __aiter__ that does not implement __anext__: {PyErrors.TypeName(it)}"));
            }
            return it;
        }
        catch (Exception e)
        {
            return Fail(e);
        }
    }

    /// <summary>async for: the awaitable of the next step (__anext__).</summary>
    public static object? AsyncNext(object? iterator)
    {
        try
        {
            return PyProtocol.CallBound(PyType.Of(iterator).Lookup(s_anext), iterator);
        }
        catch (Exception e)
        {
            return Fail(e);
        }
    }

    /// <summary>Does the pending exception end an async for (StopAsyncIteration)? Clears it when it does.</summary>
    public static bool TakeStopAsyncIteration()
    {
        var ts = PyThreadState.Current;
        if (ts.Pending != null && ts.Pending.Type.IsSubtypeOf(PyExc.StopAsyncIteration))
        {
            ts.Pending = null;
            return true;
        }
        return false;
    }
}
