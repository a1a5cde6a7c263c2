using System;
using System.Collections.Generic;
using System.Linq;

namespace PyNet.Runtime;

/// <summary>The members of BaseException and the builtin exception types.</summary>
public static partial class ExceptionMembers
{
    private static readonly PyStr s_newName = PyStr.Intern("__new__");
    private static readonly PyStr s_initName = PyStr.Intern("__init__");
    private static object? s_baseNew;
    private static object? s_baseInit;

    /// <summary>
    /// Whether a class call <c>E(args)</c> can build the exception directly: metaclass <c>type</c>, BaseException's
    /// <c>__new__</c>, and BaseException's <c>__init__</c> (<paramref name="init"/> null: nothing left to run) or a
    /// Python function. The call then stores its arguments as <c>args</c> (<see cref="NewPlain"/>) and runs the
    /// function through its typed entry, with no argument arrays, as CPython's type_call does with one args tuple.
    /// </summary>
    internal static bool TryPlainConstruction(PyType type, out PyFunction? init)
    {
        var plan = type.Construction;
        init = plan.Init;
        return plan.IsPlainException && ReferenceEquals(type.Type, PyType.TypeType);
    }

    /// <summary>Are these a class's <c>__new__</c> and <c>__init__</c> for <see cref="TryPlainConstruction"/>?</summary>
    internal static bool IsPlainConstruction(object? newMethod, object? initMethod) =>
        s_baseNew != null && ReferenceEquals(newMethod, s_baseNew) && (ReferenceEquals(initMethod, s_baseInit) || initMethod is PyFunction);

    internal static PyBaseException NewPlain(PyType type, PyTuple args)
    {
        var e = (PyBaseException)type.InstanceFactory!(type);
        e.Args = args;
        return e;
    }

    private static object? SetArgs(PyBaseException e, ReadOnlySpan<object?> args)
    {
        if (!e.Args.Items.SequenceEqual(args, ReferenceEqualityComparer.Instance))
        {
            e.Args = PyTuple.Create(args);
        }
        return null;
    }

    internal static void Init(PyType t)
    {
        if (!ReferenceEquals(t, PyExc.BaseException))
        {
            InitSpecific(t);
            return;
        }
        t.DefStatic("__new__", (args, kw) =>
        {
            var type = (PyType)args[0]!;
            var e = (PyBaseException)type.InstanceFactory!(type);
            e.Args = PyTuple.Create(args.AsSpan(1, args.Length - 1 - (kw?.Length ?? 0)));
            return e;
        });
        // __init__ sets args again; when they are the ones __new__ stored (a class call), the tuple is kept, as
        // CPython passes one args tuple to both.
        t.DefMethodVar(
            "__init__",
            (args, kw) =>
            {
                NoKeywords(args[0], kw);
                SetArgs((PyBaseException)args[0]!, args.AsSpan(1));
                return null;
            },
            self => SetArgs((PyBaseException)self!, default),
            (self, a) => SetArgs((PyBaseException)self!, new ReadOnlySpan<object?>(in a)),
            (self, a, b) => SetArgs((PyBaseException)self!, [a, b]));
        s_baseNew = t.Dict[s_newName];
        s_baseInit = t.Dict[s_initName];
        t.DefMethod("__str__", self => new PyStr(StrOf((PyBaseException)self!)));
        t.DefMethod("__repr__", self => new PyStr(ReprOf((PyBaseException)self!)));
        t.DefMethod("with_traceback", (self, tb) =>
        {
            ((PyBaseException)self!).Traceback = tb as PyTraceback;
            return self;
        });
        t.DefMethod("add_note", (self, note) =>
        {
            if (note is not PyStr)
            {
                throw new PyException(PyErrors.NoteMustBeStr(note));
            }
            var e = (PyBaseException)self!;
            var notes = e.GetOrCreateDict().TryGetValue(PyStr.Intern("__notes__"), out var n) ? n : null;
            if (notes == null)
            {
                notes = new PyList();
                e.SetField("__notes__", notes);
            }
            if (notes is not PyList list)
            {
                throw new PyException(PyErrors.NotesNotAList());
            }
            list.Append(note);
            return null;
        });
        t.DefGetSet("args", self => ((PyBaseException)self).Args, (self, v) => ((PyBaseException)self).Args = PyTuple.Create(Builtins.ToArray(v)));
        t.DefGetSet("__traceback__", self => ((PyBaseException)self).Traceback, (self, v) => ((PyBaseException)self).Traceback = v as PyTraceback);
        t.DefGetSet("__cause__", self => ((PyBaseException)self).Cause, (self, v) =>
        {
            var e = (PyBaseException)self;
            e.Cause = v as PyBaseException;
            e.SuppressContext = true;
        });
        t.DefMethod("__reduce__", self =>
        {
            // BaseException.__reduce__: (type, args), plus the instance dict when it holds anything.
            var e = (PyBaseException)self!;
            return e is IHasDict { InstanceDict.Count: > 0 } hd ? PyTuple.Create(new object?[] { PyType.Of(e), e.Args, hd.InstanceDict }) : PyTuple.Create(PyType.Of(e), e.Args);
        });
        t.DefMethod("__setstate__", (self, state) =>
        {
            if (state is PyDict d)
            {
                foreach (var key in Builtins.ToArray(d))
                {
                    PyProtocol.SetAttr(self, (PyStr)key!, d[key]);
                }
            }
            return null;
        });
        t.DefGetSet("__context__", self => ((PyBaseException)self).Context, (self, v) => ((PyBaseException)self).Context = v as PyBaseException);
        t.DefGetSet("__suppress_context__", self => ((PyBaseException)self).SuppressContext, (self, v) => ((PyBaseException)self).SuppressContext = PyProtocol.IsTrue(v));
    }

