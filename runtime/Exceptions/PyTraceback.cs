namespace PyNet.Runtime;

/// <summary>One traceback entry: a frame an exception passed through, and the line it was at.</summary>
public sealed class PyTraceback : PyObject
{
    public PyTraceback(PyTraceback? next, PyCode code, int lineno)
    {
        Next = next;
        Code = code;
        Lineno = lineno;
        EndLineno = lineno;
        ColOffset = -1;
        EndColOffset = -1;
    }

    /// <summary>An entry with a packed position (see compiler/Emit/CodeGen/TracebackPositions.cs).</summary>
    public PyTraceback(PyTraceback? next, PyCode code, long position, int anchors)
    {
        Next = next;
        Code = code;
        Lineno = (int)(position & 0xFFFFFF);
        EndLineno = Lineno + (int)((position >> 24) & 0xFF);
        ColOffset = (int)((position >> 32) & 0xFFFF);
        EndColOffset = (int)((position >> 48) & 0xFFFF);
        Anchors = anchors;
    }

    public int EndLineno { get; }

    /// <summary>UTF-8 byte column of the failing operation, or -1 when unknown.</summary>
    public int ColOffset { get; }

    public int EndColOffset { get; }

    /// <summary>Caret anchors: left (bits 0-15) and right (16-31) byte offsets into the segment, plus one; 0 for none.</summary>
    public int Anchors { get; }

    /// <summary>The entry of the frame one level deeper (tb_next).</summary>
    public PyTraceback? Next { get; set; }

    public PyCode Code { get; }

    public int Lineno { get; }

    public override PyType Type => PyType.TracebackType;
}
