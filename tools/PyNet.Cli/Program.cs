using System;

namespace PyNet.Cli;

internal static class Program
{
    public static int Main(string[] args)
    {
        StartupTrace.Mark("main");
        // The profile's type is named only past the test: loading it loads System.Diagnostics.Tracing.
        var profile = Environment.GetEnvironmentVariable("PYNET_ALLOC_PROFILE") == "1" ? AllocationProfile.Start() : null;
        var code = Dispatch(args);
        profile?.Invoke();
        StartupTrace.Mark("exit");
        StartupTrace.Report();
        if (Environment.GetEnvironmentVariable("PYNET_SHOW_ASSEMBLIES") == "1")
        {
            // A test hook: which assemblies the run loaded (a warm cache must not load PyNet.Compiler).
            foreach (var assembly in AppDomain.CurrentDomain.GetAssemblies())
            {
                Console.Error.WriteLine("# assembly " + assembly.GetName().Name);
            }
        }
        return code;
    }

    /// <summary>
    /// The interpreter options come first (as python3's); then a PyNet verb (run, build, dis, ast, compileall), or what
    /// python3 accepts: -c CODE, -m MODULE, FILE, "-" (stdin), or nothing (the REPL on a terminal, else stdin).
    /// </summary>
    private static int Dispatch(string[] args)
    {
        var kind = Options.Parse(args, out var target, out var next);
        if (kind == null)
        {
            return 2;
        }
        var rest = args[next..];
        switch (kind)
        {
            case ProgramKind.Help:
                Console.WriteLine(Usage.HelpText);
                return 0;
            case ProgramKind.Version:
                Console.WriteLine(Usage.Version(Options.VersionLevel));
                return 0;
        }
        if (kind == ProgramKind.File && ScriptOf(target!, rest) is { } script)
        {
            ScriptHeadStart.Start(script);
        }
        RunCommand.ChooseExecutable();
        Options.Apply(kind.Value);
        // The launcher's check of the sources against the build, before anything runs.
        if (SourceFreshness.RebuildIfStale(args) is { } status)
        {
            return status;
        }
        StartupTrace.Mark("options");
        switch (kind)
        {
            case ProgramKind.Code:
                return RunCommand.RunCode(target!, rest);
            case ProgramKind.Module:
                return RunCommand.RunModule(target!, rest);
            case ProgramKind.Stdin:
                return RunCommand.RunStdin("-", rest);
            case ProgramKind.None:
                return Console.IsInputRedirected && !Options.Inspect ? RunCommand.RunStdin(string.Empty, rest) : RunCommand.RunRepl();
        }
        switch (target)
        {
            case "ast":
                return AstCommand.Run(rest);
            case "build":
                return BuildCommand.Run(rest);
            case "compileall":
                return CompileAllCommand.Run(rest);
            case "dis":
                return DisCommand.Run(rest);
            case "run":
                return rest.Length < 1 ? Usage.Fail("pynet run: a FILE is required") : RunCommand.RunFile(rest[0], rest[1..]);
        }
        return RunCommand.RunFile(target!, rest);
    }

    /// <summary>The script a FILE program runs: `pynet run FILE` or `pynet FILE`; null for the other verbs.</summary>
    private static string? ScriptOf(string target, string[] rest) => target switch
    {
        "run" => rest.Length > 0 ? rest[0] : null,
        "ast" or "build" or "compileall" or "dis" => null,
        _ => target,
    };
}
