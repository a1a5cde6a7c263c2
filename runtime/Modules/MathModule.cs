using System;
using System.Collections.Generic;
using System.Numerics;
using System.Runtime.InteropServices;

namespace PyNet.Runtime;

/// <summary>
/// The <c>math</c> module (CPython's Modules/mathmodule.c): libm functions with CPython's error rules (a NaN from a
/// non-NaN argument is "math domain error", an infinity from a finite one is "math range error" or a domain error),
/// exact integer functions on arbitrary ints, and fsum's exact summation.
/// </summary>
public static partial class MathModule
{
    /// <summary>The smallest normal double (C's DBL_MIN).</summary>
    private const double DoubleMin = 2.2250738585072014e-308;

    private static readonly PyStr s_float = PyStr.Intern("__float__");
    private static readonly PyStr s_index = PyStr.Intern("__index__");
    private static readonly PyStr s_floor = PyStr.Intern("__floor__");
    private static readonly PyStr s_ceil = PyStr.Intern("__ceil__");
    private static readonly PyStr s_trunc = PyStr.Intern("__trunc__");
    private static readonly string[] s_iscloseParameters = { "a", "b", "rel_tol", "abs_tol" };
    private static readonly string[] s_prodParameters = { "iterable", "start" };

    public static PyModule Create()
    {
        var d = new PyDict();
        var m = new PyModule("math", d);
        d[PyStr.Intern("pi")] = Math.PI;
        d[PyStr.Intern("e")] = Math.E;
        d[PyStr.Intern("tau")] = Math.Tau;
        d[PyStr.Intern("inf")] = double.PositiveInfinity;
        d[PyStr.Intern("nan")] = double.NaN;

        Unary(d, "acos", Math.Acos, false);
        Unary(d, "acosh", Math.Acosh, false);
        Unary(d, "asin", Math.Asin, false);
        Unary(d, "asinh", Math.Asinh, false);
        Unary(d, "atan", Math.Atan, false);
        Unary(d, "atanh", Math.Atanh, false);
        Unary(d, "cbrt", Math.Cbrt, false);
        Unary(d, "cos", Math.Cos, false);
        Unary(d, "cosh", Math.Cosh, true);
        Unary(d, "exp", Math.Exp, true);
        Unary(d, "exp2", x => Math.Pow(2.0, x), true);
        Unary(d, "expm1", ExpM1, true);
        Unary(d, "fabs", Math.Abs, false);
        Unary(d, "sin", Math.Sin, false);
        Unary(d, "sinh", Math.Sinh, true);
        Unary(d, "sqrt", Math.Sqrt, false);
        Unary(d, "tan", Math.Tan, false);
        Unary(d, "tanh", Math.Tanh, false);
        Unary(d, "log1p", LogOnePlus, false);
        // CPython 3.11 takes erf and erfc from the C library too (.NET has neither): the same glibc libm gives the same
        // bits (checked on 40,000 arguments).
        Unary(d, "erf", Erf, false);
        Unary(d, "erfc", Erfc, false);
        Def(d, PyBuiltinFunction.Create("degrees", x => ToDouble(x) * (180.0 / Math.PI)));
        Def(d, PyBuiltinFunction.Create("radians", x => ToDouble(x) * (Math.PI / 180.0)));
        Def(d, PyBuiltinFunction.Create("isfinite", x => double.IsFinite(ToDouble(x))));
        Def(d, PyBuiltinFunction.Create("isinf", x => double.IsInfinity(ToDouble(x))));
        Def(d, PyBuiltinFunction.Create("isnan", x => double.IsNaN(ToDouble(x))));
        Def(d, PyBuiltinFunction.Create("atan2", (y, x) => Math.Atan2(ToDouble(y), ToDouble(x))));
        Def(d, PyBuiltinFunction.Create("copysign", (x, y) => Math.CopySign(ToDouble(x), ToDouble(y))));
        Def(d, PyBuiltinFunction.Create("fmod", (x, y) => FMod(ToDouble(x), ToDouble(y))));
        Def(d, PyBuiltinFunction.Create("remainder", (x, y) => Remainder(ToDouble(x), ToDouble(y))));
        Def(d, PyBuiltinFunction.Create("pow", (x, y) => Pow(ToDouble(x), ToDouble(y))));
        Def(d, PyBuiltinFunction.Create("nextafter", (x, y) => NextAfter(ToDouble(x), ToDouble(y))));
        Def(d, PyBuiltinFunction.Create("ulp", x => Ulp(ToDouble(x))));
        Def(d, PyBuiltinFunction.Create("frexp", x =>
        {
            var v = ToDouble(x);
            var mantissa = PyFloat.Frexp(v, out var exponent);
            return PyTuple.Create(mantissa, PyInt.Box(exponent));
        }));
        Def(d, PyBuiltinFunction.Create("ldexp", (x, i) => Ldexp(ToDouble(x), i)));
        Def(d, PyBuiltinFunction.Create("modf", x =>
        {
            var v = ToDouble(x);
            if (double.IsInfinity(v))
            {
                return PyTuple.Create(Math.CopySign(0.0, v), v);
            }
            var whole = Math.Truncate(v);
            return PyTuple.Create(Math.CopySign(v - whole, v), whole);
        }));
        Def(d, PyBuiltinFunction.Create("floor", x => Rounding(x, s_floor, Math.Floor)));
        Def(d, PyBuiltinFunction.Create("ceil", x => Rounding(x, s_ceil, Math.Ceiling)));
        Def(d, PyBuiltinFunction.Create("trunc", Trunc));
        Def(d, new PyBuiltinFunction("log", Log));
        Def(d, PyBuiltinFunction.Create("log2", x => LogHelper(x, Math.Log2)));
        Def(d, PyBuiltinFunction.Create("log10", x => LogHelper(x, Math.Log10)));
        Def(d, PyBuiltinFunction.Create("fsum", x => FSum(x)));
        Def(d, new PyBuiltinFunction("isclose", IsClose));
        Def(d, new PyBuiltinFunction("gcd", (args, kw) => GcdLcm("gcd", args, kw, lcm: false)));
        Def(d, new PyBuiltinFunction("lcm", (args, kw) => GcdLcm("lcm", args, kw, lcm: true)));
        Def(d, PyBuiltinFunction.Create("factorial", Factorial));
        Def(d, PyBuiltinFunction.Create("isqrt", x =>
        {
            var n = Integer(x);
            if (n.Sign < 0)
            {
                throw new PyException(PyErrors.IsqrtNegative());
            }
            return PyInt.Normalize(ISqrt(n));
        }));
        Def(d, PyBuiltinFunction.Create("comb", (n, k) => Comb(n, k)));
        Def(d, new PyBuiltinFunction("perm", (args, kw) =>
        {
            Builtins.NoKeywords("perm", kw);
            if (args.Length < 1 || args.Length > 2)
            {
                throw new PyException(args.Length < 1 ? PyErrors.ExpectedAtLeast("perm", 1, 0) : PyErrors.ExpectedAtMost("perm", 2, args.Length));
            }
            return Perm(args[0], args.Length > 1 ? args[1] : null);
        }));
        Def(d, new PyBuiltinFunction("prod", Prod));
        Def(d, new PyBuiltinFunction("hypot", (args, kw) =>
        {
            Builtins.NoKeywords("hypot", kw);
            var values = new double[args.Length];
            for (var i = 0; i < args.Length; i++)
            {
                values[i] = ToDouble(args[i]);
            }
            return Norm(values);
        }));
        Def(d, PyBuiltinFunction.Create("dist", (p, q) => Dist(p, q)));
        return m;
    }

