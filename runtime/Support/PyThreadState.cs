using System;
using System.Collections.Generic;

namespace PyNet.Runtime;

/// <summary>
/// Per-thread interpreter state: the pending exception (set when compiled code returns <see cref="PyOps.Raised"/>),
/// the stack of exceptions being handled (sys.exc_info, implicit chaining), and the Python call depth.
/// </summary>
public sealed class PyThreadState
{
    [ThreadStatic]
    private static PyThreadState? t_current;

    public PyBaseException? Pending;
    public int Depth;
    public readonly List<PyBaseException?> Handled = new();

    public static PyThreadState Current => t_current ??= new PyThreadState();

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
