using System;
using System.Collections.Generic;
using System.Linq;
using System.Numerics;
using System.Text;

namespace PyNet.Runtime;

public static partial class Builtins
{
    private static readonly PyStr s_sep = PyStr.Intern("sep");
    private static readonly PyStr s_end = PyStr.Intern("end");
    private static readonly PyStr s_file = PyStr.Intern("file");
    private static readonly PyStr s_flush = PyStr.Intern("flush");
    private static readonly PyStr s_key = PyStr.Intern("key");
    private static readonly PyStr s_default = PyStr.Intern("default");
    private static readonly PyStr s_write = PyStr.Intern("write");
    private static readonly PyStr s_stdout = PyStr.Intern("stdout");

    private static readonly PyStr s_reverse = PyStr.Intern("reverse");
    private static readonly PyStr s_start = PyStr.Intern("start");
    private static readonly PyStr s_dir = PyStr.Intern("__dir__");
    private static readonly PyStr s_dictName = PyStr.Intern("__dict__");
    private static readonly PyStr s_divmod = PyStr.Intern("__divmod__");
    private static readonly PyStr s_rdivmod = PyStr.Intern("__rdivmod__");
    private static readonly PyStr s_instanceCheck = PyStr.Intern("__instancecheck__");
    private static readonly PyStr s_subclassCheck = PyStr.Intern("__subclasscheck__");
    private static readonly string[] s_powParameters = { "base", "exp", "mod" };

    /// <summary>
    /// Set by the compiler: the current frame's local namespace, for <c>dir()</c> and <c>vars()</c> without arguments
    /// (the runtime has no frame objects of its own).
    /// </summary>
    public static Func<object?>? CurrentLocals { get; set; }

    /// <summary>Set by the compiler: the current frame's globals, for type(name, bases, ns)'s default __module__.</summary>
    public static Func<PyDict?>? CurrentGlobals { get; set; }

    /// <summary>The builtin len (compiled code compares with it: see <see cref="PyOps.IsBuiltinLen"/>).</summary>
    internal static PyBuiltinFunction? LenFunction { get; private set; }

