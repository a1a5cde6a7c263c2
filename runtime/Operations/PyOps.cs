using System;
using System.Runtime.CompilerServices;
using System.Threading;

namespace PyNet.Runtime;

/// <summary>
/// The runtime entry points that compiled Python code calls: the one catalogue the emitter binds to
/// (compiler/Emit/RuntimeMethods.cs). Every entry follows the pending-exception convention: it never throws; on a
/// Python error it stores the exception in the thread state and returns <see cref="Raised"/> (void operations return
/// null on success), and the compiled caller branches to its handler. Fast paths for the common exact types come
/// first; the general protocol (<see cref="PyProtocol"/>) runs behind a try/catch in an out-of-line slow path.
/// See docs/design.md, "Exceptions".
/// </summary>
public static partial class PyOps
{
    /// <summary>Returned by an operation whose Python exception is pending in the thread state.</summary>
    public static readonly object Raised = new Sentinel("<raised>");

    /// <summary>Returned by iterator steps at the end of iteration.</summary>
    public static readonly object Done = new Sentinel("<done>");

    /// <summary>The value of a variable that has not been assigned (locals, cells, deleted entries).</summary>
    public static readonly object Unbound = new Sentinel("<unbound>");

    private static int s_recursionLimit = 1000;

    public static int RecursionLimit
    {
        get => s_recursionLimit;
        set => s_recursionLimit = value;
    }

    /// <summary>Makes <paramref name="exception"/> the pending exception and returns <see cref="Raised"/>.</summary>
    public static object SetPending(PyBaseException exception)
    {
        PyThreadState.Current.Pending = exception;
        return Raised;
    }

    /// <summary>Converts any exception caught in a slow path to the pending form.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static object Fail(Exception exception)
    {
        if (s_traceClrExceptions)
        {
            Console.Error.WriteLine("[PYNET_TRACE_CLR] " + exception);
        }
        return SetPending(PyErr.FromClr(exception));
    }

    /// <summary>PYNET_TRACE_CLR=1 prints the .NET stack of every exception turned into a Python one (for PyNet developers).</summary>
    private static readonly bool s_traceClrExceptions = Environment.GetEnvironmentVariable("PYNET_TRACE_CLR") == "1";

    /// <summary>Takes the pending exception out of the thread state, for C# callers that throw it.</summary>
    public static PyException TakePendingAsException()
    {
        var ts = PyThreadState.Current;
        var e = ts.Pending ?? PyErrors.SystemError("error return without exception set");
        ts.Pending = null;
        return new PyException(e);
    }

    /// <summary>
    /// A compiled unit's prologue: counts the frame against the recursion limit and returns the thread state, which
    /// the unit keeps in a local for its <see cref="LeaveFrame"/> (one thread-static read per call, not two); null
    /// with RecursionError pending when the limit (or the stack) is exhausted.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyThreadState? EnterFrame() => EnterFrameOn(PyThreadState.Current);

    /// <summary>
    /// <see cref="EnterFrame"/> on a thread state the caller already has (a generator's body gets the resumer's, so a
    /// resume reads no thread-static).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyThreadState? EnterFrameOn(PyThreadState ts)
    {
        if (++ts.Depth > s_recursionLimit || (ts.Depth & 31) == 0 || Volatile.Read(ref InterruptRequested))
        {
            return EnterFrameChecked(ts);
        }
        return ts;
    }

    /// <summary>The prologue's rarer checks: the recursion limit, the stack (every 32 levels) and Ctrl-C.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static PyThreadState? EnterFrameChecked(PyThreadState ts)
    {
        if (ts.Depth > s_recursionLimit)
        {
            return EnterFrameFailed(ts);
        }
        if ((ts.Depth & 31) == 0 && !RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            return EnterFrameFailed(ts);
        }
        if (Volatile.Read(ref InterruptRequested))
        {
            return EnterFrameInterrupted(ts);
        }
        return ts;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static PyThreadState? EnterFrameFailed(PyThreadState ts)
    {
        ts.Depth--;
        ts.Pending = PyErrors.RecursionLimit();
        return null;
    }

    /// <summary>Ctrl-C seen at a function's entry: null with KeyboardInterrupt pending on the main thread.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static PyThreadState? EnterFrameInterrupted(PyThreadState ts)
    {
        if (ReferenceEquals(TakeInterrupt(), Raised))
        {
            ts.Depth--;
            return null;
        }
        return ts;
    }

    public static void LeaveFrame(PyThreadState ts) => ts.Depth--;

    /// <summary>
    /// Records the frame and position an exception passes through (each compiled error exit calls it once):
    /// <paramref name="position"/> packs line, end line, column and end column; <paramref name="anchors"/> the carets.
    /// </summary>
    public static void AddTraceback(PyCode code, long position, int anchors)
    {
        var ts = PyThreadState.Current;
        var e = ts.Pending;
        if (e == null)
        {
            return;
        }
        if (e.IsFresh && e.Context == null && ts.Handled.Count > 0)
        {
            // An error raised by an operation (not a raise statement) while another exception is being handled:
            // chain it implicitly, as CPython's _PyErr_SetObject does for every new exception.
            var handled = ts.CurrentHandled;
            if (handled != null && !ReferenceEquals(handled, e))
            {
                LinkContext(e, handled);
            }
        }
        e.Traceback = new PyTraceback(e.Traceback, code, position, anchors);
    }

    /// <summary>
    /// <see cref="AddTraceback"/> for a failure stub of compiled code, which passes only its index into its function's
    /// table of positions, a string literal of 8 chars per entry: the packed position in five 15-bit chunks and the
    /// anchors in three, lowest first (docs/design.md, "IL size and warm-up").
    /// </summary>
    public static void AddTracebackAt(int index, PyCode code, string positions)
    {
        var at = index * 8;
        ulong position = 0;
        for (var k = 4; k >= 0; k--)
        {
            position = (position << 15) | positions[at + k];
        }
        uint anchors = 0;
        for (var k = 2; k >= 0; k--)
        {
            anchors = (anchors << 15) | positions[at + 5 + k];
        }
        AddTraceback(code, (long)position, (int)anchors);
    }

    private sealed class Sentinel
    {
        private readonly string _name;

        public Sentinel(string name)
        {
            _name = name;
        }

        public override string ToString() => _name;
    }
}