    private static void Def(PyDict d, PyBuiltinFunction f) => d[PyStr.Intern(f.Name)] = f;

    /// <summary>A one-argument libm function with CPython's math_1 error rules.</summary>
    private static void Unary(PyDict d, string name, Func<double, double> f, bool canOverflow) =>
        Def(d, PyBuiltinFunction.Create(name, x =>
        {
            var v = ToDouble(x);
            var r = f(v);
            if (double.IsNaN(r) && !double.IsNaN(v))
            {
                throw new PyException(PyErrors.MathDomainError());
            }
            if (double.IsInfinity(r) && double.IsFinite(v))
            {
                throw new PyException(canOverflow ? PyErrors.MathRangeError() : PyErrors.MathDomainError());
            }
            return r;
        }));

    /// <summary>PyFloat_AsDouble: floats, ints (OverflowError past the float range), __float__, then __index__.</summary>
    public static double ToDouble(object? o)
    {
        switch (o)
        {
            case double d:
                return d;
            case long l:
                return l;
            case bool b:
                return b ? 1 : 0;
            case BigInteger:
                return PyInt.ToDouble(o);
        }
        var type = PyType.Of(o);
        if (type.Lookup(s_float) is { } toFloat)
        {
            var r = PyProtocol.CallBound(toFloat, o);
            return r is double rd ? rd : throw new PyException(PyErrors.FloatReturnedNonFloat(o, r));
        }
        if (type.Lookup(s_index) != null)
        {
            return PyInt.ToDouble(Builtins.IndexInt(o));
        }
        throw new PyException(PyErrors.MustBeRealNumber(o));
    }

