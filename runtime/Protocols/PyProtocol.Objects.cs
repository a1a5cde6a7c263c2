using System;
using System.Collections.Generic;
using System.Numerics;
using System.Runtime.CompilerServices;

namespace PyNet.Runtime;

/// <summary>The comparison operators, in the order of the compiler's CmpOpKind (Eq..GtE).</summary>
public enum CompareOperator
{
    Eq,
    NotEq,
    Lt,
    LtE,
    Gt,
    GtE,
}

public static partial class PyProtocol
{
    public static readonly PyStr ReprName = PyStr.Intern("__repr__");
    public static readonly PyStr StrName = PyStr.Intern("__str__");
    public static readonly PyStr HashName = PyStr.Intern("__hash__");
    public static readonly PyStr BoolName = PyStr.Intern("__bool__");
    public static readonly PyStr LenName = PyStr.Intern("__len__");
    private static readonly PyStr[] s_compareNames =
    {
        PyStr.Intern("__eq__"), PyStr.Intern("__ne__"), PyStr.Intern("__lt__"),
        PyStr.Intern("__le__"), PyStr.Intern("__gt__"), PyStr.Intern("__ge__"),
    };

    private static readonly string[] s_compareSymbols = { "==", "!=", "<", "<=", ">", ">=" };
    private static readonly CompareOperator[] s_swapped =
    {
        CompareOperator.Eq, CompareOperator.NotEq, CompareOperator.Gt, CompareOperator.GtE, CompareOperator.Lt, CompareOperator.LtE,
    };

    [System.ThreadStatic]
    private static HashSet<object>? t_reprActive;

    public static PyStr CompareMethodName(CompareOperator op) => s_compareNames[(int)op];

    public static string Repr(object? o) => o switch
    {
        null => "None",
        PyStr { IsExact: true } s => PyStr.Repr(s),
        bool b => b ? "True" : "False",
        long l => l.ToString(System.Globalization.CultureInfo.InvariantCulture),
        double d => PyFloat.Repr(d),
        _ => ReprSlow(o),
    };

    private static string ReprSlow(object o)
    {
        var type = PyType.Of(o);
        var method = type.Lookup(ReprName);
        if (method == null)
        {
            return ObjectMembers.DefaultRepr(o);
        }
        var r = CallBound(method, o);
        if (r is not PyStr s)
        {
            throw new PyException(PyErrors.StrReturnedNonStr("__repr__", r));
        }
        return s.Value;
    }

    /// <summary>Runs a container's repr with CPython's recursion guard: a container already being shown prints as <paramref name="placeholder"/>.</summary>
    public static string ReprGuarded(object container, string placeholder, System.Func<string> body)
    {
        var active = t_reprActive ??= new HashSet<object>(ReferenceEqualityComparer.Instance);
        if (!active.Add(container))
        {
            return placeholder;
        }
        try
        {
            return body();
        }
        finally
        {
            active.Remove(container);
        }
    }

    public static PyStr Str(object? o)
    {
        if (o is PyStr { IsExact: true } s)
        {
            return s;
        }
        if (o is long l)
        {
            // str(int), the common conversion: no type dispatch.
            return PyInt.DecimalStr(l);
        }
        var type = PyType.Of(o);
        if (!type.IsHeapType && !IsForeign(o))
        {
            if (type.IsSubtypeOf(PyExc.BaseException))
            {
                return new PyStr(ExceptionMembers.StrOf((PyBaseException)o!));
            }
            return new PyStr(Repr(o));
        }
        var method = type.Lookup(StrName);
        if (method == null || ReferenceEquals(method, ObjectMembers.StrFunction))
        {
            return new PyStr(Repr(o));
        }
        var r = CallBound(method, o);
        return r as PyStr ?? throw new PyException(PyErrors.StrReturnedNonStr("__str__", r));
    }

    /// <summary>A .NET object from outside the runtime (its type comes from the interop layer and may define __str__).</summary>
    private static bool IsForeign(object? o) => o is not (PyObject or null or long or bool or double or System.Numerics.BigInteger or System.Numerics.Complex);

