using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;

namespace PyNet.EndToEnd.Tests.Cli;

/// <summary>The `pynet` command line against `python3`'s: program sources, options, flags, usage errors, versions.</summary>
public class CommandLineTests
{
    private const string ShowArgv = "import sys; print(sys.argv)";

    private static void AssertSameAsPython(string? stdin, string[] args, bool compareStderr = true, Action<string>? prepare = null)
    {
        var dir = CliRun.NewFolder();
        prepare?.Invoke(dir);
        var expected = CliRun.Python(dir, stdin, args);
        var actual = CliRun.PyNet(dir, stdin, args);
        Assert.Equal(expected.Stdout, actual.Stdout);
        if (compareStderr)
        {
            Assert.Equal(expected.Stderr, actual.Stderr);
        }
        Assert.Equal(expected.ExitCode, actual.ExitCode);
    }

    [Theory]
    [InlineData(null, new[] { "-c", ShowArgv, "a", "-b", "--c" })]
    [InlineData(null, new[] { "-c" + ShowArgv, "x" })]
    [InlineData(null, new[] { "-Bc", ShowArgv, "x" })]
    [InlineData(ShowArgv + "\n", new[] { "-", "a", "b" })]
    [InlineData(ShowArgv + "\n", new string[0])]
    [InlineData(null, new[] { "p.py", "one", "-c", "two" })]
    [InlineData(null, new[] { "--", "p.py", "-x" })]
    public void ProgramAndArgumentsReachSysArgvAsInPython(string? stdin, string[] args) =>
        AssertSameAsPython(stdin, args, prepare: dir => CliRun.WriteFile(dir, "p.py", ShowArgv + "\n"));

    [Fact]
    public void PipedStdinRunsAsAScriptWithoutEchoingExpressions() =>
        AssertSameAsPython("x = 20\nx\ndef f():\n    return x + 1\nprint(f() * 2)\nif x:\n    print('yes')\nprint(__name__, __file__ if '__file__' in dir() else None)\n", new string[0]);

    [Fact]
    public void RunVerbAndBareFileAreTheSame()
    {
        var dir = CliRun.NewFolder();
        CliRun.WriteFile(dir, "p.py", ShowArgv + "\nprint(__name__)\n");
        var viaRun = CliRun.PyNet(dir, null, "run", "p.py", "x");
        var bare = CliRun.PyNet(dir, null, "p.py", "x");
        Assert.Equal("['p.py', 'x']\n__main__\n", viaRun.Stdout);
        Assert.Equal(viaRun.Stdout, bare.Stdout);
    }

    [Fact]
    public void ModuleOptionRunsAModuleAsMainWithItsArguments() =>
        AssertSameAsPython(null, new[] { "-m", "mod", "arg" }, prepare: dir => CliRun.WriteFile(dir, "mod.py", "import sys\nprint(__name__, sys.argv[1:])\n"));

    [Theory]
    [InlineData("-z")]
    [InlineData("-Bz")]
    [InlineData("--foo")]
    [InlineData("-c")]
    [InlineData("-m")]
    [InlineData("-W")]
    [InlineData("-X")]
    public void BadOptionsPrintTheUsageAndExitWith2LikePython(string option)
    {
        var dir = CliRun.NewFolder();
        var expected = CliRun.Python(dir, null, option);
        var actual = CliRun.PyNet(dir, null, option);
        Assert.Equal(2, expected.ExitCode);
        Assert.Equal(expected.ExitCode, actual.ExitCode);
        var expectedLines = expected.Stderr.Split('\n');
        var actualLines = actual.Stderr.Split('\n');
        Assert.Equal(expectedLines[0], actualLines[0]);
        Assert.Equal("usage: pynet [option] ... [-c cmd | -m mod | file | -] [arg] ...", actualLines[1]);
        Assert.Equal("Try `pynet -h' for more information.", actualLines[2]);
        Assert.Equal(string.Empty, actual.Stdout);
    }