    private static BigInteger Integer(object? o) => PyInt.ToBig(Builtins.IndexInt(o));

    private static double ExpM1(double x) => Math.Abs(x) < 0.7 ? ExpM1Series(x) : Math.Exp(x) - 1.0;

    /// <summary>expm1 near zero, where exp(x) - 1 loses digits: (exp(x) - 1) * x / log(exp(x)) is accurate.</summary>
    private static double ExpM1Series(double x)
    {
        var u = Math.Exp(x);
        if (u == 1.0)
        {
            return x;
        }
        var um1 = u - 1.0;
        if (um1 == -1.0)
        {
            return -1.0;
        }
        return um1 * x / Math.Log(u);
    }

    /// <summary>log1p accurately near zero (the usual correction of log(1 + x) by the rounding of 1 + x).</summary>
    private static double LogOnePlus(double x)
    {
        if (x == -1.0)
        {
            return double.NegativeInfinity;
        }
        if (x < -1.0 || double.IsNaN(x))
        {
            return double.NaN;
        }
        if (double.IsPositiveInfinity(x))
        {
            return x;
        }
        var u = 1.0 + x;
        if (u == 1.0)
        {
            return x;
        }
        return u - 1.0 == x ? Math.Log(u) : Math.Log(u) * x / (u - 1.0);
    }

    private static object FMod(double x, double y)
    {
        if (double.IsInfinity(y) && double.IsFinite(x))
        {
            return x;
        }
        var r = x % y;
        if (double.IsNaN(r) && !double.IsNaN(x) && !double.IsNaN(y))
        {
            throw new PyException(PyErrors.MathDomainError());
        }
        return r;
    }

    /// <summary>IEEE 754 remainder, as CPython's m_remainder computes it.</summary>
    private static object Remainder(double x, double y)
    {
        if (double.IsNaN(x))
        {
            return x;
        }
        if (double.IsNaN(y))
        {
            return y;
        }
        if (double.IsInfinity(x) || y == 0)
        {
            throw new PyException(PyErrors.MathDomainError());
        }
        if (double.IsInfinity(y))
        {
            return x;
        }
        var absx = Math.Abs(x);
        var absy = Math.Abs(y);
        var m = absx % absy;
        var c = absy - m;
        double r;
        if (m < c)
        {
            r = m;
        }
        else if (m > c)
        {
            r = -c;
        }
        else
        {
            r = m - (2.0 * ((0.5 * (absx - m)) % absy));
        }
        return Math.CopySign(1.0, x) * r;
    }