    public static long Hash(object? o)
    {
        // The commonest keys by exact class first (one method-table compare: "is" tests of the unsealed str and
        // tuple are calls).
        if (o != null)
        {
            if (o.GetType() == typeof(PyStr))
            {
                return Unsafe.As<PyStr>(o).Hash;
            }
            if (o.GetType() == typeof(long))
            {
                return PyInt.Hash((long)o);
            }
            if (o.GetType() == typeof(PyTuple))
            {
                return TupleMembers.Hash(Unsafe.As<PyTuple>(o));
            }
        }
        switch (o)
        {
            case null:
                return 0x5f3759df;
            case bool b:
                return b ? 1 : 0;
            case double d:
                return PyFloat.Hash(d);
            case PySet { IsFrozen: true } fs when !fs.Type.IsHeapType:
                return fs.FrozenHash();
        }
        return HashByType(o);
    }

    /// <summary>Big ints and objects hashed by their type's __hash__. (Apart from <see cref="Hash"/>: its mention of
    /// BigInteger loaded System.Runtime.Numerics at the first hash of every run.)</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static long HashByType(object o)
    {
        if (o is BigInteger big)
        {
            return PyInt.Hash(big);
        }
        var type = PyType.Of(o);
        var method = type.Lookup(HashName);
        if (method == null)
        {
            throw new PyException(PyErrors.Unhashable(o));
        }
        if (ReferenceEquals(method, ObjectMembers.HashFunction))
        {
            return ObjectMembers.IdentityHash(o!);
        }
        var r = CallBound(method, o);
        return r switch
        {
            long l => l == -1 ? -2 : l,
            BigInteger b => PyInt.Hash(b),
            bool b => b ? 1 : 0,
            _ => throw new PyException(PyErrors.TypeError("__hash__ method should return an integer")),
        };
    }

    public static bool Eq(object? a, object? b)
    {
        if (ReferenceEquals(a, b))
        {
            return true;
        }
        switch (a)
        {
            case long x when b is long y:
                return x == y;
            case PyStr { IsExact: true } sa when b is PyStr { IsExact: true } sb:
                return sa.Equals(sb);
            case double dx when b is double dy:
                return dx == dy;
        }
        return IsTrue(RichCompare(a, b, CompareOperator.Eq));
    }

    private static bool IsPlainComparable(object? o) => o is long or double || o is PyStr { IsExact: true } || o is PyTuple { IsExact: true };

    public static object? RichCompare(object? a, object? b, CompareOperator op)
    {
        // The commonest operand pairs (exact builtin types, which no subclass override can affect) skip type dispatch.
        if (IsPlainComparable(a) && IsPlainComparable(b))
        {
            var fast = BuiltinCompare(a, b, op);
            if (!ReferenceEquals(fast, PyNotImplemented.Instance))
            {
                return fast;
            }
        }
        var ta = PyType.Of(a);
        var tb = PyType.Of(b);
        if (!ta.IsHeapType && !tb.IsHeapType)
        {
            var builtin = BuiltinCompare(a, b, op);
            if (!ReferenceEquals(builtin, PyNotImplemented.Instance))
            {
                return builtin;
            }
            // Builtin types outside BuiltinCompare's fast paths (bytes, bytearray, ...) compare through their methods.
            builtin = ta.Lookup(s_compareNames[(int)op]) is { } forwardMethod ? CallBound(forwardMethod, a, b) : PyNotImplemented.Instance;
            if (ReferenceEquals(builtin, PyNotImplemented.Instance) && !ReferenceEquals(ta, tb)
                && tb.Lookup(s_compareNames[(int)s_swapped[(int)op]]) is { } reflectedMethod)
            {
                builtin = CallBound(reflectedMethod, b, a);
            }
            return ReferenceEquals(builtin, PyNotImplemented.Instance) ? CompareFallback(a, b, op) : builtin;
        }
        var reflected = s_swapped[(int)op];
        var checkedReflected = false;
        if (!ReferenceEquals(ta, tb) && tb.IsSubtypeOf(ta) && tb.Lookup(s_compareNames[(int)reflected]) is { } ro)
        {
            checkedReflected = true;
            var r = CallCompare(ro, b, a, reflected);
            if (!ReferenceEquals(r, PyNotImplemented.Instance))
            {
                return r;
            }
        }
        // A builtin number compares with instances of int and float subclasses by their values, as CPython's do.
        var forward = ta.IsHeapType ? CallCompareSlot(ta, a, b, op) : BuiltinCompare(a, PyValueInstance.Unwrap(b), op);
        if (!ReferenceEquals(forward, PyNotImplemented.Instance))
        {
            return forward;
        }
        if (!checkedReflected)
        {
            var r = tb.IsHeapType ? CallCompareSlot(tb, b, a, reflected) : BuiltinCompare(b, PyValueInstance.Unwrap(a), reflected);
            if (!ReferenceEquals(r, PyNotImplemented.Instance))
            {
                return r;
            }
        }
        return CompareFallback(a, b, op);
    }

