using System.Diagnostics;
using System.IO;

namespace PyNet.Compiler.Tests;

public class AstGenerationTests
{
    [Fact]
    public void GeneratedAstMatchesItsDefinition()
    {
        var root = RepoPaths.Root;
        var psi = new ProcessStartInfo("dotnet", $"run --project \"{Path.Combine(root, "tools", "PyNet.AstGen")}\" -- --check \"{Path.Combine(root, "compiler", "Syntax", "Ast", "Python.ast")}\" \"{Path.Combine(root, "compiler", "Syntax", "Ast", "Ast.g.cs")}\"")
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        };
        using var process = Process.Start(psi)!;
        var error = process.StandardError.ReadToEnd();
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, error);
    }
}
