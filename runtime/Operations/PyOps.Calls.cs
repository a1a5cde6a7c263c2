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
        if (f is PyType t)
        {
            if (t.New0 is { } new0)
            {
                return CallBuiltin0(new0);
            }
            if (t.SimpleConstruction is { } plan && (plan.Init == null || plan.Init.Fast1 != null))
            {
                var instance = plan.Factory(t);
                return plan.Init == null ? instance : Initialized(instance, plan.Init.Fast1!(instance));
            }
            if (ReferenceEquals(t, PyType.DictType))
            {
                return new PyDict();
            }
        }
        if (f is PyType et && ExceptionMembers.TryPlainConstruction(et, out var init) && (init == null || init.Fast1 != null))
        {
            var e = ExceptionMembers.NewPlain(et, PyTuple.Empty);
            return init == null ? e : Initialized(e, init.Fast1!(e));
        }
        return CallSlow(f, ReadOnlySpan<object?>.Empty, null);
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
            if (t.New1 is { } new1)
            {
                return CallBuiltin1(new1, a);
            }
            if (t.SimpleConstruction?.Init?.Fast2 is { } init)
            {
                var instance = t.InstanceFactory!(t);
                return Initialized(instance, init(instance, a));
            }
            if (ReferenceEquals(t, PyType.StrType))
            {
                return StrOf(a);
            }
            if (ReferenceEquals(t, PyType.TypeType))
            {
                // type(x): its type, as type.__call__ answers a one-argument call (TypeMembers.Construct).
                return PyType.Of(a);
            }
            // The type tests first: testing the argument against a class that is not sealed walks its class chain.
            if ((ReferenceEquals(t, PyType.TupleType) || ReferenceEquals(t, PyType.ListType)) && a is PyList { IsExact: true } or PyTuple { IsExact: true })
            {
                // tuple(list), list(tuple), list(list): a copy of the items, no iterator.
                if (ReferenceEquals(t, PyType.TupleType))
                {
                    return a is PyTuple ? a : PyTuple.Create(((PyList)a).AsSpan());
                }
                var items = a is PyList l ? l.ToArray() : ((PyTuple)a).Items.ToArray();
                return new PyList(items, items.Length);
            }
            if (ReferenceEquals(t, PyType.TupleType) || ReferenceEquals(t, PyType.ListType))
            {
                // tuple(genexpr), list(map(...)): what the types' __new__/__init__ do, without the general call.
                return SequenceOf(t, a);
            }
            if (ReferenceEquals(t, PyReversed.ReversedType))
            {
                return ReversedOf(a);
            }
            if (ReferenceEquals(t, PyType.DictType) && a is PyDict { IsExact: true } dict)
            {
                // dict(d): the table copied, no iteration.
                return dict.Copy();
            }
            if (ReferenceEquals(t, PyType.IntType) && (a is long || a is double d && double.IsFinite(d)))
            {
                // int(x) of an exact int is x; of a finite float, its truncation (inf and nan raise on the general path).
                return a is double finite ? PyFloat.ToInt(finite) : a;
            }
            if (ReferenceEquals(t, PyType.IntType) && a is PyStr { IsExact: true } text)
            {
                // int(s) on bad input is common inside try/except: its ValueError is set pending, never thrown.
                return IntMembers.TryParse(text.Value, 10, text, out var value) is { } error ? SetPending(error) : value;
            }
            // After the builtin types above, which are never exception classes: the test costs two method-cache probes.
            if (ExceptionMembers.TryPlainConstruction(t, out var excInit) && (excInit == null || excInit.Fast2 != null))
            {
                var e = ExceptionMembers.NewPlain(t, PyTuple.Create(a));
                return excInit == null ? e : Initialized(e, excInit.Fast2!(e, a));
            }
        }
        return CallSlow(f, [a], null);
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
        if (f is PyType { New2: { } new2 })
        {
            return CallBuiltin2(new2, a, b);
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
        return CallSlow(f, [a, b], null);
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
        if (f is PyType { New3: { } new3 })
        {
            return CallBuiltin3(new3, a, b, c);
        }
        if (f is PyType t && t.SimpleConstruction?.Init?.Fast4 is { } init)
        {
            var instance = t.InstanceFactory!(t);
            return Initialized(instance, init(instance, a, b, c));
        }
        return CallSlow(f, [a, b, c], null);
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

    private static object? CallBuiltin0(Func<object?> builtin)
    {
        try
        {
            return builtin();
        }
        catch (Exception e)
        {
            return Fail(e);
        }
    }

    private static object? CallBuiltin1(Func<object?, object?> builtin, object? a)
    {
        try
        {
            return builtin(a);
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

    /// <summary>tuple(x) or list(x) of any iterable but an exact list or tuple.</summary>
    private static object? SequenceOf(PyType t, object? a)
    {
        try
        {
            if (ReferenceEquals(t, PyType.TupleType))
            {
                return PyTuple.Create(Builtins.ToArray(a));
            }
            var list = new PyList();
            ListMembers.Extend(list, a);
            return list;
        }
        catch (Exception e)
        {
            return Fail(e);
        }
    }

    /// <summary>reversed(x): the one-argument form of the reversed type's call.</summary>
    private static object? ReversedOf(object? a)
    {
        try
        {
            return PyReversed.Create(PyReversed.ReversedType, a);
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

    public static object? Call4(object? f, object? a, object? b, object? c, object? d)
    {
        if (f is PyFunction pf && pf.Fast4 != null)
        {
            return pf.Fast4(a, b, c, d);
        }
        return CallSlow(f, [a, b, c, d], null);
    }

    public static object? Call5(object? f, object? a, object? b, object? c, object? d, object? e)
    {
        if (f is PyFunction { PlainArity: 5 } pf)
        {
            return Unsafe.As<Func<object?, object?, object?, object?, object?, object?>>(pf.Body!)(a, b, c, d, e);
        }
        return CallSlow(f, [a, b, c, d, e], null);
    }

    public static object? Call6(object? f, object? a, object? b, object? c, object? d, object? e, object? g)
    {
        if (f is PyFunction { PlainArity: 6 } pf)
        {
            return Unsafe.As<Func<object?, object?, object?, object?, object?, object?, object?>>(pf.Body!)(a, b, c, d, e, g);
        }
        return CallSlow(f, [a, b, c, d, e, g], null);
    }

    public static object? Call7(object? f, object? a, object? b, object? c, object? d, object? e, object? g, object? h)
    {
        if (f is PyFunction { PlainArity: 7 } pf)
        {
            return Unsafe.As<Func<object?, object?, object?, object?, object?, object?, object?, object?>>(pf.Body!)(a, b, c, d, e, g, h);
        }
        return CallSlow(f, [a, b, c, d, e, g, h], null);
    }

    public static object? Call8(object? f, object? a, object? b, object? c, object? d, object? e, object? g, object? h, object? i)
    {
        if (f is PyFunction { PlainArity: 8 } pf)
        {
            return Unsafe.As<Func<object?, object?, object?, object?, object?, object?, object?, object?, object?>>(pf.Body!)(a, b, c, d, e, g, h, i);
        }
        return CallSlow(f, [a, b, c, d, e, g, h, i], null);
    }

    /// <summary>A call of more positional arguments than the typed entries take.</summary>
    public static object? CallN(object? f, object?[] args) => CallSlow(f, args, null);

    /// <summary>A call with keywords: <paramref name="args"/> holds positionals then keyword values.</summary>
    public static object? CallKw(object? f, object?[] args, PyStr[] kwNames) => CallSlow(f, args, kwNames);

    // Calls with keywords and at most four values in all (positionals, then keyword values): no argument array.
    public static object? CallKw1(object? f, object? a, PyStr[] kwNames) => CallSlow(f, [a], kwNames);

    public static object? CallKw2(object? f, object? a, object? b, PyStr[] kwNames) => CallSlow(f, [a, b], kwNames);

    public static object? CallKw3(object? f, object? a, object? b, object? c, PyStr[] kwNames) => CallSlow(f, [a, b, c], kwNames);

    public static object? CallKw4(object? f, object? a, object? b, object? c, object? d, PyStr[] kwNames) => CallSlow(f, [a, b, c, d], kwNames);

    /// <summary>
    /// f(*positional, **keywords), after CPython's CALL_FUNCTION_EX. <paramref name="positional"/> is the list the
    /// caller built from its positional arguments, or the value of a lone <c>*x</c> (checked and converted here, as
    /// CPython does after evaluating the keywords); <paramref name="keywords"/> is null or the dict the caller built.
    /// Exact tuples, lists and dicts are read in place: binding copies what it keeps.
    /// </summary>
    public static object? CallEx(object? f, object? positional, object? keywords)
    {
        try
        {
            return CallUnpacked(f, positional, (PyDict?)keywords);
        }
        catch (Exception e)
        {
            return Fail(e);
        }
    }

    /// <summary>f(*positional, **mapping) with a lone ** argument: an exact dict is used in place, another mapping is merged first.</summary>
    public static object? CallExMapping(object? f, object? positional, object? mapping)
    {
        try
        {
            if (mapping is PyDict { IsExact: true } dict)
            {
                return CallUnpacked(f, positional, dict);
            }
            if (mapping is not PyDict && !PyProtocol.TryGetAttr(mapping, s_keys, out _))
            {
                return SetPending(PyErrors.ArgumentAfterStarStar(PyErrors.FunctionDisplayName(f), mapping));
            }
            var merged = new PyDict();
            DictMembers.Update(merged, mapping);
            return CallUnpacked(f, positional, merged);
        }
        catch (Exception e)
        {
            return Fail(e);
        }
    }

    private static object? CallUnpacked(object? f, object? positional, PyDict? kw)
    {
        ReadOnlySpan<object?> args;
        switch (positional)
        {
            case PyTuple { IsExact: true } t:
                args = t.Items;
                break;
            case PyList { IsExact: true } l:
                args = l.AsSpan();
                break;
            default:
                if (!IsStarIterable(positional))
                {
                    return SetPending(PyErrors.ArgumentAfterStar(PyErrors.FunctionDisplayName(f), positional));
                }
                args = Builtins.ToArray(positional);
                break;
        }
        if (kw == null || kw.Count == 0)
        {
            return CallSlow(f, args, null);
        }
        if (f is PyFunction or PyBoundMethod { Function: PyFunction } && kw.Count <= PyFunction.MaxBodyArity)
        {
            // Keyword names and values on the stack, bound straight into the function's slots.
            var names = default(NameBuffer);
            var values = default(PyFunction.SlotBuffer);
            var n = KeywordsOf(kw, names, values);
            return CallSlow(f, args, ((Span<PyStr>)names)[..n], ((Span<object?>)values)[..n]);
        }
        var all = new object?[args.Length + kw.Count];
        args.CopyTo(all);
        var kwNames = new PyStr[kw.Count];
        KeywordsOf(kw, kwNames, all.AsSpan(args.Length));
        return CallSlow(f, all, kwNames);
    }

    /// <summary>The keyword names and values of a call's keyword dict (CPython's "keywords must be strings").</summary>
    private static int KeywordsOf(PyDict kw, Span<PyStr> names, Span<object?> values)
    {
        var position = 0;
        var n = 0;
        while (kw.TryGetEntry(ref position, out var key, out var value))
        {
            names[n] = key as PyStr ?? throw new PyException(PyErrors.KeywordsMustBeStrings());
            values[n] = value;
            n++;
        }
        return n;
    }

    /// <summary>Keyword names on the stack for <see cref="CallEx"/>.</summary>
    [InlineArray(PyFunction.MaxBodyArity)]
    private struct NameBuffer
    {
        private PyStr _name;
    }

    /// <summary>
    /// The general call: <paramref name="args"/> holds the positional values followed by the values of the keywords
    /// named in <paramref name="kwNames"/>.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static object? CallSlow(object? f, ReadOnlySpan<object?> args, PyStr[]? kwNames)
    {
        var nKw = kwNames?.Length ?? 0;
        if (f is PyFunction or PyBoundMethod { Function: PyFunction })
        {
            return CallSlow(f, args[..^nKw], kwNames, args[^nKw..]);
        }
        if (f is PyType t && t.SimpleConstruction is { Init: { } init } plan)
        {
            // A class whose __init__ needs argument binding (keywords, defaults, many parameters): the instance is
            // bound as self on the stack.
            var instance = plan.Factory(t);
            return Initialized(instance, CallWithSelf(init, instance, args[..^nKw], kwNames, args[^nKw..]));
        }
        try
        {
            return PyCall.Call(f, args.ToArray(), kwNames);
        }
        catch (Exception e)
        {
            return Fail(e);
        }
    }

    /// <summary>
    /// A call of a Python function (or a method bound to one) that needs argument binding: the typed entry when the
    /// positional arguments match one, else binding into slots on the stack.
    /// </summary>
    private static object? CallSlow(object? f, ReadOnlySpan<object?> positional, ReadOnlySpan<PyStr> kwNames, ReadOnlySpan<object?> kwValues)
    {
        if (f is PyBoundMethod { Function: PyFunction method } bound)
        {
            return CallWithSelf(method, bound.Self, positional, kwNames, kwValues);
        }
        var pf = (PyFunction)f!;
        try
        {
            if (kwNames.Length == 0)
            {
                return pf.CallPositional(positional);
            }
            return pf.BindAndInvoke(positional, kwNames, kwValues);
        }
        catch (Exception e)
        {
            return Fail(e);
        }
    }

    /// <summary>Calls <paramref name="f"/> with <paramref name="self"/> prepended to the positional arguments, on the stack.</summary>
    private static object? CallWithSelf(PyFunction f, object? self, ReadOnlySpan<object?> positional, ReadOnlySpan<PyStr> kwNames, ReadOnlySpan<object?> kwValues)
    {
        var buffer = default(PyFunction.SlotBuffer);
        Span<object?> withSelf = positional.Length < PyFunction.MaxBodyArity ? buffer : new object?[positional.Length + 1];
        withSelf[0] = self;
        positional.CopyTo(withSelf[1..]);
        return CallSlow(f, withSelf[..(positional.Length + 1)], kwNames, kwValues);
    }
}
