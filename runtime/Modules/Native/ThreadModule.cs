using System;
using System.Threading;

namespace PyNet.Runtime;

/// <summary>
/// The <c>_thread</c> module that <c>threading</c> builds on: locks (a semaphore, so any thread may release them, as
/// CPython allows), re-entrant locks, thread identity, and threads started on .NET threads with a large stack.
/// <c>_local</c> is a plain namespace object: attributes are shared between threads (a known difference).
/// </summary>
public static class ThreadModule
{
    public const double TimeoutMax = 9223372036.0;

    public static readonly PyType LocalType = new("_local", PyType.ObjectType, null, "_thread");

    /// <summary>threading.ExceptHookArgs: what threading.excepthook receives.</summary>
    public static readonly PyType ExceptHookArgsType =
        PyStructSequence.NewType("_ExceptHookArgs", "_thread", new[] { "exc_type", "exc_value", "exc_traceback", "thread" });

    private static int s_threadCount;

    /// <summary>The locks _set_sentinel gave the current thread: released when the thread ends (Thread.join waits on them).</summary>
    [ThreadStatic]
    private static System.Collections.Generic.List<PyLock>? t_sentinels;

    private static object? SetSentinel()
    {
        var sentinel = new PyLock();
        (t_sentinels ??= new()).Add(sentinel);
        return sentinel;
    }

    private static void ReleaseSentinels()
    {
        foreach (var sentinel in t_sentinels ?? new())
        {
            if (sentinel.IsLocked)
            {
                sentinel.Release();
            }
        }
        t_sentinels = null;
    }

    public static PyModule Create()
    {
        var d = new PyDict();
        var m = new PyModule("_thread", d);
        var allocate = PyBuiltinFunction.Create("allocate_lock", () => new PyLock());
        NativeTypes.Def(d, allocate);
        d[PyStr.Intern("allocate")] = allocate;
        NativeTypes.Def(d, PyBuiltinFunction.Create("_set_sentinel", SetSentinel));
        NativeTypes.Def(d, PyBuiltinFunction.Create("get_ident", () => PyInt.Box(Environment.CurrentManagedThreadId)));
        NativeTypes.Def(d, PyBuiltinFunction.Create("get_native_id", () => PyInt.Box(Environment.CurrentManagedThreadId)));
        NativeTypes.Def(d, PyBuiltinFunction.Create("_count", () => PyInt.Box(Volatile.Read(ref s_threadCount))));
        NativeTypes.Def(d, PyBuiltinFunction.Create("daemon_threads_allowed", () => true));
        NativeTypes.Def(d, PyBuiltinFunction.Create("interrupt_main", () => null));
        NativeTypes.Def(d, new PyBuiltinFunction("stack_size", (args, kw) => PyInt.Zero));
        NativeTypes.Def(d, new PyBuiltinFunction("start_new_thread", StartNewThread));
        d[PyStr.Intern("start_new")] = d[PyStr.Intern("start_new_thread")];
        NativeTypes.Def(d, PyBuiltinFunction.Create("_excepthook", ExceptHook));
        d[PyStr.Intern("_ExceptHookArgs")] = ExceptHookArgsType;
        d[PyStr.Intern("LockType")] = PyLock.LockType;
        d[PyStr.Intern("RLock")] = PyRLock.RLockType;
        d[PyStr.Intern("_local")] = LocalType;
        d[PyStr.Intern("error")] = PyExc.RuntimeError;
        d[PyStr.Intern("TIMEOUT_MAX")] = TimeoutMax;
        return m;
    }

