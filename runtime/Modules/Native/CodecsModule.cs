using System;
using System.Collections.Generic;
using System.Linq;

namespace PyNet.Runtime;

/// <summary>
/// The <c>_codecs</c> module under <c>codecs</c>: the codec registry (search functions, imported <c>encodings</c> on
/// first lookup, results cached by normalised name), the error-handler registry with the standard handlers, and the
/// codec functions the <c>encodings</c> modules call (<c>utf_8_encode</c>, <c>charmap_decode</c>, ...) over
/// <see cref="Codecs"/>. <c>str.encode</c>/<c>bytes.decode</c> use <see cref="Codecs"/> directly.
/// </summary>
public static class CodecsModule
{
    private static readonly List<object?> s_searchFunctions = new();
    private static readonly Dictionary<string, object?> s_cache = new();
    private static readonly Dictionary<string, object?> s_errorHandlers = new();
    private static bool s_encodingsImported;

    private static readonly string[] s_encodeParameters = { "str", "errors" };
    private static readonly string[] s_decodeParameters = { "data", "errors", "final" };
    private static readonly string[] s_charmapParameters = { "data", "errors", "mapping" };
    private static readonly string[] s_codecParameters = { "obj", "encoding", "errors" };

    public static PyModule Create()
    {
        var d = new PyDict();
        var m = new PyModule("_codecs", d);
        NativeTypes.Def(d, PyBuiltinFunction.Create("register", Register));
        NativeTypes.Def(d, PyBuiltinFunction.Create("unregister", Unregister));
        NativeTypes.Def(d, PyBuiltinFunction.Create("lookup", encoding => Lookup(Text(encoding, "lookup"))));
        NativeTypes.Def(d, PyBuiltinFunction.Create("_forget_codec", encoding =>
        {
            lock (s_cache)
            {
                s_cache.Remove(Normalize(Text(encoding, "_forget_codec")));
            }
            return null;
        }));
        NativeTypes.Def(d, PyBuiltinFunction.Create("register_error", RegisterError));
        NativeTypes.Def(d, PyBuiltinFunction.Create("lookup_error", name => LookupError(Text(name, "lookup_error"))));
        NativeTypes.Def(d, new PyBuiltinFunction("encode", (args, kw) => Transcode("encode", 0, args, kw)));
        NativeTypes.Def(d, new PyBuiltinFunction("decode", (args, kw) => Transcode("decode", 1, args, kw)));
        foreach (var (name, encoding, incremental) in new[]
        {
            ("utf_8", "utf-8", true), ("ascii", "ascii", false), ("latin_1", "latin-1", false),
            ("utf_16", "utf-16", true), ("utf_16_le", "utf-16-le", true), ("utf_16_be", "utf-16-be", true),
            ("utf_32", "utf-32", true), ("utf_32_le", "utf-32-le", true), ("utf_32_be", "utf-32-be", true),
        })
        {
            DefCodec(d, name, encoding, incremental);
        }
        NativeTypes.Def(d, PyBuiltinFunction.Create("charmap_build", CharmapBuild));
        NativeTypes.Def(d, new PyBuiltinFunction("charmap_decode", CharmapDecode));
        NativeTypes.Def(d, new PyBuiltinFunction("charmap_encode", CharmapEncode));
        foreach (var handler in new[] { "strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace", "namereplace" })
        {
            var h = handler;
            s_errorHandlers[h] = PyBuiltinFunction.Create(h + "_errors", exc => HandleError(h, exc));
        }
        return m;
    }

    private static string Text(object? o, string function) =>
        o is PyStr s ? s.Value : throw new PyException(PyErrors.ArgumentMustBe(function, 0, "str", o));

    private static string Normalize(string encoding) => encoding.ToLowerInvariant().Replace(' ', '_');

    private static object? Register(object? search)
    {
        if (!Builtins.IsCallable(search))
        {
            throw new PyException(PyErrors.SearchFunctionNotCallable());
        }
        lock (s_cache)
        {
            s_searchFunctions.Add(search);
        }
        return null;
    }

