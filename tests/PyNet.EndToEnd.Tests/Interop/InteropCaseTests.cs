using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace PyNet.EndToEnd.Tests.Interop;

/// <summary>
/// Runs each Interop/Cases/NAME.py through `pynet run` with the path of the C# test assembly
/// (PyNet.Interop.TestLib.dll, built with this project) as sys.argv[1], and compares stdout with NAME.out, the exit
/// code with NAME.code (default 0) and the last line of stderr with NAME.err_last. There is no python3 oracle for
/// .NET behaviour: the expected files are checked by hand.
/// </summary>
public class InteropCaseTests
{
    private static readonly string s_casesDir = Path.Combine(PyNetProcess.RepoRoot, "tests", "PyNet.EndToEnd.Tests", "Interop", "Cases");
    private static readonly string s_testLib = Path.Combine(System.AppContext.BaseDirectory, "PyNet.Interop.TestLib.dll");

    public static IEnumerable<object[]> Cases() =>
        Directory.GetFiles(s_casesDir, "*.py").Select(p => new object[] { Path.GetFileNameWithoutExtension(p) }).OrderBy(c => (string)c[0]);

    [Theory]
    [MemberData(nameof(Cases))]
    public void CaseMatchesExpectedOutput(string name)
    {
        Assert.True(File.Exists(s_testLib), "missing " + s_testLib);
        var result = PyNetProcess.Run(s_casesDir, "run", name + ".py", s_testLib);
        ExpectedOutput.AssertMatches(s_casesDir, name, result);
    }

    [Fact]
    public void ProgramsWithoutDotNetImportsDoNotLoadTheInteropAssembly()
    {
        var dir = Path.Combine(Path.GetTempPath(), "pynet-interop-startup");
        Directory.CreateDirectory(dir);
        File.WriteAllText(Path.Combine(dir, "plain.py"), "print(sum(range(10)))\n");
        var result = PyNetProcess.RunWithEnvironment(dir, new Dictionary<string, string> { ["PYNET_SHOW_ASSEMBLIES"] = "1" }, "run", "plain.py");
        Assert.Equal("45\n", result.Stdout);
        Assert.DoesNotContain("# assembly PyNet.Interop", result.Stderr);
    }
}
