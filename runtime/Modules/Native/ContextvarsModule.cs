using System;
using System.Collections.Immutable;
using System.Linq;

namespace PyNet.Runtime;

/// <summary>
/// The <c>_contextvars</c> module (PEP 567): <c>ContextVar</c>, <c>Token</c>, <c>Context</c> and
/// <c>copy_context</c>, as CPython's Python/context.c. A context's data is an immutable map, so copying a context is
/// O(1) and a <c>set</c> replaces the current context's map; each thread has its own current context.
/// </summary>
public static class ContextvarsModule
{
    public static PyModule Create()
    {
        var d = new PyDict();
        var m = new PyModule("_contextvars", d);
        NativeTypes.Def(d, PyContextVar.ContextVarType);
        NativeTypes.Def(d, PyContextToken.TokenType);
        NativeTypes.Def(d, PyContext.ContextType);
        NativeTypes.Def(d, PyBuiltinFunction.Create("copy_context", () => PyContext.Current.Copy()));
        return m;
    }
}

/// <summary><c>contextvars.Context</c>: a read-only mapping of variables to values, entered by <c>run</c>.</summary>
public sealed class PyContext : PyObject
{
    public static readonly PyType ContextType = new("Context", PyType.ObjectType, Init, "_contextvars", isBaseType: false);

    [ThreadStatic]
    private static PyContext? t_current;

    private PyContext? _previous;
    private bool _entered;

    public PyContext(ImmutableDictionary<PyContextVar, object?> vars)
    {
        Vars = vars;
    }

    public override PyType Type => ContextType;

    public ImmutableDictionary<PyContextVar, object?> Vars { get; set; }

    /// <summary>The calling thread's current context (a new empty one at first use).</summary>
    public static PyContext Current => t_current ??= new PyContext(ImmutableDictionary<PyContextVar, object?>.Empty);

    public PyContext Copy() => new(Vars);

    private object? Run(object?[] args, PyStr[]? kwNames)
    {
        if (_entered)
        {
            throw new PyException(PyErrors.ContextAlreadyEntered(this));
        }
        _previous = Current;
        _entered = true;
        t_current = this;
        try
        {
            return PyCall.Call(args[1], args[2..], kwNames);
        }
        finally
        {
            t_current = _previous;
            _previous = null;
            _entered = false;
        }
    }

    private static PyContextVar Key(object? key) =>
        key as PyContextVar ?? throw new PyException(PyErrors.ContextVarKeyExpected(key));

    private static void Init(PyType t)
    {
        t.DefStatic("__new__", (args, kw) =>
        {
            if (args.Length > 1)
            {
                throw new PyException(PyErrors.ContextTakesNoArguments());
            }
            return new PyContext(ImmutableDictionary<PyContextVar, object?>.Empty);
        });
        t.DefMethodVar("run", (args, kw) =>
        {
            if (args.Length - (kw?.Length ?? 0) < 2)
            {
                throw new PyException(PyErrors.ContextRunNeedsCallable());
            }
            return ((PyContext)args[0]!).Run(args, kw);
        });
        t.DefMethod("copy", self => ((PyContext)self!).Copy());
        t.DefMethod("__getitem__", (self, key) =>
            ((PyContext)self!).Vars.TryGetValue(Key(key), out var v) ? v : throw new PyException(PyErrors.KeyError(key)));
        t.DefMethod("__contains__", (self, key) => ((PyContext)self!).Vars.ContainsKey(Key(key)));
        t.DefMethod("__len__", self => PyInt.Box(((PyContext)self!).Vars.Count));
        t.DefMethod("__iter__", self => PyProtocol.GetIterator(new PyList(((PyContext)self!).Vars.Keys.ToArray<object?>(), ((PyContext)self!).Vars.Count)));
        t.DefMethodVar("get", (args, kw) =>
        {
            var a = NativeTypes.Positional("get", args, kw);
            if (a.Length is < 1 or > 2)
            {
                throw new PyException(PyErrors.ArgumentCountRange("get", 1, 2, a.Length));
            }
            return ((PyContext)args[0]!).Vars.TryGetValue(Key(a[0]), out var v) ? v : a.Length > 1 ? a[1] : null;
        });
        t.DefMethod("keys", self => new PyList(((PyContext)self!).Vars.Keys.ToArray<object?>(), ((PyContext)self!).Vars.Count));
        t.DefMethod("values", self => new PyList(((PyContext)self!).Vars.Values.ToArray(), ((PyContext)self!).Vars.Count));
        t.DefMethod("items", self =>
        {
            var items = ((PyContext)self!).Vars.Select(p => (object?)PyTuple.Create(p.Key, p.Value)).ToArray();
            return new PyList(items, items.Length);
        });
        t.DefValue("__hash__", null);
    }
}

/// <summary><c>contextvars.ContextVar</c>: a variable whose value lives in the current context.</summary>
public sealed class PyContextVar : PyObject
{
    public static readonly PyType ContextVarType = new("ContextVar", PyType.ObjectType, Init, "_contextvars", isBaseType: false);

