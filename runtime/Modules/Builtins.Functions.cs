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

    private static void DefineFunctions(PyDict d)
    {
        Def(d, new PyBuiltinFunction("print", Print));
        Def(d, PyBuiltinFunction.Create("len", o => PyInt.Box(PyProtocol.Len(o))));
        Def(d, PyBuiltinFunction.Create("repr", o => new PyStr(PyProtocol.Repr(o))));
        Def(d, PyBuiltinFunction.Create("ascii", o => new PyStr(Ascii(o))));
        Def(d, PyBuiltinFunction.Create("abs", Abs));
        Def(d, PyBuiltinFunction.Create("id", o => PyInt.Box(o == null ? 0x5f3759df : ObjectMembers.IdentityHash(o))));
        Def(d, PyBuiltinFunction.Create("hash", o => PyInt.Box(o is PyStr { Value.Length: 0 } ? 0 : PyProtocol.Hash(o))));
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
        Def(d, new PyBuiltinFunction("iter", (args, kw) => args.Length == 1 ? PyProtocol.Iter(args[0]) : throw new PyException(PyErrors.ExpectedAtMost("iter", 1, args.Length))));
        Def(d, new PyBuiltinFunction("next", Next));
        Def(d, new PyBuiltinFunction("min", (args, kw) => MinMax("min", args, kw, CompareOperator.Lt)));
        Def(d, new PyBuiltinFunction("max", (args, kw) => MinMax("max", args, kw, CompareOperator.Gt)));
        Def(d, new PyBuiltinFunction("sum", Sum));
        Def(d, new PyBuiltinFunction("sorted", (args, kw) =>
        {
            var list = PyList.FromArray(ToArray(args[0]));
            ListMembers.Sort(list, new object?[] { list }.Concat(args[1..]).ToArray(), kw);
            return list;
        }));
        Def(d, PyBuiltinFunction.Create("chr", i =>
        {
            var cp = PyProtocol.Index(i);
            if (cp < 0 || cp > 0x10FFFF)
            {
                throw new PyException(PyErrors.ValueError("chr() arg not in range(0x110000)"));
            }
            return PyStr.FromCodePoint((int)cp);
        }));
        Def(d, PyBuiltinFunction.Create("ord", s =>
        {
            if (s is PyStr str && str.Length == 1)
            {
                return PyInt.Box(str.CodePointAt(0));
            }
            if (s is PyStr str2)
            {
                throw new PyException(PyErrors.TypeError($"ord() expected a character, but string of length {str2.Length} found"));
            }
            throw new PyException(PyErrors.TypeError($"ord() expected string of length 1, but {PyErrors.TypeName(s)} found"));
        }));
        Def(d, PyBuiltinFunction.Create("divmod", (a, b) => PyTuple.Create(PyProtocol.BinaryOp(a, b, BinaryOperator.FloorDiv), PyProtocol.BinaryOp(a, b, BinaryOperator.Mod))));
        Def(d, new PyBuiltinFunction("pow", (args, kw) => args.Length == 2 ? PyProtocol.BinaryOp(args[0], args[1], BinaryOperator.Pow) : PowMod(args[0], args[1], args[2])));
        Def(d, PyBuiltinFunction.Create("any", it => ToArray(it).Any(PyProtocol.IsTrue)));
        Def(d, PyBuiltinFunction.Create("all", it => ToArray(it).All(PyProtocol.IsTrue)));
        Def(d, new PyBuiltinFunction("enumerate", Enumerate));
        Def(d, new PyBuiltinFunction("zip", Zip));
        Def(d, new PyBuiltinFunction("map", (args, kw) => PyList.FromEnumerable(Map(args)).Let(l => (object)new PyListIterator(l))));
        Def(d, PyBuiltinFunction.Create("filter", (f, it) => (object)new PyListIterator(PyList.FromEnumerable(ToArray(it).Where(x => PyProtocol.IsTrue(f == null ? x : PyCall.Call(f, x)))))));
        Def(d, PyBuiltinFunction.Create("reversed", seq => (object)new PyListIterator(PyList.FromEnumerable(ToArray(seq).Reverse()))));
        Def(d, new PyBuiltinFunction("round", Round));
        Def(d, new PyBuiltinFunction("format", (args, kw) => PyProtocol.Format(args[0], args.Length > 1 ? (PyStr)args[1]! : PyStr.Empty)));
        Def(d, PyBuiltinFunction.Create("bin", x => new PyStr(IntToBase(IndexBig(x), 2, "0b"))));
        Def(d, PyBuiltinFunction.Create("oct", x => new PyStr(IntToBase(IndexBig(x), 8, "0o"))));
        Def(d, PyBuiltinFunction.Create("hex", x => new PyStr(IntToBase(IndexBig(x), 16, "0x"))));
        Def(d, new PyBuiltinFunction("input", Input));
        Def(d, PyBuiltinFunction.Create("vars", o => o is IHasDict hd ? hd.GetOrCreateDict() : throw new PyException(PyErrors.TypeError("vars() argument must have __dict__ attribute"))));
        Def(d, new PyBuiltinFunction("property", (args, kw) => new PyProperty(args.Length > 0 ? args[0] : null, args.Length > 1 ? args[1] : null, args.Length > 2 ? args[2] : null, args.Length > 3 ? args[3] : null)));
    }

    private static T2 Let<T1, T2>(this T1 value, Func<T1, T2> f) => f(value);

    private static BigInteger IndexBig(object? x) => x is BigInteger b ? b : PyProtocol.Index(x);

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
        var sb = new StringBuilder();
        var sepText = (sep as PyStr)?.Value ?? " ";
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

    public static bool IsCallable(object? o) => o switch
    {
        PyFunction or PyBuiltinFunction or PyBoundMethod or PyType => true,
        _ => PyType.Of(o).Lookup(PyCall.CallName) != null,
    };

    public static bool IsInstance(object? o, object? cls)
    {
        switch (cls)
        {
            case PyType t:
                if (PyType.Of(o).IsSubtypeOf(t))
                {
                    return true;
                }
                if (t.Type.IsHeapType && t.Type.Lookup(PyStr.Intern("__instancecheck__")) is { } check)
                {
                    return PyProtocol.IsTrue(PyProtocol.CallBound(check, t, o));
                }
                return false;
            case PyTuple tuple:
                return tuple.UnsafeArray.Any(c => IsInstance(o, c));
            default:
                throw new PyException(PyErrors.TypeError("isinstance() arg 2 must be a type, a tuple of types, or a union"));
        }
    }

    public static bool IsSubclass(object? c, object? cls)
    {
        if (c is not PyType ct)
        {
            throw new PyException(PyErrors.TypeError("issubclass() arg 1 must be a class"));
        }
        switch (cls)
        {
            case PyType t:
                if (t.Type.IsHeapType && t.Type.Lookup(PyStr.Intern("__subclasscheck__")) is { } check)
                {
                    return PyProtocol.IsTrue(PyProtocol.CallBound(check, t, c));
                }
                return ct.IsSubtypeOf(t);
            case PyTuple tuple:
                return tuple.UnsafeArray.Any(x => IsSubclass(c, x));
            default:
                throw new PyException(PyErrors.TypeError("issubclass() arg 2 must be a class, a tuple of classes, or a union"));
        }
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

    private static object? Next(object?[] args, PyStr[]? kw)
    {
        var it = args[0];
        if (it is PyGenerator generator)
        {
            if (args.Length == 1)
            {
                return generator.Send(null);
            }
            var r = generator.Resume(null, out _);
            return ReferenceEquals(r, PyOps.Raised) ? throw PyOps.TakePendingAsException() : ReferenceEquals(r, PyOps.Done) ? args[1] : r;
        }
        if (it is not PyIterator && PyType.Of(it).Lookup(PyProtocol.NextName) == null)
        {
            throw new PyException(PyErrors.NotAnIterator(it));
        }
        if (it is PyIterator pi && !pi.Type.IsHeapType)
        {
            var v = pi.Next();
            if (!ReferenceEquals(v, PyOps.Done))
            {
                return v;
            }
        }
        else
        {
            var method = PyType.Of(it).Lookup(PyProtocol.NextName)!;
            if (args.Length == 1)
            {
                return PyProtocol.CallBound(method, it);
            }
            try
            {
                return PyProtocol.CallBound(method, it);
            }
            catch (PyException e) when (e.Value.Type.IsSubtypeOf(PyExc.StopIteration))
            {
                return args[1];
            }
        }
        return args.Length > 1 ? args[1] : throw new PyException(PyErrors.StopIteration());
    }

    private static object? MinMax(string name, object?[] args, PyStr[]? kwNames, CompareOperator better)
    {
        var nKw = kwNames?.Length ?? 0;
        var nPos = args.Length - nKw;
        object? key = null;
        var hasDefault = false;
        object? dflt = null;
        for (var i = 0; i < nKw; i++)
        {
            if (kwNames![i].Equals(s_key))
            {
                key = args[nPos + i];
            }
            else if (kwNames[i].Equals(s_default))
            {
                hasDefault = true;
                dflt = args[nPos + i];
            }
            else
            {
                throw new PyException(PyErrors.TypeError($"'{kwNames[i].Value}' is an invalid keyword argument for {name}()"));
            }
        }
        if (nPos == 0)
        {
            throw new PyException(PyErrors.TypeError($"{name} expected at least 1 argument, got 0"));
        }
        var items = nPos == 1 ? ToArray(args[0]) : args[..nPos];
        if (items.Length == 0)
        {
            if (hasDefault)
            {
                return dflt;
            }
            throw new PyException(PyErrors.ValueError($"{name}() arg is an empty sequence"));
        }
        var best = items[0];
        var bestKey = key == null ? best : PyCall.Call(key, best);
        for (var i = 1; i < items.Length; i++)
        {
            var k = key == null ? items[i] : PyCall.Call(key, items[i]);
            if (PyProtocol.IsTrue(PyProtocol.RichCompare(k, bestKey, better)))
            {
                best = items[i];
                bestKey = k;
            }
        }
        return best;
    }

    private static object? Sum(object?[] args, PyStr[]? kwNames)
    {
        var nKw = kwNames?.Length ?? 0;
        var nPos = args.Length - nKw;
        object? total = nPos > 1 ? args[1] : nKw > 0 ? args[nPos] : PyInt.Zero;
        if (total is PyStr)
        {
            throw new PyException(PyErrors.TypeError("sum() can't sum strings [use ''.join(seq) instead]"));
        }
        var it = PyProtocol.GetIterator(args[0]);
        while (true)
        {
            var x = it.Next();
            if (ReferenceEquals(x, PyOps.Done))
            {
                return total;
            }
            total = total is long a && x is long b ? PyInt.Add(a, b) : PyProtocol.BinaryOp(total, x, BinaryOperator.Add);
        }
    }

    private static object PowMod(object? a, object? b, object? m)
    {
        if (m == null)
        {
            return PyProtocol.BinaryOp(a, b, BinaryOperator.Pow)!;
        }
        if (!PyInt.IsInt(a) || !PyInt.IsInt(b) || !PyInt.IsInt(m))
        {
            throw new PyException(PyErrors.TypeError("pow() 3rd argument not allowed unless all arguments are integers"));
        }
        var mod = PyInt.ToBig(m!);
        if (mod.IsZero)
        {
            throw new PyException(PyErrors.ValueError("pow() 3rd argument cannot be 0"));
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
            throw new PyException(PyErrors.ValueError("base is not invertible for the given modulus"));
        }
        return x;
    }

    private static object? Enumerate(object?[] args, PyStr[]? kwNames)
    {
        var nPos = args.Length - (kwNames?.Length ?? 0);
        object start = nPos > 1 ? args[1]! : kwNames?.Length > 0 ? args[nPos]! : PyInt.Zero;
        var items = ToArray(args[0]);
        var result = new object?[items.Length];
        var n = start;
        for (var i = 0; i < items.Length; i++)
        {
            result[i] = PyTuple.Create(n, items[i]);
            n = PyProtocol.BinaryOp(n, PyInt.One, BinaryOperator.Add)!;
        }
        return new PyListIterator(new PyList(result, result.Length));
    }

    private static object? Zip(object?[] args, PyStr[]? kwNames)
    {
        var nPos = args.Length - (kwNames?.Length ?? 0);
        var strict = kwNames?.Length > 0 && PyProtocol.IsTrue(args[nPos]);
        var iterators = args[..nPos].Select(PyProtocol.GetIterator).ToArray();
        var result = new PyList();
        if (iterators.Length == 0)
        {
            return new PyListIterator(result);
        }
        while (true)
        {
            var row = new object?[iterators.Length];
            for (var i = 0; i < iterators.Length; i++)
            {
                var x = iterators[i].Next();
                if (ReferenceEquals(x, PyOps.Done))
                {
                    if (strict && i > 0)
                    {
                        throw new PyException(PyErrors.ValueError($"zip() argument {i + 1} is shorter than argument{(i > 1 ? "s 1-" + i : " 1")}"));
                    }
                    if (strict && i == 0)
                    {
                        for (var j = 1; j < iterators.Length; j++)
                        {
                            if (!ReferenceEquals(iterators[j].Next(), PyOps.Done))
                            {
                                throw new PyException(PyErrors.ValueError($"zip() argument {j + 1} is longer than argument{(j > 1 ? "s 1-" + j : " 1")}"));
                            }
                        }
                    }
                    return new PyListIterator(result);
                }
                row[i] = x;
            }
            result.Append(PyTuple.Create(row));
        }
    }

    private static IEnumerable<object?> Map(object?[] args)
    {
        var f = args[0];
        var iterators = args[1..].Select(PyProtocol.GetIterator).ToArray();
        while (true)
        {
            var row = new object?[iterators.Length];
            for (var i = 0; i < iterators.Length; i++)
            {
                var x = iterators[i].Next();
                if (ReferenceEquals(x, PyOps.Done))
                {
                    yield break;
                }
                row[i] = x;
            }
            yield return PyCall.Call(f, row, null);
        }
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