    /// <summary>math.pow: IEEE specials handled directly, then libm with CPython's error mapping.</summary>
    private static object Pow(double x, double y)
    {
        if (!double.IsFinite(x) || !double.IsFinite(y))
        {
            if (double.IsNaN(x))
            {
                return y == 0 ? 1.0 : x;
            }
            if (double.IsNaN(y))
            {
                return x == 1.0 ? 1.0 : y;
            }
            if (double.IsInfinity(x))
            {
                var oddY = double.IsFinite(y) && Math.Abs(y) % 2.0 == 1.0;
                if (y > 0)
                {
                    return oddY ? x : Math.Abs(x);
                }
                return y == 0 ? 1.0 : oddY ? Math.CopySign(0.0, x) : 0.0;
            }
            if (Math.Abs(x) == 1.0)
            {
                return 1.0;
            }
            if (y > 0 && Math.Abs(x) > 1.0)
            {
                return y;
            }
            return y < 0 && Math.Abs(x) < 1.0 ? -y : 0.0;
        }
        var r = Math.Pow(x, y);
        if (double.IsNaN(r))
        {
            throw new PyException(PyErrors.MathDomainError());
        }
        if (double.IsInfinity(r))
        {
            throw new PyException(x == 0 ? PyErrors.MathDomainError() : PyErrors.MathRangeError());
        }
        return r;
    }

    private static object NextAfter(double x, double y)
    {
        if (double.IsNaN(x) || double.IsNaN(y))
        {
            return double.NaN;
        }
        if (x == y)
        {
            return y;
        }
        return y > x ? Math.BitIncrement(x) : Math.BitDecrement(x);
    }

    private static object Ulp(double x)
    {
        if (double.IsNaN(x))
        {
            return x;
        }
        x = Math.Abs(x);
        if (double.IsInfinity(x))
        {
            return x;
        }
        var up = Math.BitIncrement(x);
        if (double.IsInfinity(up))
        {
            return x - Math.BitDecrement(x);
        }
        return up - x;
    }

    private static object Ldexp(double x, object? i)
    {
        if (!PyInt.IsInt(i))
        {
            throw new PyException(PyErrors.LdexpExpectsInt());
        }
        var big = PyInt.ToBig(i!);
        if (x == 0 || !double.IsFinite(x))
        {
            return x;
        }
        if (big > 100000)
        {
            throw new PyException(PyErrors.MathRangeError());
        }
        if (big < -100000)
        {
            return Math.CopySign(0.0, x);
        }
        var r = Math.ScaleB(x, (int)big);
        if (double.IsInfinity(r))
        {
            throw new PyException(PyErrors.MathRangeError());
        }
        return r;
    }

    /// <summary>floor/ceil: ints unchanged, floats to int, else the object's __floor__/__ceil__, else via float.</summary>
    private static object? Rounding(object? x, PyStr method, Func<double, double> f)
    {
        switch (x)
        {
            case long or BigInteger:
                return x;
            case bool b:
                return PyInt.Box(b ? 1 : 0);
            case double d:
                return PyFloat.ToInt(f(d));
        }
        if (PyType.Of(x).Lookup(method) is { } hook)
        {
            return PyProtocol.CallBound(hook, x);
        }
        return PyFloat.ToInt(f(ToDouble(x)));
    }

    private static object? Trunc(object? x)
    {
        switch (x)
        {
            case long or BigInteger:
                return x;
            case bool b:
                return PyInt.Box(b ? 1 : 0);
            case double d:
                return PyFloat.ToInt(d);
        }
        var hook = PyType.Of(x).Lookup(s_trunc) ?? throw new PyException(PyErrors.NoTruncMethod(x));
        return PyProtocol.CallBound(hook, x);
    }

