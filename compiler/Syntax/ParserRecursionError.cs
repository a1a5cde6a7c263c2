using System;

namespace PyNet.Compiler.Syntax;

/// <summary>
/// The input nests too deeply to parse. CPython reports such input with MemoryError ("Parser stack overflowed") or
/// RecursionError ("maximum recursion depth exceeded during ast construction"); PyNet raises this instead of letting
/// the .NET stack overflow, which would end the process. The runtime maps it to RecursionError.
/// </summary>
public sealed class ParserRecursionError : Exception
{
    public ParserRecursionError()
        : base("maximum recursion depth exceeded during compilation")
    {
    }
}
