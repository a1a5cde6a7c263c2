using System;

namespace PyNet.Runtime;

public static partial class PyOps
{
    /// <summary><c>raise exc [from cause]</c>: always returns <see cref="Raised"/>.</summary>
    public static object Raise(object? exc, object? cause, bool hasCause)
    {
        try
        {
            var e = Builtins.MakeException(exc);
            if (hasCause)
            {
                if (cause != null && cause is not PyBaseException && !(cause is PyType ct && ct.IsSubtypeOf(PyExc.BaseException)))
                {
                    return SetPending(PyErrors.CauseMustDerive());
                }
                e.Cause = cause == null ? null : Builtins.MakeException(cause);
                e.SuppressContext = true;
            }
            var ts = PyThreadState.Current;
            var handled = ts.CurrentHandled;
            if (handled != null && !ReferenceEquals(handled, e))
            {
                LinkContext(e, handled);
            }
            ts.Pending = e;
            return Raised;
        }
        catch (Exception e)
        {
            return Fail(e);
        }
    }

    /// <summary>Sets __context__, breaking a cycle as CPython does.</summary>
    private static void LinkContext(PyBaseException e, PyBaseException context)
    {
        for (var c = context; c != null; c = c.Context)
        {
            if (ReferenceEquals(c.Context, e))
            {
                c.Context = null;
                break;
            }
        }
        e.Context = context;
    }

    /// <summary>Bare <c>raise</c>: re-raises the exception being handled.</summary>
    public static object Reraise()
    {
        var ts = PyThreadState.Current;
        var e = ts.CurrentHandled;
        ts.Pending = e ?? PyErrors.NoActiveException();
        return Raised;
    }

    /// <summary>Re-raises an exception object from a finally block or a with exit (keeps its traceback).</summary>
    public static object Restore(PyBaseException e)
    {
        PyThreadState.Current.Pending = e;
        return Raised;
    }

    /// <summary>Takes the pending exception (entering an except/finally handler).</summary>
    public static PyBaseException FetchPending()
    {
        var ts = PyThreadState.Current;
        var e = ts.Pending ?? PyErrors.SystemError("error return without exception set");
        ts.Pending = null;
        return e;
    }

    /// <summary>Does <paramref name="exc"/> match the except clause's type (a class or tuple)? 1, 0, or -1 (pending).</summary>
    public static int ExceptionMatches(PyBaseException exc, object? clause)
    {
        try
        {
            return Builtins.ExceptionMatches(exc, clause) ? 1 : 0;
        }
        catch (Exception e)
        {
            Fail(e);
            return -1;
        }
    }

    /// <summary>Entering an except body: the exception becomes the one being handled (sys.exc_info).</summary>
    public static void PushHandled(PyBaseException? exc) => PyThreadState.Current.Handled.Add(exc);

    /// <summary>Leaving an except body by any path.</summary>
    public static void PopHandled()
    {
        var h = PyThreadState.Current.Handled;
        if (h.Count > 0)
        {
            h.RemoveAt(h.Count - 1);
        }
    }

    /// <summary><c>assert test, msg</c> failing: returns <see cref="Raised"/>.</summary>
    public static object AssertionFailed(object? message)
    {
        var e = message == null ? new PyBaseException(PyExc.AssertionError) : Builtins.MakeException(Call1(PyExc.AssertionError, message));
        return Raise(e, null, false);
    }
}
