using System;
using System.IO;
using System.Text;

namespace PyNet.Runtime;

/// <summary>A text stream object (sys.stdout, sys.stderr, sys.stdin, and files opened in text mode).</summary>
public sealed partial class PyTextFile : PyObject
{
    public static readonly PyType TextIOWrapperType = new("TextIOWrapper", PyType.ObjectType, Init, "_io", isBaseType: false);

    private readonly TextWriter? _writer;
    private readonly TextReader? _reader;

    public PyTextFile(string name, TextWriter? writer, TextReader? reader)
    {
        Name = name;
        _writer = writer;
        _reader = reader;
    }

    public string Name { get; }

    /// <summary>Flushed at every newline: stdout and stderr on a terminal, as CPython's line_buffering.</summary>
    public bool LineBuffered { get; set; }

    /// <summary>The file descriptor of a standard stream (0-2), -1 otherwise: what fileno() answers.</summary>
    public int StandardFd { get; init; } = -1;

    /// <summary>Flushed at every write: -u and PYTHONUNBUFFERED (CPython's write_through).</summary>
    public bool WriteThrough { get; set; }

    public override PyType Type => TextIOWrapperType;

    public void Write(string text)
    {
        if (_buffer != null)
        {
            WriteFile(text);
            return;
        }
        if (_writer == null)
        {
            throw new PyException(PyErrors.New(PyExc.OSError, "not writable"));
        }
        try
        {
            _writer.Write(text);
            if (WriteThrough || (LineBuffered && text.Contains('\n')))
            {
                _writer.Flush();
            }
        }
        catch (IOException)
        {
            throw new PyException(BrokenPipe());
        }
    }

    public void Flush()
    {
        if (_buffer != null)
        {
            FlushFile();
            return;
        }
        try
        {
            _writer?.Flush();
        }
        catch (IOException)
        {
            throw new PyException(BrokenPipe());
        }
    }

    /// <summary>A write to a closed pipe (`pynet app.py | head -1`): the buffered text is dropped, as CPython's is.</summary>
    private static PyBaseException BrokenPipe() => PyErrors.OSErrorFromErrno(32, "Broken pipe");

    public string? ReadLine() => _reader?.ReadLine();

    public string ReadAll() => _reader?.ReadToEnd() ?? string.Empty;

    private static void Init(PyType t)
    {
        InitFile(t);
        t.DefStatic("__new__", IoModule.NewTextIOWrapper);
        t.DefMethod("write", (self, text) =>
        {
            var s = text as PyStr ?? throw new PyException(PyErrors.TypeError($"write() argument must be str, not {PyErrors.TypeName(text)}"));
            ((PyTextFile)self!).Write(s.Value);
            return PyInt.Box(s.Length);
        });
        t.DefMethod("flush", self =>
        {
            ((PyTextFile)self!).Flush();
            return null;
        });
        t.DefMethodVar("readline", (args, kw) =>
        {
            var file = (PyTextFile)args[0]!;
            if (file._buffer != null)
            {
                return new PyStr(file.ReadFileLine(PyBinaryFile.SizeArgument("readline", args, kw)));
            }
            var line = file.ReadLine();
            return new PyStr(line == null ? string.Empty : line + "\n");
        });
        t.DefMethodVar("read", (args, kw) =>
        {
            var file = (PyTextFile)args[0]!;
            return new PyStr(file._buffer != null ? file.ReadFile(PyBinaryFile.SizeArgument("read", args, kw)) : file.ReadAll());
        });
        t.DefGetSet("name", self => ((PyTextFile)self).NameObject ?? new PyStr(((PyTextFile)self).Name));
        t.DefMethod("fileno", self => ((PyTextFile)self!).StandardFd is >= 0 and var fd
            ? PyInt.Box(fd)
            : throw new PyException(PyErrors.New(PyExc.UnsupportedOperation, "fileno")));
    }

    public static PyTextFile CreateStdout()
    {
        var writer = new StreamWriter(OpenStandard(1), new UTF8Encoding(false), 8192) { AutoFlush = false, NewLine = "\n" };
        return new PyTextFile("<stdout>", writer, null) { LineBuffered = IsTerminal(1), StandardFd = 1 };
    }

    public static PyTextFile CreateStderr()
    {
        var writer = new StreamWriter(OpenStandard(2), new UTF8Encoding(false), 1024) { AutoFlush = true, NewLine = "\n" };
        return new PyTextFile("<stderr>", writer, null) { StandardFd = 2 };
    }

    public static PyTextFile CreateStdin()
    {
        var reader = new StreamReader(OpenStandard(0), new UTF8Encoding(false));
        return new PyTextFile("<stdin>", null, reader) { StandardFd = 0 };
    }

    /// <summary>
    /// Descriptor 0, 1 or 2. On Unix a <see cref="StandardStream"/> over the descriptor: a write to a closed pipe must
    /// raise BrokenPipeError in the program, as in CPython, where Console's stream silently drops it, and it costs
    /// none of Console's or FileStream's set-up at start.
    /// </summary>
    private static Stream OpenStandard(int fd) => OperatingSystem.IsWindows() ? OpenConsoleStream(fd) : new StandardStream(fd);

    /// <summary>Windows: Console's streams (kept out of <see cref="OpenStandard"/>, whose mention of Console loaded
    /// System.Console at every start on Unix).</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static Stream OpenConsoleStream(int fd) => fd switch
    {
        0 => Console.OpenStandardInput(),
        1 => Console.OpenStandardOutput(),
        _ => Console.OpenStandardError(),
    };

    private static bool IsTerminal(int fd) => OperatingSystem.IsWindows()
        ? !(fd == 0 ? Console.IsInputRedirected : fd == 1 ? Console.IsOutputRedirected : Console.IsErrorRedirected)
        : StandardStream.IsTerminal(fd);
}
