namespace PyNet.Runtime;

/// <summary>Messages of open() and the file objects it returns.</summary>
public static partial class PyErrors
{
    public static PyBaseException InvalidFileMode(string mode) => ValueError($"invalid mode: '{mode}'");

    public static PyBaseException FileModeNeedsOne() => ValueError("must have exactly one of create/read/write/append mode");

    public static PyBaseException FileModeTextAndBinary() => ValueError("can't have text and binary mode at once");

    public static PyBaseException BinaryModeTakes(string argument) => ValueError($"binary mode doesn't take {(argument == "newline" ? "a newline" : "an " + argument)} argument");

    public static PyBaseException IllegalNewline(string newline) => ValueError($"illegal newline value: {newline}");

    /// <summary>The closed-file ValueError: TextIOWrapper's message, or a binary file's ("read of closed file"...).</summary>
    public static PyBaseException ClosedFile(string message = "I/O operation on closed file.") => ValueError(message);

    /// <summary>Reading a write-only file: "not readable" in text mode, "read" in binary mode.</summary>
    public static PyBaseException FileNotReadable(string message = "not readable") => New(PyExc.UnsupportedOperation, message);

    public static PyBaseException FileNotWritable(string message = "not writable") => New(PyExc.UnsupportedOperation, message);

    public static PyBaseException NonZeroCurTell() => New(PyExc.UnsupportedOperation, "can't do nonzero cur-relative seeks");

    public static PyBaseException NonZeroEndSeek() => New(PyExc.UnsupportedOperation, "can't do nonzero end-relative seeks");

    public static PyBaseException InvalidWhence(long whence) => ValueError($"invalid whence ({whence}, should be 0, 1 or 2)");

    public static PyBaseException NegativeSeek(long offset) => ValueError($"negative seek position {offset}");

    public static PyBaseException FileWriteArgument(bool text, object? value) => TypeError(text
        ? $"write() argument must be str, not {TypeName(value)}"
        : $"a bytes-like object is required, not '{TypeName(value)}'");
}