    private static readonly string[] s_newNames = { "name", "default" };

    private PyContextVar(PyStr name, object? defaultValue)
    {
        Name = name;
        Default = defaultValue;
    }

    public override PyType Type => ContextVarType;

    public PyStr Name { get; }

    /// <summary>The default, or <see cref="PyOps.Unbound"/> when the variable has none.</summary>
    public object? Default { get; }

    private object? Get(object?[] a)
    {
        if (PyContext.Current.Vars.TryGetValue(this, out var value))
        {
            return value;
        }
        if (a.Length > 0)
        {
            return a[0];
        }
        return !ReferenceEquals(Default, PyOps.Unbound) ? Default : throw new PyException(PyErrors.ContextVarUnset(this));
    }

    private PyContextToken Set(object? value)
    {
        var context = PyContext.Current;
        var old = context.Vars.TryGetValue(this, out var v) ? v : PyContextToken.Missing;
        context.Vars = context.Vars.SetItem(this, value);
        return new PyContextToken(context, this, old);
    }

    private void Reset(object? tokenArg)
    {
        if (tokenArg is not PyContextToken token)
        {
            throw new PyException(PyErrors.TokenExpected(tokenArg));
        }
        if (token.Used)
        {
            throw new PyException(PyErrors.TokenAlreadyUsed(token));
        }
        if (!ReferenceEquals(token.Var, this))
        {
            throw new PyException(PyErrors.TokenFromOther(token, "ContextVar"));
        }
        var context = PyContext.Current;
        if (!ReferenceEquals(token.Context, context))
        {
            throw new PyException(PyErrors.TokenFromOther(token, "Context"));
        }
        token.Used = true;
        context.Vars = ReferenceEquals(token.OldValue, PyContextToken.Missing) ? context.Vars.Remove(this) : context.Vars.SetItem(this, token.OldValue);
    }

    private static void Init(PyType t)
    {
        t.DefStatic("__new__", (args, kw) =>
        {
            var a = MethodArguments.Keywords("ContextVar", args, kw, s_newNames, 1, 1);
            var name = a[0] as PyStr ?? throw new PyException(PyErrors.ContextVarNameMustBeStr());
            return new PyContextVar(name, MethodArguments.IsGiven(a[1]) ? a[1] : PyOps.Unbound);
        });
        t.DefGetSet("name", self => ((PyContextVar)self).Name);
        t.DefMethodVar("get", (args, kw) =>
        {
            var a = NativeTypes.Positional("get", args, kw);
            if (a.Length > 1)
            {
                throw new PyException(PyErrors.ArgumentCountRange("get", 0, 1, a.Length));
            }
            return ((PyContextVar)args[0]!).Get(a);
        });
        t.DefMethod("set", (self, value) => ((PyContextVar)self!).Set(value));
        t.DefMethod("reset", (self, token) =>
        {
            ((PyContextVar)self!).Reset(token);
            return null;
        });
        t.DefMethod("__repr__", self =>
        {
            var v = (PyContextVar)self!;
            var def = ReferenceEquals(v.Default, PyOps.Unbound) ? "" : " default=" + PyProtocol.Repr(v.Default);
            return new PyStr($"<ContextVar name={PyStr.Repr(v.Name)}{def} at 0x{ObjectMembers.IdentityHash(v) << 4:x12}>");
        });
        PyGenericAlias.DefClassGetItem(t);
    }
}

/// <summary><c>contextvars.Token</c>: what <c>ContextVar.set</c> returns, to undo the change with <c>reset</c>.</summary>
public sealed class PyContextToken : PyObject
{
    public static readonly PyType TokenType = new("Token", PyType.ObjectType, Init, "_contextvars", isBaseType: false);

    private static readonly PyType s_missingType = new("Token.MISSING", PyType.ObjectType, t => t.DefMethod("__repr__", _ => new PyStr("<Token.MISSING>")), "_contextvars", isBaseType: false);

    /// <summary><c>Token.MISSING</c>: the old value of a variable that had none.</summary>
    public static readonly object Missing = new PyInstance(s_missingType);

    public PyContextToken(PyContext context, PyContextVar var, object? oldValue)
    {
        Context = context;
        Var = var;
        OldValue = oldValue;
    }

    public override PyType Type => TokenType;

    public PyContext Context { get; }

    public PyContextVar Var { get; }

    public object? OldValue { get; }

    public bool Used { get; set; }

    private static void Init(PyType t)
    {
        t.DefGetSet("var", self => ((PyContextToken)self).Var);
        t.DefGetSet("old_value", self => ((PyContextToken)self).OldValue);
        t.DefValue("MISSING", Missing);
        t.DefMethod("__repr__", self =>
        {
            var token = (PyContextToken)self!;
            var used = token.Used ? " used" : "";
            return new PyStr($"<Token{used} var={PyProtocol.Repr(token.Var)} at 0x{ObjectMembers.IdentityHash(token) << 4:x12}>");
        });
        PyGenericAlias.DefClassGetItem(t);
    }
}
