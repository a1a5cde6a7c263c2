namespace PyNet.Runtime;

/// <summary>
/// The <c>memoryview</c> type, present so that the standard library can name it (<c>_collections_abc</c> registers
/// it as a Sequence); creating one is not supported yet.
/// </summary>
public static class PyMemoryView
{
    public static readonly PyType MemoryViewType = new("memoryview", PyType.ObjectType, t =>
        t.DefStatic("__new__", (args, kw) => throw new PyException(PyErrors.New(PyExc.NotImplementedError, "PyNet does not support memoryview yet"))),
        isBaseType: false);
}
