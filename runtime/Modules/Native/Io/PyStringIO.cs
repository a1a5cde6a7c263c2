using System;

namespace PyNet.Runtime;

/// <summary>
/// <c>io.StringIO</c>: an in-memory text stream. The text is kept as code points, so positions (<c>tell</c>,
/// <c>seek</c>) count characters as CPython's do; <c>newline</c> translates on write and splits lines on read as
/// CPython's StringIO does (None: "\r\n" and "\r" become "\n"; "": lines end at any of them; "\r"/"\r\n": "\n" is
/// written as that).
/// </summary>
public sealed class PyStringIO : PyObject, IHasDict, IMemoryStream
{
    public static readonly PyType StringIOType = new("StringIO", IoBase.TextIOBaseType, Init, "_io");

    private static readonly string[] s_parameters = { "initial_value", "newline" };

    private readonly PyType _type;
    private int[] _buffer = new int[16];
    private int _length;
    private int _position;
    private bool _closed;
    private string? _newline = "\n";
    private bool _sawCr, _sawLf, _sawCrLf;

    public PyStringIO(PyType type)
    {
        _type = type;
    }

    public override PyType Type => _type;

    public PyDict? InstanceDict { get; set; }

    public PyDict GetOrCreateDict() => InstanceDict ??= new PyDict();

    private void CheckOpen()
    {
        if (_closed)
        {
            throw new PyException(PyErrors.ClosedFile("I/O operation on closed file"));
        }
    }

    bool IMemoryStream.IsClosed => _closed;

    long IMemoryStream.Position => _position;

    void IMemoryStream.CheckOpen() => CheckOpen();

    void IMemoryStream.Close() => _closed = true;

    void IMemoryStream.Shorten(long size) => _length = (int)Math.Min(_length, size);

    public PyStr GetValue()
    {
        CheckOpen();
        return Slice(0, _length);
    }

    private PyStr Slice(int start, int end)
    {
        var sb = new PyStr.Builder(end - start);
        for (var i = start; i < end; i++)
        {
            sb.AppendCodePoint(_buffer[i]);
        }
        return sb.ToPyStr();
    }

    public int Write(PyStr text)
    {
        CheckOpen();
        var cps = text.CodePoints();
        var written = cps.Length;
        if (_newline == null)
        {
            cps = Translate(cps);
        }
        else if (_newline is "\r" or "\r\n")
        {
            cps = new PyStr(text.Value.Replace("\n", _newline)).CodePoints();
        }
        var end = _position + cps.Length;
        if (end > _buffer.Length)
        {
            Array.Resize(ref _buffer, Math.Max(end, _buffer.Length * 2));
        }
        if (_position > _length)
        {
            Array.Clear(_buffer, _length, _position - _length);
        }
        cps.CopyTo(_buffer, _position);
        _position = end;
        _length = Math.Max(_length, end);
        return written;
    }

    /// <summary>Universal newlines on input: "\r\n" and "\r" become "\n", and the kinds seen are recorded.</summary>
    private int[] Translate(int[] cps)
    {
        var output = new System.Collections.Generic.List<int>(cps.Length);
        for (var i = 0; i < cps.Length; i++)
        {
            if (cps[i] == '\r')
            {
                if (i + 1 < cps.Length && cps[i + 1] == '\n')
                {
                    _sawCrLf = true;
                    i++;
                }
                else
                {
                    _sawCr = true;
                }
                output.Add('\n');
                continue;
            }
            _sawLf |= cps[i] == '\n';
            output.Add(cps[i]);
        }
        return output.ToArray();
    }

    public PyStr Read(long size)
    {
        CheckOpen();
        var start = Math.Min(_position, _length);
        var end = size < 0 ? _length : (int)Math.Min(_length, start + size);
        _position = Math.Max(_position, end);
        return Slice(start, end);
    }

