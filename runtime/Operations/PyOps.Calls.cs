using System;
using System.Runtime.CompilerServices;

namespace PyNet.Runtime;

public static partial class PyOps
{
    public static object? Call0(object? f)
    {
        if (f is PyFunction pf && pf.Fast0 != null)
        {
            return pf.Fast0();
        }
        if (f is PyType t && t.SimpleConstruction is { } plan && (plan.Init == null || plan.Init.Fast1 != null))
        {
            var instance = plan.Factory(t);
            return plan.Init == null ? instance : Initialized(instance, plan.Init.Fast1!(instance));
        }
        if (f is PyType et && ExceptionMembers.TryPlainConstruction(et, out var init) && (init == null || init.Fast1 != null))
        {
            var e = ExceptionMembers.NewPlain(et, PyTuple.Empty);
            return init == null ? e : Initialized(e, init.Fast1!(e));
        }
        return CallSlow(f, Array.Empty<object?>(), null);
    }

    public static object? Call1(object? f, object? a)
    {
        if (f is PyFunction pf && pf.Fast1 != null)
        {
            return pf.Fast1(a);
        }
        if (f is PyBuiltinFunction builtin)
        {
            return builtin.Checked1 != null ? builtin.Checked1(a) : CallBuiltin1(builtin, a);
        }
        if (f is PyType t)
        {
            if (t.SimpleConstruction?.Init?.Fast2 is { } init)
            {
                var instance = t.InstanceFactory!(t);
                return Initialized(instance, init(instance, a));
            }
            if (ExceptionMembers.TryPlainConstruction(t, out var excInit) && (excInit == null || excInit.Fast2 != null))
            {
                var e = ExceptionMembers.NewPlain(t, PyTuple.Create(a));
                return excInit == null ? e : Initialized(e, excInit.Fast2!(e, a));
            }
            if (ReferenceEquals(t, PyType.StrType))
            {
                return StrOf(a);
            }
            if (a is PyList { IsExact: true } or PyTuple { IsExact: true } && (ReferenceEquals(t, PyType.TupleType) || ReferenceEquals(t, PyType.ListType)))
            {
                // tuple(list), list(tuple), list(list): a copy of the items, no iterator.
                if (ReferenceEquals(t, PyType.TupleType) && a is PyTuple)
                {
                    return a;
                }
                var items = a is PyList l ? l.ToArray() : (object?[])((PyTuple)a).UnsafeArray.Clone();
                return ReferenceEquals(t, PyType.TupleType) ? PyTuple.Create(items) : new PyList(items, items.Length);
            }
            if (ReferenceEquals(t, PyType.IntType) && a is PyStr { IsExact: true } text)
            {
                // int(s) on bad input is common inside try/except: its ValueError is set pending, never thrown.
                return IntMembers.TryParse(text.Value, 10, text, out var value) is { } error ? SetPending(error) : value;
            }
        }
        return CallSlow(f, new[] { a }, null);
    }

    public static object? Call2(object? f, object? a, object? b)
    {
        if (f is PyFunction pf && pf.Fast2 != null)
        {
            return pf.Fast2(a, b);
        }
        if (f is PyBuiltinFunction { Fast2: { } builtin2, UnwrapsValues: false })
        {
            return CallBuiltin2(builtin2, a, b);
        }
        if (f is PyType t && t.SimpleConstruction?.Init?.Fast3 is { } init)
        {
            var instance = t.InstanceFactory!(t);
            return Initialized(instance, init(instance, a, b));
        }
        if (f is PyType et && ExceptionMembers.TryPlainConstruction(et, out var excInit) && (excInit == null || excInit.Fast3 != null))
        {
            var e = ExceptionMembers.NewPlain(et, PyTuple.Create(a, b));
            return excInit == null ? e : Initialized(e, excInit.Fast3!(e, a, b));
        }
        return CallSlow(f, new[] { a, b }, null);
    }

    public static object? Call3(object? f, object? a, object? b, object? c)
    {
        if (f is PyFunction pf && pf.Fast3 != null)
        {
            return pf.Fast3(a, b, c);
        }
        if (f is PyBuiltinFunction { Fast3: { } builtin3, UnwrapsValues: false })
        {
            // Base.__init__(self, x, y) and other unbound builtin methods.
            return CallBuiltin3(builtin3, a, b, c);
        }
        if (f is PyType t && t.SimpleConstruction?.Init?.Fast4 is { } init)
        {
            var instance = t.InstanceFactory!(t);
            return Initialized(instance, init(instance, a, b, c));
        }
        return CallSlow(f, new[] { a, b, c }, null);
    }

