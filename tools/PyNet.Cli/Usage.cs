using System;

namespace PyNet.Cli;

/// <summary>The command line's usage text and errors, in CPython's style.</summary>
internal static class Usage
{
    public const string VersionText = "Python 3.11.0 (PyNet)";

    public const string HelpText =
        "usage: pynet [option] ... [-c cmd | file | -] [arg] ...\n" +
        "       pynet run FILE [arg] ...    compile FILE to IL and run it\n" +
        "       pynet ast FILE              print the syntax tree as ast.dump does\n" +
        "Options:\n" +
        "-c cmd : program passed in as string (terminates option list)\n" +
        "-h     : print this help message and exit (also -? or --help)\n" +
        "-V     : print the Python version number and exit (also --version)\n" +
        "file   : program read from script file\n" +
        "arg ...: arguments passed to program in sys.argv[1:]";

    public static int Fail(string message)
    {
        Console.Error.WriteLine($"pynet: {message}");
        Console.Error.WriteLine("usage: pynet [option] ... [-c cmd | file | -] [arg] ...");
        Console.Error.WriteLine("Try `pynet -h' for more information.");
        return 2;
    }
}
