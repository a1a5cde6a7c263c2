using System;
using PyNet.Runtime;

namespace PyNet.Interop;

/// <summary>Enum members as Python operators: flag arithmetic (| &amp; ^ ~), int(), truth, and the IronPython repr.</summary>
internal static class ClrEnums
{
    public static void AddProtocols(ClrType t, Type type)
    {
        t.DefMethod("__or__", (a, b) => Combine(type, a, b, (x, y) => x | y));
        t.DefMethod("__and__", (a, b) => Combine(type, a, b, (x, y) => x & y));
        t.DefMethod("__xor__", (a, b) => Combine(type, a, b, (x, y) => x ^ y));
        t.DefMethod("__invert__", a => Enum.ToObject(type, ~Bits(a!)));
        t.DefMethod("__int__", a => ClrConverter.FromObject(Convert.ChangeType(a, Enum.GetUnderlyingType(type), System.Globalization.CultureInfo.InvariantCulture)));
        t.DefMethod("__index__", a => ClrConverter.FromObject(Convert.ChangeType(a, Enum.GetUnderlyingType(type), System.Globalization.CultureInfo.InvariantCulture)));
        t.DefMethod("__bool__", a => Bits(a!) != 0 ? PyOps.True : PyOps.False);
        t.DefMethod("__str__", a => new PyStr(a!.ToString()!));
        t.DefMethod("__repr__", a => new PyStr($"<enum {ClrNames.FullName(type)}: {a}>"));
        t.DefMethod("__eq__", (a, b) => Equals(a, b) ? PyOps.True : PyOps.False);
        t.DefMethod("__ne__", (a, b) => Equals(a, b) ? PyOps.False : PyOps.True);
        t.DefMethod("__hash__", a => PyInt.Box(a!.GetHashCode()));
    }

    private static object Combine(Type type, object? a, object? b, Func<long, long, long> op) =>
        b != null && b.GetType() == type ? Enum.ToObject(type, op(Bits(a!), Bits(b))) : PyNotImplemented.Instance;

    private static long Bits(object value) => Type.GetTypeCode(Enum.GetUnderlyingType(value.GetType())) == TypeCode.UInt64
        ? unchecked((long)Convert.ToUInt64(value, System.Globalization.CultureInfo.InvariantCulture))
        : Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture);
}