    /// <summary>CPython's loghelper: ints of any size (via frexp of the int), then floats, with domain errors at 0 and below.</summary>
    private static double LogHelper(object? x, Func<double, double> f)
    {
        if (x is BigInteger big)
        {
            if (big.Sign <= 0)
            {
                throw new PyException(PyErrors.MathDomainError());
            }
            var d = (double)big;
            if (double.IsInfinity(d))
            {
                var e = big.GetBitLength();
                var shift = (int)e - 60;
                var mantissa = (double)(big >> shift) / Math.Pow(2, 60);
                return f(mantissa) + (f(2.0) * e);
            }
            return f(d);
        }
        if (x is long l && l <= 0)
        {
            throw new PyException(PyErrors.MathDomainError());
        }
        var v = ToDouble(x);
        if (double.IsNaN(v))
        {
            return v;
        }
        if (v <= 0)
        {
            throw new PyException(PyErrors.MathDomainError());
        }
        return f(v);
    }

    private static object? Log(object?[] args, PyStr[]? kw)
    {
        Builtins.NoKeywords("log", kw);
        if (args.Length < 1 || args.Length > 2)
        {
            throw new PyException(args.Length < 1 ? PyErrors.ExpectedAtLeast("log", 1, 0) : PyErrors.ExpectedAtMost("log", 2, args.Length));
        }
        var num = LogHelper(args[0], Math.Log);
        if (args.Length == 1)
        {
            return num;
        }
        var den = LogHelper(args[1], Math.Log);
        if (den == 0)
        {
            throw new PyException(PyErrors.FloatDivisionByZero());
        }
        return num / den;
    }

    /// <summary>
    /// fsum: Shewchuk's exact summation into non-overlapping partials, then a correctly rounded total (the
    /// half-way correction of CPython's math_fsum); infinities and NaNs are tracked separately.
    /// </summary>
    public static double FSum(object? iterable)
    {
        var partials = new List<double>();
        var specialSum = 0.0;
        var infSum = 0.0;
        var it = PyProtocol.GetIterator(iterable);
        while (true)
        {
            var item = it.Next();
            if (ReferenceEquals(item, PyOps.Done))
            {
                break;
            }
            var x = ToDouble(item);
            var xsave = x;
            var i = 0;
            for (var j = 0; j < partials.Count; j++)
            {
                var y = partials[j];
                if (Math.Abs(x) < Math.Abs(y))
                {
                    (x, y) = (y, x);
                }
                var hi = x + y;
                var lo = y - (hi - x);
                if (lo != 0.0)
                {
                    partials[i++] = lo;
                }
                x = hi;
            }
            partials.RemoveRange(i, partials.Count - i);
            if (x != 0.0)
            {
                if (!double.IsFinite(x))
                {
                    if (double.IsFinite(xsave))
                    {
                        throw new PyException(PyErrors.FsumOverflow());
                    }
                    if (double.IsInfinity(xsave))
                    {
                        infSum += xsave;
                    }
                    specialSum += xsave;
                    partials.Clear();
                }
                else
                {
                    partials.Add(x);
                }
            }
        }
        if (specialSum != 0.0)
        {
            if (double.IsNaN(infSum))
            {
                throw new PyException(PyErrors.FsumInfMinusInf());
            }
            return specialSum;
        }
        var n = partials.Count;
        var total = 0.0;
        if (n > 0)
        {
            total = partials[--n];
            var lo = 0.0;
            while (n > 0)
            {
                var x = total;
                var y = partials[--n];
                total = x + y;
                var yr = total - x;
                lo = y - yr;
                if (lo != 0.0)
                {
                    break;
                }
            }
            if (n > 0 && ((lo < 0.0 && partials[n - 1] < 0.0) || (lo > 0.0 && partials[n - 1] > 0.0)))
            {
                var y = lo * 2.0;
                var x = total + y;
                var yr = x - total;
                if (y == yr)
                {
                    total = x;
                }
            }
        }
        return total;
    }

