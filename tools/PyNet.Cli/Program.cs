using System;

namespace PyNet.Cli;

internal static class Program
{
    public static int Main(string[] args)
    {
        if (args.Length == 0)
        {
            return Usage.Fail("no program given (the REPL is not available yet)");
        }
        switch (args[0])
        {
            case "ast":
                return AstCommand.Run(args[1..]);
            case "run":
                return args.Length < 2 ? Usage.Fail("run: a FILE is required") : RunCommand.RunFile(args[1], args[2..]);
            case "-c":
                return args.Length < 2 ? Usage.Fail("Argument expected for the -c option") : RunCommand.RunCode(args[1], args[2..]);
            case "-V":
            case "--version":
                Console.WriteLine(Usage.VersionText);
                return 0;
            case "-h":
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
