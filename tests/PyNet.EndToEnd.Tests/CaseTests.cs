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
        ExpectedOutput.AssertMatches(s_casesDir, name, result);
    }
}
