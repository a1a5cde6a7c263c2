using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using Xunit.Abstractions;

namespace PyNet.EndToEnd.Tests.Build;

/// <summary>
/// `pynet build app.py --exe -o dist/`: one self-contained executable (dotnet publish, single file) that runs with an
/// empty environment (`env -i`: no PATH, no DOTNET_ROOT, no HOME) and behaves as CPython on the sources. The slow
/// one of the build tests (a real `dotnet publish`, about 10 s with the NuGet cache warm).
/// </summary>
public class ExeBuildTests
{
    private readonly ITestOutputHelper _output;

    public ExeBuildTests(ITestOutputHelper output)
    {
        _output = output;
    }

    [Fact]
    public void FrozenExecutableRunsWithAnEmptyEnvironment()
    {
        using var tree = ZooProgram.Create();
        var expected = new[] { PythonReference.Run(tree.Root, "app.py", "4"), PythonReference.Run(tree.Root, "app.py", "7") };

        var build = BuiltApp.Build(tree, "app.py", "--exe", "-o", "dist");
        Assert.True(build.ExitCode == 0, build.Stderr);
        BuiltApp.DeleteAllBut(tree, "dist");
        var exe = Path.Combine(tree.Root, "dist", OperatingSystem.IsWindows() ? "app.exe" : "app");
        Assert.Equal([exe], Directory.GetFiles(Path.Combine(tree.Root, "dist")));

        var watch = Stopwatch.StartNew();
        var run = BuiltApp.Run(tree.Root, "/usr/bin/env", ["-i", exe, "4"], new Dictionary<string, string>());
        watch.Stop();
        Assert.Equal(expected[0].Stdout, run.Stdout);
        Assert.Equal(expected[0].Stderr, run.Stderr);
        Assert.Equal(expected[0].ExitCode, run.ExitCode);
        var failing = BuiltApp.Run(tree.Root, "/usr/bin/env", ["-i", exe, "7"], new Dictionary<string, string>());
        Assert.Equal(expected[1].Stdout, failing.Stdout);
        Assert.Equal(expected[1].Stderr, failing.Stderr);
        Assert.Equal(1, failing.ExitCode);
        _output.WriteLine($"executable: {new FileInfo(exe).Length / 1e6:F1} MB, first run {watch.ElapsedMilliseconds} ms");
    }
}
