using System;
using System.Collections.Generic;
using System.Text;

namespace PyNet.Compiler.Syntax;

/// <summary>
/// Source text as the tokenizer reads it: UTF-8 bytes with newlines translated to '\n' and a final newline added
/// (CPython's string tokenizer does both), plus the line table that error reporting needs to turn byte columns into
/// the character offsets CPython puts in SyntaxError.
/// </summary>
internal sealed class SourceFile
{
    private readonly int[] _lineStarts;

    public SourceFile(byte[] utf8, string filename)
    {
        Text = Normalize(utf8);
        Filename = filename;
        var starts = new List<int>(Text.Length / 32) { 0 };
        var span = Text.AsSpan();
        var at = 0;
        while (true)
        {
            var nl = span[at..].IndexOf((byte)'\n');
            if (nl < 0)
            {
                break;
            }
            at += nl + 1;
            if (at < Text.Length)
            {
                starts.Add(at);
            }
        }
        _lineStarts = starts.ToArray();
    }

    public byte[] Text { get; }

    public string Filename { get; }

    public int LineCount => _lineStarts.Length;

    public int LineStart(int line) => line <= 1 ? 0 : line > _lineStarts.Length ? Text.Length : _lineStarts[line - 1];

    /// <summary>The byte index of the end of a line, excluding its '\n'.</summary>
    public int LineEnd(int line)
    {
        if (line < 1 || line > _lineStarts.Length)
        {
            return Text.Length;
        }
        var end = line < _lineStarts.Length ? _lineStarts[line] : Text.Length;
        return end > 0 && Text[end - 1] == '\n' ? end - 1 : end;
    }

    /// <summary>The line's text without its newline, or null when the line does not exist.</summary>
    public string? LineText(int line)
    {
        if (line < 1 || line > _lineStarts.Length)
        {
            return null;
        }
        var start = LineStart(line);
        return Encoding.UTF8.GetString(Text, start, LineEnd(line) - start);
    }

    /// <summary>
    /// CPython's byte-offset-to-character-offset conversion for a 1-based byte offset: the number of characters in
    /// the first <paramref name="byteOffset"/> bytes of the line, counting a split character as one.
    /// </summary>
    public int CharOffset(int line, int byteOffset)
    {
        if (byteOffset <= 0 || line < 1 || line > _lineStarts.Length)
        {
            return byteOffset;
        }
        var start = LineStart(line);
        var lineLength = LineEnd(line) - start + 1;
        if (byteOffset > lineLength + 1)
        {
            byteOffset = lineLength + 1;
        }
        var count = 0;
        var limit = Math.Min(start + byteOffset, Text.Length);
        for (var i = start; i < limit; i++)
        {
            // Count lead bytes (and stray continuation bytes at the start) as characters.
            if ((Text[i] & 0xC0) != 0x80 || i == start)
            {
                count++;
            }
        }
        if (start + byteOffset > Text.Length)
        {
            count += start + byteOffset - Text.Length;
        }
        return count;
    }

    private static byte[] Normalize(byte[] utf8)
    {
        var hasCr = utf8.AsSpan().IndexOf((byte)'\r') >= 0;
        var needsNewline = utf8.Length == 0 || utf8[^1] != '\n' && utf8[^1] != '\r';
        if (!hasCr && !needsNewline)
        {
            return utf8;
        }
        var result = new byte[utf8.Length + 1];
        var n = 0;
        for (var i = 0; i < utf8.Length; i++)
        {
            var b = utf8[i];
            if (b == '\r')
            {
                result[n++] = (byte)'\n';
                if (i + 1 < utf8.Length && utf8[i + 1] == '\n')
                {
                    i++;
                }
            }
            else
            {
                result[n++] = b;
            }
        }
        if (n == 0 || result[n - 1] != '\n')
        {
            result[n++] = (byte)'\n';
        }
        return result.AsSpan(0, n).ToArray();
    }
}