    private static void InitSpecific(PyType t)
    {
        if (ReferenceEquals(t, PyExc.OSError))
        {
            InitOSError(t);
        }
        else if (ReferenceEquals(t, PyExc.SyntaxError))
        {
            InitSyntaxError(t);
        }
        else if (ReferenceEquals(t, PyExc.UnicodeEncodeError) || ReferenceEquals(t, PyExc.UnicodeDecodeError) || ReferenceEquals(t, PyExc.UnicodeTranslateError))
        {
            InitUnicodeError(t, ReferenceEquals(t, PyExc.UnicodeTranslateError));
        }
        else if (ReferenceEquals(t, PyExc.ImportError))
        {
            InitNamedFields(t, "name", "path");
        }
        else if (ReferenceEquals(t, PyExc.AttributeError))
        {
            InitNamedFields(t, "name", "obj");
        }
        else if (ReferenceEquals(t, PyExc.NameError))
        {
            InitNamedFields(t, "name");
        }
        else if (ReferenceEquals(t, PyExc.BaseExceptionGroup))
        {
            InitExceptionGroup(t);
        }
        else if (ReferenceEquals(t, PyExc.KeyError))
        {
            t.DefMethod("__str__", self =>
            {
                var e = (PyBaseException)self!;
                return new PyStr(e.Args.Count == 1 ? PyProtocol.Repr(e.Args[0]) : StrOf(e));
            });
        }
        else if (ReferenceEquals(t, PyExc.StopIteration))
        {
            t.DefMethodVar("__init__", (args, kw) =>
            {
                var e = (PyBaseException)args[0]!;
                e.Args = PyTuple.Create(args[1..]);
                if (args.Length > 1 || e.GetField("value") != null)
                {
                    // None needs no field (the getter reads an absent one as None), so __dict__ stays empty.
                    e.SetField("value", args.Length > 1 ? args[1] : null);
                }
                return null;
            });
            t.DefGetSet("value", self => ((PyBaseException)self).GetField("value"), (self, v) => ((PyBaseException)self).SetField("value", v));
        }
        else if (ReferenceEquals(t, PyExc.ImportError))
        {
            ImportErrorMembers.Init(t);
        }
        else if (ReferenceEquals(t, PyExc.SystemExit))
        {
            t.DefMethodVar("__init__", (args, kw) =>
            {
                var e = (PyBaseException)args[0]!;
                e.Args = PyTuple.Create(args[1..]);
                e.SetField("code", args.Length == 1 ? null : args.Length == 2 ? args[1] : e.Args);
                return null;
            });
            t.DefGetSet("code", self => ((PyBaseException)self).GetField("code"), (self, v) => ((PyBaseException)self).SetField("code", v));
        }
    }

    /// <summary>str(exc) for the builtin exception types.</summary>
    public static string StrOf(PyBaseException e)
    {
        if (e.Type.IsSubtypeOf(PyExc.KeyError) && e.Args.Count == 1)
        {
            return PyProtocol.Repr(e.Args[0]);
        }
        if (e.Type.IsSubtypeOf(PyExc.OSError))
        {
            return OSErrorStr(e);
        }
        if (e is PyExceptionGroup g)
        {
            return GroupStr(g);
        }
        if (e.Type.IsSubtypeOf(PyExc.SyntaxError) && e.InstanceDict != null)
        {
            return SyntaxErrorStr(e);
        }
        if (e.Type.IsSubtypeOf(PyExc.UnicodeError) && e.GetField("object") != null)
        {
            return UnicodeErrorStr(e);
        }
        return ArgsStr(e);
    }

    /// <summary>BaseException.__str__: nothing, the only argument, or the args tuple.</summary>
    public static string ArgsStr(PyBaseException e)
    {
        return e.Args.Count switch
        {
            0 => string.Empty,
            1 => PyProtocol.Str(e.Args[0]).Value,
            _ => PyProtocol.Repr(e.Args),
        };
    }

    public static string ReprOf(PyBaseException e)
    {
        var name = e.Type.Name;
        if (e.Args.Count == 1)
        {
            return name + "(" + PyProtocol.Repr(e.Args[0]) + ")";
        }
        return name + "(" + string.Join(", ", e.Args.UnsafeArray.Select(PyProtocol.Repr)) + ")";
    }
}
