using System;
using System.Collections.Generic;
using System.Runtime.InteropServices;
using System.Threading;

namespace PyNet.Runtime;

/// <summary>
/// The <c>_signal</c> module: Linux's signal numbers, <c>signal</c>/<c>getsignal</c>, <c>default_int_handler</c>,
/// <c>raise_signal</c>, <c>strsignal</c>, <c>valid_signals</c>. A Python handler runs on the main thread at its next
/// safe point (<see cref="PyOps.RequestSignal"/>), with None for the frame argument. .NET delivers SIGINT, SIGTERM,
/// SIGHUP, SIGQUIT, SIGCHLD, SIGCONT, SIGWINCH, SIGTTIN, SIGTTOU and SIGTSTP (and any other number it can register) to
/// the handlers set here; SIG_DFL gives a signal back to its default action, SIG_IGN ignores it. alarm, setitimer and
/// the signal masks are not provided.
/// </summary>
public static partial class SignalModule
{
    public const int SigInt = 2;
    private const int SigKill = 9;
    private const int SigPipe = 13;
    private const int SigStop = 19;
    private const int SigXfsz = 25;
    private const int NSig = 65;
    private const long SigDfl = 0;
    private const long SigIgn = 1;

    private static readonly (string Name, int Number)[] s_signals =
    {
        ("SIGHUP", 1), ("SIGINT", 2), ("SIGQUIT", 3), ("SIGILL", 4), ("SIGTRAP", 5), ("SIGABRT", 6), ("SIGIOT", 6),
        ("SIGBUS", 7), ("SIGFPE", 8), ("SIGKILL", 9), ("SIGUSR1", 10), ("SIGSEGV", 11), ("SIGUSR2", 12), ("SIGPIPE", 13),
        ("SIGALRM", 14), ("SIGTERM", 15), ("SIGSTKFLT", 16), ("SIGCHLD", 17), ("SIGCONT", 18), ("SIGSTOP", 19),
        ("SIGTSTP", 20), ("SIGTTIN", 21), ("SIGTTOU", 22), ("SIGURG", 23), ("SIGXCPU", 24), ("SIGXFSZ", 25),
        ("SIGVTALRM", 26), ("SIGPROF", 27), ("SIGWINCH", 28), ("SIGIO", 29), ("SIGPOLL", 29), ("SIGPWR", 30),
        ("SIGSYS", 31), ("SIGRTMIN", 34), ("SIGRTMAX", 64),
    };

    /// <summary>default_int_handler: what SIGINT runs until a program sets another handler.</summary>
    public static readonly PyBuiltinFunction DefaultIntHandler = new("default_int_handler", (args, kw) => throw new PyException(PyErrors.KeyboardInterrupt()));

    /// <summary>The Python handler of each signal (null: the initial one), read and written on the main thread.</summary>
    private static readonly object?[] s_handlers = new object?[NSig];

    /// <summary>The .NET registrations that route a signal to its Python handler (SIGINT's is the program's own).</summary>
    private static readonly Dictionary<int, PosixSignalRegistration> s_registrations = new();

    public static PyModule Create()
    {
        var d = new PyDict();
        var m = new PyModule("_signal", d);
        foreach (var (name, number) in s_signals)
        {
            d[PyStr.Intern(name)] = PyInt.Box(number);
        }
        d[PyStr.Intern("NSIG")] = PyInt.Box(NSig);
        d[PyStr.Intern("SIG_DFL")] = PyInt.Box(SigDfl);
        d[PyStr.Intern("SIG_IGN")] = PyInt.Box(SigIgn);
        NativeTypes.Def(d, DefaultIntHandler);
        NativeTypes.Def(d, PyBuiltinFunction.Create("getsignal", n => HandlerOf(Number(n))));
        NativeTypes.Def(d, PyBuiltinFunction.Create("signal", (n, handler) => SetHandler(Number(n), handler)));
        NativeTypes.Def(d, PyBuiltinFunction.Create("raise_signal", n =>
        {
            if (Raise(Number(n)) != 0)
            {
                throw new PyException(PyErrors.OSErrorFromErrno(22, "Invalid argument"));
            }
            AfterOwnSignal(Number(n));
            return null;
        }));
        NativeTypes.Def(d, PyBuiltinFunction.Create("strsignal", n =>
        {
            var text = StrSignal(Number(n));
            return text == IntPtr.Zero ? null : new PyStr(Marshal.PtrToStringUTF8(text)!);
        }));
        NativeTypes.Def(d, PyBuiltinFunction.Create("valid_signals", () =>
        {
            var set = new PySet();
            for (var i = 1; i < NSig; i++)
            {
                // glibc keeps 32 and 33 for its threads.
                if (i is not (32 or 33))
                {
                    set.Add(PyInt.Box(i));
                }
            }
            return set;
        }));
        NativeTypes.Def(d, new PyBuiltinFunction("set_wakeup_fd", (args, kw) => PyInt.Box(-1)));
        NativeTypes.Def(d, PyBuiltinFunction.Create("siginterrupt", (n, flag) =>
        {
            Number(n);
            return null;
        }));
        return m;
    }

