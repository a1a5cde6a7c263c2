using System;
using System.Collections.Generic;

namespace PyNet.Cli.Repl;

/// <summary>
/// Whether the lines typed so far form a whole statement, as CPython's interactive reader decides: an open bracket,
/// an open triple-quoted string or a trailing backslash asks for more; a compound statement (a header such as
/// "def f():" or "if x: y", or a decorator) continues until an empty line; anything else is complete and goes to the
/// compiler, which reports real syntax errors. A line back at column 0 inside a block ends it at once (CPython then
/// reports the syntax error), unless it continues the statement (else, elif, except, finally, or the def/class after
/// a decorator).
/// </summary>
internal static class InputCompleteness
{
    private static readonly HashSet<string> s_compoundKeywords = new(StringComparer.Ordinal)
    {
        "if", "while", "for", "try", "with", "def", "class", "async",
    };

    private static readonly HashSet<string> s_continuations = new(StringComparer.Ordinal)
    {
        "else", "elif", "except", "finally", "def", "class", "async",
    };

    public static bool NeedsMore(IReadOnlyList<string> lines)
    {
        var scan = Scan(string.Join("\n", lines));
        if (scan.IsOpen)
        {
            return true;
        }
        var first = lines[0].Trim();
        var isCompound = first.StartsWith('@') || s_compoundKeywords.Contains(FirstWord(first)) || scan.FirstLineEndsWithColon;
        if (!isCompound)
        {
            return false;
        }
        var last = lines[^1];
        if (last.Trim().Length == 0)
        {
            return false;
        }
        if (lines.Count > 1 && !char.IsWhiteSpace(last[0]) && !last.StartsWith('@') && !last.StartsWith('#') && !s_continuations.Contains(FirstWord(last)))
        {
            return false;
        }
        return true;
    }

    private static string FirstWord(string line)
    {
        var end = 0;
        while (end < line.Length && (char.IsLetterOrDigit(line[end]) || line[end] == '_'))
        {
            end++;
        }
        return line[..end];
    }

    private readonly record struct ScanResult(bool IsOpen, bool FirstLineEndsWithColon);

    /// <summary>One pass over the source: brackets, strings, comments and line continuations.</summary>
    private static ScanResult Scan(string source)
    {
        var depth = 0;
        char quote = '\0';
        var triple = false;
        var continued = false;
        var firstLineDone = false;
        var lastSignificant = '\0';
        var firstLineColon = false;
        for (var i = 0; i < source.Length; i++)
        {
            var c = source[i];
            if (quote != '\0')
            {
                if (c == '\\')
                {
                    i++;
                }
                else if (c == quote && (!triple || (i + 2 < source.Length && source[i + 1] == quote && source[i + 2] == quote)))
                {
                    i += triple ? 2 : 0;
                    quote = '\0';
                    lastSignificant = c;
                }
                else if (c == '\n' && !triple)
                {
                    // An unterminated one-line string: complete, so that the compiler reports it.
                    return new ScanResult(false, firstLineColon);
                }
                continue;
            }
            continued = false;
            switch (c)
            {
                case '#':
                    while (i + 1 < source.Length && source[i + 1] != '\n')
                    {
                        i++;
                    }
                    break;
                case '\'' or '"':
                    quote = c;
                    triple = i + 2 < source.Length && source[i + 1] == c && source[i + 2] == c;
                    i += triple ? 2 : 0;
                    break;
                case '(' or '[' or '{':
                    depth++;
                    lastSignificant = c;
                    break;
                case ')' or ']' or '}':
                    depth = Math.Max(0, depth - 1);
                    lastSignificant = c;
                    break;
                case '\\':
                    continued = i + 1 == source.Length || source[i + 1] == '\n';
                    if (continued && i + 1 < source.Length)
                    {
                        i++;
                    }
                    break;
                case '\n':
                    if (depth == 0 && !firstLineDone)
                    {
                        firstLineDone = true;
                        firstLineColon = lastSignificant == ':';
                    }
                    break;
                default:
                    if (!char.IsWhiteSpace(c))
                    {
                        lastSignificant = c;
                    }
                    break;
            }
        }
        if (!firstLineDone && depth == 0)
        {
            firstLineColon = lastSignificant == ':';
        }
        return new ScanResult(depth > 0 || (quote != '\0' && triple) || continued, firstLineColon);
    }
}
