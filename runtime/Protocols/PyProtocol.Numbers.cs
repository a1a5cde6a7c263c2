using System;
using System.Numerics;

namespace PyNet.Runtime;

/// <summary>The binary operators, in the order of the compiler's OperatorKind.</summary>
public enum BinaryOperator
{
    Add,
    Sub,
    Mult,
    MatMult,
    Div,
    Mod,
    Pow,
    LShift,
    RShift,
    BitOr,
    BitXor,
    BitAnd,
    FloorDiv,
}

public static partial class PyProtocol
{
    private static readonly string[] s_symbols = { "+", "-", "*", "@", "/", "%", "** or pow()", "<<", ">>", "|", "^", "&", "//" };
    private static readonly string[] s_inplaceSymbols = { "+=", "-=", "*=", "@=", "/=", "%=", "**=", "<<=", ">>=", "|=", "^=", "&=", "//=" };
    private static readonly PyStr[] s_names = Names("__{0}__");
    private static readonly PyStr[] s_reflectedNames = Names("__r{0}__");
    private static readonly PyStr[] s_inplaceNames = Names("__i{0}__");

    private static PyStr[] Names(string pattern)
    {
        var stems = new[] { "add", "sub", "mul", "matmul", "truediv", "mod", "pow", "lshift", "rshift", "or", "xor", "and", "floordiv" };
        var result = new PyStr[stems.Length];
        for (var i = 0; i < stems.Length; i++)
        {
            result[i] = PyStr.Intern(string.Format(System.Globalization.CultureInfo.InvariantCulture, pattern, stems[i]));
        }
        return result;
    }

    public static PyStr OperatorMethodName(BinaryOperator op) => s_names[(int)op];

    public static PyStr ReflectedMethodName(BinaryOperator op) => s_reflectedNames[(int)op];

    /// <summary>a OP b, with CPython's dispatch: the right operand's reflected method first when its type is a proper subclass.</summary>
    public static object? BinaryOp(object? a, object? b, BinaryOperator op)
    {
        var r = BinaryOpOrNotImplemented(a, b, op);
        if (!ReferenceEquals(r, PyNotImplemented.Instance))
        {
            return r;
        }
        return SequenceFallback(a, b, op, s_symbols[(int)op]);
    }

    /// <summary>
    /// After both operands' number methods declined: sequence concatenation and repetition (CPython's sq_concat and
    /// sq_repeat, which take any <c>__index__</c> count), or the TypeError CPython gives for the pair.
    /// </summary>
    private static object? SequenceFallback(object? a, object? b, BinaryOperator op, string symbol)
    {
        var seqA = BuiltinSequenceType(a);
        if (op == BinaryOperator.Mult)
        {
            var seqB = BuiltinSequenceType(b);
            if (seqA != null || seqB != null)
            {
                var (seq, seqType, count) = seqA != null ? (a, seqA, b) : (b, seqB!, a);
                if (!HasIndex(count))
                {
                    throw new PyException(PyErrors.CannotMultiplySequence(count));
                }
                return CallSlot(seqType, s_names[(int)BinaryOperator.Mult], seq, count);
            }
        }
        else if (op == BinaryOperator.Add && seqA != null)
        {
            throw new PyException(a is PyBytes or PyByteArray
                ? PyErrors.CannotConcatBytes(b, seqA.Name)
                : PyErrors.CannotConcatenate(a, b));
        }
        throw new PyException(PyErrors.UnsupportedBinary(symbol, a, b));
    }

    private static PyType? BuiltinSequenceType(object? o) => o switch
    {
        PyStr => PyType.StrType,
        PyList => PyType.ListType,
        PyTuple => PyType.TupleType,
        PyBytes => PyType.BytesType,
        PyByteArray => PyType.ByteArrayType,
        _ => null,
    };

