namespace PyNet.Runtime;

/// <summary>One traceback entry: a frame an exception passed through, and the line it was at.</summary>
public sealed class PyTraceback : PyObject
{
    public PyTraceback(PyTraceback? next, PyCode code, int lineno)
    {
        Next = next;
        Code = code;
        Lineno = lineno;
    }

    /// <summary>The entry of the frame one level deeper (tb_next).</summary>
    public PyTraceback? Next { get; set; }

    public PyCode Code { get; }

    public int Lineno { get; }

    public override PyType Type => PyType.TracebackType;
}
