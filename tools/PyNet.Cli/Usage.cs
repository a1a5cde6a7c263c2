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
        "       pynet build FILE [-o OUT] [--include MOD] [--include-dir DIR] [--exe]  compile a program for dotnet\n" +
        "       pynet compileall [-q] [-f] DIR...  precompile every .py file under DIR into __pycache__\n" +
        "Options:\n" +
        "-B     : don't write __pycache__ files on import; also PYTHONDONTWRITEBYTECODE=x\n" +
        "-c cmd : program passed in as string (terminates option list)\n" +
        "-E     : ignore PYTHON* environment variables (such as PYTHONPATH)\n" +
        "-h     : print this help message and exit (also -? or --help)\n" +
        "-m mod : run library module as a script (terminates option list)\n" +
        "-v     : verbose (trace import statements); also PYTHONVERBOSE=x\n" +
        "-V     : print the Python version number and exit (also --version)\n" +
        "-X pycache_prefix=PATH : write cached modules under PATH instead of __pycache__; also PYTHONPYCACHEPREFIX\n" +
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
