using System;
using System.Text;
using PyNet.Compiler.Semantics;
using PyNet.Compiler.Syntax;

namespace PyNet.Compiler.Emit.CodeGen;

/// <summary>
/// The source position a traceback entry records for a failing operation (CPython 3.11's per-instruction positions),
/// packed into one long, and the caret anchors CPython 3.11 draws for binary operations (~~~^^~~~) and subscripts
/// (~~~^^^^^), computed here from the tree instead of by re-parsing the line when printing.
/// </summary>
internal static class TracebackPositions
{
    /// <summary>line (bits 0-23), end line minus line (24-31), column (32-47), end column (48-63); columns in UTF-8 bytes.</summary>
    public static long Pack(Node node)
    {
        var line = Math.Clamp(node.Lineno, 0, (1 << 24) - 1);
        var endDelta = Math.Clamp(node.EndLineno - node.Lineno, 0, 255);
        var col = Math.Clamp(node.ColOffset, 0, 0xFFFF);
        var endCol = Math.Clamp(node.EndColOffset, 0, 0xFFFF);
        return (long)((uint)line | ((ulong)(uint)endDelta << 24) | ((ulong)(uint)col << 32) | ((ulong)(uint)endCol << 48));
    }

    /// <summary>left anchor (bits 0-15) and right anchor (16-31) as byte offsets into the node's segment, plus one; 0 for none.</summary>
    public static int Anchors(Node node, SourceText? source)
    {
        if (node.Lineno != node.EndLineno || source?.Line(node.Lineno) is not { } line)
        {
            return 0;
        }
        switch (node)
        {
            case BinOp b when b.Left.EndLineno == node.Lineno && b.Right.Lineno == node.Lineno:
                var bytes = Encoding.UTF8.GetBytes(line);
                var start = b.Left.EndColOffset;
                var end = b.Right.ColOffset;
                if (start < 0 || end > bytes.Length || end < start)
                {
                    return 0;
                }
                // As CPython 3.11's extract_anchors_from_line: the first non-blank byte after the left operand, two
                // wide when the next byte is not blank either, past any closing parentheses.
                for (var i = start; i < end; i++)
                {
                    if (IsBlank(bytes[i]))
                    {
                        continue;
                    }
                    var right = i + 1 < end && !IsBlank(bytes[i + 1]) ? i + 2 : i + 1;
                    if (i + 1 < end && bytes[i] == (byte)')')
                    {
                        continue;
                    }
                    return Encode(i - node.ColOffset, right - node.ColOffset);
                }
                return 0;
            case Subscript s when s.Value.EndLineno == node.Lineno && s.Slice.EndLineno == node.Lineno:
                return Encode(s.Value.EndColOffset - node.ColOffset, s.Slice.EndColOffset + 1 - node.ColOffset);
            default:
                return 0;
        }
    }

    private static bool IsBlank(byte b) => b is (byte)' ' or (byte)'\t' or (byte)'\f' or (byte)'\n' or (byte)'\r';

    private static int Encode(int left, int right) =>
        left < 0 || right < left || right >= 0xFFFF ? 0 : (left + 1) | ((right + 1) << 16);

    /// <summary>
    /// Appends a position and its anchors to a function's table of failure positions, as PyOps.AddTracebackAt reads it:
    /// 8 chars, the position in five 15-bit chunks and the anchors in three, lowest first (no surrogates, so the string
    /// literal is stored as it is).
    /// </summary>
    public static void AppendEntry(StringBuilder table, long position, int anchors)
    {
        for (var k = 0; k < 5; k++)
        {
            table.Append((char)(((ulong)position >> (15 * k)) & 0x7FFF));
        }
        for (var k = 0; k < 3; k++)
        {
            table.Append((char)(((uint)anchors >> (15 * k)) & 0x7FFF));
        }
    }
}