    private static object? CallCompareSlot(PyType type, object? self, object? other, CompareOperator op)
    {
        var method = type.Lookup(s_compareNames[(int)op]);
        return method == null ? PyNotImplemented.Instance : CallCompare(method, self, other, op);
    }

    private static object? CallCompare(object method, object? self, object? other, CompareOperator op)
    {
        if (method is PyBuiltinFunction { Owner: { } owner } && !owner.IsHeapType && !PyType.Of(self).IsHeapType)
        {
            return BuiltinCompare(self, other, op);
        }
        return CallBound(method, self, other);
    }

    private static object CompareFallback(object? a, object? b, CompareOperator op) => op switch
    {
        CompareOperator.Eq => ReferenceEquals(a, b),
        CompareOperator.NotEq => !ReferenceEquals(a, b),
        _ => throw new PyException(PyErrors.NotSupportedCompare(s_compareSymbols[(int)op], a, b)),
    };

    /// <summary>Comparisons the builtin types define; NotImplemented for other combinations.</summary>
    public static object BuiltinCompare(object? a, object? b, CompareOperator op)
    {
        int c;
        switch (a)
        {
            case long x when b is long y:
                c = x.CompareTo(y);
                break;
            case PyStr sa when b is PyStr sb:
                if (op is CompareOperator.Eq or CompareOperator.NotEq)
                {
                    return PyOps.Bool(sa.Equals(sb) == (op == CompareOperator.Eq));
                }
                c = sa.CompareTo(sb);
                break;
            case PyList la when b is PyList lb:
                return SequenceCompare(la.AsSpan().ToArray(), lb.AsSpan().ToArray(), op);
            case PyTuple ta when b is PyTuple tb:
                return SequenceCompare(ta.Items, tb.Items, op);
            case PyDict da when b is PyDict db:
                if (op is CompareOperator.Eq or CompareOperator.NotEq)
                {
                    return PyOps.Bool(DictMembers.Equal(da, db) == (op == CompareOperator.Eq));
                }
                return PyNotImplemented.Instance;
            default:
                if (a is PySet or PyDictView || b is PySet or PyDictView)
                {
                    return SetMembers.Compare(a, b, op);
                }
                if (a is PyRange or PySlice)
                {
                    return a is PyRange ? RangeMembers.Compare(a, b, op) : SliceMembers.Compare(a, b, op)!;
                }
                var ka = NumberKind(a);
                var kb = NumberKind(b);
                if (ka == 0 || kb == 0)
                {
                    return PyNotImplemented.Instance;
                }
                if (ka == 4 || kb == 4)
                {
                    if (op is CompareOperator.Eq or CompareOperator.NotEq)
                    {
                        return PyOps.Bool((ToComplex(a!) == ToComplex(b!)) == (op == CompareOperator.Eq));
                    }
                    return PyNotImplemented.Instance;
                }
                if (ka == 3 || kb == 3)
                {
                    if (ka == 3 && kb == 3)
                    {
                        return CompareDoubles((double)a!, (double)b!, op);
                    }
                    var cmp = ka == 3 ? CompareFloatInt((double)a!, b!) : -CompareFloatInt((double)b!, a!);
                    if (cmp == int.MinValue)
                    {
                        return PyOps.Bool(op == CompareOperator.NotEq);
                    }
                    c = cmp;
                    break;
                }
                c = PyInt.ToBig(a!).CompareTo(PyInt.ToBig(b!));
                break;
        }
        return PyOps.Bool(op switch
        {
            CompareOperator.Eq => c == 0,
            CompareOperator.NotEq => c != 0,
            CompareOperator.Lt => c < 0,
            CompareOperator.LtE => c <= 0,
            CompareOperator.Gt => c > 0,
            _ => c >= 0,
        });
    }

