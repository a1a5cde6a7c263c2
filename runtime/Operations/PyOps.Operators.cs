using System;
using System.Numerics;
using System.Runtime.CompilerServices;

namespace PyNet.Runtime;

public static partial class PyOps
{
    public static object? Add(object? a, object? b)
    {
        if (a is long x && b is long y)
        {
            var r = x + y;
            if (((x ^ r) & (y ^ r)) >= 0)
            {
                return PyInt.Box(r);
            }
        }
        else if (Floats(a, b, out var dx, out var dy))
        {
            return dx + dy;
        }
        else if (a != null && b != null && a.GetType() == b.GetType())
        {
            // Two exact lists or tuples: nothing can override their concatenation. (Method-table comparisons: a Type
            // kept in a local would be a call to GetType.)
            if (a.GetType() == typeof(PyList))
            {
                return ListMembers.Concat(Unsafe.As<PyList>(a), Unsafe.As<PyList>(b));
            }
            if (a.GetType() == typeof(PyTuple))
            {
                return TupleMembers.Concat(Unsafe.As<PyTuple>(a), Unsafe.As<PyTuple>(b));
            }
        }
        return Binary(a, b, BinaryOperator.Add);
    }

    public static object? Sub(object? a, object? b)
    {
        if (a is long x && b is long y)
        {
            var r = x - y;
            if (((x ^ y) & (x ^ r)) >= 0)
            {
                return PyInt.Box(r);
            }
        }
        else if (Floats(a, b, out var dx, out var dy))
        {
            return dx - dy;
        }
        return Binary(a, b, BinaryOperator.Sub);
    }

    /// <summary>
    /// A float and a float or an int, as floats: Python converts the int operand (rounding to nearest, as a C# cast
    /// does) and does the float operation. Two ints are not floats.
    /// </summary>
    private static bool Floats(object? a, object? b, out double x, out double y)
    {
        switch (a)
        {
            case double da when b is double db:
                (x, y) = (da, db);
                return true;
            case double da when b is long lb:
                (x, y) = (da, lb);
                return true;
            case long la when b is double db:
                (x, y) = (la, db);
                return true;
        }
        x = y = 0;
        return false;
    }

    public static object? Mul(object? a, object? b)
    {
        if (a is long x && b is long y)
        {
            return PyInt.Mul(x, y);
        }
        if (Floats(a, b, out var dx, out var dy))
        {
            return dx * dy;
        }
        return Binary(a, b, BinaryOperator.Mult);
    }

    public static object? TrueDiv(object? a, object? b)
    {
        if (Floats(a, b, out var dx, out var dy) && dy != 0)
        {
            return dx / dy;
        }
        return Binary(a, b, BinaryOperator.Div);
    }

    public static object? FloorDiv(object? a, object? b)
    {
        if (a is long x && b is long y && y > 0)
        {
            return PyInt.FloorDiv(x, y);
        }
        return Binary(a, b, BinaryOperator.FloorDiv);
    }

    public static object? Mod(object? a, object? b)
    {
        if (a is long x && b is long y && y > 0)
        {
            var r = x % y;
            return PyInt.Box(r < 0 ? r + y : r);
        }
        if (a is PyStr { IsExact: true } format && b is long or double or PyStr { IsExact: true } or PyTuple { IsExact: true })
        {
            // "..." % args with operands no subclass override can claim (__rmod__): straight to the formatter.
            return Formatted(format, b);
        }
        return Binary(a, b, BinaryOperator.Mod);
    }

    public static object? Pow(object? a, object? b)
    {
        if (a is double x && x > 0 && (b is double || b is long { } n && n > -(1L << 53) && n < (1L << 53)))
        {
            // A positive finite float base: C's pow is Python's, unless the result overflows (OverflowError).
            var r = Math.Pow(x, b is double y ? y : (long)b);
            if (double.IsFinite(r) || !double.IsFinite(x) || b is double { } e && !double.IsFinite(e))
            {
                return r;
            }
        }
        return Binary(a, b, BinaryOperator.Pow);
    }

    public static object? MatMul(object? a, object? b) => Binary(a, b, BinaryOperator.MatMult);

    public static object? LShift(object? a, object? b) => Binary(a, b, BinaryOperator.LShift);

    public static object? RShift(object? a, object? b)
    {
        if (a is long x && b is long y && y >= 0 && y < 64)
        {
            return PyInt.Box(x >> (int)y);
        }
        return Binary(a, b, BinaryOperator.RShift);
    }