    private static object? StartNewThread(object?[] args, PyStr[]? kw)
    {
        Builtins.NoKeywords("start_new_thread", kw);
        if (args.Length < 2 || args.Length > 3)
        {
            throw new PyException(PyErrors.ArgumentCountRange("start_new_thread", 2, 3, args.Length));
        }
        var function = args[0];
        var callArgs = args[1] as PyTuple ?? throw new PyException(PyErrors.TypeError("2nd arg must be a tuple"));
        var kwargs = args.Length > 2 ? args[2] as PyDict : null;
        var thread = new Thread(() =>
        {
            Interlocked.Increment(ref s_threadCount);
            try
            {
                var values = callArgs.Items.ToArray();
                PyStr[]? names = null;
                if (kwargs is { Count: > 0 })
                {
                    var all = new object?[values.Length + kwargs.Count];
                    values.CopyTo(all, 0);
                    names = new PyStr[kwargs.Count];
                    var i = 0;
                    foreach (var kv in kwargs.Items())
                    {
                        names[i] = (PyStr)kv.Key!;
                        all[values.Length + i++] = kv.Value;
                    }
                    values = all;
                }
                PyCall.Call(function, values, names);
            }
            catch (PyException e) when (!e.Value.Type.IsSubtypeOf(PyExc.SystemExit))
            {
                Sys.Stderr.Write(TracebackPrinter.Format(e.Value));
            }
            catch (PyException)
            {
            }
            finally
            {
                ReleaseSentinels();
                Interlocked.Decrement(ref s_threadCount);
            }
        }, PythonProgram.StackSize / 16)
        { IsBackground = true };
        thread.Start();
        return PyInt.Box(thread.ManagedThreadId);
    }

    /// <summary>
    /// The default threading.excepthook: "Exception in thread NAME:" and the traceback on sys.stderr (the thread's
    /// saved stderr when sys.stderr is None); SystemExit is ignored silently.
    /// </summary>
    private static object? ExceptHook(object? args)
    {
        var hook = args as PyTuple is { Count: 4 } t && PyType.Of(args).IsSubtypeOf(ExceptHookArgsType)
            ? t
            : throw new PyException(PyErrors.TypeError("_thread._excepthook argument type must be ExceptHookArgs"));
        if (hook[0] is PyType type && type.IsSubtypeOf(PyExc.SystemExit))
        {
            return null;
        }
        var thread = hook[3];
        var stderr = Sys.Module.Dict[PyStr.Intern("stderr")];
        if (stderr == null && thread != null)
        {
            stderr = PyProtocol.GetAttr(thread, PyStr.Intern("_stderr"));
        }
        if (stderr == null)
        {
            return null;
        }
        var name = thread != null && PyProtocol.TryGetAttr(thread, PyStr.Intern("name"), out var n) ? PyProtocol.Str(n).Value : Environment.CurrentManagedThreadId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var text = $"Exception in thread {name}:\n" + (hook[1] is PyBaseException e ? TracebackPrinter.Format(e) : PyProtocol.Str(hook[0]).Value + "\n");
        var write = PyProtocol.GetAttr(stderr, PyStr.Intern("write"));
        PyCall.Call(write, new PyStr(text));
        if (PyProtocol.TryGetAttr(stderr, PyStr.Intern("flush"), out var flush))
        {
            PyCall.Call(flush);
        }
        return null;
    }

    internal static bool Acquire(SemaphoreSlim semaphore, object?[] args, PyStr[]? kw, string name)
    {
        var a = Builtins.BindArguments(name, args, kw, 1, s_acquireParameters, 0);
        var blocking = NativeTypes.IsMissing(a[0]) || PyProtocol.IsTrue(a[0]);
        var timeout = NativeTypes.IsMissing(a[1]) ? -1.0 : MathModule.ToDouble(a[1]);
        if (!blocking)
        {
            if (timeout != -1)
            {
                throw new PyException(PyErrors.ValueError("can't specify a timeout for a non-blocking call"));
            }
            return semaphore.Wait(0);
        }
        if (timeout < 0 && timeout != -1)
        {
            throw new PyException(PyErrors.ValueError("timeout value must be a non-negative number"));
        }
        return timeout < 0 ? WaitForever(semaphore) : semaphore.Wait(TimeSpan.FromSeconds(Math.Min(timeout, TimeoutMax)));
    }

    private static bool WaitForever(SemaphoreSlim semaphore)
    {
        semaphore.Wait();
        return true;
    }

    private static readonly string[] s_acquireParameters = { "blocking", "timeout" };
}

/// <summary><c>_thread.lock</c>: a non-reentrant lock.</summary>
public sealed class PyLock : PyObject
{
    public static readonly PyType LockType = new("lock", PyType.ObjectType, Init, "_thread", isBaseType: false);

    private readonly SemaphoreSlim _semaphore = new(1, 1);

    public override PyType Type => LockType;

    public bool IsLocked => _semaphore.CurrentCount == 0;

    public void Release()
    {
        if (_semaphore.CurrentCount != 0)
        {
            throw new PyException(PyErrors.RuntimeError("release unlocked lock"));
        }
        _semaphore.Release();
    }

