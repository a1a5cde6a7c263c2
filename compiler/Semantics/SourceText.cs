using System;
using System.Text;

namespace PyNet.Compiler.Semantics;

/// <summary>The lines of a source file, for error messages: converts CPython's UTF-8 byte columns to characters.</summary>
public sealed class SourceText
{
    private readonly string[] _lines;

    public SourceText(string text)
    {
        _lines = text.Replace("\r\n", "\n").Split('\n');
    }

    public string? Line(int lineno) => lineno >= 1 && lineno <= _lines.Length ? _lines[lineno - 1] : null;

    /// <summary>The character index of a UTF-8 byte offset within a line.</summary>
    public int CharacterOffset(int lineno, int byteOffset)
    {
        var line = Line(lineno);
        if (line == null)
        {
            return byteOffset;
        }
        var bytes = Encoding.UTF8.GetBytes(line);
        var count = Math.Min(byteOffset, bytes.Length);
        return Encoding.UTF8.GetCharCount(bytes, 0, count);
    }
}
