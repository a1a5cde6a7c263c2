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

    public int Lineno => LinenoOf(_position);

    public int EndLineno => EndLinenoOf(_position);

    /// <summary>UTF-8 byte column of the failing operation.</summary>
    public int ColOffset => ColOffsetOf(_position);

    public int EndColOffset => EndColOffsetOf(_position);

    /// <summary>tb_lasti: the index of this entry's position in its code object's co_positions(), times two.</summary>
    public int LastInstruction => Code.PositionIndex(_position) * 2;

    /// <summary>Caret anchors: left (bits 0-15) and right (16-31) byte offsets into the segment, plus one; 0 for none.</summary>
    public int Anchors => _anchors;

    /// <summary>The entry of the frame one level deeper (tb_next).</summary>
    public PyTraceback? Next { get; set; }

    public PyCode Code { get; }

    public override PyType Type => PyType.TracebackType;

    /// <summary>One entry of co_positions(): (lineno, end_lineno, col_offset, end_col_offset).</summary>
    internal static PyTuple PositionTuple(long position) => PyTuple.Create(new object?[]
    {
        PyInt.Box(LinenoOf(position)), PyInt.Box(EndLinenoOf(position)), PyInt.Box(ColOffsetOf(position)), PyInt.Box(EndColOffsetOf(position)),
    });

    private static int LinenoOf(long position) => (int)(position & 0xFFFFFF);

    private static int EndLinenoOf(long position) => LinenoOf(position) + (int)((position >> 24) & 0xFF);

    private static int ColOffsetOf(long position) => (int)((position >> 32) & 0xFFFF);

    private static int EndColOffsetOf(long position) => (int)((position >> 48) & 0xFFFF);
}