    public static object? InPlaceOp(object? a, object? b, BinaryOperator op)
    {
        var ta = PyType.Of(a);
        if (HasOperatorMethods(ta) || a is PyByteArray)
        {
            var method = ta.Lookup(s_inplaceNames[(int)op]);
            if (method != null)
            {
                var r = CallBound(method, a, b);
                if (!ReferenceEquals(r, PyNotImplemented.Instance))
                {
                    return r;
                }
            }
        }
        else if (a is PyList list)
        {
            if (op == BinaryOperator.Add)
            {
                ListMembers.Extend(list, b);
                return list;
            }
            if (op == BinaryOperator.Mult)
            {
                return ListMembers.InPlaceRepeat(list, b);
            }
        }
        else if (a is PyDict dict && op == BinaryOperator.BitOr)
        {
            DictMembers.Update(dict, b);
            return dict;
        }
        else if (a is PySet set)
        {
            var r = SetMembers.InPlace(set, b, op);
            if (!ReferenceEquals(r, PyNotImplemented.Instance))
            {
                return r;
            }
        }
        var result = BinaryOpOrNotImplemented(a, b, op);
        if (!ReferenceEquals(result, PyNotImplemented.Instance))
        {
            return result;
        }
        return SequenceFallback(a, b, op, s_inplaceSymbols[(int)op]);
    }

    public static object? BinaryOpOrNotImplemented(object? a, object? b, BinaryOperator op)
    {
        var ta = PyType.Of(a);
        var tb = PyType.Of(b);
        var hasA = HasOperatorMethods(ta);
        var hasB = HasOperatorMethods(tb);
        if (!hasA && !hasB)
        {
            var builtin = BuiltinBinary(a, b, op);
            if (!ReferenceEquals(builtin, PyNotImplemented.Instance))
            {
                return builtin;
            }
            // Builtin types outside BuiltinBinary's fast paths (bytes, bytearray, ...) dispatch through their methods.
            builtin = CallSlot(ta, s_names[(int)op], a, b);
            if (ReferenceEquals(builtin, PyNotImplemented.Instance) && !ReferenceEquals(ta, tb))
            {
                builtin = CallSlot(tb, s_reflectedNames[(int)op], b, a);
            }
            return builtin;
        }
        var reflectedFirst = false;
        if (!ReferenceEquals(ta, tb) && tb.IsSubtypeOf(ta))
        {
            var rop = tb.Lookup(s_reflectedNames[(int)op]);
            if (rop != null && rop != ta.Lookup(s_reflectedNames[(int)op]))
            {
                reflectedFirst = true;
                var r = CallBound(rop, b, a);
                if (!ReferenceEquals(r, PyNotImplemented.Instance))
                {
                    return r;
                }
            }
        }
        // A builtin number's operator takes instances of int and float subclasses as their values (float.__mul__(2.0,
        // MyInt(3)) is 6.0), as CPython's number slots do.
        var forward = hasA ? CallSlot(ta, s_names[(int)op], a, b) : BuiltinBinaryWithSubclass(a, b, op, leftIsBuiltin: true);
        if (!ReferenceEquals(forward, PyNotImplemented.Instance))
        {
            return forward;
        }
        return reflectedFirst ? PyNotImplemented.Instance : ReflectedAfterForward(a, b, ta, tb, hasB, op);
    }

    /// <summary>The right operand's turn after the left operand's method declined (when it did not go first).</summary>
    private static object? ReflectedAfterForward(object? a, object? b, PyType ta, PyType tb, bool hasB, BinaryOperator op)
    {
        if (!ReferenceEquals(ta, tb))
        {
            return hasB ? CallSlot(tb, s_reflectedNames[(int)op], b, a) : BuiltinBinaryWithSubclass(a, b, op, leftIsBuiltin: false);
        }
        return PyNotImplemented.Instance;
    }

    /// <summary>
    /// A builtin number's operator with one operand an instance of an int or float subclass, taken as its value
    /// (float.__mul__(2.0, MyInt(3)) is 6.0), but only where the builtin operand's type accepts that value's type, as
    /// CPython's slots decide: an int's operators decline a float, an int or a float's decline a complex.
    /// </summary>
    private static object? BuiltinBinaryWithSubclass(object? a, object? b, BinaryOperator op, bool leftIsBuiltin)
    {
        // The builtin operand's method runs; the other operand is an instance of a subclass of a number type.
        var builtin = leftIsBuiltin ? a : b;
        var other = PyType.Of(leftIsBuiltin ? b : a);
        var declines = builtin is long or BigInteger or bool
            ? other.IsSubtypeOf(PyType.FloatType) || other.IsSubtypeOf(PyType.ComplexType)
            : builtin is double && other.IsSubtypeOf(PyType.ComplexType);
        return declines ? PyNotImplemented.Instance : BuiltinBinary(PyValueInstance.Unwrap(a), PyValueInstance.Unwrap(b), op);
    }