    [Fact]
    public void VersionOptionsPrintTheLanguageVersion()
    {
        var dir = CliRun.NewFolder();
        foreach (var option in new[] { "-V", "--version" })
        {
            var r = CliRun.PyNet(dir, null, option);
            Assert.Equal(0, r.ExitCode);
            Assert.StartsWith("Python 3.11.", r.Stdout);
            Assert.EndsWith("\n", r.Stdout);
        }
        var verbose = CliRun.PyNet(dir, null, "-VV");
        var sysVersion = CliRun.PyNet(dir, null, "-c", "import sys; print('Python ' + sys.version)");
        Assert.Equal(sysVersion.Stdout, verbose.Stdout);
        Assert.Contains("PyNet", verbose.Stdout);
    }

    [Theory]
    [InlineData("-h")]
    [InlineData("-?")]
    [InlineData("--help")]
    public void HelpListsTheOptionsAndThePyNetVerbs(string option)
    {
        var r = CliRun.PyNet(CliRun.NewFolder(), null, option);
        Assert.Equal(0, r.ExitCode);
        Assert.StartsWith("usage: pynet [option] ... [-c cmd | -m mod | file | -] [arg] ...\n", r.Stdout);
        foreach (var text in new[] { "pynet run FILE", "pynet dis FILE", "pynet ast", "pynet compileall", "-i     :", "-u     :", "-X opt :", "-W arg :", "-I     :" })
        {
            Assert.Contains(text, r.Stdout);
        }
    }

    private const string ShowFlags =
        "import sys; f = sys.flags; " +
        "print(f.dont_write_bytecode, f.ignore_environment, f.isolated, f.no_user_site, f.no_site, f.quiet, f.verbose, f.optimize, " +
        "f.bytes_warning, f.debug, f.safe_path, f.inspect, f.interactive, f.dev_mode, f.hash_randomization); " +
        "print(sys.warnoptions, sys._xoptions)";

    [Theory]
    [InlineData("")]
    [InlineData("-B")]
    [InlineData("-E")]
    [InlineData("-I")]
    [InlineData("-s -S")]
    [InlineData("-u")]
    [InlineData("-q")]
    [InlineData("-v")]
    [InlineData("-OO -b -d")]
    [InlineData("-P")]
    [InlineData("-i")]
    [InlineData("-W ignore -Werror::DeprecationWarning")]
    [InlineData("-X dev -Xfoo=bar -X int_max_str_digits=900")]
    [InlineData("-BEsu")]
    public void OptionsSetSysFlagsAsInPython(string options)
    {
        var args = new List<string>(options.Split(' ', StringSplitOptions.RemoveEmptyEntries)) { "-c", ShowFlags };
        // -v traces imports to stderr in both (with different modules): only stdout and the exit code are compared.
        AssertSameAsPython(string.Empty, args.ToArray(), compareStderr: false);
    }

    [Fact]
    public void EnvironmentVariablesActAsOptionsUnlessIgnored()
    {
        var dir = CliRun.NewFolder();
        var environment = new Dictionary<string, string>
        {
            ["PYTHONDONTWRITEBYTECODE"] = "1",
            ["PYTHONWARNINGS"] = "ignore,error::UserWarning",
            ["PYTHONVERBOSE"] = "0",
        };
        foreach (var extra in new[] { new string[0], new[] { "-E" } })
        {
            var args = new List<string>(extra) { "-c", ShowFlags };
            var expected = CliRun.Run(false, dir, null, environment, args.ToArray());
            var actual = CliRun.Run(true, dir, null, environment, args.ToArray());
            Assert.Equal(expected.Stdout, actual.Stdout);
        }
    }

