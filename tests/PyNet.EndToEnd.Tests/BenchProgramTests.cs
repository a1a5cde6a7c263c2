using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace PyNet.EndToEnd.Tests;

/// <summary>
/// The benchmark programs of tools/bench/programs, run at their quick sizes (the "# quick: N" line of each): the
/// output must be CPython's. Timing them is tools/bench/run.sh's job, not a test's.
/// </summary>
public class BenchProgramTests
{
    private static readonly string s_programsDir = Path.Combine(PyNetProcess.RepoRoot, "tools", "bench", "programs");

    public static IEnumerable<object[]> Programs() =>
        Directory.GetFiles(s_programsDir, "bm_*.py").Select(p => new object[] { Path.GetFileName(p) }).OrderBy(c => (string)c[0]);

    [Theory]
    [MemberData(nameof(Programs))]
    public void QuickRunMatchesCPython(string program)
    {
        var quick = File.ReadLines(Path.Combine(s_programsDir, program)).First(l => l.StartsWith("# quick: "))["# quick: ".Length..].Trim();
        var expected = PythonReference.Run(s_programsDir, program, quick);
        Assert.Equal(0, expected.ExitCode);
        var actual = PyNetProcess.Run(s_programsDir, "run", program, quick);
        Assert.True(expected.Stdout == actual.Stdout, $"{program}: stdout differs\n--- CPython\n{expected.Stdout}\n--- PyNet\n{actual.Stdout}\n--- stderr\n{actual.Stderr}");
        Assert.Equal(0, actual.ExitCode);
    }
}
