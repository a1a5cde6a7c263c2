using System.Collections.Generic;

namespace PyNet.Runtime;

/// <summary>An instance of BaseExceptionGroup or a subclass: a message and the tuple of grouped exceptions.</summary>
public sealed class PyExceptionGroup : PyBaseException
{
    public PyExceptionGroup(PyType type)
        : base(type)
    {
    }

    public PyStr Message { get; set; } = PyStr.Intern(string.Empty);

    public PyTuple Exceptions { get; set; } = PyTuple.Empty;
}

/// <summary>
/// BaseExceptionGroup and ExceptionGroup (PEP 654): construction rules (BaseExceptionGroup of plain Exceptions
/// becomes an ExceptionGroup; ExceptionGroup refuses BaseExceptions), <c>derive</c>, and the recursive
/// <c>split</c>/<c>subgroup</c> that <c>except*</c> uses.
/// </summary>
public static partial class ExceptionMembers
{
    private static void InitExceptionGroup(PyType t)
    {
        t.DefStatic("__new__", (args, kw) => NewExceptionGroup((PyType)args[0]!, args[1..(args.Length - (kw?.Length ?? 0))]));
        t.DefMethodVar("__init__", (args, kw) =>
        {
            if (kw is { Length: > 0 })
            {
                throw new PyException(PyErrors.NoKeywordArguments(PyType.Of(args[0]).Name));
            }
            return null;
        });
        t.DefMethod("__str__", self => new PyStr(GroupStr((PyExceptionGroup)self!)));
        t.DefMethod("derive", (self, excs) => Derive((PyExceptionGroup)self!, excs));
        t.DefMethod("split", (self, condition) =>
        {
            var (match, rest) = Split((PyExceptionGroup)self!, Matcher(condition));
            return PyTuple.Create(match, rest);
        });
        t.DefMethod("subgroup", (self, condition) => Split((PyExceptionGroup)self!, Matcher(condition)).Match);
        t.DefGetSet("message", self => ((PyExceptionGroup)self).Message);
        t.DefGetSet("exceptions", self => ((PyExceptionGroup)self).Exceptions);
        t.DefClassMethod("__class_getitem__", (args, kw) => new PyGenericAlias(args[0], args[1]));
    }

    private static string GroupStr(PyExceptionGroup g)
    {
        var n = g.Exceptions.Count;
        return $"{g.Message.Value} ({n} sub-exception{(n > 1 ? "s" : string.Empty)})";
    }

    private static PyExceptionGroup NewExceptionGroup(PyType type, object?[] args)
    {
        if (args.Length != 2)
        {
            throw new PyException(PyErrors.TakesExactlyArguments("BaseExceptionGroup.__new__", 2, args.Length));
        }
        if (args[0] is not PyStr message)
        {
            throw new PyException(PyErrors.ArgumentMustBe("BaseExceptionGroup.__new__", 1, "str", args[0]));
        }
        if (args[1] is PyStr or PyDict || PyType.Of(args[1]).Lookup(PyProtocol.GetItemName) == null)
        {
            throw new PyException(PyErrors.ExceptionGroupNeedsSequence());
        }
        var items = Builtins.ToArray(args[1]);
        if (items.Length == 0)
        {
            throw new PyException(PyErrors.ExceptionGroupNeedsNonEmptySequence());
        }
        var allExceptions = true;
        for (var i = 0; i < items.Length; i++)
        {
            if (items[i] is not PyBaseException e)
            {
                throw new PyException(PyErrors.ExceptionGroupItemNotException(i));
            }
            allExceptions &= e.Type.IsSubtypeOf(PyExc.Exception);
        }
        if (ReferenceEquals(type, PyExc.BaseExceptionGroup))
        {
            if (allExceptions)
            {
                type = PyExc.ExceptionGroup;
            }
        }
        else if (ReferenceEquals(type, PyExc.ExceptionGroup))
        {
            if (!allExceptions)
            {
                throw new PyException(PyErrors.CannotNestInExceptionGroup());
            }
        }
        else if (!allExceptions && type.IsSubtypeOf(PyExc.Exception))
        {
            throw new PyException(PyErrors.CannotNestIn(type));
        }
        var g = (PyExceptionGroup)type.InstanceFactory!(type);
        g.Message = message;
        g.Exceptions = PyTuple.Create(items);
        g.Args = PyTuple.Create(message, args[1]);
        return g;
    }

