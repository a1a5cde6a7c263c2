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
        else if (a is double dx && b is double dy)
        {
            return dx + dy;
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
        else if (a is double dx && b is double dy)
        {
            return dx - dy;
        }
        return Binary(a, b, BinaryOperator.Sub);
    }

    public static object? Mul(object? a, object? b)
    {
        if (a is long x && b is long y)
        {
            return PyInt.Mul(x, y);
        }
        if (a is double dx && b is double dy)
        {
            return dx * dy;
        }
        return Binary(a, b, BinaryOperator.Mult);
    }

    public static object? TrueDiv(object? a, object? b)
    {
        if (a is double dx && b is double dy && dy != 0)
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
        return Binary(a, b, BinaryOperator.Mod);
    }

    public static object? Pow(object? a, object? b) => Binary(a, b, BinaryOperator.Pow);

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
        if (a is long x && b is long y)
        {
            switch (op)
            {
                case BinaryOperator.Add:
                    return Add(a, b);
                case BinaryOperator.Sub:
                    return Sub(a, b);
                case BinaryOperator.Mult:
                    return PyInt.Mul(x, y);
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
        return CompareSlow(a, b, op);
    }

    /// <summary>A comparison used as a branch condition: 1, 0, or -1 with the exception pending.</summary>
    public static int CompareTruth(object? a, object? b, CompareOperator op)
    {
        if (a is long x && b is long y)
        {
            var r = op switch
            {
                CompareOperator.Eq => x == y,
                CompareOperator.NotEq => x != y,
                CompareOperator.Lt => x < y,
                CompareOperator.LtE => x <= y,
                CompareOperator.Gt => x > y,
                _ => x >= y,
            };
            return r ? 1 : 0;
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
