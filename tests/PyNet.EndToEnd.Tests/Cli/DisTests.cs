namespace PyNet.EndToEnd.Tests.Cli;

/// <summary>`pynet dis`: the compiled IL beside the Python lines it came from.</summary>
public class DisTests
{
    private const string Program =
        "def add(a, b):\n    return a + b\n\nclass C:\n    def twice(self, x):\n        return x * 2\n\nprint(add(1, 2))\n";

    [Fact]
    public void DisOfAFunctionShowsItsSourceLinesAndRuntimeCalls()
    {
        var dir = CliRun.NewFolder();
        CliRun.WriteFile(dir, "m.py", Program);
        var r = CliRun.PyNet(dir, null, "dis", "m.py:add");
        Assert.Equal(0, r.ExitCode);
        Assert.StartsWith("Disassembly of add (", r.Stdout);
        Assert.Contains("\n    2      return a + b\n", r.Stdout);
        Assert.Contains(": call object PyOps::Add(object, object)\n", r.Stdout);
        Assert.Contains(": ret\n", r.Stdout);
        Assert.DoesNotContain("Disassembly of <module>", r.Stdout);
        Assert.DoesNotContain("print(add(1, 2))", r.Stdout);
    }

    [Fact]
    public void DisOfAModuleShowsEveryCodeUnitInOrder()
    {
        var dir = CliRun.NewFolder();
        CliRun.WriteFile(dir, "m.py", Program);
        var r = CliRun.PyNet(dir, null, "dis", "m.py");
        Assert.Equal(0, r.ExitCode);
        var module = r.Stdout.IndexOf("Disassembly of <module>", System.StringComparison.Ordinal);
        var add = r.Stdout.IndexOf("Disassembly of add (", System.StringComparison.Ordinal);
        var twice = r.Stdout.IndexOf("Disassembly of twice (", System.StringComparison.Ordinal);
        Assert.True(module == 0 && add > module && twice > add, r.Stdout);
        Assert.Contains("\n    8  print(add(1, 2))\n", r.Stdout);
        Assert.Contains("\n    6          return x * 2\n", r.Stdout);
        Assert.Contains("twice", CliRun.PyNet(dir, null, "dis", "m.py:C.twice").Stdout);
    }

    [Fact]
    public void DisReportsMissingNamesAndSyntaxErrors()
    {
        var dir = CliRun.NewFolder();
        CliRun.WriteFile(dir, "m.py", Program);
        CliRun.WriteFile(dir, "bad.py", "def f(:\n");
        var missing = CliRun.PyNet(dir, null, "dis", "m.py:nope");
        Assert.Equal(1, missing.ExitCode);
        Assert.Contains("no function or class named 'nope'", missing.Stderr);
        var bad = CliRun.PyNet(dir, null, "dis", "bad.py");
        Assert.Equal(1, bad.ExitCode);
        Assert.EndsWith("SyntaxError: invalid syntax\n", bad.Stderr);
        Assert.Equal(string.Empty, bad.Stdout);
    }
}
