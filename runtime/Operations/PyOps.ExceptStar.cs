using System;
using System.Collections.Generic;

namespace PyNet.Runtime;

/// <summary>The state of one <c>try ... except*</c> dispatch: what is left to match and what the handlers raised.</summary>
public sealed class ExceptStarState
{
    public ExceptStarState(PyBaseException original, PyBaseException group, bool wasNaked)
    {
        Original = original;
        Rest = group;
        WasNaked = wasNaked;
    }

    public PyBaseException Original { get; }

    /// <summary>The part of the group no clause has matched yet (null when everything matched).</summary>
    public PyBaseException? Rest { get; set; }

    public bool WasNaked { get; }

    /// <summary>The group the clause being run matched (a bare raise in its handler re-raises it).</summary>
    public PyBaseException? CurrentMatch { get; set; }

    public List<PyBaseException> Raised { get; } = new();

    public List<PyBaseException> Reraised { get; } = new();
}

public static partial class PyOps
{
    private static readonly PyStr s_split = PyStr.Intern("split");

    /// <summary>Starts an except* dispatch; a naked exception is wrapped in an exception group for matching.</summary>
    public static object ExceptStarBegin(PyBaseException exception)
    {
        try
        {
            if (exception.Type.IsSubtypeOf(PyExc.BaseExceptionGroup))
            {
                return new ExceptStarState(exception, exception, false);
            }
            var groupType = exception.Type.IsSubtypeOf(PyExc.Exception) ? PyExc.ExceptionGroup : PyExc.BaseExceptionGroup;
            var group = (PyBaseException)PyCall.Call(groupType, PyStr.Empty, PyTuple.Create(exception))!;
            group.Traceback = exception.Traceback;
            return new ExceptStarState(exception, group, true);
        }
        catch (Exception e)
        {
            return Fail(e);
        }
    }

    /// <summary>One except* clause: the matching part of what is left (null when nothing matches), or Raised.</summary>
    public static object? ExceptStarMatch(ExceptStarState state, object? clause)
    {
        try
        {
            CheckExceptStarClause(clause);
            if (state.Rest == null)
            {
                return null;
            }
            var pair = PyCall.Call(PyProtocol.GetAttr(state.Rest, s_split), clause) as PyTuple;
            if (pair == null || pair.Count != 2)
            {
                return SetPending(PyErrors.TypeError("ExceptionGroup.split must return a 2-tuple"));
            }
            state.Rest = pair[1] as PyBaseException;
            var match = pair[0] as PyBaseException;
            if (match != null)
            {
                match.Traceback ??= state.Original.Traceback;
            }
            state.CurrentMatch = match;
            return match;
        }
        catch (Exception e)
        {
            return Fail(e);
        }
    }

    private static void CheckExceptStarClause(object? clause)
    {
        void Check(object? t)
        {
            if (t is not PyType type || !type.IsSubtypeOf(PyExc.BaseException))
            {
                throw new PyException(PyErrors.CatchingNonException());
            }
            if (type.IsSubtypeOf(PyExc.BaseExceptionGroup))
            {
                throw new PyException(PyErrors.TypeError("catching ExceptionGroup with except* is not allowed. Use except instead."));
            }
        }
        if (clause is PyTuple tuple)
        {
            foreach (var t in tuple.Items)
            {
                Check(t);
            }
        }
        else
        {
            Check(clause);
        }
    }

    /// <summary>An except* handler ended with an exception (pending): it is collected, and dispatch goes on.</summary>
    public static void ExceptStarHandlerFailed(ExceptStarState state)
    {
        var e = FetchPending();
        if (ReferenceEquals(e, state.CurrentMatch))
        {
            state.Reraised.Add(e);
        }
        else
        {
            state.Raised.Add(e);
        }
    }

    /// <summary>The end of an except* dispatch: null when nothing is left, else Raised with what must propagate.</summary>
    public static object? ExceptStarEnd(ExceptStarState state)
    {
        try
        {
            var left = new List<PyBaseException>();
            left.AddRange(state.Reraised);
            if (state.Rest != null)
            {
                left.Add(state.Rest);
            }
            if (state.Raised.Count == 0)
            {
                if (left.Count == 0)
                {
                    return null;
                }
                if (state.WasNaked && state.Reraised.Count + (state.Rest != null ? 1 : 0) > 0)
                {
                    return Restore(state.Original);
                }
                if (left.Count == 1)
                {
                    return Restore(left[0]);
                }
                return Restore(Regroup(state.Original, left));
            }
            var all = new List<object?>();
            foreach (var raised in state.Raised)
            {
                all.Add(raised);
            }
            if (left.Count > 0)
            {
                all.Add(left.Count == 1 ? (state.WasNaked ? state.Original : left[0]) : Regroup(state.Original, left));
            }
            if (all.Count == 1 && state.Raised.Count == 1)
            {
                return Restore(state.Raised[0]);
            }
            var combined = (PyBaseException)PyCall.Call(PyExc.ExceptionGroup, PyStr.Empty, new PyList(all.ToArray(), all.Count))!;
            return Restore(combined);
        }
        catch (Exception e)
        {
            return Fail(e);
        }
    }

    private static PyBaseException Regroup(PyBaseException original, List<PyBaseException> parts)
    {
        var items = new List<object?>();
        foreach (var p in parts)
        {
            items.Add(p);
        }
        var message = original.Args.Count > 0 ? original.Args[0] : PyStr.Empty;
        var type = original.Type.IsSubtypeOf(PyExc.Exception) ? PyExc.ExceptionGroup : PyExc.BaseExceptionGroup;
        return (PyBaseException)PyCall.Call(type, message, new PyList(items.ToArray(), items.Count))!;
    }
}