    /// <summary>BaseExceptionGroup.derive: a plain group with the same message (subclasses override it to keep their type).</summary>
    private static object? Derive(PyExceptionGroup g, object? excs) =>
        NewExceptionGroup(PyExc.BaseExceptionGroup, new[] { g.Message, excs });

    private static object? Derive(PyExceptionGroup g, List<object?> excs)
    {
        var derived = PyProtocol.GetAttr(g, PyStr.Intern("derive"));
        var result = PyCall.Call(derived, new PyList(excs.ToArray(), excs.Count));
        if (result is not PyExceptionGroup dg)
        {
            throw new PyException(PyErrors.DeriveMustReturnGroup());
        }
        dg.Traceback = g.Traceback;
        dg.Cause = g.Cause;
        dg.Context = g.Context;
        dg.SuppressContext = g.SuppressContext;
        if (g.GetField("__notes__") is { } notes)
        {
            dg.SetField("__notes__", notes);
        }
        return dg;
    }

    /// <summary>The condition of split/subgroup as a predicate: an exception type, a tuple of them, or a callable.</summary>
    private static System.Func<PyBaseException, bool> Matcher(object? condition)
    {
        if (condition is PyType t && t.IsSubtypeOf(PyExc.BaseException))
        {
            return e => e.Type.IsSubtypeOf(t);
        }
        if (condition is PyTuple tuple)
        {
            foreach (var item in tuple.Items)
            {
                if (item is not PyType it || !it.IsSubtypeOf(PyExc.BaseException))
                {
                    throw new PyException(PyErrors.BadSplitCondition());
                }
            }
            return e => Builtins.IsInstance(e, tuple);
        }
        if (condition is not PyType && Builtins.IsCallable(condition))
        {
            return e => PyProtocol.IsTrue(PyCall.Call(condition, e));
        }
        throw new PyException(PyErrors.BadSplitCondition());
    }

    /// <summary>Splits a group into the part whose leaves match and the rest (either may be None), as CPython's exceptiongroup_split_recursive.</summary>
    public static (object? Match, object? Remainder) Split(PyBaseException exc, System.Func<PyBaseException, bool> matches)
    {
        if (matches(exc))
        {
            return (exc, null);
        }
        if (exc is not PyExceptionGroup g)
        {
            return (null, exc);
        }
        var matched = new List<object?>();
        var rest = new List<object?>();
        var allMatchedUnchanged = true;
        var allRestUnchanged = true;
        foreach (var item in g.Exceptions.Items)
        {
            var (m, r) = Split((PyBaseException)item!, matches);
            if (m != null)
            {
                matched.Add(m);
            }
            if (r != null)
            {
                rest.Add(r);
            }
            allMatchedUnchanged &= ReferenceEquals(m, item);
            allRestUnchanged &= ReferenceEquals(r, item);
        }
        // As CPython: a side that keeps every exception unchanged is the group itself, not a derived copy.
        if (allMatchedUnchanged)
        {
            return (g, null);
        }
        if (allRestUnchanged)
        {
            return (null, g);
        }
        return (matched.Count > 0 ? Derive(g, matched) : null, rest.Count > 0 ? Derive(g, rest) : null);
    }

    /// <summary>Splits by an except* clause (a type or tuple of types) for the compiler; errors as for split().</summary>
    public static (object? Match, object? Remainder) SplitByClause(PyBaseException exc, object? clause) => Split(exc, Matcher(clause));
}