    public static object? BitAnd(object? a, object? b)
    {
        if (a is long x && b is long y)
        {
            return PyInt.Box(x & y);
        }
        return Binary(a, b, BinaryOperator.BitAnd);
    }

    public static object? BitOr(object? a, object? b)
    {
        if (a is long x && b is long y)
        {
            return PyInt.Box(x | y);
        }
        return Binary(a, b, BinaryOperator.BitOr);
    }

    public static object? BitXor(object? a, object? b)
    {
        if (a is long x && b is long y)
        {
            return PyInt.Box(x ^ y);
        }
        return Binary(a, b, BinaryOperator.BitXor);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    public static object? Binary(object? a, object? b, BinaryOperator op)
    {
        if (a is PyInstance instance && (b is double or long || b is PyInstance other && ReferenceEquals(other.Type, instance.Type)) &&
            instance.Type.BinaryOperatorMethod(op) is PyFunction { Fast2: { } method })
        {
            // An instance of a class statement's class with an operand that cannot go first (one of the same class, an
            // exact float or int): CPython calls the left operand's method first, here through its typed entry and
            // the class's operator cache, without the general dispatch's lookups.
            var result = method(a, b);
            return ReferenceEquals(result, PyNotImplemented.Instance) ? BinaryAfterLeftDeclined(a, b, op) : result;
        }
        if (op is BinaryOperator.Div or BinaryOperator.FloorDiv or BinaryOperator.Mod && IsNumericZero(b) && a is long or double or bool or BigInteger)
        {
            // Division by zero is a common exception in handled code: raised without a .NET throw.
            return SetPending(PyErrors.DivisionByZero(op, a is double || b is double));
        }
        try
        {
            return PyProtocol.BinaryOp(a, b, op);
        }
        catch (Exception e)
        {
            return Fail(e);
        }
    }

    /// <summary>a OP b once the left operand's method returned NotImplemented (see <see cref="Binary"/>).</summary>
    private static object? BinaryAfterLeftDeclined(object? a, object? b, BinaryOperator op)
    {
        try
        {
            return PyProtocol.BinaryOpAfterLeftDeclined(a, b, op);
        }
        catch (Exception e)
        {
            return Fail(e);
        }
    }

    private static object Formatted(PyStr format, object? args)
    {
        try
        {
            return PyStrFormatting.Percent(format, args);
        }
        catch (Exception e)
        {
            return Fail(e);
        }
    }

    private static bool IsNumericZero(object? b) => b switch
    {
        long y => y == 0,
        double d => d == 0,
        bool f => !f,
        _ => false,
    };

    /// <summary>An augmented assignment (<c>a op= b</c>): __iop__ first, then the binary operator.</summary>
    public static object? InPlace(object? a, object? b, BinaryOperator op)
    {
        if (a is long or double && b is long or double)
        {
            // int and float have no in-place operators: a op= b is a op b, with the binary fast paths.
            switch (op)
            {
                case BinaryOperator.Add:
                    return Add(a, b);
                case BinaryOperator.Sub:
                    return Sub(a, b);
                case BinaryOperator.Mult:
                    return Mul(a, b);
                case BinaryOperator.Div:
                    return TrueDiv(a, b);
            }
        }
        try
        {
            return PyProtocol.InPlaceOp(a, b, op);
        }
        catch (Exception e)
        {
            return Fail(e);
        }
    }

    public static object? Negate(object? a)
    {
        if (a is long x && x != long.MinValue)
        {
            return PyInt.Box(-x);
        }
        if (a is double d)
        {
            return -d;
        }
        return Unary(a, UnaryOperator.Negate);
    }

    public static object? Positive(object? a) => a is long or double ? a : Unary(a, UnaryOperator.Positive);

    public static object? Invert(object? a) => a is long x ? PyInt.Box(~x) : Unary(a, UnaryOperator.Invert);

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static object? Unary(object? a, UnaryOperator op)
    {
        try
        {
            return PyProtocol.UnaryOp(a, op);
        }
        catch (Exception e)
        {
            return Fail(e);
        }
    }

    /// <summary><c>not a</c>: a bool, or <see cref="Raised"/>.</summary>
    public static object Not(object? a)
    {
        var t = Truth(a);
        return t < 0 ? Raised : t == 0 ? True : False;
    }

    public static readonly object True = true;
    public static readonly object False = false;