    [Fact]
    public void UnbufferedOutputInterleavesWithStderrAsInPython()
    {
        const string program = "import sys; print('a'); sys.stderr.write('b\\n'); print('c')";
        foreach (var unbuffered in new[] { true, false })
        {
            var option = unbuffered ? "-u " : string.Empty;
            var expected = Shell($"python3 {option}-c \"{program}\" 2>&1");
            var actual = Shell($"dotnet {PyNetProcess.CliPath} {option}-c \"{program}\" 2>&1");
            Assert.Equal(expected.Stdout, actual.Stdout);
        }
    }

    [Fact]
    public void SysDescribesTheImplementation()
    {
        var dir = CliRun.NewFolder();
        const string program = "import sys; print(sys.version_info[:2], sys.version_info.major, sys.implementation.name, " +
            "sys.implementation.cache_tag, sys.version.split()[0][:4], sys.platform, sys.executable)";
        var r = CliRun.PyNet(dir, null, "-c", program);
        Assert.Equal(0, r.ExitCode);
        var parts = r.Stdout.Trim().Split(' ');
        Assert.Equal("(3, 11) 3 pynet pynet-311 3.11", string.Join(' ', parts[..6]));
        Assert.Equal(CliRun.Python(dir, null, "-c", "import sys; print(sys.platform)").Stdout.Trim(), parts[6]);
        // sys.executable starts PyNet again (what subprocess.run([sys.executable, ...]) relies on).
        var executable = parts[7];
        Assert.True(File.Exists(executable), executable);
        var psi = new ProcessStartInfo(executable) { RedirectStandardOutput = true, UseShellExecute = false };
        psi.ArgumentList.Add("-c");
        psi.ArgumentList.Add("import sys; print(sys.implementation.name)");
        using var p = Process.Start(psi)!;
        Assert.Equal("pynet\n", p.StandardOutput.ReadToEnd());
        p.WaitForExit();
    }

    [Theory]
    [InlineData("import sys; sys.exit(3)")]
    [InlineData("import sys; sys.exit()")]
    [InlineData("import sys; sys.exit(None)")]
    [InlineData("import sys; sys.exit(0)")]
    [InlineData("import sys; sys.exit('bye')")]
    [InlineData("import sys; sys.exit(True)")]
    [InlineData("import sys; sys.exit(3.5)")]
    [InlineData("raise SystemExit(4)")]
    [InlineData("raise SystemExit")]
    [InlineData("raise SystemExit('a', 'b')")]
    [InlineData("exit(5)")]
    [InlineData("quit()")]
    [InlineData("print(repr(exit), str(quit))")]
    [InlineData("import sys\ntry:\n    sys.exit(6)\nexcept SystemExit as e:\n    print('caught', e.code, e.args)\nprint('after')")]
    [InlineData("import sys\ntry:\n    sys.exit(7)\nfinally:\n    print('finally')")]
    [InlineData("print('out'); raise ValueError('v')")]
    public void SysExitAndExitCodesMatchPython(string program) => AssertSameAsPython(null, new[] { "-c", program });

    [Fact]
    public void NoSiteLeavesOutExitAndQuit() => AssertSameAsPython(null, new[] { "-S", "-c", "print('exit' in dir(__builtins__))" });

    [Theory]
    [InlineData("for i in range(100000):\n    print(i)\n", "head -1")]
    [InlineData("import sys\ntry:\n    for i in range(100000):\n        print(i)\nexcept BrokenPipeError as e:\n    sys.stderr.write('caught %r %s\\n' % (e, e.errno))\n", "head -1")]
    [InlineData("import time\nprint('a')\ntime.sleep(1)\n", "true")]
    public void ClosedStdoutRaisesBrokenPipeErrorAsInPython(string program, string reader)
    {
        var dir = CliRun.NewFolder();
        CliRun.WriteFile(dir, "bp.py", program);
        var expected = Shell($"cd {dir} && python3 bp.py | {reader}; exit ${{PIPESTATUS[0]}}");
        var actual = Shell($"cd {dir} && dotnet {PyNetProcess.CliPath} bp.py | {reader}; exit ${{PIPESTATUS[0]}}");
        Assert.Equal(expected.Stdout, actual.Stdout);
        Assert.Equal(expected.Stderr, actual.Stderr);
        Assert.Equal(expected.ExitCode, actual.ExitCode);
    }