    private static object? IsClose(object?[] args, PyStr[]? kw)
    {
        var a = Builtins.BindArguments("isclose", args, kw, 0, s_iscloseParameters, 2);
        var x = ToDouble(a[0]);
        var y = ToDouble(a[1]);
        var relTol = ReferenceEquals(a[2], PyOps.Unbound) ? 1e-09 : ToDouble(a[2]);
        var absTol = ReferenceEquals(a[3], PyOps.Unbound) ? 0.0 : ToDouble(a[3]);
        if (relTol < 0.0 || absTol < 0.0)
        {
            throw new PyException(PyErrors.TolerancesNegative());
        }
        if (x == y)
        {
            return true;
        }
        if (double.IsInfinity(x) || double.IsInfinity(y))
        {
            return false;
        }
        var diff = Math.Abs(y - x);
        return (diff <= Math.Abs(relTol * y)) || (diff <= Math.Abs(relTol * x)) || (diff <= absTol);
    }

    private static object GcdLcm(string name, object?[] args, PyStr[]? kw, bool lcm)
    {
        Builtins.NoKeywords(name, kw);
        if (args.Length == 0)
        {
            return lcm ? PyInt.One : PyInt.Zero;
        }
        var result = BigInteger.Abs(Integer(args[0]));
        for (var i = 1; i < args.Length; i++)
        {
            var x = Integer(args[i]);
            if (lcm)
            {
                if (result.IsZero || x.IsZero)
                {
                    result = BigInteger.Zero;
                    for (var j = i + 1; j < args.Length; j++)
                    {
                        Integer(args[j]);
                    }
                    break;
                }
                result = BigInteger.Abs(result / BigInteger.GreatestCommonDivisor(result, x) * x);
            }
            else
            {
                result = BigInteger.GreatestCommonDivisor(result, x);
            }
        }
        return PyInt.Normalize(result);
    }

    private static object Factorial(object? x)
    {
        if (x is double)
        {
            throw new PyException(PyErrors.NotInterpretableAsInteger(x));
        }
        var n = Integer(x);
        if (n.Sign < 0)
        {
            throw new PyException(PyErrors.FactorialNegative());
        }
        if (n > int.MaxValue)
        {
            throw new PyException(PyErrors.FactorialTooLarge());
        }
        return PyInt.Normalize(Product(1, (long)n));
    }

    /// <summary>The product lo * (lo + 1) * ... * hi, split in halves so the big multiplications stay balanced.</summary>
    private static BigInteger Product(long lo, long hi)
    {
        if (lo > hi)
        {
            return BigInteger.One;
        }
        if (hi - lo < 16)
        {
            BigInteger r = BigInteger.One;
            for (var i = lo; i <= hi; i++)
            {
                r *= i;
            }
            return r;
        }
        var mid = lo + ((hi - lo) / 2);
        return Product(lo, mid) * Product(mid + 1, hi);
    }

    public static BigInteger ISqrt(BigInteger n)
    {
        if (n.IsZero)
        {
            return n;
        }
        var x = BigInteger.One << (int)((n.GetBitLength() + 1) / 2);
        while (true)
        {
            var y = (x + (n / x)) >> 1;
            if (y >= x)
            {
                return x;
            }
            x = y;
        }
    }

    private static object Comb(object? nObj, object? kObj)
    {
        var n = Integer(nObj);
        var k = Integer(kObj);
        if (n.Sign < 0)
        {
            throw new PyException(PyErrors.MustBeNonNegativeInteger("n"));
        }
        if (k.Sign < 0)
        {
            throw new PyException(PyErrors.MustBeNonNegativeInteger("k"));
        }
        if (k > n)
        {
            return PyInt.Zero;
        }
        if (n - k < k)
        {
            k = n - k;
        }
        BigInteger result = BigInteger.One;
        for (BigInteger i = 1; i <= k; i++)
        {
            result = result * (n - k + i) / i;
        }
        return PyInt.Normalize(result);
    }

