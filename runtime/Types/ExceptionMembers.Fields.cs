namespace PyNet.Runtime;

/// <summary>
/// The builtin exceptions whose constructors fill attributes: SyntaxError (msg and the location tuple), the
/// Unicode errors (encoding, object, start, end, reason, with str() built from them), ImportError (name, path),
/// AttributeError (name, obj) and NameError (name).
/// </summary>
public static partial class ExceptionMembers
{
    private static readonly string[] s_syntaxFields = { "filename", "lineno", "offset", "text", "end_lineno", "end_offset" };

    private static void InitSyntaxError(PyType t)
    {
        t.DefMethodVar("__init__", (args, kw) =>
        {
            NoKeywords(args[0], kw);
            var e = (PyBaseException)args[0]!;
            e.Args = PyTuple.Create(args[1..]);
            e.SetField("msg", args.Length > 1 ? args[1] : null);
            foreach (var name in s_syntaxFields)
            {
                e.SetField(name, null);
            }
            e.SetField("print_file_and_line", null);
            if (args.Length == 3)
            {
                var info = Builtins.ToArray(args[2]);
                if (info.Length is < 4 or > 6)
                {
                    throw new PyException(PyErrors.SyntaxErrorLocationLength(info.Length));
                }
                for (var i = 0; i < info.Length; i++)
                {
                    e.SetField(s_syntaxFields[i], info[i]);
                }
            }
            return null;
        });
        t.DefMethod("__str__", self => new PyStr(SyntaxErrorStr((PyBaseException)self!)));
        foreach (var name in s_syntaxFields)
        {
            DefField(t, name);
        }
        DefField(t, "msg");
        DefField(t, "print_file_and_line");
    }

    /// <summary>"msg (file.py, line 3)": the file's base name and the line, each when known.</summary>
    private static string SyntaxErrorStr(PyBaseException e)
    {
        var msg = PyProtocol.Str(e.GetField("msg")).Value;
        var filename = e.GetField("filename") is PyStr f ? System.IO.Path.GetFileName(f.Value) : null;
        var lineno = e.GetField("lineno");
        var hasLine = lineno is long or System.Numerics.BigInteger;
        return (filename, hasLine) switch
        {
            (not null, true) => $"{msg} ({filename}, line {PyProtocol.Repr(lineno)})",
            (not null, false) => $"{msg} ({filename})",
            (null, true) => $"{msg} (line {PyProtocol.Repr(lineno)})",
            _ => msg,
        };
    }

    private static readonly string[] s_unicodeFields = { "encoding", "object", "start", "end", "reason" };

    private static void InitUnicodeError(PyType t, bool translate)
    {
        t.DefMethodVar("__init__", (args, kw) =>
        {
            NoKeywords(args[0], kw);
            var e = (PyBaseException)args[0]!;
            var expected = translate ? 4 : 5;
            if (args.Length - 1 != expected)
            {
                throw new PyException(PyErrors.FunctionTakesExactly(expected, args.Length - 1));
            }
            e.Args = PyTuple.Create(args[1..]);
            var fields = translate ? s_unicodeFields[1..] : s_unicodeFields;
            for (var i = 0; i < fields.Length; i++)
            {
                e.SetField(fields[i], args[i + 1]);
            }
            if (translate)
            {
                e.SetField("encoding", null);
            }
            return null;
        });
        t.DefMethod("__str__", self => new PyStr(UnicodeErrorStr((PyBaseException)self!)));
        foreach (var name in s_unicodeFields)
        {
            DefField(t, name);
        }
    }

    /// <summary>CPython's UnicodeEncodeError/DecodeError/TranslateError str: one character or a range of positions.</summary>
    private static string UnicodeErrorStr(PyBaseException e)
    {
        var obj = e.GetField("object");
        if (e.GetField("start") is not long start || e.GetField("end") is not long end || obj == null)
        {
            return ArgsStr(e);
        }
        var reason = PyProtocol.Str(e.GetField("reason")).Value;
        var encoding = e.GetField("encoding") is PyStr enc ? enc.Value : null;
        var single = end == start + 1;
        if (e.Type.IsSubtypeOf(PyExc.UnicodeDecodeError))
        {
            var data = PyBytes.TryGetBuffer(obj) ?? System.Array.Empty<byte>();
            return single && start < data.Length
                ? $"'{encoding}' codec can't decode byte 0x{data[start]:x2} in position {start}: {reason}"
                : $"'{encoding}' codec can't decode bytes in position {start}-{end - 1}: {reason}";
        }
        var text = obj is PyStr s ? s.CodePoints() : System.Array.Empty<int>();
        var what = e.Type.IsSubtypeOf(PyExc.UnicodeEncodeError) ? $"'{encoding}' codec can't encode" : "can't translate";
        return single && start < text.Length
            ? $"{what} character '{Codecs.EscapeCodePoint(text[start])}' in position {start}: {reason}"
            : $"{what} characters in position {start}-{end - 1}: {reason}";
    }

    /// <summary>ImportError(msg, name=, path=), AttributeError(msg, name=, obj=), NameError(msg, name=).</summary>
    private static void InitNamedFields(PyType t, params string[] names)
    {
        t.DefMethodVar("__init__", (args, kw) =>
        {
            var e = (PyBaseException)args[0]!;
            var nKw = kw?.Length ?? 0;
            var nPos = args.Length - nKw;
            e.Args = PyTuple.Create(args[1..nPos]);
            if (ReferenceEquals(t, PyExc.ImportError))
            {
                e.SetField("msg", nPos == 2 ? args[1] : null);
            }
            foreach (var name in names)
            {
                e.SetField(name, null);
            }
            for (var i = 0; i < nKw; i++)
            {
                var key = kw![i].Value;
                if (System.Array.IndexOf(names, key) < 0)
                {
                    throw new PyException(PyErrors.InvalidKeywordFor(key, PyType.Of(e).Name));
                }
                e.SetField(key, args[nPos + i]);
            }
            return null;
        });
        foreach (var name in names)
        {
            DefField(t, name);
        }
        if (ReferenceEquals(t, PyExc.ImportError))
        {
            DefField(t, "msg");
        }
    }

    private static void NoKeywords(object? self, PyStr[]? kw)
    {
        if (kw is { Length: > 0 })
        {
            throw new PyException(PyErrors.NoKeywordArguments(PyType.Of(self).Name));
        }
    }
}
