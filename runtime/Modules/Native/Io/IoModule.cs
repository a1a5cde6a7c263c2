namespace PyNet.Runtime;

/// <summary>
/// The <c>_io</c> module under <c>io</c>: the builtin <c>open()</c> and its file types (<see cref="PyTextFile"/> as
/// TextIOWrapper, <see cref="PyBinaryFile"/> as BufferedReader/Writer/Random), the in-memory streams StringIO and
/// BytesIO, IncrementalNewlineDecoder, and the abstract bases io.py derives its ABCs from. FileIO is not a separate
/// type: <c>FileIO(name, mode)</c> opens the file unbuffered-in-name through open() (a binary file object).
/// </summary>
public static class IoModule
{
    public const int DefaultBufferSize = 8192;

    private static readonly string[] s_textIOWrapperParameters = { "buffer", "encoding", "errors", "newline", "line_buffering", "write_through" };
    private static readonly string[] s_textEncodingParameters = { "encoding", "stacklevel" };
    private static readonly string[] s_fileIOParameters = { "file", "mode", "closefd", "opener" };

    public static readonly PyType BufferedRWPairType = new("BufferedRWPair", IoBase.BufferedIOBaseType, t =>
        t.DefStatic("__new__", (args, kw) => throw new PyException(PyErrors.New(PyExc.UnsupportedOperation, "BufferedRWPair is not supported"))), "_io");

    /// <summary>FileIO(file, mode='r'): constructing it opens the file through open() in binary mode.</summary>
    public static readonly PyType FileIOType = new("FileIO", IoBase.RawIOBaseType, t => t.DefStatic("__new__", (args, kw) =>
    {
        var a = Builtins.BindArguments("FileIO", args, kw, 1, s_fileIOParameters, 1);
        var mode = NativeTypes.IsMissing(a[1]) ? "r" : ((PyStr)a[1]!).Value;
        return PyCall.Call(Builtins.Module.Dict[PyStr.Intern("open")], a[0], new PyStr(mode.Replace("b", string.Empty) + "b"));
    }), "_io");

    public static PyModule Create()
    {
        var d = new PyDict();
        var m = new PyModule("_io", d);
        var builtins = Builtins.Module.Dict;
        var open = builtins[PyStr.Intern("open")];
        d[PyStr.Intern("open")] = open;
        d[PyStr.Intern("DEFAULT_BUFFER_SIZE")] = PyInt.Box(DefaultBufferSize);
        d[PyStr.Intern("BlockingIOError")] = PyExc.BlockingIOError;
        d[PyStr.Intern("UnsupportedOperation")] = PyExc.UnsupportedOperation;
        NativeTypes.Def(d, PyBuiltinFunction.Create("open_code", path => PyCall.Call(open, path, new PyStr("rb"))));
        NativeTypes.Def(d, new PyBuiltinFunction("text_encoding", (args, kw) =>
        {
            var a = Builtins.BindArguments("text_encoding", args, kw, 0, s_textEncodingParameters, 1);
            return a[0] ?? new PyStr("utf-8");
        }));
        NativeTypes.Def(d, FileIOType);
        foreach (var t in new[] { IoBase.IOBaseType, IoBase.RawIOBaseType, IoBase.BufferedIOBaseType, IoBase.TextIOBaseType })
        {
            NativeTypes.Def(d, t);
        }
        NativeTypes.Def(d, PyStringIO.StringIOType);
        NativeTypes.Def(d, PyBytesIO.BytesIOType);
        NativeTypes.Def(d, PyIncrementalNewlineDecoder.DecoderType);
        NativeTypes.Def(d, PyTextFile.TextIOWrapperType);
        NativeTypes.Def(d, PyBinaryFile.ReaderType);
        NativeTypes.Def(d, PyBinaryFile.WriterType);
        NativeTypes.Def(d, PyBinaryFile.RandomType);
        NativeTypes.Def(d, BufferedRWPairType);
        return m;
    }

    /// <summary>TextIOWrapper(buffer, encoding=None, errors=None, newline=None, line_buffering=False, write_through=False) over a binary file.</summary>
    public static object? NewTextIOWrapper(object?[] args, PyStr[]? kw)
    {
        var a = Builtins.BindArguments("TextIOWrapper", args, kw, 1, s_textIOWrapperParameters, 1);
        var buffer = a[0] as PyBinaryFile ?? throw new PyException(PyErrors.New(PyExc.UnsupportedOperation, "TextIOWrapper needs a file opened by open() in binary mode"));
        string? Text(object? o) => NativeTypes.IsMissing(o) || o == null ? null : ((PyStr)o).Value;
        var encoding = Text(a[1]) ?? "utf-8";
        Codecs.CheckEncoding(encoding);
        var mode = buffer.Readable && buffer.Writable ? "r+" : buffer.Writable ? "w" : "r";
        return new PyTextFile(buffer, mode, encoding, Text(a[2]) ?? "strict", NativeTypes.IsMissing(a[3]) ? null : Text(a[3]))
        {
            LineBuffered = !NativeTypes.IsMissing(a[4]) && PyProtocol.IsTrue(a[4]),
            WriteThrough = !NativeTypes.IsMissing(a[5]) && PyProtocol.IsTrue(a[5]),
        };
    }
}
