using System;
using System.Text;

namespace PyNet.Runtime;

/// <summary>
/// The part of TextIOWrapper for files opened by open() in text mode: it decodes and encodes through the codecs
/// over a <see cref="PyBinaryFile"/> (its <c>buffer</c>), with CPython's newline handling. Reading decodes the rest
/// of the file at once; tell() is the byte position of the next character, as an opaque cookie.
/// </summary>
public sealed partial class PyTextFile
{
    private readonly PyBinaryFile? _buffer;
    private readonly string _encoding = "utf-8";
    private readonly string _errors = "strict";

    /// <summary>The newline argument: null for universal newlines, else "", "\n", "\r" or "\r\n".</summary>
    private readonly string? _newline;
    private string _mode = "w";

    /// <summary>Text decoded ahead of the reader (untranslated), and the reader's index in it.</summary>
    private string _pending = string.Empty;
    private int _pendingIndex;

    public PyTextFile(PyBinaryFile buffer, string mode, string encoding, string errors, string? newline)
    {
        Name = string.Empty;
        NameObject = buffer.Name;
        _buffer = buffer;
        _mode = mode;
        _encoding = encoding;
        _errors = errors;
        _newline = newline;
    }

    /// <summary>The name as given to open() (str, bytes or int); null for the standard streams.</summary>
    public object? NameObject { get; }

    private PyBinaryFile Buffer => _buffer ?? throw new PyException(PyErrors.New(PyExc.UnsupportedOperation, "fileno"));

    private void WriteFile(string text)
    {
        var buffer = Buffer;
        buffer.CheckWritable(text: true);
        DropReadAhead();
        if (_newline is "\r" or "\r\n")
        {
            text = text.Replace("\n", _newline);
        }
        buffer.Write(Codecs.Encode(new PyStr(text), _encoding, _errors), text: true);
    }

    private void FlushFile() => Buffer.Flush();

    /// <summary>Puts the stream back at the reader's position, forgetting what was decoded ahead.</summary>
    private void DropReadAhead()
    {
        if (_pendingIndex < _pending.Length)
        {
            _buffer!.Seek(TellFile(), 0);
        }
        _pending = string.Empty;
        _pendingIndex = 0;
    }

    private bool FillPending()
    {
        if (_pendingIndex < _pending.Length)
        {
            return true;
        }
        var bytes = Buffer.Read(-1, text: true);
        _pending = Codecs.Decode(bytes, _encoding, _errors).Value;
        _pendingIndex = 0;
        return _pending.Length > 0;
    }

    private string ReadFile(long size)
    {
        Buffer.CheckReadable("read", text: true);
        var result = new StringBuilder();
        while ((size < 0 || result.Length < size) && FillPending())
        {
            var c = _pending[_pendingIndex++];
            if (c == '\r' && _newline == null)
            {
                SkipLineFeed();
                c = '\n';
            }
            result.Append(c);
        }
        return result.ToString();
    }

    /// <summary>After a '\r' read with universal newlines, a following '\n' belongs to the same line end.</summary>
    private void SkipLineFeed()
    {
        if (FillPending() && _pending[_pendingIndex] == '\n')
        {
            _pendingIndex++;
        }
    }

    private string ReadFileLine(long size)
    {
        Buffer.CheckReadable("read", text: true);
        var line = new StringBuilder();
        while ((size < 0 || line.Length < size) && FillPending())
        {
            var c = _pending[_pendingIndex++];
            if (c == '\r' && _newline is null or "")
            {
                if (_newline == null)
                {
                    SkipLineFeed();
                    line.Append('\n');
                }
                else
                {
                    line.Append(c);
                    if (FillPending() && _pending[_pendingIndex] == '\n')
                    {
                        line.Append(_pending[_pendingIndex++]);
                    }
                }
                break;
            }
            line.Append(c);
            if (c == '\n' ? _newline is not ("\r" or "\r\n") || (_newline == "\r\n" && line.Length > 1 && line[^2] == '\r')
                : c == '\r' && _newline == "\r")
            {
                break;
            }
        }
        return line.ToString();
    }

    private long TellFile()
    {
        Buffer.CheckOpen();
        var position = Buffer.Tell();
        return _pendingIndex < _pending.Length
            ? position - Codecs.Encode(new PyStr(_pending.Substring(_pendingIndex)), _encoding, _errors).Length
            : position;
    }

    private long SeekFile(long cookie, int whence)
    {
        var buffer = Buffer;
        buffer.CheckOpen();
        if (whence is < 0 or > 2)
        {
            throw new PyException(PyErrors.InvalidWhence(whence));
        }
        if (whence == 1 && cookie != 0)
        {
            throw new PyException(PyErrors.NonZeroCurTell());
        }
        if (whence == 2 && cookie != 0)
        {
            throw new PyException(PyErrors.NonZeroEndSeek());
        }
        if (whence == 0 && cookie < 0)
        {
            throw new PyException(PyErrors.NegativeSeek(cookie));
        }
        var target = whence == 1 ? TellFile() : cookie;
        _pending = string.Empty;
        _pendingIndex = 0;
        return whence == 2 ? buffer.Seek(0, 2) : buffer.Seek(target, 0);
    }

    private void CloseFile()
    {
        if (_buffer is { Closed: false })
        {
            if (_buffer.Writable)
            {
                _buffer.Flush();
            }
            _buffer.Close();
        }
    }

    private static PyTextFile Self(object? self) => (PyTextFile)self!;

    private static void InitFile(PyType t)
    {
        PyBinaryFile.InitCommon(t, self => Self(self).Buffer, self => new PyStr(Self(self).ReadFileLine(-1)), self => Self(self).CloseFile());
        t.DefMethodVar("seek", (args, kw) =>
        {
            var a = MethodArguments.ClinicPositional("seek", "seek", args, kw, 1, 2);
            var whence = MethodArguments.IsGiven(a[1]) ? (long)PyProtocol.Index(a[1]) : 0;
            return PyInt.Box(Self(args[0]).SeekFile((long)PyProtocol.Index(a[0]), (int)Math.Clamp(whence, -1, 3)));
        });
        t.DefMethod("tell", self =>
        {
            Self(self).Buffer.CheckOpen();
            return PyInt.Box(Self(self).TellFile());
        });
        t.DefGetSet("closed", self => Self(self)._buffer is { Closed: true } ? PyOps.True : PyOps.False);
        t.DefGetSet("mode", self => new PyStr(Self(self)._mode), (self, value) => Self(self)._mode = PyProtocol.Str(value).Value);
        t.DefGetSet("encoding", self => new PyStr(Self(self)._encoding));
        t.DefGetSet("errors", self => new PyStr(Self(self)._errors));
        t.DefGetSet("buffer", self => Self(self)._buffer);
        t.DefMethod("__repr__", self =>
        {
            var file = Self(self);
            return new PyStr(file._buffer == null
                ? $"<_io.TextIOWrapper name='{file.Name}' mode='{(file._reader != null ? "r" : "w")}' encoding='utf-8'>"
                : $"<_io.TextIOWrapper name={PyProtocol.Repr(file.NameObject)} mode='{file._mode}' encoding='{file._encoding}'>");
        });
    }
}
