using System;
using System.Collections.Generic;
using PyNet.Runtime;

namespace PyNet.Cli.Repl;

/// <summary>
/// The interactive loop (CPython's PyRun_InteractiveLoop), run on the program's thread in __main__: reads a statement
/// (several lines for a block, ended by an empty line), compiles it in 'single' mode (expression statements go to
/// sys.displayhook, which prints the repr and sets builtins._) and runs it. Errors print their traceback and the loop
/// goes on; SystemExit (exit(), quit(), sys.exit()) and end of input (Ctrl-D) end it. On a terminal the line editor
/// gives editing, history and completion; otherwise lines are read plainly from stdin with the prompts on stderr, as
/// CPython does.
/// </summary>
internal static class ReplLoop
{
    /// <summary>Runs the loop until the user leaves; returns the exit status.</summary>
    public static int Run(bool showBanner, string? startupFile = null)
    {
        var main = Sys.Modules.TryGetValue(PyStr.Intern("__main__"), out var m) && m is PyModule existing
            ? existing
            : PythonProgram.CreateMainModule(null);
        var globals = main.Dict;
        var sys = Sys.Module.Dict;
        foreach (var (name, prompt) in new[] { ("ps1", ">>> "), ("ps2", "... ") })
        {
            if (!sys.TryGetValue(PyStr.Intern(name), out _))
            {
                sys[PyStr.Intern(name)] = new PyStr(prompt);
            }
        }
        var terminal = !Console.IsInputRedirected && !Console.IsOutputRedirected;
        if (showBanner)
        {
            var platform = PyProtocol.Str(sys[PyStr.Intern("platform")]).Value;
            Sys.Stderr.Write($"Python {Sys.VersionString} on {platform}\nType \"help\", \"copyright\", \"credits\" or \"license\" for more information.\n");
        }
        if (startupFile != null && RunStartupFile(startupFile, globals) is { } startupExit)
        {
            return startupExit;
        }
        var reader = terminal ? new TerminalReader(new Completer(globals)) : (ILineReader)new PlainReader();
        var lines = new List<string>();
        while (true)
        {
            FlushQuietly();
            var prompt = PyProtocol.Str(sys.TryGetValue(PyStr.Intern(lines.Count == 0 ? "ps1" : "ps2"), out var p) ? p : null).Value;
            var status = reader.Read(prompt, out var line);
            if (status == LineStatus.EndOfFile)
            {
                if (!terminal)
                {
                    Sys.Stderr.Write("\n");
                }
                return 0;
            }
            if (status == LineStatus.Interrupted)
            {
                Sys.Stderr.Write("KeyboardInterrupt\n");
                lines.Clear();
                continue;
            }
            lines.Add(line);
            if (lines.Count == 1 && IsBlankOrComment(line))
            {
                lines.Clear();
                continue;
            }
            if (InputCompleteness.NeedsMore(lines))
            {
                continue;
            }
            var source = string.Join("\n", lines) + "\n";
            lines.Clear();
            if (Execute(source, globals) is { } exitCode)
            {
                return exitCode;
            }
        }
    }

    /// <summary>A line with nothing to run: at the primary prompt it just gives the prompt again.</summary>
    private static bool IsBlankOrComment(string line)
    {
        var text = line.TrimStart();
        return text.Length == 0 || text.StartsWith('#');
    }

    /// <summary>PYTHONSTARTUP: the file runs in __main__ before the first prompt; a missing file is reported and skipped.</summary>
    private static int? RunStartupFile(string path, PyDict globals)
    {
        string source;
        try
        {
            source = System.IO.File.ReadAllText(path);
        }
        catch (Exception e) when (e is System.IO.IOException or UnauthorizedAccessException)
        {
            Sys.Stderr.Write($"Could not open PYTHONSTARTUP\nFileNotFoundError: [Errno 2] No such file or directory: {PyStr.Repr(path)}\n");
            return null;
        }
        return Execute(source, System.IO.Path.GetFullPath(path), "exec", globals);
    }

    /// <summary>Compiles and runs one statement; returns the exit status when it raised SystemExit.</summary>
    private static int? Execute(string source, PyDict globals) => Execute(source, "<stdin>", "single", globals);

    private static int? Execute(string source, string filename, string mode, PyDict globals)
    {
        PyOps.ClearInterrupt();
        object? result;
        try
        {
            var code = RuntimeCompiler.Required.Compile(source, filename, mode);
            result = code.Body!(globals, globals);
        }
        catch (PyException e)
        {
            PyThreadState.Current.Pending = e.Value;
            result = PyOps.Raised;
        }
        if (!ReferenceEquals(result, PyOps.Raised))
        {
            return null;
        }
        var exception = PyOps.FetchPending();
        if (exception.Type.IsSubtypeOf(PyExc.SystemExit))
        {
            return PythonProgram.ExitCodeOf(exception);
        }
        var sys = Sys.Module.Dict;
        sys[PyStr.Intern("last_type")] = exception.Type;
        sys[PyStr.Intern("last_value")] = exception;
        sys[PyStr.Intern("last_traceback")] = exception.Traceback;
        PythonProgram.PrintException(exception);
        return null;
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

    private interface ILineReader
    {
        LineStatus Read(string prompt, out string line);
    }

    /// <summary>stdin is not a terminal: prompts go to stderr and lines come from sys.stdin's reader.</summary>
    private sealed class PlainReader : ILineReader
    {
        public LineStatus Read(string prompt, out string line)
        {
            Sys.Stderr.Write(prompt);
            Sys.Stderr.Flush();
            var text = Sys.Stdin.ReadLine();
            line = text ?? string.Empty;
            return text == null ? LineStatus.EndOfFile : LineStatus.Line;
        }
    }

    /// <summary>A terminal: the line editor, with history in ~/.pynet_history and Tab completion.</summary>
    private sealed class TerminalReader : ILineReader
    {
        private readonly History _history = new(History.DefaultPath());
        private readonly LineEditor _editor;

        public TerminalReader(Completer completer)
        {
            _editor = new LineEditor(_history, completer.Complete);
        }

        public LineStatus Read(string prompt, out string line)
        {
            var status = _editor.ReadLine(prompt, out line);
            if (status == LineStatus.Line)
            {
                _history.Add(line);
            }
            return status;
        }
    }
}
