using System;
using System.Collections.Generic;
using System.Numerics;
using System.Text;

namespace PyNet.Runtime;

/// <summary>The <c>builtins</c> module: its dictionary and the helpers its functions share.</summary>
public static partial class Builtins
{
    private static readonly Lazy<PyDict> s_dict = new(CreateDict);

    public static PyDict Dict => s_dict.Value;

    private static readonly Lazy<PyModule> s_module = new(() => new PyModule("builtins", Dict));

    public static PyModule Module => s_module.Value;

    private static PyDict CreateDict()
    {
        var d = new PyDict(256);
        void Type(PyType t) => d[PyStr.Intern(t.Name)] = t;
        foreach (var t in new[]
        {
            PyType.ObjectType, PyType.TypeType, PyType.IntType, PyType.BoolType, PyType.FloatType, PyType.ComplexType,
            PyType.StrType, PyType.BytesType, PyType.ByteArrayType, PyType.ListType, PyType.TupleType, PyType.DictType, PyType.SetType,
            PyType.FrozenSetType, PyType.RangeType, PyType.SliceType, PyType.StaticMethodType, PyType.ClassMethodType,
            PyType.PropertyType, PyMemoryView.MemoryViewType,
        })
        {
            Type(t);
        }
        foreach (var e in PyExc.All)
        {
            Type(e);
        }
        Type(PySuper.SuperType);
        Type(PyMemoryView.MemoryViewType);
        d[PyStr.Intern("EnvironmentError")] = PyExc.OSError;
        d[PyStr.Intern("IOError")] = PyExc.OSError;
        d[PyStr.Intern("None")] = null;
        d[PyStr.Intern("True")] = true;
        d[PyStr.Intern("False")] = false;
        d[PyStr.Intern("NotImplemented")] = PyNotImplemented.Instance;
        d[PyStr.Intern("Ellipsis")] = PyEllipsis.Instance;
        d[PyStr.Intern("__name__")] = PyStr.Intern("builtins");
        d[PyStr.Intern("__debug__")] = true;
        DefineFunctions(d);
        DefineFrameFunctions(d);
        d[PyStr.Intern("__import__")] = Importer.DunderImport;
        return d;
    }

    private static void Def(PyDict d, PyBuiltinFunction f) => d[PyStr.Intern(f.Name)] = f;

    public static PyStr AttrName(object? name) =>
        name as PyStr ?? throw new PyException(PyErrors.TypeError($"attribute name must be string, not '{PyErrors.TypeName(name)}'"));

    public static string StrOf(object? o) => PyProtocol.Str(o).Value;

    /// <summary>ascii(o): repr with non-ASCII characters escaped.</summary>
    public static string Ascii(object? o)
    {
        var r = PyProtocol.Repr(o);
        var sb = new StringBuilder(r.Length);
        for (var i = 0; i < r.Length; i++)
        {
            int cp = r[i];
            if (char.IsHighSurrogate(r[i]) && i + 1 < r.Length)
            {
                cp = char.ConvertToUtf32(r[i], r[i + 1]);
                i++;
            }
            if (cp < 128)
            {
                sb.Append((char)cp);
            }
            else if (cp < 256)
            {
                sb.Append("\\x").Append(cp.ToString("x2", System.Globalization.CultureInfo.InvariantCulture));
            }
            else if (cp < 65536)
            {
                sb.Append("\\u").Append(cp.ToString("x4", System.Globalization.CultureInfo.InvariantCulture));
            }
            else
            {
                sb.Append("\\U").Append(cp.ToString("x8", System.Globalization.CultureInfo.InvariantCulture));
            }
        }
        return sb.ToString();
    }

    /// <summary>The exception object for <c>raise X</c>: X itself, or X() for an exception class.</summary>
    public static PyBaseException MakeException(object? exc)
    {
        switch (exc)
        {
            case PyBaseException e:
                return e;
            case PyType t when t.IsSubtypeOf(PyExc.BaseException):
                var instance = PyCall.Call(t);
                return instance as PyBaseException
                    ?? throw new PyException(PyErrors.TypeError($"calling {t.Name} should have returned an instance of BaseException, not {PyErrors.TypeName(instance)}"));
            default:
                throw new PyException(PyErrors.ExceptionsMustDerive());
        }
    }

    public static bool ExceptionMatches(PyBaseException exc, object? clause)
    {
        switch (clause)
        {
            case PyType t:
                if (!t.IsSubtypeOf(PyExc.BaseException))
                {
                    throw new PyException(PyErrors.CatchingNonException());
                }
                return exc.Type.IsSubtypeOf(t);
            case PyTuple tuple:
                foreach (var item in tuple.Items)
                {
                    if (ExceptionMatches(exc, item))
                    {
                        return true;
                    }
                }
                return false;
            default:
                throw new PyException(PyErrors.CatchingNonException());
        }
    }

    /// <summary>Materialises an iterable (a subclass of tuple or list through its own __iter__, which may be overridden).</summary>
    public static object?[] ToArray(object? iterable)
    {
        switch (iterable)
        {
            case PyTuple { IsExact: true } t:
                return t.UnsafeArray;
            case PyList { IsExact: true } l:
                return l.ToArray();
        }
        // The first items are collected on the stack: a short iterable (a key's tuple(genexpr)) costs one array.
        var buffer = default(PyFunction.SlotBuffer);
        Span<object?> first = buffer;
        var n = 0;
        List<object?>? more = null;
        var it = PyProtocol.GetIterator(iterable);
        var ts = PyGenerator.LoopThreadState(it);
        while (true)
        {
            var x = PyGenerator.NextInLoop(it, ts);
            if (ReferenceEquals(x, PyOps.Done))
            {
                break;
            }
            if (n < first.Length)
            {
                first[n++] = x;
                continue;
            }
            if (more == null)
            {
                more = new List<object?>(2 * first.Length);
                more.AddRange(first);
            }
            more.Add(x);
        }
        return more?.ToArray() ?? (n == 0 ? Array.Empty<object?>() : first[..n].ToArray());
    }

    public static object?[] UnpackExactly(object? value, int count)
    {
        PyIterator it;
        try
        {
            it = PyProtocol.GetIterator(value);
        }
        catch (PyException e) when (e.Value.Type.IsSubtypeOf(PyExc.TypeError) && PyType.Of(value).Lookup(PyProtocol.IterName) == null)
        {
            throw new PyException(PyErrors.CannotUnpackNonIterable(value));
        }
        var result = new object?[count];
        for (var i = 0; i < count; i++)
        {
            var x = it.Next();
            if (ReferenceEquals(x, PyOps.Done))
            {
                throw new PyException(PyErrors.NotEnoughToUnpack(count, i));
            }
            result[i] = x;
        }
        if (!ReferenceEquals(it.Next(), PyOps.Done))
        {
            throw new PyException(PyErrors.TooManyToUnpack(count));
        }
        return result;
    }

    public static object? Abs(object? x) => x switch
    {
        long l => l == long.MinValue ? -(BigInteger)l : PyInt.Box(Math.Abs(l)),
        bool b => PyInt.Box(b ? 1 : 0),
        double d => Math.Abs(d),
        BigInteger big => PyInt.Normalize(BigInteger.Abs(big)),
        Complex c => Complex.Abs(c),
        _ => PyProtocol.TryCallSpecial(x, PyStr.Intern("__abs__"), out var r) ? r : throw new PyException(PyErrors.BadOperandFor("abs()", x)),
    };
}