    private static object Perm(object? nObj, object? kObj)
    {
        var n = Integer(nObj);
        if (n.Sign < 0)
        {
            throw new PyException(PyErrors.MustBeNonNegativeInteger("n"));
        }
        var k = kObj == null ? n : Integer(kObj);
        if (k.Sign < 0)
        {
            throw new PyException(PyErrors.MustBeNonNegativeInteger("k"));
        }
        if (k > n)
        {
            return PyInt.Zero;
        }
        BigInteger result = BigInteger.One;
        for (var i = n - k + 1; i <= n; i++)
        {
            result *= i;
        }
        return PyInt.Normalize(result);
    }

    private static object? Prod(object?[] args, PyStr[]? kw)
    {
        var a = Builtins.BindArguments("prod", args, kw, 0, s_prodParameters, 1);
        var it = PyProtocol.GetIterator(a[0]);
        var total = ReferenceEquals(a[1], PyOps.Unbound) ? PyInt.One : a[1];
        while (true)
        {
            var x = it.Next();
            if (ReferenceEquals(x, PyOps.Done))
            {
                return total;
            }
            total = total is long p && x is long q ? PyInt.Mul(p, q) : PyProtocol.BinaryOp(total, x, BinaryOperator.Mult);
        }
    }

    private static object Dist(object? p, object? q)
    {
        var ps = Builtins.ToArray(p);
        var qs = Builtins.ToArray(q);
        if (ps.Length != qs.Length)
        {
            throw new PyException(PyErrors.DistDimensionsDiffer());
        }
        var diffs = new double[ps.Length];
        for (var i = 0; i < ps.Length; i++)
        {
            diffs[i] = Math.Abs(ToDouble(ps[i]) - ToDouble(qs[i]));
        }
        return Norm(diffs);
    }

    /// <summary>
    /// CPython's vector_norm: scale by the largest magnitude's power of two, accumulate the exact squares (hi + lo
    /// pairs) around 1.0, take the square root and apply one differential correction.
    /// </summary>
    private static double Norm(double[] values)
    {
        var max = 0.0;
        var foundNan = false;
        for (var i = 0; i < values.Length; i++)
        {
            var x = Math.Abs(values[i]);
            values[i] = x;
            foundNan |= double.IsNaN(x);
            if (x > max)
            {
                max = x;
            }
        }
        if (double.IsInfinity(max))
        {
            return max;
        }
        if (foundNan)
        {
            return double.NaN;
        }
        if (max == 0.0 || values.Length <= 1)
        {
            return max;
        }
        PyFloat.Frexp(max, out var maxE);
        if (maxE < -1023)
        {
            for (var i = 0; i < values.Length; i++)
            {
                values[i] /= DoubleMin;
            }
            return DoubleMin * Norm(values);
        }
        var scale = Math.ScaleB(1.0, -maxE);
        var csum = 1.0;
        var frac1 = 0.0;
        var frac2 = 0.0;
        foreach (var v in values)
        {
            var x = v * scale;
            var hi = x * x;
            var lo = Math.FusedMultiplyAdd(x, x, -hi);
            var sum = csum + hi;
            frac2 += (csum - sum) + hi;
            csum = sum;
            frac1 += lo;
        }
        var h = Math.Sqrt(csum - 1.0 + (frac1 + frac2));
        var phi = -h * h;
        var plo = Math.FusedMultiplyAdd(-h, h, -phi);
        var s2 = csum + phi;
        frac2 += (csum - s2) + phi;
        csum = s2;
        frac1 += plo;
        var corr = csum - 1.0 + (frac1 + frac2);
        h += corr / (2.0 * h);
        return h / scale;
    }

    [LibraryImport("libm.so.6", EntryPoint = "erf")]
    private static partial double Erf(double x);

    [LibraryImport("libm.so.6", EntryPoint = "erfc")]
    private static partial double Erfc(double x);
}