    private static void DefineFunctions(PyDict d)
    {
        Def(d, new PyBuiltinFunction("print", Print));
        LenFunction = PyBuiltinFunction.Create("len", o => PyInt.Box(PyProtocol.Len(o)));
        Def(d, LenFunction);
        Def(d, PyBuiltinFunction.Create("repr", o => new PyStr(PyProtocol.Repr(o))));
        Def(d, PyBuiltinFunction.Create("ascii", o => new PyStr(Ascii(o))));
        Def(d, PyBuiltinFunction.Create("abs", Abs));
        Def(d, PyBuiltinFunction.Create("id", o => PyInt.Box(o == null ? 0x5f3759df : ObjectMembers.IdentityHash(o))));
        Def(d, PyBuiltinFunction.Create("hash", o => PyInt.Box(PyProtocol.Hash(o))));
        Def(d, PyBuiltinFunction.Create("callable", o => IsCallable(o)));
        Def(d, PyBuiltinFunction.Create("isinstance", (o, t) => IsInstance(o, t)));
        Def(d, PyBuiltinFunction.Create("issubclass", (c, t) => IsSubclass(c, t)));
        Def(d, PyBuiltinFunction.Create("hasattr", (o, n) => PyProtocol.TryGetAttr(o, AttrName(n), out _)));
        Def(d, new PyBuiltinFunction("getattr", GetAttr));
        Def(d, PyBuiltinFunction.Create("setattr", (o, n, v) =>
        {
            PyProtocol.SetAttr(o, AttrName(n), v);
            return null;
        }));
        Def(d, PyBuiltinFunction.Create("delattr", (o, n) =>
        {
            PyProtocol.DelAttr(o, AttrName(n));
            return null;
        }));
        Def(d, new PyBuiltinFunction("iter", Iter));
        Def(d, new PyBuiltinFunction("next", Next) { Checked1 = NextChecked });
        Def(d, new PyBuiltinFunction("min", (args, kw) => MinMax("min", args, kw, CompareOperator.Lt)) { Fast2 = static (a, b) => MinMax2(a, b, CompareOperator.Lt) });
        Def(d, new PyBuiltinFunction("max", (args, kw) => MinMax("max", args, kw, CompareOperator.Gt)) { Fast2 = static (a, b) => MinMax2(a, b, CompareOperator.Gt) });
        Def(d, new PyBuiltinFunction("sum", Sum));
        Def(d, new PyBuiltinFunction("sorted", Sorted));
        Def(d, PyBuiltinFunction.Create("chr", Chr));
        Def(d, PyBuiltinFunction.Create("ord", Ord));
        Def(d, PyBuiltinFunction.Create("divmod", DivMod));
        Def(d, new PyBuiltinFunction("pow", (args, kw) =>
        {
            var a = BindArguments("pow", args, kw, 0, s_powParameters, 2, showPosition: true);
            var mod = ReferenceEquals(a[2], PyOps.Unbound) ? null : a[2];
            return mod == null ? PyProtocol.BinaryOp(a[0], a[1], BinaryOperator.Pow) : PowMod(a[0], a[1], mod);
        }));
        Def(d, PyBuiltinFunction.Create("any", Any));
        Def(d, PyBuiltinFunction.Create("all", All));
        d[PyStr.Intern("enumerate")] = PyEnumerate.EnumerateType;
        d[PyStr.Intern("zip")] = PyZip.ZipType;
        d[PyStr.Intern("map")] = PyMap.MapType;
        d[PyStr.Intern("filter")] = PyFilter.FilterType;
        d[PyStr.Intern("reversed")] = PyReversed.ReversedType;
        Def(d, new PyBuiltinFunction("round", Round));
        Def(d, new PyBuiltinFunction("format", (args, kw) => PyProtocol.Format(args[0], args.Length > 1 ? (PyStr)args[1]! : PyStr.Empty)));
        Def(d, PyBuiltinFunction.Create("bin", x => new PyStr(IntToBase(PyInt.ToBig(IndexInt(x)), 2, "0b"))));
        Def(d, PyBuiltinFunction.Create("oct", x => new PyStr(IntToBase(PyInt.ToBig(IndexInt(x)), 8, "0o"))));
        Def(d, PyBuiltinFunction.Create("hex", x => new PyStr(IntToBase(PyInt.ToBig(IndexInt(x)), 16, "0x"))));
        Def(d, new PyBuiltinFunction("input", Input));
        Def(d, new PyBuiltinFunction("open", Open));
        Def(d, new PyBuiltinFunction("vars", Vars));
        Def(d, new PyBuiltinFunction("dir", Dir));
    }

    public static string IntToBase(BigInteger value, int radix, string prefix)
    {
        var negative = value.Sign < 0;
        value = BigInteger.Abs(value);
        if (value.IsZero)
        {
            return prefix + "0";
        }
        var digits = new StringBuilder();
        while (!value.IsZero)
        {
            var digit = (int)(value % radix);
            digits.Insert(0, "0123456789abcdef"[digit]);
            value /= radix;
        }
        return (negative ? "-" : string.Empty) + prefix + digits;
    }