    /// <summary>The shared box of a bool: comparisons never allocate their result.</summary>
    public static object Bool(bool value) => value ? True : False;

    /// <summary>Whether <paramref name="op"/> holds between two ints.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool Holds(long x, long y, CompareOperator op) => op switch
    {
        CompareOperator.Eq => x == y,
        CompareOperator.NotEq => x != y,
        CompareOperator.Lt => x < y,
        CompareOperator.LtE => x <= y,
        CompareOperator.Gt => x > y,
        _ => x >= y,
    };

    /// <summary>Whether <paramref name="op"/> holds between two floats (false for NaN, as IEEE and Python say).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool Holds(double x, double y, CompareOperator op) => op switch
    {
        CompareOperator.Eq => x == y,
        CompareOperator.NotEq => x != y,
        CompareOperator.Lt => x < y,
        CompareOperator.LtE => x <= y,
        CompareOperator.Gt => x > y,
        _ => x >= y,
    };

    /// <summary>
    /// Both operands as floats when the comparison can be done in floating point exactly: two floats, or a float
    /// and an int of at most 53 bits.
    /// </summary>
    private static bool AsFloatPair(object? a, object? b, out double x, out double y)
    {
        const long exact = 1L << 53;
        switch (a)
        {
            case double da when b is double db:
                (x, y) = (da, db);
                return true;
            case double da when b is long lb && lb >= -exact && lb <= exact:
                (x, y) = (da, lb);
                return true;
            case long la when b is double db && la >= -exact && la <= exact:
                (x, y) = (la, db);
                return true;
        }
        x = y = 0;
        return false;
    }

    /// <summary>The truth of a value for a branch: 1, 0, or -1 with the exception pending.</summary>
    public static int Truth(object? a)
    {
        if (a is bool b)
        {
            return b ? 1 : 0;
        }
        if (a is null)
        {
            return 0;
        }
        if (a is long l)
        {
            return l != 0 ? 1 : 0;
        }
        return TruthSlow(a);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int TruthSlow(object a)
    {
        try
        {
            return PyProtocol.IsTrue(a) ? 1 : 0;
        }
        catch (Exception e)
        {
            Fail(e);
            return -1;
        }
    }

    public static object Compare(object? a, object? b, CompareOperator op)
    {
        if (a is long x && b is long y)
        {
            return op switch
            {
                CompareOperator.Eq => x == y ? True : False,
                CompareOperator.NotEq => x != y ? True : False,
                CompareOperator.Lt => x < y ? True : False,
                CompareOperator.LtE => x <= y ? True : False,
                CompareOperator.Gt => x > y ? True : False,
                _ => x >= y ? True : False,
            };
        }
        if (AsFloatPair(a, b, out var fx, out var fy))
        {
            return Holds(fx, fy, op) ? True : False;
        }
        return CompareSlow(a, b, op);
    }

    /// <summary>A comparison used as a branch condition: 1, 0, or -1 with the exception pending.</summary>
    public static int CompareTruth(object? a, object? b, CompareOperator op)
    {
        if (a is long x && b is long y)
        {
            return Holds(x, y, op) ? 1 : 0;
        }
        if (AsFloatPair(a, b, out var fx, out var fy))
        {
            return Holds(fx, fy, op) ? 1 : 0;
        }
        var o = CompareSlow(a, b, op);
        return ReferenceEquals(o, Raised) ? -1 : Truth(o);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static object CompareSlow(object? a, object? b, CompareOperator op)
    {
        try
        {
            return PyProtocol.RichCompare(a, b, op) ?? Raised;
        }
        catch (Exception e)
        {
            return Fail(e);
        }
    }

    public static object In(object? item, object? container)
    {
        try
        {
            return PyProtocol.Contains(container, item) ? True : False;
        }
        catch (Exception e)
        {
            return Fail(e);
        }
    }

    /// <summary><c>item in container</c> as a condition: 1 or 0 (no bool box), -1 with the error pending.</summary>
    public static int ContainsTruth(object? item, object? container)
    {
        try
        {
            return PyProtocol.Contains(container, item) ? 1 : 0;
        }
        catch (Exception e)
        {
            Fail(e);
            return -1;
        }
    }

    public static object NotIn(object? item, object? container)
    {
        try
        {
            return PyProtocol.Contains(container, item) ? False : True;
        }
        catch (Exception e)
        {
            return Fail(e);
        }
    }
}
