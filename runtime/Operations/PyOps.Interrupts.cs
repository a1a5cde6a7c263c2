using System;
using System.Runtime.CompilerServices;
using System.Threading;

namespace PyNet.Runtime;

/// <summary>
/// Ctrl-C and the other signals a program handles: the .NET signal handler only records the signal
/// (<see cref="RequestSignal"/>); the program's main thread runs the Python handler (SignalModule) at the next safe
/// point, as CPython's eval breaker does: for SIGINT by default, default_int_handler raises KeyboardInterrupt. The safe
/// points are loop back edges (compiled code reads <see cref="InterruptRequested"/> with a volatile load and calls
/// <see cref="TakeInterrupt"/> when it is set), function entry (<see cref="EnterFrame"/>) and blocking waits such as
/// time.sleep (<see cref="SleepInterruptibly"/>).
/// </summary>
public static partial class PyOps
{
    /// <summary>True between a SIGINT and the moment the main thread raises KeyboardInterrupt. Written with Volatile.Write.</summary>
    public static bool InterruptRequested;

    private static readonly ManualResetEventSlim s_interruptEvent = new(false);

    /// <summary>The thread that receives KeyboardInterrupt (CPython's main thread): the program's thread.</summary>
    public static Thread? MainThread { get; set; }

    /// <summary>The signals that arrived and wait for the main thread: bit n - 1 for signal n (1 to 64).</summary>
    private static long s_pendingSignals;

    /// <summary>Ctrl-C: called by the SIGINT handler (any thread).</summary>
    public static void RequestInterrupt() => RequestSignal(SignalModule.SigInt);

    /// <summary>Called by a signal handler (any thread): the main thread runs the signal's Python handler.</summary>
    public static void RequestSignal(int signum)
    {
        Interlocked.Or(ref s_pendingSignals, 1L << (signum - 1));
        Volatile.Write(ref InterruptRequested, true);
        s_interruptEvent.Set();
    }

    /// <summary>
    /// After this process sent itself a signal that a Python handler takes: waits (at most a second) for .NET's signal
    /// thread to record it, then handles it here, as CPython handles such a signal before kill or raise_signal returns.
    /// </summary>
    public static void HandleOwnSignal(int signum)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(1);
        while ((Volatile.Read(ref s_pendingSignals) & (1L << (signum - 1))) == 0 && DateTime.UtcNow < deadline)
        {
            s_interruptEvent.Wait(TimeSpan.FromMilliseconds(10));
        }
        if (TakeInterrupt() == Raised)
        {
            throw TakePendingAsException();
        }
    }

    /// <summary>Forgets a request that no Python code took (the REPL does this before reading the next line).</summary>
    public static void ClearInterrupt()
    {
        Volatile.Write(ref InterruptRequested, false);
        Interlocked.Exchange(ref s_pendingSignals, 0);
        s_interruptEvent.Reset();
    }

    /// <summary>
    /// At a back edge with the flag set: on the main thread, runs the handlers of the signals that arrived; their
    /// exception (KeyboardInterrupt for SIGINT by default) is left pending (Raised). Null otherwise.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static object? TakeInterrupt()
    {
        if (!TryTakeInterrupt(out var pending))
        {
            return null;
        }
        try
        {
            SignalModule.RunHandlers(pending);
            return null;
        }
        catch (PyException e)
        {
            return SetPending(e.Value);
        }
    }

    /// <summary>Takes the pending signals when this thread is the one that must handle them.</summary>
    private static bool TryTakeInterrupt(out long pending)
    {
        pending = 0;
        if (!Volatile.Read(ref InterruptRequested) || (MainThread != null && Thread.CurrentThread != MainThread))
        {
            return false;
        }
        Volatile.Write(ref InterruptRequested, false);
        s_interruptEvent.Reset();
        pending = Interlocked.Exchange(ref s_pendingSignals, 0);
        return true;
    }

    /// <summary>Waits <paramref name="duration"/>, running the handlers of signals that arrive meanwhile (time.sleep).</summary>
    public static void SleepInterruptibly(TimeSpan duration)
    {
        var isMain = MainThread == null || Thread.CurrentThread == MainThread;
        if (!isMain)
        {
            Thread.Sleep(duration);
            return;
        }
        var end = DateTime.UtcNow + duration;
        while (true)
        {
            if (TryTakeInterrupt(out var pending))
            {
                // A handler that returns lets the sleep go on (PEP 475); KeyboardInterrupt and the like end it.
                SignalModule.RunHandlers(pending);
            }
            var left = end - DateTime.UtcNow;
            if (left <= TimeSpan.Zero)
            {
                return;
            }
            s_interruptEvent.Wait(left > TimeSpan.FromMilliseconds(int.MaxValue) ? TimeSpan.FromMilliseconds(int.MaxValue) : left);
        }
    }
}