    private static object? Print(object?[] args, PyStr[]? kwNames)
    {
        var nKw = kwNames?.Length ?? 0;
        var nPos = args.Length - nKw;
        object? sep = null;
        object? end = null;
        object? file = null;
        var flush = false;
        for (var i = 0; i < nKw; i++)
        {
            var name = kwNames![i];
            var value = args[nPos + i];
            if (name.Equals(s_sep))
            {
                sep = value;
            }
            else if (name.Equals(s_end))
            {
                end = value;
            }
            else if (name.Equals(s_file))
            {
                file = value;
            }
            else if (name.Equals(s_flush))
            {
                flush = PyProtocol.IsTrue(value);
            }
            else
            {
                throw new PyException(PyErrors.TypeError($"'{name.Value}' is an invalid keyword argument for print()"));
            }
        }
        if (sep != null && sep is not PyStr)
        {
            throw new PyException(PyErrors.TypeError($"sep must be None or a string, not {PyErrors.TypeName(sep)}"));
        }
        if (end != null && end is not PyStr)
        {
            throw new PyException(PyErrors.TypeError($"end must be None or a string, not {PyErrors.TypeName(end)}"));
        }
        if (file == null)
        {
            // The current sys.stdout (contextlib.redirect_stdout replaces it); print does nothing when it is None.
            file = Sys.Module.Dict.TryGetValue(s_stdout, out var current) ? current : Sys.Stdout;
            if (file == null)
            {
                return null;
            }
        }
        var sepText = (sep as PyStr)?.Value ?? " ";
        if (file is not PyTextFile)
        {
            // A Python file object receives each piece in its own write call, as CPython's print does.
            var write = PyProtocol.GetAttr(file, s_write);
            for (var i = 0; i < nPos; i++)
            {
                if (i > 0)
                {
                    PyCall.Call(write, new PyStr(sepText));
                }
                PyCall.Call(write, PyProtocol.Str(args[i]));
            }
            PyCall.Call(write, (end as PyStr) ?? PyStr.Intern("\n"));
            if (flush)
            {
                PyCall.Call(PyProtocol.GetAttr(file, s_flush));
            }
            return null;
        }
        var sb = new StringBuilder();
        for (var i = 0; i < nPos; i++)
        {
            if (i > 0)
            {
                sb.Append(sepText);
            }
            sb.Append(PyProtocol.Str(args[i]).Value);
        }
        sb.Append((end as PyStr)?.Value ?? "\n");
        file ??= Sys.Stdout;
        if (file is PyTextFile tf)
        {
            tf.Write(sb.ToString());
            if (flush)
            {
                tf.Flush();
            }
        }
        else
        {
            PyCall.Call(PyProtocol.GetAttr(file, s_write), new PyStr(sb.ToString()));
            if (flush)
            {
                PyCall.Call(PyProtocol.GetAttr(file, s_flush));
            }
        }
        return null;
    }

    private static object? Input(object?[] args, PyStr[]? kw)
    {
        if (args.Length > 0)
        {
            Sys.Stdout.Write(PyProtocol.Str(args[0]).Value);
        }
        Sys.Stdout.Flush();
        var line = Sys.Stdin.ReadLine();
        if (line == null)
        {
            throw new PyException(PyErrors.New(PyExc.EOFError, "EOF when reading a line"));
        }
        return new PyStr(line);
    }

    private static object? GetAttr(object?[] args, PyStr[]? kw)
    {
        if (args.Length < 2 || args.Length > 3)
        {
            throw new PyException(args.Length < 2 ? PyErrors.ExpectedAtLeast("getattr", 2, args.Length) : PyErrors.ExpectedAtMost("getattr", 3, args.Length));
        }
        var name = AttrName(args[1]);
        if (PyProtocol.TryGetAttr(args[0], name, out var v))
        {
            return v;
        }
        if (args.Length == 3)
        {
            return args[2];
        }
        throw new PyException(PyErrors.NoAttribute(args[0], name.Value));
    }

    private static object Chr(object? i)
    {
        var value = IndexInt(i);
        if (value is not long cp || cp > int.MaxValue || cp < int.MinValue)
        {
            throw new PyException(PyErrors.IntTooLarge("C int"));
        }
        if (cp < 0 || cp > 0x10FFFF)
        {
            throw new PyException(PyErrors.ChrOutOfRange());
        }
        return PyStr.FromCodePoint((int)cp);
    }

    private static object Ord(object? s)
    {
        if (s is PyStr str)
        {
            return str.Length == 1 ? PyInt.Box(str.CodePointAt(0)) : throw new PyException(PyErrors.OrdExpectedCharacter(str.Length));
        }
        if (s is PyBytes bytes)
        {
            return bytes.Length == 1 ? PyInt.Box(bytes[0]) : throw new PyException(PyErrors.OrdExpectedCharacter(bytes.Length));
        }
        if (s is PyByteArray array)
        {
            return array.Length == 1 ? PyInt.Box(array.Span[0]) : throw new PyException(PyErrors.OrdExpectedCharacter(array.Length));
        }
        throw new PyException(PyErrors.OrdExpectedString(s));
    }