    /// <summary>A signal number argument: an int in 1..NSIG-1, else ValueError as CPython's.</summary>
    private static int Number(object? n)
    {
        var value = PyProtocol.Index(n);
        if (value < 1 || value >= NSig)
        {
            throw new PyException(PyErrors.ValueError("signal number out of range"));
        }
        return (int)value;
    }

    private static object? HandlerOf(int signum) => s_handlers[signum] ?? signum switch
    {
        SigInt => DefaultIntHandler,
        SigPipe or SigXfsz => PyInt.Box(SigIgn),
        _ => PyInt.Box(SigDfl),
    };

    private static object? SetHandler(int signum, object? handler)
    {
        if (PyOps.MainThread != null && Thread.CurrentThread != PyOps.MainThread)
        {
            throw new PyException(PyErrors.ValueError("signal only works in main thread of the main interpreter"));
        }
        var isDefault = handler is long l1 && l1 == SigDfl;
        var isIgnore = handler is long l2 && l2 == SigIgn;
        if (!isDefault && !isIgnore && !Builtins.IsCallable(handler))
        {
            throw new PyException(PyErrors.TypeError("signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object"));
        }
        if (signum is SigKill or SigStop)
        {
            throw new PyException(PyErrors.OSErrorFromErrno(22, "Invalid argument"));
        }
        var old = HandlerOf(signum);
        if (signum != SigInt)
        {
            Route(signum, deliver: !isDefault);
        }
        s_handlers[signum] = handler;
        return old;
    }

    /// <summary>Takes the signal from its default action (or gives it back): .NET cancels the action and records it.</summary>
    private static void Route(int signum, bool deliver)
    {
        if (s_registrations.Remove(signum, out var old))
        {
            old.Dispose();
        }
        if (!deliver)
        {
            return;
        }
        try
        {
            s_registrations[signum] = PosixSignalRegistration.Create((PosixSignal)signum, context =>
            {
                context.Cancel = true;
                PyOps.RequestSignal(signum);
            });
        }
        catch (Exception e) when (e is PlatformNotSupportedException or System.IO.IOException or ArgumentOutOfRangeException)
        {
            // A signal .NET cannot catch keeps its default action; the handler is still what getsignal reports.
        }
    }

    /// <summary>True when a signal reaches a Python handler (or SIGINT's KeyboardInterrupt) rather than its default or nothing.</summary>
    private static bool IsRouted(int signum) =>
        signum == SigInt ? HandlerOf(signum) is not long : s_registrations.ContainsKey(signum) && HandlerOf(signum) is not long;

    /// <summary>After the process sent itself <paramref name="signum"/>: its Python handler runs before the call returns.</summary>
    public static void AfterOwnSignal(int signum)
    {
        if (signum is > 0 and < NSig && IsRouted(signum))
        {
            PyOps.HandleOwnSignal(signum);
        }
    }

    /// <summary>Runs, in signal order, the handlers of the signals in <paramref name="pending"/> (bit n - 1: signal n).</summary>
    public static void RunHandlers(long pending)
    {
        for (var signum = 1; signum < NSig && pending != 0; signum++)
        {
            var bit = 1L << (signum - 1);
            if ((pending & bit) == 0)
            {
                continue;
            }
            pending &= ~bit;
            var handler = HandlerOf(signum);
            if (ReferenceEquals(handler, DefaultIntHandler))
            {
                throw new PyException(PyErrors.KeyboardInterrupt());
            }
            if (handler is long action)
            {
                if (action == SigDfl)
                {
                    // SIGINT's default action ends the process, as the shell reports a signal's death (128 + n).
                    Environment.Exit(128 + signum);
                }
                continue;
            }
            PyCall.Call(handler, PyInt.Box(signum), null);
        }
    }

    [LibraryImport("libc", EntryPoint = "raise")]
    private static partial int Raise(int signum);

    [LibraryImport("libc", EntryPoint = "strsignal")]
    private static partial IntPtr StrSignal(int signum);
}
