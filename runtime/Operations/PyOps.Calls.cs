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
        return CallSlow(f, Array.Empty<object?>(), null);
    }

    public static object? Call1(object? f, object? a)
    {
        if (f is PyFunction pf && pf.Fast1 != null)
        {
            return pf.Fast1(a);
        }
        return CallSlow(f, new[] { a }, null);
    }

    public static object? Call2(object? f, object? a, object? b)
    {
        if (f is PyFunction pf && pf.Fast2 != null)
        {
            return pf.Fast2(a, b);
        }
        return CallSlow(f, new[] { a, b }, null);
    }

    public static object? Call3(object? f, object? a, object? b, object? c)
    {
        if (f is PyFunction pf && pf.Fast3 != null)
        {
            return pf.Fast3(a, b, c);
        }
        return CallSlow(f, new[] { a, b, c }, null);
    }

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