    private static object? Unregister(object? search)
    {
        lock (s_cache)
        {
            s_searchFunctions.Remove(search);
            s_cache.Clear();
        }
        return null;
    }

    /// <summary>codecs.lookup: the CodecInfo the first search function that knows the encoding returns.</summary>
    public static object? Lookup(string encoding)
    {
        if (!s_encodingsImported)
        {
            s_encodingsImported = true;
            Importer.ImportModule("encodings");
        }
        var key = Normalize(encoding);
        object?[] functions;
        lock (s_cache)
        {
            if (s_cache.TryGetValue(key, out var cached))
            {
                return cached;
            }
            functions = s_searchFunctions.ToArray();
        }
        foreach (var f in functions)
        {
            var result = PyCall.Call(f, new PyStr(key));
            if (result == null)
            {
                continue;
            }
            if (result is not PyTuple { Count: >= 4 })
            {
                throw new PyException(PyErrors.CodecSearchResult());
            }
            lock (s_cache)
            {
                s_cache[key] = result;
            }
            return result;
        }
        throw new PyException(PyErrors.UnknownEncoding(encoding));
    }

    private static object? RegisterError(object? name, object? handler)
    {
        var key = Text(name, "register_error");
        if (!Builtins.IsCallable(handler))
        {
            throw new PyException(PyErrors.HandlerNotCallable());
        }
        lock (s_errorHandlers)
        {
            s_errorHandlers[key] = handler;
        }
        return null;
    }

    private static object? LookupError(string name)
    {
        lock (s_errorHandlers)
        {
            return s_errorHandlers.TryGetValue(name, out var h) ? h : throw new PyException(PyErrors.UnknownErrorHandler(name));
        }
    }

    /// <summary>codecs.encode/decode: the codec's encoder (index 0) or decoder (1), result checked to be a pair.</summary>
    private static object? Transcode(string function, int index, object?[] args, PyStr[]? kw)
    {
        var a = Builtins.BindArguments(function, args, kw, 0, s_codecParameters, 1);
        var encoding = NativeTypes.IsMissing(a[1]) ? "utf-8" : Text(a[1], function);
        var errors = NativeTypes.IsMissing(a[2]) ? new PyStr("strict") : a[2];
        var info = (PyTuple)Lookup(encoding)!;
        var result = PyCall.Call(info[index], a[0], errors);
        if (result is not PyTuple { Count: 2 } pair)
        {
            throw new PyException(index == 0 ? PyErrors.EncoderResult() : PyErrors.DecoderResult());
        }
        return pair[0];
    }

    private static string Errors(object? errors) => errors is PyStr s ? s.Value : "strict";

    private static void DefCodec(PyDict d, string name, string encoding, bool incremental)
    {
        NativeTypes.Def(d, new PyBuiltinFunction(name + "_encode", (args, kw) =>
        {
            var a = Builtins.BindArguments(name + "_encode", args, kw, 0, s_encodeParameters, 1);
            var text = a[0] as PyStr ?? throw new PyException(PyErrors.ArgumentMustBe(name + "_encode", 1, "str", a[0]));
            return PyTuple.Create(new PyBytes(Codecs.Encode(text, encoding, Errors(a[1]))), PyInt.Box(text.Length));
        }));
        NativeTypes.Def(d, new PyBuiltinFunction(name + "_decode", (args, kw) =>
        {
            var a = Builtins.BindArguments(name + "_decode", args, kw, 0, s_decodeParameters, 1);
            var data = PyBytes.AsBuffer(a[0]);
            var final = !incremental || NativeTypes.IsMissing(a[2]) || PyProtocol.IsTrue(a[2]);
            var length = final ? data.Length : CompletePrefix(data, encoding);
            return PyTuple.Create(Codecs.Decode(data.AsSpan(0, length), encoding, Errors(a[1])), PyInt.Box(length));
        }));
    }