    /// <summary>
    /// a OP b after the left operand's own method returned NotImplemented, for operands where the right one could not
    /// have gone first (not a proper subclass instance): the rest of <see cref="BinaryOp"/>.
    /// </summary>
    public static object? BinaryOpAfterLeftDeclined(object? a, object? b, BinaryOperator op)
    {
        var tb = PyType.Of(b);
        var r = ReflectedAfterForward(a, b, PyType.Of(a), tb, HasOperatorMethods(tb), op);
        return ReferenceEquals(r, PyNotImplemented.Instance) ? SequenceFallback(a, b, op, s_symbols[(int)op]) : r;
    }

    /// <summary>
    /// Whether a type's operators are found through its methods: classes, types (<c>int | None</c>), and the types of
    /// native modules (deque...). The core builtin types use <see cref="BuiltinBinary"/> directly.
    /// </summary>
    private static bool HasOperatorMethods(PyType t) => t.IsHeapType || t.ModuleName != "builtins" || ReferenceEquals(t, PyType.TypeType);

    private static object? CallSlot(PyType type, PyStr name, object? self, object? other)
    {
        var method = type.Lookup(name);
        return method == null ? PyNotImplemented.Instance : CallBound(method, self, other);
    }

    /// <summary>The binary operators of the builtin types; NotImplemented for combinations they do not define.</summary>
    public static object? BuiltinBinary(object? a, object? b, BinaryOperator op)
    {
        var ka = NumberKind(a);
        var kb = NumberKind(b);
        if (ka != 0 && kb != 0)
        {
            return NumberBinary(a!, b!, Math.Max(ka, kb), op);
        }
        return SequenceBinary(a, b, op);
    }

    /// <summary>0: not a number; 1: int that fits a long (bool too); 2: big int; 3: float; 4: complex.</summary>
    private static int NumberKind(object? o) => o switch
    {
        long or bool => 1,
        double => 3,
        BigInteger => 2,
        Complex => 4,
        _ => 0,
    };

    private static object NumberBinary(object a, object b, int kind, BinaryOperator op)
    {
        switch (kind)
        {
            case 1:
                if (a is bool ba && b is bool bb && op is BinaryOperator.BitAnd or BinaryOperator.BitOr or BinaryOperator.BitXor)
                {
                    return op == BinaryOperator.BitAnd ? ba & bb : op == BinaryOperator.BitOr ? ba | bb : ba ^ bb;
                }
                return LongBinary(a is long x ? x : ((bool)a ? 1 : 0), b is long y ? y : ((bool)b ? 1 : 0), op);
            case 2:
                return BigBinary(PyInt.ToBig(a), PyInt.ToBig(b), op);
            case 3:
                if (op is BinaryOperator.LShift or BinaryOperator.RShift or BinaryOperator.BitAnd or BinaryOperator.BitOr or BinaryOperator.BitXor or BinaryOperator.MatMult)
                {
                    return PyNotImplemented.Instance;
                }
                return FloatBinary(ToDouble(a), ToDouble(b), op);
            default:
                return ComplexBinary(ToComplex(a), ToComplex(b), op);
        }
    }

    private static double ToDouble(object o) => o is double d ? d : PyInt.ToDouble(o);

    private static Complex ToComplex(object o) => o is Complex c ? c : new Complex(ToDouble(o), 0);

