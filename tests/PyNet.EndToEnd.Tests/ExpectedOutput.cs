using System.IO;
using System.Linq;

namespace PyNet.EndToEnd.Tests;

/// <summary>
/// The expected-output convention of case folders: NAME.out is the whole stdout, NAME.code the exit code (default 0),
/// NAME.err_last the last non-empty line of stderr; no .NET stack trace may reach stderr.
/// </summary>
public static class ExpectedOutput
{
    public static void AssertMatches(string casesDir, string name, PyNetProcess.Result result)
    {
        var expectedOut = File.ReadAllText(Path.Combine(casesDir, name + ".out"));
        var codeFile = Path.Combine(casesDir, name + ".code");
        var expectedCode = File.Exists(codeFile) ? int.Parse(File.ReadAllText(codeFile).Trim()) : 0;
        Assert.True(expectedOut == result.Stdout, $"stdout differs for {name}\n--- expected\n{expectedOut}\n--- actual\n{result.Stdout}\n--- stderr\n{result.Stderr}");
        Assert.True(expectedCode == result.ExitCode, $"exit code {result.ExitCode}, expected {expectedCode}; stderr:\n{result.Stderr}");
        var errFile = Path.Combine(casesDir, name + ".err_last");
        if (File.Exists(errFile))
        {
            var expectedLast = File.ReadAllText(errFile).Trim();
            var actualLast = result.Stderr.Split('\n').Select(l => l.TrimEnd('\r')).LastOrDefault(l => l.Trim().Length > 0) ?? string.Empty;
            Assert.Equal(expectedLast, actualLast);
        }
        Assert.DoesNotContain("   at ", result.Stderr);
    }
}
