using System;
using System.Collections.Generic;
using System.IO;
using System.Text;

namespace PyNet.Runtime;

/// <summary>Formats exceptions as CPython's traceback module does: chained exceptions, frames, source lines, notes.</summary>
public static class TracebackPrinter
{
    private static readonly Dictionary<string, string[]?> s_lines = new();

    /// <summary>Registered by the compiler for source that is not on disk (-c, exec, the REPL).</summary>
    public static void RegisterSource(string filename, string source)
    {
        lock (s_lines)
        {
            s_lines[filename] = source.Replace("\r\n", "\n").Split('\n');
        }
    }

    public static string Format(PyBaseException e)
    {
        var sb = new StringBuilder();
        FormatChain(sb, e, new HashSet<PyBaseException>(ReferenceEqualityComparer.Instance));
        return sb.ToString();
    }

    private static void FormatChain(StringBuilder sb, PyBaseException e, HashSet<PyBaseException> seen)
    {
        seen.Add(e);
        if (e.Cause != null && !seen.Contains(e.Cause))
        {
            FormatChain(sb, e.Cause, seen);
            sb.Append("\nThe above exception was the direct cause of the following exception:\n\n");
        }
        else if (e.Context != null && !e.SuppressContext && !seen.Contains(e.Context))
        {
            FormatChain(sb, e.Context, seen);
            sb.Append("\nDuring handling of the above exception, another exception occurred:\n\n");
        }
        FormatOne(sb, e);
    }

    private static void FormatOne(StringBuilder sb, PyBaseException e)
    {
        if (e.Traceback != null)
        {
            sb.Append("Traceback (most recent call last):\n");
            for (var tb = e.Traceback; tb != null; tb = tb.Next)
            {
                sb.Append("  File \"").Append(tb.Code.Filename).Append("\", line ").Append(tb.Lineno)
                    .Append(", in ").Append(tb.Code.Name).Append('\n');
                var line = SourceLine(tb.Code.Filename, tb.Lineno);
                if (!string.IsNullOrWhiteSpace(line))
                {
                    sb.Append("    ").Append(line.Trim()).Append('\n');
                }
            }
        }
        if (e.Type.IsSubtypeOf(PyExc.SyntaxError))
        {
            FormatSyntaxErrorLocation(sb, e);
        }
        sb.Append(ExceptionLine(e)).Append('\n');
        if (e.Notes != null)
        {
            foreach (var note in e.Notes.AsSpan())
            {
                sb.Append(note is PyStr s ? s.Value : PyProtocol.Repr(note)).Append('\n');
            }
        }
    }

    /// <summary>The last line: the qualified type name and str(exc).</summary>
    public static string ExceptionLine(PyBaseException e)
    {
        var type = e.Type;
        var name = type.ModuleName is "builtins" or "__main__" ? type.QualName : type.ModuleName + "." + type.QualName;
        string text;
        try
        {
            text = e.Type.IsSubtypeOf(PyExc.SyntaxError) && e.GetField("msg") is PyStr msg ? msg.Value : PyProtocol.Str(e).Value;
        }
        catch (PyException)
        {
            text = "<exception str() failed>";
        }
        return text.Length == 0 ? name : name + ": " + text;
    }

    private static void FormatSyntaxErrorLocation(StringBuilder sb, PyBaseException e)
    {
        var filename = (e.GetField("filename") as PyStr)?.Value ?? "<string>";
        var lineno = e.GetField("lineno") is long l ? l : 0;
        sb.Append("  File \"").Append(filename).Append("\", line ").Append(lineno).Append('\n');
        if (e.GetField("text") is not PyStr text)
        {
            return;
        }
        var raw = text.Value.TrimEnd('\n', '\r');
        var stripped = raw.TrimStart(' ', '\t', '\f');
        var indent = raw.Length - stripped.Length;
        sb.Append("    ").Append(stripped).Append('\n');
        if (e.GetField("offset") is long offset && offset > 0)
        {
            var end = e.GetField("end_offset") is long eo && eo > offset && (e.GetField("end_lineno") is not long el || el == lineno) ? eo : offset + 1;
            var start = Math.Max(0, (int)offset - 1 - indent);
            var width = Math.Max(1, (int)(end - offset));
            if (start > stripped.Length)
            {
                start = stripped.Length;
            }
            sb.Append("    ").Append(' ', start).Append('^', width).Append('\n');
        }
    }

    private static string? SourceLine(string filename, int lineno)
    {
        string[]? lines;
        lock (s_lines)
        {
            if (!s_lines.TryGetValue(filename, out lines))
            {
                try
                {
                    lines = File.Exists(filename) ? File.ReadAllText(filename).Replace("\r\n", "\n").Split('\n') : null;
                }
                catch (IOException)
                {
                    lines = null;
                }
                s_lines[filename] = lines;
            }
        }
        return lines != null && lineno >= 1 && lineno <= lines.Length ? lines[lineno - 1] : null;
    }
}