    /// <summary>divmod(a, b): the int and float pairs directly, else __divmod__ / __rdivmod__.</summary>
    private static object? DivMod(object? a, object? b)
    {
        if (a is long or bool or System.Numerics.BigInteger or double && b is long or bool or System.Numerics.BigInteger or double)
        {
            if ((a is double || b is double) && PyProtocol.BuiltinCompare(b, PyInt.Box(0), CompareOperator.Eq) is true)
            {
                throw new PyException(PyErrors.FloatDivmodByZero());
            }
            return PyTuple.Create(PyProtocol.BinaryOp(a, b, BinaryOperator.FloorDiv), PyProtocol.BinaryOp(a, b, BinaryOperator.Mod));
        }
        var ta = PyType.Of(a);
        var tb = PyType.Of(b);
        if (!ReferenceEquals(ta, tb) && tb.IsSubtypeOf(ta) && tb.Lookup(s_rdivmod) is { } first)
        {
            var r = PyProtocol.CallBound(first, b, a);
            if (!ReferenceEquals(r, PyNotImplemented.Instance))
            {
                return r;
            }
        }
        if (ta.Lookup(s_divmod) is { } forward)
        {
            var r = PyProtocol.CallBound(forward, a, b);
            if (!ReferenceEquals(r, PyNotImplemented.Instance))
            {
                return r;
            }
        }
        if (!ReferenceEquals(ta, tb) && tb.Lookup(s_rdivmod) is { } reflected)
        {
            var r = PyProtocol.CallBound(reflected, b, a);
            if (!ReferenceEquals(r, PyNotImplemented.Instance))
            {
                return r;
            }
        }
        throw new PyException(PyErrors.UnsupportedOperand("divmod()", a, b));
    }

    private static object PowMod(object? a, object? b, object? m)
    {
        if (m == null)
        {
            return PyProtocol.BinaryOp(a, b, BinaryOperator.Pow)!;
        }
        if (!PyInt.IsInt(a) || !PyInt.IsInt(b) || !PyInt.IsInt(m))
        {
            throw new PyException(PyErrors.PowThirdArgNotAllowed());
        }
        var mod = PyInt.ToBig(m!);
        if (mod.IsZero)
        {
            throw new PyException(PyErrors.PowThirdArgZero());
        }
        var bb = PyInt.ToBig(b!);
        var ab = PyInt.ToBig(a!);
        if (bb.Sign < 0)
        {
            ab = ModInverse(ab, mod);
            bb = -bb;
        }
        var r = BigInteger.ModPow(ab, bb, BigInteger.Abs(mod));
        if (!r.IsZero && (r.Sign < 0) != (mod.Sign < 0))
        {
            r += mod;
        }
        return PyInt.Normalize(r);
    }

    private static BigInteger ModInverse(BigInteger a, BigInteger m)
    {
        BigInteger g = BigInteger.Abs(m), x = 0, x1 = 1, a1 = PyInt.Mod(a, BigInteger.Abs(m));
        var b1 = g;
        while (!a1.IsZero)
        {
            var q = b1 / a1;
            (b1, a1) = (a1, b1 - (q * a1));
            (x, x1) = (x1, x - (q * x1));
        }
        if (!b1.IsOne)
        {
            throw new PyException(PyErrors.PowBaseNotInvertible());
        }
        return x;
    }

    private static object? Round(object?[] args, PyStr[]? kwNames)
    {
        var x = args[0];
        var nd = args.Length > 1 ? args[1] : null;
        switch (x)
        {
            case long or BigInteger or bool:
                if (nd == null)
                {
                    return IntMembers.ToInt(x);
                }
                var n = PyProtocol.Index(nd);
                if (n >= 0)
                {
                    return IntMembers.ToInt(x);
                }
                var p = BigInteger.Pow(10, (int)-n);
                var v = PyInt.ToBig(x);
                var q = BigInteger.DivRem(v, p, out var r);
                var twice = BigInteger.Abs(r) * 2;
                if (twice > p || (twice == p && !q.IsEven))
                {
                    q += v.Sign;
                }
                return PyInt.Normalize(q * p);
            case double d:
                if (nd == null)
                {
                    var rounded = Math.Round(d, MidpointRounding.ToEven);
                    return PyFloat.ToInt(rounded);
                }
                return PyFloatFormatting.Round(d, (int)PyProtocol.Index(nd));
        }
        var method = PyType.Of(x).Lookup(PyStr.Intern("__round__"));
        if (method == null)
        {
            throw new PyException(PyErrors.TypeError($"type {PyErrors.TypeName(x)} doesn't define __round__ method"));
        }
        return nd == null ? PyProtocol.CallBound(method, x) : PyProtocol.CallBound(method, x, nd);
    }
}
