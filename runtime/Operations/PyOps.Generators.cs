using System;
using System.Runtime.CompilerServices;

namespace PyNet.Runtime;

public static partial class PyOps
{
    private static readonly PyStr s_send = PyStr.Intern("send");
    private static readonly PyStr s_throw = PyStr.Intern("throw");
    private static readonly PyStr s_close = PyStr.Intern("close");
    private static readonly PyStr s_await = PyStr.Intern("__await__");

    /// <summary>
    /// Calling a generator function: the generator object (its body has not started; the caller stores the arguments
    /// in its frame). <paramref name="body"/> is the body's address; <paramref name="overflow"/> the frame slots past
    /// the inline ones.
    /// </summary>
    public static PyGenerator MakeGenerator(PyFunction function, nint body, int kind, int overflow) =>
        new(function, body, kind, overflow);

    /// <summary>The iterator a <c>yield from</c> delegates to: a generator as itself, else iter(x).</summary>
    public static object? YieldFromIter(object? iterable)
    {
        if (iterable is PyGenerator g)
        {
            // PyNet has no iterable coroutines (types.coroutine's flag), so every generator refuses a coroutine.
            return g.Kind == PyGenerator.KindGenerator ? iterable : SetPending(PyErrors.YieldFromCoroutine());
        }
        try
        {
            return PyProtocol.Iter(iterable);
        }
        catch (Exception e)
        {
            return Fail(e);
        }
    }

    /// <summary>The iterator an <c>await</c> delegates to: a coroutine itself, or the result of __await__.</summary>
    public static object? AwaitIter(object? awaitable)
    {
        if (awaitable is PyGenerator { Kind: PyGenerator.KindCoroutine } coroutine)
        {
            if (coroutine.IsRunning)
            {
                return SetPending(PyErrors.RuntimeError("coroutine is being awaited already"));
            }
            return coroutine;
        }
        try
        {
            var method = PyType.Of(awaitable).Lookup(s_await);
            if (method == null)
            {
                return SetPending(PyErrors.TypeError($"object {PyErrors.TypeName(awaitable)} can't be used in 'await' expression"));
            }
            var it = PyProtocol.CallBound(method, awaitable);
            if (it is PyGenerator { Kind: PyGenerator.KindCoroutine } || PyType.Of(it).Lookup(PyProtocol.NextName) == null && it is not PyIterator)
            {
                return SetPending(PyErrors.TypeError($"__await__() returned non-iterator of type '{PyErrors.TypeName(it)}'"));
            }
            return it;
        }
        catch (Exception e)
        {
            return Fail(e);
        }
    }

    /// <summary>
    /// One step of <c>yield from</c>/<c>await</c>: sends <paramref name="sent"/> to the sub-iterator (next() for None;
    /// with <see cref="Raised"/>, throws the pending exception into it, or closes it for GeneratorExit). Returns the
    /// value to yield, or <see cref="Done"/> when the sub-iterator finished (its return value is in
    /// <see cref="PyGenerator.DelegateResult"/>), or <see cref="Raised"/>.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static object? YieldFromStep(PyGenerator generator, object? iterator, object? sent)
    {
        if (generator.DelegateOutcome is { } outcome)
        {
            // The delegate was resumed past this body and finished (PyGenerator.ResumeDelegating).
            generator.DelegateOutcome = null;
            return outcome;
        }
        object? r;
        if (sent == null && iterator is PyGenerator sub)
        {
            // next() of a generator: resumed directly (the common case, kept small for the JIT).
            r = sub.Resume(null, out var returnValue, generator.ThreadState!);
            if (ReferenceEquals(r, Done))
            {
                generator.DelegateResult = returnValue;
            }
        }
        else
        {
            r = YieldFromStepGeneral(generator, iterator, sent);
        }
        if (ReferenceEquals(r, Done) || ReferenceEquals(r, Raised))
        {
            generator.YieldFromIterator = null;
        }
        else if (!ReferenceEquals(generator.YieldFromIterator, iterator))
        {
            // Compared first: the store's write barrier is paid once per delegation, not per value.
            generator.YieldFromIterator = iterator;
        }
        return r;
    }

    private static object? YieldFromStepGeneral(PyGenerator generator, object? iterator, object? sent)
    {
        try
        {
            object? r;
            object? returnValue;
            if (ReferenceEquals(sent, Raised))
            {
                var exc = FetchPending();
                if (iterator is PyGenerator sub)
                {
                    if (exc.Type.IsSubtypeOf(PyExc.GeneratorExit))
                    {
                        sub.Close();
                        return SetPending(exc);
                    }
                    PyThreadState.Current.Pending = exc;
                    r = sub.Resume(Raised, out returnValue, generator.ThreadState!);
                }
                else
                {
                    if (exc.Type.IsSubtypeOf(PyExc.GeneratorExit))
                    {
                        if (PyProtocol.TryGetAttr(iterator, s_close, out var close))
                        {
                            PyCall.Call(close);
                        }
                        return SetPending(exc);
                    }
                    if (!PyProtocol.TryGetAttr(iterator, s_throw, out var throwMethod))
                    {
                        return SetPending(exc);
                    }
                    return CallDelegate(generator, () => PyCall.Call(throwMethod, exc.Type, exc, exc.Traceback));
                }
            }
            else if (iterator is PyGenerator sub)
            {
                if (sent != null && sub.State == 0)
                {
                    return SetPending(PyErrors.TypeError("can't send non-None value to a just-started generator"));
                }
                r = sub.Resume(sent, out returnValue, generator.ThreadState!);
            }
            else if (sent == null && iterator is PyIterator pi)
            {
                return CallDelegate(generator, () =>
                {
                    var v = pi.Next();
                    if (ReferenceEquals(v, Done))
                    {
                        generator.DelegateResult = null;
                    }
                    return v;
                });
            }
            else if (sent == null)
            {
                return CallDelegate(generator, () =>
                {
                    var method = PyType.Of(iterator).Lookup(PyProtocol.NextName) ?? throw new PyException(PyErrors.NotAnIterator(iterator));
                    return PyProtocol.CallBound(method, iterator);
                });
            }
            else
            {
                return CallDelegate(generator, () => PyCall.Call(PyProtocol.GetAttr(iterator, s_send), sent));
            }
            if (ReferenceEquals(r, Done))
            {
                generator.DelegateResult = returnValue;
            }
            return r;
        }
        catch (Exception e)
        {
            return Fail(e);
        }
    }

    /// <summary>
    /// Leaving a for loop early over a temporary generator (<c>for x in gen(): break</c>): CPython's reference count
    /// drops to zero there and the generator is closed, running its finally blocks; PyNet closes it at the same point.
    /// </summary>
    public static void CloseTemporaryIterator(PyIterator iterator)
    {
        if (iterator is PyGenerator { IsFinished: false, IsRunning: false } g)
        {
            try
            {
                g.Close();
            }
            catch (PyException)
            {
                // CPython reports errors from finalizers as "Exception ignored" and goes on.
            }
        }
    }

    /// <summary>Runs a Python-level delegation call, turning StopIteration into the end of the delegation.</summary>
    private static object? CallDelegate(PyGenerator generator, Func<object?> call)
    {
        try
        {
            return call();
        }
        catch (PyException e) when (e.Value.Type.IsSubtypeOf(PyExc.StopIteration))
        {
            generator.DelegateResult = e.Value.GetField("value");
            return Done;
        }
    }
}
