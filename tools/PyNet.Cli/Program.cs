using System;

namespace PyNet.Cli;

internal static class Program
{
    public static int Main(string[] args)
    {
        var code = Dispatch(args);
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

    private static int Dispatch(string[] args)
    {
        var first = Options.Parse(args);
        if (first < 0)
        {
            return 2;
        }
        Options.Apply();
        args = args[first..];
        if (args.Length == 0)
        {
            return Usage.Fail("no program given (the REPL is not available yet)");
        }
        switch (args[0])
        {
            case "ast":
                return AstCommand.Run(args[1..]);
            case "build":
                return BuildCommand.Run(args[1..]);
            case "compileall":
                return CompileAllCommand.Run(args[1..]);
            case "run":
                return args.Length < 2 ? Usage.Fail("run: a FILE is required") : RunCommand.RunFile(args[1], args[2..]);
            case "-c":
                return args.Length < 2 ? Usage.Fail("Argument expected for the -c option") : RunCommand.RunCode(args[1], args[2..]);
            case "-m":
                return args.Length < 2 ? Usage.Fail("Argument expected for the -m option") : RunCommand.RunModule(args[1], args[2..]);
            case "-V":
            case "--version":
                Console.WriteLine(Usage.VersionText);
                return 0;
            case "-h":
            case "-?":
            case "--help":
                Console.WriteLine(Usage.HelpText);
                return 0;
        }
        if (args[0].StartsWith('-') && args[0] != "-")
        {
            return Usage.Fail($"unknown option {args[0]}");
        }
        return RunCommand.RunFile(args[0], args[1..]);
    }
}
