using System;
using PyNet.Runtime;

namespace PyNet.Cli;

/// <summary>The command line's usage text, version and errors, in CPython's style.</summary>
internal static class Usage
{
    public const string VersionText = "Python 3.11.0 (PyNet)";

    private const string UsageLine = "usage: pynet [option] ... [-c cmd | -m mod | file | -] [arg] ...";

    public const string HelpText =
        UsageLine + "\n" +
        "       pynet run FILE [arg] ...      compile FILE to IL and run it (as `pynet FILE`)\n" +
        "       pynet dis FILE[:NAME]         print the compiled IL of FILE (or of its function NAME) beside the source\n" +
        "       pynet ast [--no-attributes] FILE  print the syntax tree as ast.dump does\n" +
        "       pynet build FILE [-o OUT] [--include MOD] [--include-dir DIR] [--exe]  compile a program for dotnet\n" +
        "       pynet compileall [-q] [-f] DIR...  precompile every .py file under DIR into __pycache__\n" +
        "       pynet                         the interactive REPL (when stdin is a terminal)\n" +
        "Options (and corresponding environment variables):\n" +
        "-b     : accepted; bytes warnings are not issued (sys.flags.bytes_warning)\n" +
        "-B     : don't write __pycache__ files on import; also PYTHONDONTWRITEBYTECODE=x\n" +
        "-c cmd : program passed in as string (terminates option list)\n" +
        "-d     : accepted (sys.flags.debug)\n" +
        "-E     : ignore PYTHON* environment variables (such as PYTHONPATH)\n" +
        "-h     : print this help message and exit (also -? or --help)\n" +
        "-i     : inspect interactively after running script; forces a prompt even\n" +
        "         if stdin does not appear to be a terminal; also PYTHONINSPECT=x\n" +
        "-I     : isolate Python from the user's environment (implies -E, -P and -s)\n" +
        "-m mod : run library module as a script (terminates option list)\n" +
        "-O     : accepted (sys.flags.optimize); also PYTHONOPTIMIZE=x\n" +
        "-P     : don't prepend a potentially unsafe path to sys.path; also PYTHONSAFEPATH\n" +
        "-q     : don't print version and copyright messages on interactive startup\n" +
        "-s     : don't add user site directory to sys.path; also PYTHONNOUSERSITE\n" +
        "-S     : don't imply 'import site' on initialization\n" +
        "-u     : force the stdout and stderr streams to be unbuffered;\n" +
        "         this option has no effect on stdin; also PYTHONUNBUFFERED=x\n" +
        "-v     : verbose (trace import statements); also PYTHONVERBOSE=x\n" +
        "         can be supplied multiple times to increase verbosity\n" +
        "-V     : print the Python version number and exit (also --version)\n" +
        "         when given twice, print more information about the build\n" +
        "-W arg : warning control (sys.warnoptions); also PYTHONWARNINGS=arg\n" +
        "-X opt : set implementation-specific option (sys._xoptions); PyNet reads\n" +
        "         -X pycache_prefix=PATH (also PYTHONPYCACHEPREFIX) and -X dev\n" +
        "Arguments:\n" +
        "file   : program read from script file\n" +
        "-      : program read from stdin (default; interactive mode if a tty)\n" +
        "arg ...: arguments passed to program in sys.argv[1:]";

    /// <summary>-V prints the version; -VV adds the build (sys.version), as CPython does.</summary>
    public static string Version(int level) => level > 1 ? "Python " + Sys.VersionString : VersionText;

    /// <summary>A command-line error: the message, the usage line and the hint, on stderr; exit status 2.</summary>
    public static int Fail(string message)
    {
        Console.Error.WriteLine(message);
        Console.Error.WriteLine(UsageLine);
        Console.Error.WriteLine("Try `pynet -h' for more information.");
        return 2;
    }
}