    public static object LongBinary(long x, long y, BinaryOperator op)
    {
        switch (op)
        {
            case BinaryOperator.Add:
                return PyInt.Add(x, y);
            case BinaryOperator.Sub:
                return PyInt.Sub(x, y);
            case BinaryOperator.Mult:
                return PyInt.Mul(x, y);
            case BinaryOperator.Div:
                if (y == 0)
                {
                    throw new PyException(PyErrors.DivisionByZero());
                }
                return TrueDivide(x, y);
            case BinaryOperator.FloorDiv:
                if (y == 0)
                {
                    throw new PyException(PyErrors.IntegerModuloByZero());
                }
                return PyInt.FloorDiv(x, y);
            case BinaryOperator.Mod:
                if (y == 0)
                {
                    throw new PyException(PyErrors.IntegerModuloOnlyByZero());
                }
                return PyInt.Mod(x, y);
            case BinaryOperator.Pow:
                if (y < 0)
                {
                    if (x == 0)
                    {
                        throw new PyException(PyErrors.ZeroDivisionError("0.0 cannot be raised to a negative power"));
                    }
                    return Math.Pow(x, y);
                }
                return PyInt.Pow(x, y);
            case BinaryOperator.LShift:
                if (y < 0)
                {
                    throw new PyException(PyErrors.ValueError("negative shift count"));
                }
                return PyInt.LeftShift(x, y);
            case BinaryOperator.RShift:
                if (y < 0)
                {
                    throw new PyException(PyErrors.ValueError("negative shift count"));
                }
                return PyInt.RightShift(x, y);
            case BinaryOperator.BitAnd:
                return PyInt.Box(x & y);
            case BinaryOperator.BitOr:
                return PyInt.Box(x | y);
            case BinaryOperator.BitXor:
                return PyInt.Box(x ^ y);
            default:
                return PyNotImplemented.Instance;
        }
    }

    /// <summary>int / int: correctly rounded, as CPython computes it.</summary>
    public static double TrueDivide(long x, long y)
    {
        const long exact = 1L << 53;
        if (x > -exact && x < exact && y > -exact && y < exact)
        {
            return (double)x / y;
        }
        return BigTrueDivide(x, y);
    }

    public static double BigTrueDivide(BigInteger x, BigInteger y)
    {
        if (y.IsZero)
        {
            throw new PyException(PyErrors.DivisionByZero());
        }
        if (x.IsZero)
        {
            return (x.Sign < 0) != (y.Sign < 0) ? -0.0 : 0.0;
        }
        var negative = (x.Sign < 0) != (y.Sign < 0);
        x = BigInteger.Abs(x);
        y = BigInteger.Abs(y);
        // Scale so the integer quotient has 55 or 56 bits, then round it to 53 bits, half to even, with the
        // remainder as a sticky bit: the correctly rounded quotient, as CPython computes it.
        var shift = 55 - (int)(x.GetBitLength() - y.GetBitLength());
        var q = BigInteger.DivRem(shift >= 0 ? x << shift : x, shift >= 0 ? y : y << -shift, out var r);
        var extra = (int)q.GetBitLength() - 53;
        var mantissa = q >> extra;
        var rest = q - (mantissa << extra);
        var half = BigInteger.One << (extra - 1);
        if (rest > half || (rest == half && (!r.IsZero || !mantissa.IsEven)))
        {
            mantissa += 1;
        }
        var result = Math.ScaleB((double)(long)mantissa, extra - shift);
        if (double.IsInfinity(result))
        {
            throw new PyException(PyErrors.OverflowError("integer division result too large for a float"));
        }
        return negative ? -result : result;
    }

    public static object BigBinary(BigInteger x, BigInteger y, BinaryOperator op)
    {
        switch (op)
        {
            case BinaryOperator.Add:
                return PyInt.Add(x, y);
            case BinaryOperator.Sub:
                return PyInt.Subtract(x, y);
            case BinaryOperator.Mult:
                return PyInt.Multiply(x, y);
            case BinaryOperator.Div:
                return BigTrueDivide(x, y);
            case BinaryOperator.FloorDiv:
                if (y.IsZero)
                {
                    throw new PyException(PyErrors.IntegerModuloByZero());
                }
                return PyInt.TryFloorDivideShort(x, y, out var quotient) ? quotient : PyInt.Normalize(PyInt.FloorDiv(x, y));
            case BinaryOperator.Mod:
                if (y.IsZero)
                {
                    throw new PyException(PyErrors.IntegerModuloOnlyByZero());
                }
                return PyInt.Normalize(PyInt.Mod(x, y));
            case BinaryOperator.Pow:
                if (y.Sign < 0)
                {
                    if (x.IsZero)
                    {
                        throw new PyException(PyErrors.ZeroDivisionError("0.0 cannot be raised to a negative power"));
                    }
                    return Math.Pow(PyInt.BigToDouble(x), PyInt.BigToDouble(y));
                }
                if (y > long.MaxValue)
                {
                    throw new PyException(PyErrors.MemoryError());
                }
                return PyInt.Pow(x, (long)y);
            case BinaryOperator.LShift:
                if (y.Sign < 0)
                {
                    throw new PyException(PyErrors.ValueError("negative shift count"));
                }
                if (y > int.MaxValue)
                {
                    throw new PyException(PyErrors.OverflowError("too many digits in integer"));
                }
                return PyInt.Normalize(x << (int)y);
            case BinaryOperator.RShift:
                if (y.Sign < 0)
                {
                    throw new PyException(PyErrors.ValueError("negative shift count"));
                }
                if (y > int.MaxValue)
                {
                    return PyInt.Box(x.Sign < 0 ? -1 : 0);
                }
                return PyInt.Normalize(x >> (int)y);
            case BinaryOperator.BitAnd:
                return PyInt.Normalize(x & y);
            case BinaryOperator.BitOr:
                return PyInt.Normalize(x | y);
            case BinaryOperator.BitXor:
                return PyInt.Normalize(x ^ y);
            default:
                return PyNotImplemented.Instance;
        }
    }