    private static void Init(PyType t)
    {
        t.DefMethodVar("acquire", (args, kw) => ThreadModule.Acquire(((PyLock)args[0]!)._semaphore, args, kw, "acquire"));
        t.DefMethodVar("acquire_lock", (args, kw) => ThreadModule.Acquire(((PyLock)args[0]!)._semaphore, args, kw, "acquire_lock"));
        t.DefMethodVar("__enter__", (args, kw) => ThreadModule.Acquire(((PyLock)args[0]!)._semaphore, args, kw, "__enter__"));
        t.DefMethod("release", self =>
        {
            ((PyLock)self!).Release();
            return null;
        });
        t.DefMethod("release_lock", self =>
        {
            ((PyLock)self!).Release();
            return null;
        });
        t.DefMethodVar("__exit__", (args, kw) =>
        {
            ((PyLock)args[0]!).Release();
            return null;
        });
        t.DefMethod("locked", self => ((PyLock)self!).IsLocked);
        t.DefMethod("locked_lock", self => ((PyLock)self!).IsLocked);
        t.DefMethod("_at_fork_reinit", self => null);
        t.DefMethod("__repr__", self => new PyStr(
            $"<{(((PyLock)self!).IsLocked ? "locked" : "unlocked")} _thread.lock object at 0x{ObjectMembers.IdentityHash(self!) << 4:x12}>"));
    }
}

/// <summary><c>_thread.RLock</c>: a lock the owning thread may take again; released when every acquire is matched.</summary>
public sealed class PyRLock : PyObject
{
    public static readonly PyType RLockType = new("RLock", PyType.ObjectType, Init, "_thread");

    private readonly SemaphoreSlim _semaphore = new(1, 1);
    private int _owner;
    private long _count;

    public override PyType Type => RLockType;

    private bool Acquire(object?[] args, PyStr[]? kw)
    {
        var me = Environment.CurrentManagedThreadId;
        if (_count > 0 && _owner == me)
        {
            _count++;
            return true;
        }
        if (!ThreadModule.Acquire(_semaphore, args, kw, "acquire"))
        {
            return false;
        }
        _owner = me;
        _count = 1;
        return true;
    }

    private void Release()
    {
        if (_count == 0 || _owner != Environment.CurrentManagedThreadId)
        {
            throw new PyException(PyErrors.RuntimeError("cannot release un-acquired lock"));
        }
        if (--_count == 0)
        {
            _owner = 0;
            _semaphore.Release();
        }
    }

    private static void Init(PyType t)
    {
        t.DefStatic("__new__", (args, kw) => new PyRLock());
        t.DefMethodVar("acquire", (args, kw) => ((PyRLock)args[0]!).Acquire(args, kw));
        t.DefMethodVar("__enter__", (args, kw) => ((PyRLock)args[0]!).Acquire(args, kw));
        t.DefMethod("release", self =>
        {
            ((PyRLock)self!).Release();
            return null;
        });
        t.DefMethodVar("__exit__", (args, kw) =>
        {
            ((PyRLock)args[0]!).Release();
            return null;
        });
        t.DefMethod("_is_owned", self => ((PyRLock)self!) is var r && r._count > 0 && r._owner == Environment.CurrentManagedThreadId);
        t.DefMethod("_release_save", self =>
        {
            var r = (PyRLock)self!;
            if (r._count == 0)
            {
                throw new PyException(PyErrors.RuntimeError("cannot release un-acquired lock"));
            }
            var state = PyTuple.Create(PyInt.Box(r._count), PyInt.Box(r._owner));
            r._count = 0;
            r._owner = 0;
            r._semaphore.Release();
            return state;
        });
        t.DefMethod("_acquire_restore", (self, state) =>
        {
            var r = (PyRLock)self!;
            var tuple = (PyTuple)state!;
            r._semaphore.Wait();
            r._count = PyProtocol.Index(tuple[0]);
            r._owner = (int)PyProtocol.Index(tuple[1]);
            return null;
        });
        t.DefMethod("_at_fork_reinit", self => null);
        t.DefMethod("__repr__", self =>
        {
            var r = (PyRLock)self!;
            return new PyStr($"<{(r._count > 0 ? "locked" : "unlocked")} _thread.RLock object owner={r._owner} count={r._count} at 0x{ObjectMembers.IdentityHash(r) << 4:x12}>");
        });
    }
}
