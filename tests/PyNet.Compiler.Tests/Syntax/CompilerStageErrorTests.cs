using System.Collections.Generic;
using System.IO;
using PyNet.Compiler.Compilation;
using PyNet.Compiler.Syntax;
using Xunit.Abstractions;

namespace PyNet.Compiler.Tests.Syntax;

/// <summary>
/// The snippets CPython rejects after parsing, in its symbol table or compiler (InvalidSnippets.Compiler.txt): PyNet's
/// whole compiler must reject each with CPython's exception type, message and line.
/// </summary>
public class CompilerStageErrorTests
{
    private readonly ITestOutputHelper _output;

    public CompilerStageErrorTests(ITestOutputHelper output)
    {
        _output = output;
    }

    private static string CorpusPath => Path.Combine(RepoPaths.Root, "tests", "PyNet.Compiler.Tests", "Syntax", "InvalidSnippets.Compiler.txt");

    [Fact]
    public void EveryCompilerStageSnippetFailsLikeCPython()
    {
        if (!CPythonOracle.IsAvailable)
        {
            _output.WriteLine("SKIPPED: python3 (CPython 3.11) is not on PATH; the corpus cannot be compared.");
            return;
        }
        var snippets = SnippetFile.Read(CorpusPath);
        var expected = CPythonOracle.Run(CorpusPath);
        var failures = new List<string>();
        for (var i = 0; i < snippets.Count; i++)
        {
            var cpython = expected[i].Compile;
            var wanted = cpython == null ? "accepted" : $"{cpython.Type}: {cpython.Message} @ {cpython.Lineno}";
            var actual = Describe(snippets[i]);
            if (actual != wanted)
            {
                failures.Add($"#{i} {snippets[i].Replace("\n", "\\n", System.StringComparison.Ordinal)}\n    expected {wanted}\n    actual   {actual}");
            }
        }
        foreach (var f in failures)
        {
            _output.WriteLine(f);
        }
        Xunit.Assert.True(failures.Count == 0, $"{failures.Count} of {snippets.Count} differ:\n" + string.Join("\n", failures));
    }

    private static string Describe(string source)
    {
        try
        {
            PythonCompiler.CompileCode(source, "<snippet>", "exec");
            return "accepted";
        }
        catch (PythonSyntaxError e)
        {
            return $"{e.Kind}: {e.Message} @ {e.Lineno}";
        }
        catch (System.Exception e)
        {
            return "crash: " + e.GetType().Name + ": " + e.Message;
        }
    }
}
