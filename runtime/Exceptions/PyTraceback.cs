namespace PyNet.Runtime;

/// <summary>
/// One traceback entry: a frame an exception passed through, and the line it was at. The position is kept as the
/// compiler packed it (see compiler/Emit/CodeGen/TracebackPositions.cs) and unpacked when read: every raise adds an
/// entry per frame it passes through, and this keeps each entry at 48 bytes.
/// </summary>
public sealed class PyTraceback : PyObject
{
    private readonly long _position;
    private readonly int _anchors;

    /// <summary>An entry with a packed position (see compiler/Emit/CodeGen/TracebackPositions.cs).</summary>
    public PyTraceback(PyTraceback? next, PyCode code, long position, int anchors)
    {
        Next = next;
        Code = code;
        _position = position;
        _anchors = anchors;
    }

    public int Lineno => (int)(_position & 0xFFFFFF);

    public int EndLineno => Lineno + (int)((_position >> 24) & 0xFF);

    /// <summary>UTF-8 byte column of the failing operation.</summary>
    public int ColOffset => (int)((_position >> 32) & 0xFFFF);

    public int EndColOffset => (int)((_position >> 48) & 0xFFFF);

    /// <summary>Caret anchors: left (bits 0-15) and right (16-31) byte offsets into the segment, plus one; 0 for none.</summary>
    public int Anchors => _anchors;

    /// <summary>The entry of the frame one level deeper (tb_next).</summary>
    public PyTraceback? Next { get; set; }

    public PyCode Code { get; }

    public override PyType Type => PyType.TracebackType;
}
