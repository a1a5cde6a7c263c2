using System.Collections.Generic;
using System.IO;
using PyNet.Compiler.Syntax;
using Xunit.Abstractions;
using Assert = Xunit.Assert;

namespace PyNet.Compiler.Tests.Syntax;

/// <summary>
/// The invalid-snippet corpus (InvalidSnippets.txt): every snippet must fail in PyNet's parser with CPython 3.11's
/// exception type, message, line, offset, end line and end offset. python3 is run once for the whole corpus.
/// </summary>
public class InvalidSnippetTests
{
    private readonly ITestOutputHelper _output;

    public InvalidSnippetTests(ITestOutputHelper output)
    {
        _output = output;
    }

    private static string CorpusPath => Path.Combine(RepoPaths.Root, "tests", "PyNet.Compiler.Tests", "Syntax", "InvalidSnippets.txt");

    [Fact]
    public void CorpusHasAtLeast150Snippets()
    {
        Assert.True(SnippetFile.Read(CorpusPath).Count >= 150);
    }

    [Fact]
    public void EverySnippetFailsLikeCPython()
    {
        if (!CPythonOracle.IsAvailable)
        {
            _output.WriteLine("SKIPPED: python3 (CPython 3.11) is not on PATH; the corpus cannot be compared.");
            return;
        }
        var snippets = SnippetFile.Read(CorpusPath);
        var expected = CPythonOracle.Run(CorpusPath);
        Assert.Equal(snippets.Count, expected.Count);
        var failures = new List<string>();
        for (var i = 0; i < snippets.Count; i++)
        {
            var cpython = expected[i].Parse;
            if (cpython == null)
            {
                failures.Add($"#{i} {Show(snippets[i])}: CPython's parser accepts it (move it out of the corpus)");
                continue;
            }
            var actual = Describe(snippets[i]);
            var wanted = $"{cpython.Type}: {cpython.Message} @ {cpython.Lineno}:{cpython.Offset}-{cpython.EndLineno}:{cpython.EndOffset}";
            if (actual != wanted)
            {
                failures.Add($"#{i} {Show(snippets[i])}\n    expected {wanted}\n    actual   {actual}");
            }
        }
        foreach (var failure in failures)
        {
            _output.WriteLine(failure);
        }
        Assert.True(failures.Count == 0, $"{failures.Count} of {snippets.Count} snippets differ from CPython:\n" + string.Join("\n", failures));
    }

    internal static string Describe(string source)
    {
        try
        {
            PythonParser.ParseModule(source, "<snippet>");
            return "accepted";
        }
        catch (PythonSyntaxError e)
        {
            return $"{e.Kind}: {e.Message} @ {e.Lineno}:{e.Offset}-{e.EndLineno}:{e.EndOffset}";
        }
        catch (ParserRecursionError e)
        {
            return "RecursionError: " + e.Message;
        }
    }

    private static string Show(string snippet) => snippet.Replace("\n", "\\n", System.StringComparison.Ordinal);
}
