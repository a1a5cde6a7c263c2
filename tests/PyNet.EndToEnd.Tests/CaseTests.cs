using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace PyNet.EndToEnd.Tests;

/// <summary>
/// Runs each Cases/NAME.py through `pynet run` and compares stdout with NAME.out, the exit code with NAME.code
/// (default 0) and the last line of stderr with NAME.err_last. The expected files are CPython 3.11's output
/// (regenerate-expected.sh).
/// </summary>
public class CaseTests
{
    private static readonly string s_casesDir = Path.Combine(PyNetProcess.RepoRoot, "tests", "PyNet.EndToEnd.Tests", "Cases");

    public static IEnumerable<object[]> Cases() =>
        Directory.GetFiles(s_casesDir, "*.py").Select(p => new object[] { Path.GetFileNameWithoutExtension(p) }).OrderBy(c => (string)c[0]);

    [Theory]
    [MemberData(nameof(Cases))]
    public void CaseMatchesCPython(string name)
    {
        var result = PyNetProcess.Run(s_casesDir, "run", name + ".py");
        var expectedOut = File.ReadAllText(Path.Combine(s_casesDir, name + ".out"));
        var codeFile = Path.Combine(s_casesDir, name + ".code");
        var expectedCode = File.Exists(codeFile) ? int.Parse(File.ReadAllText(codeFile).Trim()) : 0;
        Assert.True(expectedOut == result.Stdout, $"stdout differs for {name}\n--- expected\n{expectedOut}\n--- actual\n{result.Stdout}\n--- stderr\n{result.Stderr}");
        Assert.True(expectedCode == result.ExitCode, $"exit code {result.ExitCode}, expected {expectedCode}; stderr:\n{result.Stderr}");
        var errFile = Path.Combine(s_casesDir, name + ".err_last");
        if (File.Exists(errFile))
        {
            var expectedLast = File.ReadAllText(errFile).Trim();
            var actualLast = result.Stderr.Split('\n').Select(l => l.TrimEnd('\r')).LastOrDefault(l => l.Trim().Length > 0) ?? string.Empty;
            Assert.Equal(expectedLast, actualLast);
        }
        Assert.DoesNotContain("   at ", result.Stderr);
    }
}
