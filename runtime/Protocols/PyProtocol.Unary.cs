using System.Numerics;

namespace PyNet.Runtime;

public enum UnaryOperator
{
    Negate,
    Positive,
    Invert,
}

public static partial class PyProtocol
{
    private static readonly PyStr[] s_unaryNames = { PyStr.Intern("__neg__"), PyStr.Intern("__pos__"), PyStr.Intern("__invert__") };
    private static readonly string[] s_unarySymbols = { "-", "+", "~" };

    public static object? UnaryOp(object? a, UnaryOperator op)
    {
        switch (a)
        {
            case long l:
                return op switch
                {
                    UnaryOperator.Negate => PyInt.Neg(l),
                    UnaryOperator.Positive => a,
                    _ => PyInt.Box(~l),
                };
            case bool b:
                var v = b ? 1L : 0L;
                return op switch
                {
                    UnaryOperator.Negate => PyInt.Box(-v),
                    UnaryOperator.Positive => PyInt.Box(v),
                    _ => PyInt.Box(~v),
                };
            case BigInteger big:
                return op switch
                {
                    UnaryOperator.Negate => PyInt.Normalize(-big),
                    UnaryOperator.Positive => a,
                    _ => PyInt.Normalize(-big - 1),
                };
            case double d when op != UnaryOperator.Invert:
                return op == UnaryOperator.Negate ? -d : d;
            case Complex c when op != UnaryOperator.Invert:
                return op == UnaryOperator.Negate ? -c : c;
        }
        var method = PyType.Of(a).Lookup(s_unaryNames[(int)op]);
        if (method == null)
        {
            throw new PyException(PyErrors.BadUnary(s_unarySymbols[(int)op], a));
        }
        return CallBound(method, a);
    }
}
