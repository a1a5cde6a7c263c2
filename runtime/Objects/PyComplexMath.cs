using System;
using System.Numerics;

namespace PyNet.Runtime;

/// <summary>Python <c>complex</c> arithmetic where it differs from System.Numerics.Complex.</summary>
public static class PyComplexMath
{
    /// <summary>
    /// a ** b as CPython computes it: repeated squaring for integral exponents up to 100 in magnitude, otherwise the
    /// polar form; OverflowError when the result overflows.
    /// </summary>
    public static object Pow(Complex a, Complex b)
    {
        Complex r;
        if (b.Imaginary == 0 && b.Real == Math.Floor(b.Real) && Math.Abs(b.Real) <= 100)
        {
            if (a == Complex.Zero && b.Real < 0)
            {
                throw new PyException(PyErrors.ComplexZeroToNegativePower());
            }
            var n = (long)b.Real;
            r = n >= 0 ? PowUnsigned(a, n) : Quotient(Complex.One, PowUnsigned(a, -n));
        }
        else if (b == Complex.Zero)
        {
            return Complex.One;
        }
        else if (a == Complex.Zero)
        {
            if (b.Imaginary != 0 || b.Real < 0)
            {
                throw new PyException(PyErrors.ComplexZeroToNegativePower());
            }
            return Complex.Zero;
        }
        else
        {
            var vabs = double.Hypot(a.Real, a.Imaginary);
            var len = Math.Pow(vabs, b.Real);
            var at = Math.Atan2(a.Imaginary, a.Real);
            var phase = at * b.Real;
            if (b.Imaginary != 0)
            {
                len /= Math.Exp(at * b.Imaginary);
                phase += b.Imaginary * Math.Log(vabs);
            }
            r = new Complex(len * Math.Cos(phase), len * Math.Sin(phase));
        }
        var inputsFinite = double.IsFinite(a.Real) && double.IsFinite(a.Imaginary) && double.IsFinite(b.Real) && double.IsFinite(b.Imaginary);
        var inputsNumbers = !double.IsNaN(a.Real) && !double.IsNaN(a.Imaginary) && !double.IsNaN(b.Real) && !double.IsNaN(b.Imaginary);
        if (inputsNumbers && (double.IsNaN(r.Real) || double.IsNaN(r.Imaginary)))
        {
            // C's libm reports EDOM here (cos or log of an infinity); CPython turns EDOM into this error.
            throw new PyException(PyErrors.ComplexZeroToNegativePower());
        }
        if (inputsFinite && (double.IsInfinity(r.Real) || double.IsInfinity(r.Imaginary)))
        {
            throw new PyException(PyErrors.ComplexExponentiationOverflow());
        }
        return r;
    }

    private static Complex PowUnsigned(Complex x, long n)
    {
        var r = Complex.One;
        var p = x;
        for (long mask = 1; mask > 0 && n >= mask; mask <<= 1)
        {
            if ((n & mask) != 0)
            {
                r = Product(r, p);
            }
            p = Product(p, p);
        }
        return r;
    }

    /// <summary>CPython's complex product (no special handling of infinities).</summary>
    public static Complex Product(Complex a, Complex b) =>
        new((a.Real * b.Real) - (a.Imaginary * b.Imaginary), (a.Real * b.Imaginary) + (a.Imaginary * b.Real));

    /// <summary>CPython's complex quotient (Smith's method); the caller checks for a zero divisor.</summary>
    public static Complex Quotient(Complex a, Complex b)
    {
        var absReal = Math.Abs(b.Real);
        var absImag = Math.Abs(b.Imaginary);
        if (absReal >= absImag)
        {
            if (absReal == 0)
            {
                throw new PyException(PyErrors.ComplexZeroToNegativePower());
            }
            var ratio = b.Imaginary / b.Real;
            var denom = b.Real + (b.Imaginary * ratio);
            return new Complex((a.Real + (a.Imaginary * ratio)) / denom, (a.Imaginary - (a.Real * ratio)) / denom);
        }
        if (absImag >= absReal)
        {
            var ratio = b.Real / b.Imaginary;
            var denom = (b.Real * ratio) + b.Imaginary;
            return new Complex(((a.Real * ratio) + a.Imaginary) / denom, ((a.Imaginary * ratio) - a.Real) / denom);
        }
        return new Complex(double.NaN, double.NaN);
    }

    public static string Repr(Complex c)
    {
        static string Part(double d)
        {
            var r = PyFloat.Repr(d);
            return r.EndsWith(".0", StringComparison.Ordinal) ? r[..^2] : r;
        }
        if (c.Real == 0 && !double.IsNegative(c.Real))
        {
            return Part(c.Imaginary) + "j";
        }
        var im = c.Imaginary;
        var sign = double.IsNegative(im) ? "-" : "+";
        var imText = Part(Math.Abs(im));
        if (double.IsNaN(im))
        {
            sign = "+";
            imText = "nan";
        }
        return "(" + Part(c.Real) + sign + imText + "j)";
    }
}
