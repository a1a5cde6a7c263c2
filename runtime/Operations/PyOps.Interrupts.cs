using System;
using System.Runtime.CompilerServices;
using System.Threading;

namespace PyNet.Runtime;

/// <summary>
/// Ctrl-C: the SIGINT handler only sets a flag (<see cref="RequestInterrupt"/>); the program's main thread raises
/// KeyboardInterrupt at the next safe point, as CPython's eval breaker does. The safe points are loop back edges
/// (compiled code reads <see cref="InterruptRequested"/> with a volatile load and calls <see cref="TakeInterrupt"/>
/// when it is set), function entry (<see cref="EnterFrame"/>) and blocking waits such as time.sleep
/// (<see cref="SleepInterruptibly"/>).
/// </summary>
public static partial class PyOps
{
    /// <summary>True between a SIGINT and the moment the main thread raises KeyboardInterrupt. Written with Volatile.Write.</summary>
    public static bool InterruptRequested;

    private static readonly ManualResetEventSlim s_interruptEvent = new(false);

    /// <summary>The thread that receives KeyboardInterrupt (CPython's main thread): the program's thread.</summary>
    public static Thread? MainThread { get; set; }

    /// <summary>Called by the signal handler (any thread).</summary>
    public static void RequestInterrupt()
    {
        Volatile.Write(ref InterruptRequested, true);
        s_interruptEvent.Set();
    }

    /// <summary>Forgets a request that no Python code took (the REPL does this before reading the next line).</summary>
    public static void ClearInterrupt()
    {
        Volatile.Write(ref InterruptRequested, false);
        s_interruptEvent.Reset();
    }

    /// <summary>At a back edge with the flag set: KeyboardInterrupt pending (Raised) on the main thread, else null.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static object? TakeInterrupt()
    {
        if (!TryTakeInterrupt())
        {
            return null;
        }
        return SetPending(PyErrors.KeyboardInterrupt());
    }

    /// <summary>Clears the request when this thread is the one that must raise KeyboardInterrupt.</summary>
    private static bool TryTakeInterrupt()
    {
        if (!Volatile.Read(ref InterruptRequested) || (MainThread != null && Thread.CurrentThread != MainThread))
        {
            return false;
        }
        ClearInterrupt();
        return true;
    }

    /// <summary>Waits <paramref name="duration"/>; throws KeyboardInterrupt when Ctrl-C comes first (time.sleep).</summary>
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
            if (TryTakeInterrupt())
            {
                throw new PyException(PyErrors.KeyboardInterrupt());
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