    public static object FloatBinary(double x, double y, BinaryOperator op)
    {
        switch (op)
        {
            case BinaryOperator.Add:
                return x + y;
            case BinaryOperator.Sub:
                return x - y;
            case BinaryOperator.Mult:
                return x * y;
            case BinaryOperator.Div:
                if (y == 0)
                {
                    throw new PyException(PyErrors.FloatDivisionByZero());
                }
                return x / y;
            case BinaryOperator.FloorDiv:
                return PyFloat.FloorDiv(x, y);
            case BinaryOperator.Mod:
                return PyFloat.Mod(x, y);
            case BinaryOperator.Pow:
                return PyFloat.Pow(x, y);
            default:
                return PyNotImplemented.Instance;
        }
    }

    private static object ComplexBinary(Complex x, Complex y, BinaryOperator op)
    {
        switch (op)
        {
            case BinaryOperator.Add:
                return x + y;
            case BinaryOperator.Sub:
                return x - y;
            case BinaryOperator.Mult:
                return x * y;
            case BinaryOperator.Div:
                if (y == Complex.Zero)
                {
                    throw new PyException(PyErrors.ZeroDivisionError("complex division by zero"));
                }
                return x / y;
            case BinaryOperator.Pow:
                return PyComplexMath.Pow(x, y);
            default:
                return PyNotImplemented.Instance;
        }
    }

    private static object? SequenceBinary(object? a, object? b, BinaryOperator op)
    {
        switch (op)
        {
            case BinaryOperator.Add:
                return a switch
                {
                    PyStr sa when b is PyStr sb => PyStr.Concat(sa, sb),
                    PyList la when b is PyList lb => ListMembers.Concat(la, lb),
                    PyTuple ta when b is PyTuple tb => TupleMembers.Concat(ta, tb),
                    _ => PyNotImplemented.Instance,
                };
            case BinaryOperator.Mult:
                if (IsIndex(b) && a is PyStr or PyList or PyTuple)
                {
                    return Repeat(a, b);
                }
                if (IsIndex(a) && b is PyStr or PyList or PyTuple)
                {
                    return Repeat(b, a);
                }
                return PyNotImplemented.Instance;
            case BinaryOperator.Mod when a is PyStr format:
                return PyStrFormatting.Percent(format, b);
            case BinaryOperator.BitOr when a is PyDict da && b is PyDict db:
                var merged = da.Copy();
                merged.Update(db);
                return merged;
            default:
                return SetMembers.Binary(a, b, op);
        }
    }

    private static bool IsIndex(object? o) => o is long or BigInteger or bool;

    private static object Repeat(object? seq, object? count)
    {
        var n = count is long l ? l : count is bool bo ? (bo ? 1 : 0) : throw new PyException(PyErrors.CannotFitIndex(count));
        return seq switch
        {
            PyStr s => StrMembers.Repeat(s, n),
            PyList list => ListMembers.Repeat(list, n),
            _ => TupleMembers.Repeat((PyTuple)seq!, n),
        };
    }
}
