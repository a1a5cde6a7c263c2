using System;
using System.Numerics;

namespace PyNet.Runtime;

/// <summary>Python <c>complex</c> arithmetic where it differs from System.Numerics.Complex.</summary>
public static class PyComplexMath
{
    public static object Pow(Complex a, Complex b)
    {
        if (b == Complex.Zero)
        {
            return Complex.One;
        }
        if (a == Complex.Zero)
        {
            if (b.Imaginary != 0 || b.Real < 0)
            {
                throw new PyException(PyErrors.ZeroDivisionError("0.0 to a negative or complex power"));
            }
            return Complex.Zero;
        }
        return Complex.Pow(a, b);
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
