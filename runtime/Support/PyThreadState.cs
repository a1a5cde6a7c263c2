using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;

namespace PyNet.Runtime;

/// <summary>
/// Per-thread interpreter state: the pending exception (set when compiled code returns <see cref="PyOps.Raised"/>),
/// the stack of exceptions being handled (sys.exc_info, implicit chaining), and the Python call depth.
/// </summary>
public sealed class PyThreadState
{
    [ThreadStatic]
    private static PyThreadState? t_current;

    /// <summary>The program's thread and the stack range it claimed (replaced as a whole, so readers see one claim).</summary>
    private static StackClaim? s_claim;

    public PyBaseException? Pending;
    public int Depth;
    public readonly List<PyBaseException?> Handled = new();

    /// <summary>
    /// The calling thread's state. A thread-static read costs a call to __tls_get_addr on Linux, and every Python call
    /// needs the state (the recursion count), so the program's thread claims its stack range: a caller whose stack
    /// address lies in it is that thread, found with two compares. Other threads use the thread-static.
    /// </summary>
    public static PyThreadState Current
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get
        {
            var claim = s_claim;
            if (claim != null && StackAddress() - claim.Low < claim.Size)
            {
                return claim.State;
            }
            return t_current ??= new PyThreadState();
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static unsafe nuint StackAddress()
    {
        byte marker = 0;
        return (nuint)(&marker);
    }

    /// <summary>
    /// Claims the stack below the caller's frame, <paramref name="stackSize"/> bytes of it, for the calling thread's
    /// state (see <see cref="Current"/>); the returned object gives the claim up when disposed, which must happen
    /// before the thread ends (another thread's stack may later occupy the range).
    /// </summary>
    public static IDisposable ClaimStack(int stackSize)
    {
        var high = StackAddress();
        var size = (nuint)stackSize - (1u << 20);
        var claim = new StackClaim(t_current ??= new PyThreadState(), high - size, size);
        s_claim = claim;
        return claim;
    }

    private sealed class StackClaim : IDisposable
    {
        public StackClaim(PyThreadState state, nuint low, nuint size)
        {
            State = state;
            Low = low;
            Size = size;
        }

        public PyThreadState State { get; }

        public nuint Low { get; }

        public nuint Size { get; }

        public void Dispose() => Interlocked.CompareExchange(ref s_claim, null, this);
    }

    /// <summary>The exception currently being handled (sys.exception()), or null.</summary>
    public PyBaseException? CurrentHandled
    {
        get
        {
            for (var i = Handled.Count - 1; i >= 0; i--)
            {
                if (Handled[i] != null)
                {
                    return Handled[i];
                }
            }
            return null;
        }
    }
}
