using System.Security.Cryptography;
using System.Text;

namespace PyNet.Runtime;

/// <summary>
/// The <c>_operator</c> module, reduced to what other modules import from it by name: <c>_compare_digest</c> (hmac,
/// and through it secrets), a comparison whose time does not depend on where the inputs differ. operator.py's own
/// pure functions stay the operator functions (its <c>from _operator import *</c> takes no underscore names).
/// </summary>
public static class OperatorModule
{
    public static PyModule Create()
    {
        var d = new PyDict();
        var m = new PyModule("_operator", d);
        d[PyStr.Intern("__doc__")] = new PyStr("Operator interface: the functions operator.py takes from a native module.");
        NativeTypes.Def(d, PyBuiltinFunction.Create("_compare_digest", (a, b) => CompareDigest(a, b)));
        return m;
    }

    private static bool CompareDigest(object? a, object? b)
    {
        if (a is PyStr sa && b is PyStr sb)
        {
            if (!Ascii.IsValid(sa.Value) || !Ascii.IsValid(sb.Value))
            {
                throw new PyException(PyErrors.TypeError("comparing strings with non-ASCII characters is not supported"));
            }
            return CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(sa.Value), Encoding.ASCII.GetBytes(sb.Value));
        }
        if (a is PyStr || b is PyStr)
        {
            throw new PyException(PyErrors.ExpectedBytesLike(a is PyStr ? a : b));
        }
        var ba = PyBytes.TryGetBuffer(a);
        var bb = PyBytes.TryGetBuffer(b);
        if (ba == null || bb == null)
        {
            throw new PyException(PyErrors.TypeError(
                $"unsupported operand types(s) or combination of types: '{PyErrors.TypeName(a)}' and '{PyErrors.TypeName(b)}'"));
        }
        return CryptographicOperations.FixedTimeEquals(ba, bb);
    }
}
