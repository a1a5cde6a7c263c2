using System.Collections.Generic;
using System.IO;
using System.Text;

namespace PyNet.Compiler.Tests.Syntax;

/// <summary>
/// Reads a snippet file: one snippet per line, '#' comment lines, and the escapes \n, \t, \\, \xXX and \uXXXX
/// (decoded exactly as cpython_errors.py does).
/// </summary>
internal static class SnippetFile
{
    public static List<string> Read(string path)
    {
        var snippets = new List<string>();
        foreach (var line in File.ReadAllLines(path, Encoding.UTF8))
        {
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }
            snippets.Add(Decode(line));
        }
        return snippets;
    }

    public static string Decode(string line)
    {
        var sb = new StringBuilder(line.Length);
        for (var i = 0; i < line.Length; i++)
        {
            if (line[i] == '\\' && i + 1 < line.Length)
            {
                var e = line[i + 1];
                if (e == 'n')
                {
                    sb.Append('\n');
                    i++;
                    continue;
                }
                if (e == 't')
                {
                    sb.Append('\t');
                    i++;
                    continue;
                }
                if (e == '\\')
                {
                    sb.Append('\\');
                    i++;
                    continue;
                }
                var digits = e == 'x' ? 2 : e == 'u' ? 4 : 0;
                if (digits > 0 && i + 1 + digits < line.Length + 0 && IsHex(line, i + 2, digits))
                {
                    sb.Append((char)System.Convert.ToInt32(line.Substring(i + 2, digits), 16));
                    i += 1 + digits;
                    continue;
                }
            }
            sb.Append(line[i]);
        }
        return sb.ToString();
    }

    private static bool IsHex(string s, int start, int count)
    {
        if (start + count > s.Length)
        {
            return false;
        }
        for (var i = start; i < start + count; i++)
        {
            if (!System.Uri.IsHexDigit(s[i]))
            {
                return false;
            }
        }
        return true;
    }
}
