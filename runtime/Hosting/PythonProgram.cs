using System;
using System.Runtime.InteropServices;
using System.Threading;

namespace PyNet.Runtime;

/// <summary>
/// Runs a program's main module as CPython does at top level: on a thread with a large stack (deep recursion ends in
/// RecursionError, never a native stack overflow), with SystemExit turned into the exit code, an uncaught exception
/// printed as a traceback (exit 1), and stdout flushed at exit.
/// </summary>
public static class PythonProgram
{
    /// <summary>The stack size of the thread that runs Python code: room for sys.setrecursionlimit(100_000).</summary>
    public const int StackSize = 1024 * 1024 * 1024;

    /// <summary>Creates the __main__ module's namespace.</summary>
    public static PyModule CreateMainModule(string? file)
    {
        var module = new PyModule("__main__");
        var d = module.Dict;
        d[PyStr.Intern("__builtins__")] = Builtins.Module;
        d[PyStr.Intern("__package__")] = null;
        d[PyStr.Intern("__spec__")] = null;
        d[PyStr.Intern("__loader__")] = null;
        if (file != null)
        {
            d[PyStr.Intern("__file__")] = new PyStr(file);
        }
        Sys.Modules[PyStr.Intern("__main__")] = module;
        return module;
    }

    /// <summary>
    /// Runs <paramref name="run"/> on the Python thread and returns the process exit code. With
    /// <paramref name="inspect"/> (-i), an uncaught exception (SystemExit included) is printed and the REPL it
    /// starts decides the exit code.
    /// </summary>
    public static int Run(Func<object?> run, Func<int>? inspect = null)
    {
        var exitCode = 0;
        var thread = new Thread(() => exitCode = RunOnThisThread(run, inspect), StackSize);
        PyOps.MainThread = thread;
        thread.Start();
        // Registered by this thread, otherwise idle until the program ends, while the program starts (the
        // registration takes about 0.8 ms at start-up, loading the interop assembly): a Ctrl-C in that first
        // millisecond ends the process as it would before CPython installs its handler.
        using var sigint = RegisterInterruptHandler();
        thread.Join();
        return exitCode;
    }

    /// <summary>Ctrl-C (SIGINT) becomes KeyboardInterrupt in the program's thread instead of ending the process.</summary>
    private static PosixSignalRegistration? RegisterInterruptHandler()
    {
        try
        {
            return PosixSignalRegistration.Create(PosixSignal.SIGINT, context =>
            {
                context.Cancel = true;
                PyOps.RequestInterrupt();
            });
        }
        catch (PlatformNotSupportedException)
        {
            return null;
        }
    }

    private static int RunOnThisThread(Func<object?> run, Func<int>? inspect)
    {
        using var claim = PyThreadState.ClaimStack(StackSize);
        object? result;
        try
        {
            result = run();
        }
        catch (Exception e)
        {
            PyThreadState.Current.Pending = PyErr.FromClr(e);
            result = PyOps.Raised;
        }
        var code = 0;
        if (ReferenceEquals(result, PyOps.Raised))
        {
            var exception = PyOps.FetchPending();
            code = inspect == null ? HandleUncaught(exception) : PrintException(exception);
        }
        if (inspect != null)
        {
            code = inspect();
        }
        AtexitModule.RunExitFunctions();
        return Flush(code);
    }

    /// <summary>Prints an uncaught exception (or handles SystemExit) and returns the exit code.</summary>
    public static int HandleUncaught(PyBaseException exception)
    {
        if (exception.Type.IsSubtypeOf(PyExc.SystemExit))
        {
            return ExitCodeOf(exception);
        }
        return PrintException(exception);
    }

    /// <summary>Prints the traceback of <paramref name="exception"/> to stderr; returns 130 for KeyboardInterrupt, else 1.</summary>
    public static int PrintException(PyBaseException exception)
    {
        FlushQuietly();
        try
        {
            Sys.Stderr.Write(TracebackPrinter.Format(exception));
            Sys.Stderr.Flush();
        }
        catch (PyException)
        {
        }
        return exception.Type.IsSubtypeOf(PyExc.KeyboardInterrupt) ? 130 : 1;
    }

    /// <summary>SystemExit's code as an exit status: None is 0, an int itself, anything else printed to stderr and 1.</summary>
    public static int ExitCodeOf(PyBaseException exception)
    {
        var code = exception.GetField("code");
        switch (code)
        {
            case null:
                return 0;
            case long l:
                return (int)l;
            case bool b:
                return b ? 1 : 0;
            default:
                FlushQuietly();
                Sys.Stderr.Write(PyProtocol.Str(code).Value + "\n");
                return 1;
        }
    }

    private static void FlushQuietly()
    {
        try
        {
            Sys.Stdout.Flush();
        }
        catch (PyException)
        {
        }
    }

    private static int Flush(int code)
    {
        try
        {
            Sys.Stdout.Flush();
        }
        catch (PyException)
        {
            // CPython reports a broken stdout at exit and exits with 120.
            try
            {
                Sys.Stderr.Write("Exception ignored in: <_io.TextIOWrapper name='<stdout>' mode='w' encoding='utf-8'>\nBrokenPipeError: [Errno 32] Broken pipe\n");
            }
            catch (PyException)
            {
            }
            return code == 0 ? 120 : code;
        }
        return code;
    }
}
