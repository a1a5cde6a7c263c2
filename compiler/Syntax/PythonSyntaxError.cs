using System;

namespace PyNet.Compiler.Syntax;

/// <summary>Which of CPython's syntax exception classes a compile error is.</summary>
public enum SyntaxErrorKind
{
    SyntaxError,
    IndentationError,
    TabError,
}

/// <summary>
/// A compile-time error, carrying what CPython's SyntaxError carries: message, file, 1-based line, 1-based character
/// offset (not bytes), end line and end offset, and the text of the offending line. The runtime turns it into a Python
/// SyntaxError object; the CLI prints it in CPython's format.
/// </summary>
public sealed class PythonSyntaxError : Exception
{
    public PythonSyntaxError(SyntaxErrorKind kind, string message, string filename, int lineno, int offset, int endLineno, int endOffset, string? text)
        : base(message)
    {
        Kind = kind;
        Filename = filename;
        Lineno = lineno;
        Offset = offset;
        EndLineno = endLineno;
        EndOffset = endOffset;
        Text = text;
    }

    public SyntaxErrorKind Kind { get; }

    public string Filename { get; }

    public int Lineno { get; }

    public int Offset { get; }

    public int EndLineno { get; }

    public int EndOffset { get; }

    public string? Text { get; }
}