    /// <summary>A one-argument call of a builtin function: its typed entry when it has one, with no argument array.</summary>
    private static object? CallBuiltin1(PyBuiltinFunction builtin, object? a)
    {
        try
        {
            return builtin.Fast1 != null && !builtin.UnwrapsValues ? builtin.Fast1(a) : builtin.Call(new[] { a }, null);
        }
        catch (Exception e)
        {
            return Fail(e);
        }
    }

    private static object? CallBuiltin2(Func<object?, object?, object?> builtin, object? a, object? b)
    {
        try
        {
            return builtin(a, b);
        }
        catch (Exception e)
        {
            return Fail(e);
        }
    }

    private static object? CallBuiltin3(Func<object?, object?, object?, object?> builtin, object? a, object? b, object? c)
    {
        try
        {
            return builtin(a, b, c);
        }
        catch (Exception e)
        {
            return Fail(e);
        }
    }

    /// <summary>str(x): the one-argument form of the str type's call.</summary>
    private static object? StrOf(object? a)
    {
        try
        {
            return PyProtocol.Str(a);
        }
        catch (Exception e)
        {
            return Fail(e);
        }
    }

    /// <summary>The end of a class call's fast path: the instance, unless __init__ failed or returned something.</summary>
    private static object? Initialized(object instance, object? initResult) =>
        initResult == null ? instance
        : ReferenceEquals(initResult, Raised) ? Raised
        : SetPending(PyErrors.InitReturnedValue(initResult));

    public static object? CallN(object? f, object?[] args)
    {
        if (f is PyFunction pf && args.Length == 4 && pf.Fast4 != null)
        {
            return pf.Fast4(args[0], args[1], args[2], args[3]);
        }
        return CallSlow(f, args, null);
    }

    /// <summary>A call with keywords: <paramref name="args"/> holds positionals then keyword values.</summary>
    public static object? CallKw(object? f, object?[] args, PyStr[] kwNames) => CallSlow(f, args, kwNames);

    /// <summary>A call with *args and/or **kwargs unpacking: <c>f(*positional, **keywords)</c>.</summary>
    public static object? CallEx(object? f, object? positional, object? keywords)
    {
        try
        {
            var args = positional is PyTuple t ? t.UnsafeArray : Builtins.ToArray(positional);
            if (keywords is not PyDict kw || kw.Count == 0)
            {
                return CallSlow(f, args, null);
            }
            var all = new object?[args.Length + kw.Count];
            args.CopyTo(all, 0);
            var names = new PyStr[kw.Count];
            var i = 0;
            foreach (var item in kw.Items())
            {
                names[i] = item.Key as PyStr ?? throw new PyException(PyErrors.TypeError("keywords must be strings"));
                all[args.Length + i] = item.Value;
                i++;
            }
            return CallSlow(f, all, names);
        }
        catch (Exception e)
        {
            return Fail(e);
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static object? CallSlow(object? f, object?[] args, PyStr[]? kwNames)
    {
        if (f is PyFunction pf)
        {
            if (kwNames == null)
            {
                // f(*args) with as many values as the typed entries take.
                switch (args.Length)
                {
                    case 0 when pf.Fast0 != null:
                        return pf.Fast0();
                    case 1 when pf.Fast1 != null:
                        return pf.Fast1(args[0]);
                    case 2 when pf.Fast2 != null:
                        return pf.Fast2(args[0], args[1]);
                    case 3 when pf.Fast3 != null:
                        return pf.Fast3(args[0], args[1], args[2]);
                    case 4 when pf.Fast4 != null:
                        return pf.Fast4(args[0], args[1], args[2], args[3]);
                }
            }
            object?[] bound;
            try
            {
                bound = pf.Bind(args, kwNames);
            }
            catch (Exception e)
            {
                return Fail(e);
            }
            return pf.General(bound);
        }
        try
        {
            return PyCall.Call(f, args, kwNames);
        }
        catch (Exception e)
        {
            return Fail(e);
        }
    }
}
