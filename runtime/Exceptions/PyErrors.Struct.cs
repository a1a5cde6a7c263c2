using System.Numerics;

namespace PyNet.Runtime;

/// <summary>The errors of the _struct module (struct.error unless said otherwise), worded as CPython's Modules/_struct.c.</summary>
public static partial class PyErrors
{
    private static PyBaseException StructError(string message) => New(StructModule.ErrorType, message);

    public static PyBaseException StructBadChar() => StructError("bad char in struct format");

    public static PyBaseException StructRepeatWithoutCode() => StructError("repeat count given without format specifier");

    public static PyBaseException StructFormatType(object? format) =>
        TypeError($"Struct() argument 1 must be a str or bytes object, not {TypeName(format)}");

    public static PyBaseException ReadWriteBufferExpected(object? value) =>
        TypeError($"argument must be read-write bytes-like object, not {TypeName(value)}");

    public static PyBaseException StructPackCount(string function, int expected, int given) =>
        StructError($"{function} expected {expected} items for packing (got {given})");

    public static PyBaseException StructUnpackSize(int size) => StructError($"unpack requires a buffer of {size} bytes");

    public static PyBaseException StructBufferTooSmall(string function, string doing, int size, int offset, int length) =>
        StructError($"{function} requires a buffer of at least {size + offset} bytes for {doing} {size} bytes at offset {offset} (actual buffer size is {length})");

    public static PyBaseException StructIterUnpackSize(int size) => StructError(size == 0
        ? "cannot iteratively unpack with a struct of length 0"
        : $"iterative unpacking requires a buffer of a multiple of {size} bytes");

    public static PyBaseException StructBytesExpected(char code) => StructError($"argument for '{code}' must be a bytes object");

    public static PyBaseException StructCharExpected() => StructError("char format requires a bytes object of length 1");

    public static PyBaseException StructFloatTooLarge() => New(PyExc.OverflowError, "float too large to pack with f format");

    public static PyBaseException StructNotFloat() => StructError("required argument is not a float");

    public static PyBaseException StructNotInteger() => StructError("required argument is not an integer");

    /// <summary>An integer outside a format code's range: named ranges for b/B/h/H, "argument out of range" for the
    /// 64-bit codes (and the native pointer-sized ones), the numeric range for the rest.</summary>
    public static PyBaseException StructIntegerRange(char code, bool native, bool unsigned, BigInteger min, BigInteger max) => StructError((code, native) switch
    {
        ('b', _) => "byte format requires -128 <= number <= 127",
        ('B', _) => "ubyte format requires 0 <= number <= 255",
        ('h', _) => "short format requires -32768 <= number <= 32767",
        ('H', _) => "ushort format requires 0 <= number <= 65535",
        ('q' or 'Q', _) or ('n' or 'N' or 'P' or 'l' or 'L', true) => "argument out of range",
        _ when unsigned => $"'{code}' format requires 0 <= number <= {max}",
        _ => $"'{code}' format requires {min} <= number <= {max}",
    });
}