    /// <summary>How many bytes an incremental decoder may decode now: all but an incomplete final character.</summary>
    private static int CompletePrefix(byte[] data, string encoding)
    {
        if (encoding.StartsWith("utf-16", StringComparison.Ordinal))
        {
            var n = data.Length & ~1;
            if (n >= 2)
            {
                var big = encoding == "utf-16-be";
                var unit = big ? (data[n - 2] << 8) | data[n - 1] : data[n - 2] | (data[n - 1] << 8);
                if (unit is >= 0xD800 and < 0xDC00)
                {
                    n -= 2;
                }
            }
            return n;
        }
        if (encoding.StartsWith("utf-32", StringComparison.Ordinal))
        {
            return data.Length & ~3;
        }
        // UTF-8: keep back a lead byte whose continuation bytes have not all arrived.
        for (var back = 1; back <= Math.Min(3, data.Length); back++)
        {
            var b = data[data.Length - back];
            if ((b & 0xC0) == 0x80)
            {
                continue;
            }
            var needed = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1;
            return needed > back ? data.Length - back : data.Length;
        }
        return data.Length;
    }

    /// <summary>charmap_build: the encoding table of a decoding table (a dict from code point to byte).</summary>
    private static object? CharmapBuild(object? table)
    {
        var cps = (table as PyStr ?? throw new PyException(PyErrors.ArgumentMustBe("charmap_build", 0, "str", table))).CodePoints();
        var map = new PyDict();
        for (var i = 0; i < cps.Length; i++)
        {
            map[PyInt.Box(cps[i])] = PyInt.Box(i);
        }
        return map;
    }

    private static object? CharmapDecode(object?[] args, PyStr[]? kw)
    {
        var a = Builtins.BindArguments("charmap_decode", args, kw, 0, s_charmapParameters, 1);
        var data = PyBytes.AsBuffer(a[0]);
        var errors = Errors(a[1]);
        var mapping = NativeTypes.IsMissing(a[2]) ? null : a[2];
        if (mapping == null)
        {
            return PyTuple.Create(Codecs.Decode(data, "latin-1", errors), PyInt.Box(data.Length));
        }
        var table = (mapping as PyStr)?.CodePoints();
        var sb = new PyStr.Builder(data.Length);
        for (var i = 0; i < data.Length; i++)
        {
            var mapped = table != null
                ? (data[i] < table.Length && table[data[i]] != 0xFFFE ? new PyStr(char.ConvertFromUtf32(table[data[i]])) : null)
                : MapOne(mapping, data[i]);
            if (mapped != null)
            {
                sb.Append(mapped);
                continue;
            }
            switch (errors)
            {
                case "ignore":
                    break;
                case "replace":
                    sb.AppendCodePoint(0xFFFD);
                    break;
                case "backslashreplace":
                    sb.Append(Codecs.EscapeCodePoint(data[i]));
                    break;
                default:
                    throw new PyException(PyErrors.UnicodeDecode("charmap", data, i, i + 1, "character maps to <undefined>"));
            }
        }
        return PyTuple.Create(sb.ToPyStr(), PyInt.Box(data.Length));
    }

    /// <summary>One byte through a dict mapping: a str, an int code point, or null for undefined.</summary>
    private static PyStr? MapOne(object? mapping, int key)
    {
        object? value;
        try
        {
            value = PyProtocol.GetItem(mapping, PyInt.Box(key));
        }
        catch (PyException e) when (e.Value.Type.IsSubtypeOf(PyExc.LookupError))
        {
            return null;
        }
        return value switch
        {
            null => null,
            PyStr s => s.Value == "\ufffe" ? null : s,
            _ when value is long or System.Numerics.BigInteger => new PyStr(char.ConvertFromUtf32((int)PyProtocol.Index(value))),
            _ => throw new PyException(PyErrors.CharmapMappingType()),
        };
    }

