namespace PyNet.Runtime;

/// <summary>
/// The members of <c>traceback</c> objects, and <c>frame</c> objects as tracebacks show them: PyNet keeps no frame
/// objects while code runs, so a traceback's <c>tb_frame</c> is a snapshot holding the code object and line.
/// </summary>
public static class TracebackMembers
{
    internal static void Init(PyType t)
    {
        t.DefGetSet("tb_next", self => ((PyTraceback)self).Next, (self, v) => ((PyTraceback)self).Next = (PyTraceback?)v);
        t.DefGetSet("tb_lineno", self => PyInt.Box(((PyTraceback)self).Lineno));
        t.DefGetSet("tb_lasti", self => PyInt.Box(((PyTraceback)self).LastInstruction));
        t.DefGetSet("tb_frame", self => new PyFrameSnapshot(((PyTraceback)self).Code, ((PyTraceback)self).Lineno));
    }
}

/// <summary>A <c>frame</c> as seen through a traceback: its code and line, and its function's module globals; no locals.</summary>
public sealed class PyFrameSnapshot : PyObject
{
    public static readonly PyType FrameType = new("frame", PyType.ObjectType, Init, isBaseType: false);

    public PyFrameSnapshot(PyCode code, int lineno)
    {
        Code = code;
        Lineno = lineno;
    }

    public PyCode Code { get; }

    public int Lineno { get; }

    public override PyType Type => FrameType;

    private static void Init(PyType t)
    {
        t.DefGetSet("f_code", self => ((PyFrameSnapshot)self).Code);
        t.DefGetSet("f_lineno", self => PyInt.Box(((PyFrameSnapshot)self).Lineno));
        t.DefGetSet("f_lasti", self => PyInt.Box(-1));
        t.DefGetSet("f_back", self => null);
        t.DefGetSet("f_globals", self => ((PyFrameSnapshot)self).Code.Globals ?? new PyDict());
        t.DefGetSet("f_locals", self => new PyDict());
        t.DefGetSet("f_builtins", self => Builtins.Module.Dict);
        t.DefMethod("clear", self => null);
    }
}