    private static object CompareDoubles(double x, double y, CompareOperator op) => PyOps.Bool(PyOps.Holds(x, y, op));
    /// <summary>Compares a float with an int exactly; int.MinValue when the float is NaN (unordered).</summary>
    private static int CompareFloatInt(double x, object i)
    {
        if (double.IsNaN(x))
        {
            return int.MinValue;
        }
        if (double.IsInfinity(x))
        {
            return x > 0 ? 1 : -1;
        }
        if (i is long l && l > -(1L << 53) && l < (1L << 53))
        {
            return x.CompareTo((double)l);
        }
        var fl = System.Math.Floor(x);
        var c = new BigInteger(fl).CompareTo(PyInt.ToBig(i));
        if (c != 0)
        {
            return c;
        }
        return x > fl ? 1 : 0;
    }

    internal static object SequenceCompare(ReadOnlySpan<object?> a, ReadOnlySpan<object?> b, CompareOperator op)
    {
        if ((op is CompareOperator.Eq or CompareOperator.NotEq) && a.Length != b.Length)
        {
            return PyOps.Bool(op == CompareOperator.NotEq);
        }
        var n = System.Math.Min(a.Length, b.Length);
        for (var i = 0; i < n; i++)
        {
            if (!Eq(a[i], b[i]))
            {
                if (op == CompareOperator.Eq)
                {
                    return PyOps.False;
                }
                if (op == CompareOperator.NotEq)
                {
                    return PyOps.True;
                }
                return RichCompare(a[i], b[i], op)!;
            }
        }
        var c = a.Length.CompareTo(b.Length);
        return PyOps.Bool(op switch
        {
            CompareOperator.Eq => c == 0,
            CompareOperator.NotEq => c != 0,
            CompareOperator.Lt => c < 0,
            CompareOperator.LtE => c <= 0,
            CompareOperator.Gt => c > 0,
            _ => c >= 0,
        });
    }

    /// <summary>Truth value (bool(x)): __bool__, then __len__, else true.</summary>
    public static bool IsTrue(object? o)
    {
        switch (o)
        {
            case bool b:
                return b;
            case null:
                return false;
            case long l:
                return l != 0;
            case PyStr s:
                return s.Value.Length != 0;
            case PyList list when list.IsExact:
                return list.Count != 0;
            case PyTuple t when t.IsExact:
                return t.Count != 0;
            case PyDict d when d.IsExact:
                return d.Count != 0;
            case PySet s when !s.Type.IsHeapType:
                return s.Count != 0;
            case double d:
                return d != 0;
            case BigInteger big:
                return !big.IsZero;
        }
        var type = PyType.Of(o);
        if (type.TryLookup(BoolName, out var method))
        {
            // __bool__ = None is found and called, as CPython does ("'NoneType' object is not callable").
            var r = CallBound(method, o);
            return r is bool rb ? rb : throw new PyException(PyErrors.BoolReturnedNonBool(r));
        }
        if (type.TryLookup(LenName, out _))
        {
            return Len(o) != 0;
        }
        return true;
    }

    public static long Len(object? o)
    {
        switch (o)
        {
            case PyStr s:
                return s.Length;
            case PyList l when l.IsExact:
                return l.Count;
            case PyTuple t when t.IsExact:
                return t.Count;
            case PyDict d when d.IsExact:
                return d.Count;
            case PyRange r:
                return r.Length;
            case PySet s when !s.Type.IsHeapType:
                return s.Count;
        }
        var method = PyType.Of(o).Lookup(LenName);
        if (method == null)
        {
            throw new PyException(PyErrors.NoLen(o));
        }
        var n = CallBound(method, o);
        var value = n switch
        {
            long l => l,
            bool b => b ? 1 : 0,
            BigInteger => throw new PyException(PyErrors.OverflowError("cannot fit 'int' into an index-sized integer")),
            _ => throw new PyException(PyErrors.TypeError($"'{PyErrors.TypeName(n)}' object cannot be interpreted as an integer")),
        };
        if (value < 0)
        {
            throw new PyException(PyErrors.ValueError("__len__() should return >= 0"));
        }
        return value;
    }
}