    [Fact]
    public void OutputAppendedToAFileLandsAfterWhatIsThere()
    {
        var dir = CliRun.NewFolder();
        var r = Shell($"cd {dir} && echo first > out.txt && dotnet {PyNetProcess.CliPath} -c \"print('second')\" >> out.txt && " +
            $"dotnet {PyNetProcess.CliPath} -c \"print('third')\" >> out.txt && cat out.txt");
        Assert.Equal("first\nsecond\nthird\n", r.Stdout);
    }

    [Fact]
    public void InspectRunsTheReplAfterTheProgram()
    {
        AssertSameAsPython("print(x * 2)\n", new[] { "-i", "-c", "x = 21" });
        AssertSameAsPython("print('after', x)\n", new[] { "-i", "-c", "x = 1\n1/0" });
        AssertSameAsPython("print('still here')\n", new[] { "-i", "-c", "import sys; sys.exit(4)" });
    }

    [Fact]
    public void ReplWithPipedInputReadsStatementsAsPython()
    {
        const string session =
            "def f(n):\n    return n * 2\n\nf(21)\n_\n_ + 1\n1/0\nfor i in range(2): i\n\nclass A:\n    x = 1\n\nA.x\n" +
            "if 1:\n  print(1)\nprint(2)\nx = (1,\n  2)\nx\n'''a\nb'''\nNone\nimport sys; sys.exit(3)\nprint('not reached')\n";
        AssertSameAsPython(session, new[] { "-i", "-q" });
    }

    [Fact]
    public void ReplContinuesDecoratorsElseBackslashesAndStringsAsPython()
    {
        const string session =
            "@staticmethod\ndef g():\n    pass\n\nif 0:\n    pass\nelse:\n    print('else')\n\n# just a comment\n\n" +
            "x = 1 + \\\n  2\nx\ntry:\n    1/0\nexcept ZeroDivisionError:\n    print('caught')\n\nwhile False: pass\n\n" +
            "s = \"\"\"a\n\nb\"\"\"\ns\nprint(1\n)\n";
        AssertSameAsPython(session, new[] { "-i", "-q" });
    }

    [Theory]
    [InlineData("startup.py")]
    [InlineData("missing.py")]
    public void ReplRunsThePythonStartupFileFirst(string startup)
    {
        var dir = CliRun.NewFolder();
        CliRun.WriteFile(dir, "startup.py", "greeting = 'hello'\n");
        var environment = new Dictionary<string, string> { ["PYTHONSTARTUP"] = startup };
        const string session = "print(globals().get('greeting'))\n";
        var expected = CliRun.Run(false, dir, session, environment, "-i", "-q");
        var actual = CliRun.Run(true, dir, session, environment, "-i", "-q");
        Assert.Equal(expected.Stdout, actual.Stdout);
        Assert.Equal(expected.Stderr, actual.Stderr);
        Assert.Equal(expected.ExitCode, actual.ExitCode);
    }

    [Fact]
    public void ReplEndsAtEndOfInputWithStatus0() => AssertSameAsPython("x = 1\n", new[] { "-q", "-i" });

    internal static PyNetProcess.Result Shell(string command)
    {
        var psi = CliRun.Start(false, Array.Empty<string>());
        psi.FileName = "bash";
        psi.ArgumentList.Add("-c");
        psi.ArgumentList.Add(command);
        using var p = Process.Start(psi)!;
        p.StandardInput.Close();
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        p.WaitForExit();
        return new PyNetProcess.Result(stdout.Result, stderr.Result, p.ExitCode);
    }
}
