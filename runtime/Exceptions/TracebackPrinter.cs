using System;
using System.Collections.Generic;
using System.IO;
using System.Text;

namespace PyNet.Runtime;

/// <summary>Formats exceptions as CPython's traceback module does: chained exceptions, frames, source lines, notes.</summary>
public static class TracebackPrinter
{
    private static readonly Dictionary<string, string[]?> s_lines = new();
    private static readonly Dictionary<string, Func<string?>> s_providers = new();

    /// <summary>
    /// For a built program's modules, whose source travels inside the assembly: read only when a traceback needs a
    /// line of <paramref name="filename"/> and the file is not on disk.
    /// </summary>
    public static void RegisterSourceProvider(string filename, Func<string?> provider)
    {
        lock (s_lines)
        {
            s_providers[filename] = provider;
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
            // Like CPython, identical consecutive entries past the third are summarised (deep recursion).
            const int recursiveCutoff = 3;
            string? lastFile = null;
            var lastLine = -1;
            string? lastName = null;
            var count = 0;
            for (var tb = e.Traceback; tb != null; tb = tb.Next)
            {
                if (lastFile == null || lastFile != tb.Code.Filename || lastLine != tb.Lineno || lastName != tb.Code.Name)
                {
                    AppendRepeated(sb, count - recursiveCutoff);
                    lastFile = tb.Code.Filename;
                    lastLine = tb.Lineno;
                    lastName = tb.Code.Name;
                    count = 0;
                }
                count++;
                if (count > recursiveCutoff)
                {
                    continue;
                }
                sb.Append("  File \"").Append(tb.Code.Filename).Append("\", line ").Append(tb.Lineno)
                    .Append(", in ").Append(tb.Code.Name).Append('\n');
                var line = SourceLine(tb.Code.Filename, tb.Lineno);
                if (!string.IsNullOrWhiteSpace(line))
                {
                    sb.Append("    ").Append(line.Trim()).Append('\n');
                    AppendCarets(sb, tb, line);
                }
            }
            AppendRepeated(sb, count - recursiveCutoff);
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

    private static void AppendRepeated(StringBuilder sb, int extra)
    {
        if (extra > 0)
        {
            sb.Append("  [Previous line repeated ").Append(extra).Append(" more time").Append(extra > 1 ? "s" : string.Empty).Append("]\n");
        }
    }

    /// <summary>
    /// CPython 3.11's position markers under a source line: ^ under the failing operation, or ~ and ^ around a binary
    /// operator or subscript; nothing when the operation spans the whole line.
    /// </summary>
    private static void AppendCarets(StringBuilder sb, PyTraceback tb, string line)
    {
        line = line.TrimEnd('\r', '\n');
        var bytes = System.Text.Encoding.UTF8.GetBytes(line);
        int CharOffset(int byteOffset) =>
            System.Text.Encoding.UTF8.GetCharCount(bytes, 0, Math.Clamp(byteOffset, 0, bytes.Length));
        var stripped = line.Trim();
        var strippedChars = line.Length - line.TrimStart().Length;
        var start = CharOffset(tb.ColOffset);
        var end = CharOffset(tb.EndColOffset);
        int left = 0, right = 0;
        var hasAnchors = false;
        if (tb.Lineno == tb.EndLineno)
        {
            if (tb.Anchors != 0)
            {
                var segmentStart = Math.Clamp(tb.ColOffset, 0, bytes.Length);
                int SegmentChars(int relativeBytes) =>
                    System.Text.Encoding.UTF8.GetCharCount(bytes, segmentStart, Math.Clamp(relativeBytes, 0, bytes.Length - segmentStart));
                left = SegmentChars((tb.Anchors & 0xFFFF) - 1);
                right = SegmentChars(((tb.Anchors >> 16) & 0xFFFF) - 1);
                hasAnchors = right >= left && right <= end - start;
            }
        }
        else
        {
            end = strippedChars + stripped.Length;
        }
        if (end - start >= stripped.Length && !(hasAnchors && right - left > 0))
        {
            return;
        }
        if (start < strippedChars || end <= start)
        {
            return;
        }
        sb.Append("    ").Append(' ', start - strippedChars);
        if (hasAnchors)
        {
            sb.Append('~', left).Append('^', right - left).Append('~', end - start - right);
        }
        else
        {
            sb.Append('^', end - start);
        }
        sb.Append('\n');
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

    /// <summary>linecache.getline: the file's line, never for names such as "&lt;string&gt;" or "&lt;stdin&gt;".</summary>
    private static string? SourceLine(string filename, int lineno)
    {
        if (filename.StartsWith('<') && filename.EndsWith('>'))
        {
            return null;
        }
        string[]? lines;
        lock (s_lines)
        {
            if (!s_lines.TryGetValue(filename, out lines))
            {
                try
                {
                    var text = File.Exists(filename) ? File.ReadAllText(filename) : s_providers.TryGetValue(filename, out var provider) ? provider() : null;
                    lines = text?.Replace("\r\n", "\n").Split('\n');
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
