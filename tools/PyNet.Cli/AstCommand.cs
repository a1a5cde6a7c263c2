using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using PyNet.Compiler.Syntax;

namespace PyNet.Cli;

/// <summary>
/// `pynet ast FILE [--no-attributes]`: prints the tree as CPython's ast.dump does.
/// `pynet ast --bench DIR`: parses every .py file under DIR and reports the throughput.
/// `pynet ast --dump-tree DIR`: one line per .py file under DIR, "path\tOK\tdump" or "path\tERR\tType\tline\tmessage",
/// for tools/ast-compare.sh.
/// </summary>
internal static class AstCommand
{
    public static int Run(string[] args)
    {
        var includeAttributes = !args.Contains("--no-attributes");
        var positional = args.Where(a => a != "--no-attributes").ToArray();
        if (positional.Length == 2 && positional[0] == "--bench")
        {
            return Bench(positional[1]);
        }
        if (positional.Length == 2 && positional[0] == "--dump-tree")
        {
            return DumpTree(positional[1], includeAttributes);
        }
        if (positional.Length != 1)
        {
            Console.Error.WriteLine("usage: pynet ast FILE [--no-attributes] | --bench DIR | --dump-tree DIR");
            return 2;
        }
        var path = positional[0];
        try
        {
            var tree = PythonParser.ParseModule(File.ReadAllBytes(path), path);
            var stdout = Console.OpenStandardOutput();
            var bytes = new UTF8Encoding(false).GetBytes(AstDumper.Dump(tree, includeAttributes) + "\n");
            stdout.Write(bytes, 0, bytes.Length);
            return 0;
        }
        catch (PythonSyntaxError error)
        {
            Console.Error.Write(FormatSyntaxError(error));
            return 1;
        }
        catch (ParserRecursionError error)
        {
            Console.Error.WriteLine("RecursionError: " + error.Message);
            return 1;
        }
    }

    /// <summary>CPython's traceback display of a SyntaxError: location, the stripped line, carets, type and message.</summary>
    private static string FormatSyntaxError(PythonSyntaxError error)
    {
        var sb = new StringBuilder();
        sb.Append("  File \"").Append(error.Filename).Append("\", line ").Append(error.Lineno).Append('\n');
        if (error.Text != null)
        {
            var text = error.Text.TrimEnd('\n', '\r');
            var stripped = text.TrimStart(' ', '\t', '\f');
            var removed = text.Length - stripped.Length;
            sb.Append("    ").Append(stripped).Append('\n');
            var start = Math.Max(error.Offset - 1 - removed, 0);
            var end = error.EndLineno == error.Lineno && error.EndOffset > error.Offset ? error.EndOffset - 1 - removed : start + 1;
            end = Math.Max(end, start + 1);
            sb.Append("    ").Append(' ', start).Append('^', end - start).Append('\n');
        }
        sb.Append(error.Kind).Append(": ").Append(error.Message).Append('\n');
        return sb.ToString();
    }

    private static string[] PythonFiles(string dir) =>
        Directory.EnumerateFiles(dir, "*.py", SearchOption.AllDirectories).OrderBy(p => p, StringComparer.Ordinal).ToArray();

    private static int Bench(string dir)
    {
        var files = PythonFiles(dir);
        var sources = files.Select(File.ReadAllBytes).ToArray();
        long totalBytes = sources.Sum(s => (long)s.Length);
        var errors = 0;
        var watch = Stopwatch.StartNew();
        for (var i = 0; i < files.Length; i++)
        {
            try
            {
                PythonParser.ParseModule(sources[i], files[i]);
            }
            catch (PythonSyntaxError)
            {
                errors++;
            }
            catch (ParserRecursionError)
            {
                errors++;
            }
        }
        watch.Stop();
        var megabytes = totalBytes / 1e6;
        var seconds = watch.Elapsed.TotalSeconds;
        Console.WriteLine($"{files.Length} files ({errors} with syntax errors), {megabytes:F2} MB, {seconds:F3} s, {megabytes / seconds:F2} MB/s");
        return 0;
    }

    private static int DumpTree(string dir, bool includeAttributes)
    {
        using var stdout = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false), 1 << 16);
        foreach (var file in PythonFiles(dir))
        {
            var relative = Path.GetRelativePath(dir, file);
            string line;
            try
            {
                var tree = PythonParser.ParseModule(File.ReadAllBytes(file), file);
                line = relative + "\tOK\t" + AstDumper.Dump(tree, includeAttributes);
            }
            catch (PythonSyntaxError error)
            {
                line = $"{relative}\tERR\t{error.Kind}\t{error.Lineno}\t{error.Offset}\t{error.Message}";
            }
            catch (ParserRecursionError error)
            {
                line = $"{relative}\tERR\tRecursionError\t0\t0\t{error.Message}";
            }
            catch (Exception error)
            {
                line = $"{relative}\tCRASH\t{error.GetType().Name}\t0\t0\t{error.Message.Replace('\n', ' ')}";
            }
            stdout.Write(line.Replace("\n", "\\n", StringComparison.Ordinal));
            stdout.Write('\n');
        }
        return 0;
    }
}