    private static object? CharmapEncode(object?[] args, PyStr[]? kw)
    {
        var a = Builtins.BindArguments("charmap_encode", args, kw, 0, s_charmapParameters, 1);
        var text = a[0] as PyStr ?? throw new PyException(PyErrors.ArgumentMustBe("charmap_encode", 1, "str", a[0]));
        var errors = Errors(a[1]);
        var mapping = NativeTypes.IsMissing(a[2]) ? null : a[2];
        if (mapping == null)
        {
            return PyTuple.Create(new PyBytes(Codecs.Encode(text, "latin-1", errors)), PyInt.Box(text.Length));
        }
        var cps = text.CodePoints();
        var output = new List<byte>(cps.Length);
        for (var i = 0; i < cps.Length; i++)
        {
            if (TryEncodeOne(mapping, cps[i], output))
            {
                continue;
            }
            switch (errors)
            {
                case "ignore":
                    break;
                case "replace" when TryEncodeOne(mapping, '?', output):
                    break;
                case "xmlcharrefreplace" or "backslashreplace":
                    var escape = errors == "backslashreplace" ? Codecs.EscapeCodePoint(cps[i]) : $"&#{cps[i]};";
                    foreach (var c in escape)
                    {
                        TryEncodeOne(mapping, c, output);
                    }
                    break;
                default:
                    throw new PyException(PyErrors.UnicodeEncode("charmap", text, cps, i, i + 1, "character maps to <undefined>"));
            }
        }
        return PyTuple.Create(new PyBytes(output.ToArray()), PyInt.Box(text.Length));
    }

    private static bool TryEncodeOne(object? mapping, int cp, List<byte> output)
    {
        object? value;
        try
        {
            value = PyProtocol.GetItem(mapping, PyInt.Box(cp));
        }
        catch (PyException e) when (e.Value.Type.IsSubtypeOf(PyExc.LookupError))
        {
            return false;
        }
        switch (value)
        {
            case null:
                return false;
            case PyBytes b:
                output.AddRange(b.Span.ToArray());
                return true;
            default:
                output.Add((byte)PyProtocol.Index(value));
                return true;
        }
    }

    /// <summary>The standard error handlers, as codecs.lookup_error returns them.</summary>
    private static object? HandleError(string handler, object? exc)
    {
        if (exc is not PyBaseException e)
        {
            throw new PyException(PyErrors.ErrorHandlerArgument(exc));
        }
        if (handler == "strict")
        {
            throw new PyException(e);
        }
        var start = (int)PyProtocol.Index(e.GetField("start"));
        var end = (int)PyProtocol.Index(e.GetField("end"));
        var encoding = e.Type.IsSubtypeOf(PyExc.UnicodeEncodeError);
        var decoding = e.Type.IsSubtypeOf(PyExc.UnicodeDecodeError);
        var sb = new PyStr.Builder();
        if (handler == "ignore")
        {
            return PyTuple.Create(PyStr.Empty, PyInt.Box(end));
        }
        if (decoding && handler is "replace" or "backslashreplace")
        {
            var data = PyBytes.AsBuffer(e.GetField("object"));
            for (var i = start; i < end; i++)
            {
                if (handler == "replace")
                {
                    sb.AppendCodePoint(0xFFFD);
                    break;
                }
                sb.Append(Codecs.EscapeCodePoint(data[i]));
            }
            return PyTuple.Create(sb.ToPyStr(), PyInt.Box(end));
        }
        if (!encoding && !(handler == "replace" && e.Type.IsSubtypeOf(PyExc.UnicodeTranslateError)))
        {
            throw new PyException(PyErrors.ErrorHandlerArgument(exc));
        }
        var cps = ((PyStr)e.GetField("object")!).CodePoints();
        foreach (var cp in cps.Skip(start).Take(end - start))
        {
            switch (handler)
            {
                case "replace":
                    sb.AppendCodePoint(encoding ? '?' : 0xFFFD);
                    break;
                case "xmlcharrefreplace":
                    sb.Append($"&#{cp};");
                    break;
                default:
                    sb.Append(Codecs.EscapeCodePoint(cp));
                    break;
            }
        }
        return PyTuple.Create(sb.ToPyStr(), PyInt.Box(end));
    }
}
