using System;
using System.Collections.Generic;
using System.IO;

namespace PyNet.EndToEnd.Tests.Cli;

/// <summary>
/// The launcher's check that its build is newer than the sources, which the CLI does when PYNET_SOURCE_ROOT names the
/// source folder (tools/PyNet.Cli/SourceFreshness.cs): a stale build runs the command again through ROOT/pynet with
/// PYNET_REBUILD=1; a current one runs it. A fake source tree stands for the repository, and a fake launcher reports
/// how it was called.
/// </summary>
public sealed class LauncherSourceCheckTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "pynet-srccheck-" + Guid.NewGuid().ToString("N"));
    private readonly DateTime _built = DateTime.UtcNow.AddHours(-1);

    public LauncherSourceCheckTests()
    {
        var build = Directory.CreateDirectory(Path.Combine(_root, ".pynet-build")).FullName;
        var runtime = Directory.CreateDirectory(Path.Combine(_root, "runtime", "Objects")).FullName;
        var source = Path.Combine(runtime, "A.cs");
        File.WriteAllText(source, "// a source\n");
        File.WriteAllText(Path.Combine(build, "sources"), string.Join('\n', Path.Combine(_root, "runtime"), runtime, source) + "\n");
        File.WriteAllText(Path.Combine(build, "stamp"), string.Empty);
        File.WriteAllText(Path.Combine(_root, "app.py"), "print('ran here')\n");
        var launcher = Path.Combine(_root, "pynet");
        File.WriteAllText(launcher, "#!/bin/sh\necho \"relaunched PYNET_REBUILD=$PYNET_REBUILD $*\"\nexit 7\n");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(launcher, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
        // Everything older than the build.
        foreach (var path in new[] { source, runtime, Path.Combine(_root, "runtime") })
        {
            File.SetLastWriteTimeUtc(path, _built.AddMinutes(-10));
        }
        File.SetLastWriteTimeUtc(Path.Combine(build, "stamp"), _built);
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private PyNetProcess.Result Run(params string[] args) => RunWith(null, args);

    private PyNetProcess.Result RunWith(Dictionary<string, string>? extra, params string[] args)
    {
        var env = new Dictionary<string, string> { ["PYNET_SOURCE_ROOT"] = _root };
        foreach (var (k, v) in extra ?? new())
        {
            env[k] = v;
        }
        return PyNetProcess.RunWithEnvironment(_root, env, args);
    }

    [Fact]
    public void ACurrentBuildRunsTheCommandWithoutTheLaunchersVariables()
    {
        Assert.Equal("ran here\n", Run("run", "app.py").Stdout);
        Assert.Equal("None None\n", Run("-c", "import os; print(os.environ.get('PYNET_SOURCE_ROOT'), os.environ.get('PYNET_REBUILT'))").Stdout);
    }

    [Fact]
    public void ASourceEditedInPlaceRerunsTheCommandThroughTheLauncher()
    {
        File.SetLastWriteTimeUtc(Path.Combine(_root, "runtime", "Objects", "A.cs"), _built.AddMinutes(5));
        var r = Run("run", "app.py", "x");
        Assert.Equal("relaunched PYNET_REBUILD=1 run app.py x\n", r.Stdout);
        Assert.Equal(7, r.ExitCode);
        Assert.Equal("relaunched PYNET_REBUILD=1 -c print(1)\n", Run("-c", "print(1)").Stdout);
    }

    [Fact]
    public void ANewSourceFileIsFoundThroughItsFolderAndOtherNewFilesAreNot()
    {
        var folder = Path.Combine(_root, "runtime", "Objects");
        File.WriteAllText(Path.Combine(folder, "notes.txt"), "not a source\n");
        Assert.Equal("ran here\n", Run("run", "app.py").Stdout);
        File.WriteAllText(Path.Combine(folder, "B.cs"), "// a new source\n");
        Assert.StartsWith("relaunched PYNET_REBUILD=1", Run("run", "app.py").Stdout);
    }

    [Fact]
    public void ARunTheLauncherJustRebuiltDoesNotCheckAgain()
    {
        File.SetLastWriteTimeUtc(Path.Combine(_root, "runtime", "Objects", "A.cs"), _built.AddMinutes(5));
        var r = RunWith(new() { ["PYNET_REBUILT"] = "1" }, "-c", "import os; print('ran', os.environ.get('PYNET_REBUILT'))");
        Assert.Equal("ran None\n", r.Stdout);
    }
}