    public PyStr ReadLine(long limit)
    {
        CheckOpen();
        var start = Math.Min(_position, _length);
        var end = start;
        var stop = limit < 0 ? _length : (int)Math.Min(_length, start + limit);
        while (end < stop)
        {
            var c = _buffer[end++];
            if (_newline is null or "\n" && c == '\n')
            {
                break;
            }
            if (_newline == "" && (c == '\n' || c == '\r'))
            {
                if (c == '\r' && end < stop && _buffer[end] == '\n')
                {
                    end++;
                }
                break;
            }
            if (_newline == "\r" && c == '\r')
            {
                break;
            }
            if (_newline == "\r\n" && c == '\n' && end - 2 >= start && _buffer[end - 2] == '\r')
            {
                break;
            }
        }
        _position = end;
        return Slice(start, end);
    }

    private static PyStringIO Self(object? o) => (PyStringIO)o!;

    private static void Init(PyType t)
    {
        t.InstanceFactory = static type => new PyStringIO(type);
        t.DefStatic("__new__", (args, kw) => new PyStringIO((PyType)args[0]!));
        t.DefMethodVar("__init__", (args, kw) =>
        {
            var self = Self(args[0]);
            var a = Builtins.BindArguments("StringIO", args, kw, 1, s_parameters, 0);
            var newline = NativeTypes.IsMissing(a[1]) ? new PyStr("\n") : a[1];
            if (newline != null && newline is not PyStr)
            {
                throw new PyException(PyErrors.NamedArgumentMustBe("StringIO", "newline", "str or None", newline));
            }
            var nl = (newline as PyStr)?.Value;
            if (nl is not (null or "" or "\n" or "\r" or "\r\n"))
            {
                throw new PyException(PyErrors.ValueError($"illegal newline value: {PyProtocol.Repr(newline)}"));
            }
            self._newline = nl;
            self._length = self._position = 0;
            if (!NativeTypes.IsMissing(a[0]) && a[0] != null)
            {
                var initial = a[0] as PyStr ?? throw new PyException(PyErrors.TypeError($"initial_value must be str or None, not {PyType.Of(a[0]).Name}"));
                self.Write(initial);
                self._position = 0;
            }
            return null;
        });
        t.DefMethod("getvalue", self => Self(self).GetValue());
        t.DefMethodVar("read", (args, kw) => Self(args[0]).Read(MemoryStreams.Size("read", args)));
        t.DefMethodVar("readline", (args, kw) => Self(args[0]).ReadLine(MemoryStreams.Size("readline", args)));
        t.DefMethod("write", (self, s) =>
        {
            var text = s as PyStr ?? throw new PyException(PyErrors.TypeError($"string argument expected, got '{PyType.Of(s).Name}'"));
            return PyInt.Box(Self(self).Write(text));
        });
        t.DefMethod("__next__", self =>
        {
            var line = Self(self).ReadLine(-1);
            return line.Length == 0 ? throw new PyException(PyErrors.StopIteration()) : line;
        });
        t.DefMethodVar("seek", (args, kw) =>
        {
            var self = Self(args[0]);
            var (pos, whence) = MemoryStreams.SeekArguments(args, kw);
            if (whence is < 0 or > 2)
            {
                throw new PyException(PyErrors.ValueError($"Invalid whence ({whence}, should be 0, 1 or 2)"));
            }
            if (whence == 0 && pos < 0)
            {
                throw new PyException(PyErrors.ValueError($"Negative seek position {pos}"));
            }
            if (whence != 0 && pos != 0)
            {
                throw new PyException(PyErrors.StringIONonZeroSeek());
            }
            self._position = whence switch
            {
                0 => (int)Math.Min(pos, int.MaxValue / 2),
                1 => self._position,
                _ => self._length,
            };
            return PyInt.Box(self._position);
        });
        MemoryStreams.DefineShared(t, "Negative size value");
        t.DefGetSet("line_buffering", self => false);
        t.DefGetSet("newlines", self => Self(self).Newlines());
    }

    private object? Newlines()
    {
        CheckOpen();
        if (_newline != null)
        {
            return null;
        }
        var kinds = new System.Collections.Generic.List<object?>();
        if (_sawCr)
        {
            kinds.Add(new PyStr("\r"));
        }
        if (_sawLf)
        {
            kinds.Add(new PyStr("\n"));
        }
        if (_sawCrLf)
        {
            kinds.Add(new PyStr("\r\n"));
        }
        return kinds.Count switch
        {
            0 => null,
            1 => kinds[0],
            _ => PyTuple.Create(kinds.ToArray()),
        };
    }
}
