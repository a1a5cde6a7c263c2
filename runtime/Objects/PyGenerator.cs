using System;
using System.Runtime.CompilerServices;

namespace PyNet.Runtime;

/// <summary>
/// A generator (and, with <see cref="Kind"/>, a coroutine): a compiled body that runs until its next yield. The body
/// is a state machine: <see cref="State"/> 0 starts it, k &gt; 0 resumes after yield point k, -1 means finished.
/// Its frame is <see cref="InlineSlots"/> fields (<see cref="Slot0"/>...) and, past them, the array
/// <see cref="Frame"/>: it holds the arguments when the generator is created and, at each yield, the locals live
/// across that yield (the body reads its arguments from it before its first yield). Resuming with
/// <see cref="PyOps.Raised"/> as the sent value raises the pending exception at the yield point: that is how
/// <c>throw()</c> and <c>close()</c> work. Iterating needs no exception: the end is <see cref="PyOps.Done"/>.
/// </summary>
public sealed unsafe class PyGenerator : PyIterator
{
    public const int KindGenerator = 0;
    public const int KindCoroutine = 1;

    private static readonly PyType s_generatorType = new("generator", PyType.ObjectType, GeneratorMembers.Init, isBaseType: false);
    private static readonly PyType s_coroutineType = new("coroutine", PyType.ObjectType, GeneratorMembers.InitCoroutine, isBaseType: false);

    /// <summary>The compiled body, <c>object Resume(PyGenerator generator, object sent)</c>: a function pointer
    /// the code generator takes with ldftn, so creating a generator allocates no delegate.</summary>
    private readonly delegate*<PyGenerator, object?, object?> _body;
    private bool _running;

    /// <summary>The frame slots held in fields; slot i past them is <c>Frame[i - InlineSlots]</c>.</summary>
    public const int InlineSlots = 6;

    /// <param name="body">The address of the compiled body.</param>
    /// <param name="overflow">The frame slots past the inline ones.</param>
    public PyGenerator(PyFunction function, nint body, int kind, int overflow)
    {
        Function = function;
        Frame = overflow > 0 ? new object?[overflow] : null;
        _body = (delegate*<PyGenerator, object?, object?>)body;
        Kind = kind;
        Name = function.Name;
        QualName = function.QualName;
    }

    public PyFunction Function;
    public object? Slot0;
    public object? Slot1;
    public object? Slot2;
    public object? Slot3;
    public object? Slot4;
    public object? Slot5;
    public object?[]? Frame;
    public int State;

    /// <summary>The thread state of the thread resuming the body (set by <see cref="Resume(object?, out object?, PyThreadState)"/>
    /// for the body's prologue).</summary>
    public PyThreadState? ThreadState;

    /// <summary>The value a finished <c>yield from</c> delegation returned.</summary>
    public object? DelegateResult;

    /// <summary>
    /// The iterator of the <c>yield from</c> (or <c>await</c>) this generator is suspended in, or null: set when a
    /// value from it is yielded, cleared when it finishes (<c>gi_yieldfrom</c>, <c>cr_await</c>).
    /// </summary>
    public object? YieldFromIterator;

    /// <summary>
    /// How the delegate finished when <see cref="ResumeDelegating"/> ran it without this generator's body:
    /// <see cref="PyOps.Done"/> (with <see cref="DelegateResult"/>) or <see cref="PyOps.Raised"/>; the body's
    /// <c>yield from</c> step takes it on resumption. Null otherwise.
    /// </summary>
    public object? DelegateOutcome;

    public int Kind { get; }

    /// <summary>The state machine of an async generator (its StopAsyncIteration also becomes RuntimeError).</summary>
    public bool IsAsyncGeneratorBody { get; set; }

    public string Name { get; set; }

    public string QualName { get; set; }

    public bool IsRunning => _running;

    /// <summary>gi_yieldfrom: the delegate while this generator is suspended in a yield from (None while it runs).</summary>
    public object? YieldFromOrNull => _running ? null : YieldFromIterator;

    public bool IsFinished => State < 0;

    public override PyType Type => Kind == KindCoroutine ? s_coroutineType : s_generatorType;

    /// <summary>Stores arguments bound into an array in frame slots 0, 1, ... (the array is not kept).</summary>
    public void LoadArguments(object?[] args)
    {
        switch (Math.Min(args.Length, InlineSlots))
        {
            case 6:
                Slot5 = args[5];
                goto case 5;
            case 5:
                Slot4 = args[4];
                goto case 4;
            case 4:
                Slot3 = args[3];
                goto case 3;
            case 3:
                Slot2 = args[2];
                goto case 2;
            case 2:
                Slot1 = args[1];
                goto case 1;
            case 1:
                Slot0 = args[0];
                break;
        }
        if (args.Length > InlineSlots)
        {
            Array.Copy(args, InlineSlots, Frame!, 0, args.Length - InlineSlots);
        }
    }

    /// <summary>A finished generator drops its frame, as CPython clears a finished generator's frame.</summary>
    private void ClearFrame()
    {
        Slot0 = Slot1 = Slot2 = Slot3 = Slot4 = Slot5 = null;
        Frame = null;
        YieldFromIterator = DelegateOutcome = null;
    }

    /// <summary>
    /// Runs the body until the next yield: the yielded value; <see cref="PyOps.Done"/> when it returned (the return
    /// value is in <paramref name="returnValue"/>); or <see cref="PyOps.Raised"/>.
    /// </summary>
    public object? Resume(object? sent, out object? returnValue) => Resume(sent, out returnValue, PyThreadState.Current);

    /// <summary>Resume on the current thread, whose state the caller already has.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public object? Resume(object? sent, out object? returnValue, PyThreadState ts)
    {
        returnValue = null;
        if (_running)
        {
            return PyOps.SetPending(PyErrors.ValueError(Kind == KindCoroutine ? "coroutine already executing" : "generator already executing"));
        }
        if (sent == null && YieldFromIterator is PyGenerator inner)
        {
            return ResumeDelegating(inner, out returnValue, ts);
        }
        if (State < 0)
        {
            if (ReferenceEquals(sent, PyOps.Raised))
            {
                return PyOps.Raised;
            }
            if (Kind == KindCoroutine)
            {
                return PyOps.SetPending(PyErrors.RuntimeError("cannot reuse already awaited coroutine"));
            }
            return PyOps.Done;
        }
        if (State == 0 && ReferenceEquals(sent, PyOps.Raised))
        {
            // Throwing into a generator that has not started finishes it without running its body.
            State = -1;
            ClearFrame();
            return PyOps.Raised;
        }
        _running = true;
        if (!ReferenceEquals(ThreadState, ts))
        {
            // Compared first: a store would cost a GC write barrier on every resume.
            ThreadState = ts;
        }
        object? result;
        try
        {
            result = _body(this, sent);
        }
        finally
        {
            _running = false;
        }
        if (ReferenceEquals(result, PyOps.Raised))
        {
            State = -1;
            ClearFrame();
            ConvertStopIteration(ts);
            return PyOps.Raised;
        }
        if (State < 0)
        {
            ClearFrame();
            returnValue = result;
            return PyOps.Done;
        }
        return result;
    }

    /// <summary>
    /// next() of a generator suspended in <c>yield from inner</c>: the value comes from the innermost generator of the
    /// chain, resumed directly, since every body in between would only pass it up (CPython resumes each frame in
    /// turn). The generators in between count as running and as frames for the recursion limit meanwhile. When the
    /// delegate finishes or raises, this generator's body resumes after its yield from, with the outcome recorded
    /// for its <c>yield from</c> step, as if it had resumed the delegate itself.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private object? ResumeDelegating(PyGenerator inner, out object? returnValue, PyThreadState ts)
    {
        object? r;
        object? innerReturn;
        _running = true;
        ts.Depth++;
        try
        {
            r = !inner._running && inner.YieldFromIterator is PyGenerator next
                ? inner.ResumeDelegating(next, out innerReturn, ts)
                : inner.Resume(null, out innerReturn, ts);
        }
        finally
        {
            ts.Depth--;
            _running = false;
        }
        if (!ReferenceEquals(r, PyOps.Done) && !ReferenceEquals(r, PyOps.Raised))
        {
            returnValue = null;
            return r;
        }
        YieldFromIterator = null;
        DelegateOutcome = r;
        DelegateResult = innerReturn;
        return Resume(null, out returnValue, ts);
    }

    /// <summary>PEP 479: a StopIteration escaping the body becomes RuntimeError.</summary>
    private void ConvertStopIteration(PyThreadState ts)
    {
        var e = ts.Pending;
        if (e == null)
        {
            return;
        }
        var stopAsync = e.Type.IsSubtypeOf(PyExc.StopAsyncIteration) && IsAsyncGeneratorBody;
        if (e.Type.IsSubtypeOf(PyExc.StopIteration) || stopAsync)
        {
            var what = IsAsyncGeneratorBody ? "async generator" : Kind == KindCoroutine ? "coroutine" : "generator";
            var replacement = PyErrors.RuntimeError($"{what} raised {e.Type.Name}");
            replacement.Cause = e;
            replacement.Context = e;
            replacement.SuppressContext = true;
            ts.Pending = replacement;
        }
    }

    public override object? Next() => Next(PyThreadState.Current);

    /// <summary><see cref="Next()"/> on the current thread, whose state the caller already has.</summary>
    public object? Next(PyThreadState ts)
    {
        var r = Resume(null, out _, ts);
        if (ReferenceEquals(r, PyOps.Raised))
        {
            throw PyOps.TakePendingAsException();
        }
        return r;
    }

    /// <summary>
    /// For a C# loop over <paramref name="iterator"/> (sum, any, list, str.join...): when it is a generator, the thread
    /// state to resume it with, read once per loop instead of once per item; else null. See <see cref="NextInLoop"/>.
    /// </summary>
    public static PyThreadState? LoopThreadState(PyIterator iterator) => iterator is PyGenerator ? PyThreadState.Current : null;

    /// <summary><paramref name="iterator"/>.Next() in a C# loop, with the loop's <see cref="LoopThreadState"/>.</summary>
    public static object? NextInLoop(PyIterator iterator, PyThreadState? ts) =>
        ts != null ? ((PyGenerator)iterator).Next(ts) : iterator.Next();

    public override object? NextOrRaised() => Resume(null, out _);

    /// <summary>gen.send(value) in C#: the yielded value; StopIteration (with the return value) when it finishes.</summary>
    public object? Send(object? value)
    {
        if (State == 0 && value != null)
        {
            throw new PyException(PyErrors.TypeError($"can't send non-None value to a just-started {(Kind == KindCoroutine ? "coroutine" : "generator")}"));
        }
        return Finish(Resume(value, out var returnValue), returnValue);
    }

    /// <summary>gen.throw(exc): raises <paramref name="exception"/> at the paused yield.</summary>
    public object? Throw(PyBaseException exception)
    {
        PyThreadState.Current.Pending = exception;
        return Finish(Resume(PyOps.Raised, out var returnValue), returnValue);
    }

    private static object? Finish(object? result, object? returnValue)
    {
        if (ReferenceEquals(result, PyOps.Raised))
        {
            throw PyOps.TakePendingAsException();
        }
        if (ReferenceEquals(result, PyOps.Done))
        {
            throw new PyException(PyErrors.StopIteration(returnValue));
        }
        return result;
    }

    /// <summary>gen.close(): raises GeneratorExit at the paused yield; the generator must not yield again.</summary>
    public void Close()
    {
        if (State <= 0)
        {
            State = -1;
            ClearFrame();
            return;
        }
        PyThreadState.Current.Pending = new PyBaseException(PyExc.GeneratorExit);
        var r = Resume(PyOps.Raised, out _);
        if (ReferenceEquals(r, PyOps.Raised))
        {
            var e = PyOps.FetchPending();
            if (e.Type.IsSubtypeOf(PyExc.GeneratorExit) || e.Type.IsSubtypeOf(PyExc.StopIteration))
            {
                return;
            }
            throw new PyException(e);
        }
        if (!ReferenceEquals(r, PyOps.Done))
        {
            State = -1;
            throw new PyException(PyErrors.RuntimeError($"{(Kind == KindCoroutine ? "coroutine" : "generator")} ignored GeneratorExit"));
        }
    }
}

/// <summary>The members of generator and coroutine objects.</summary>
public static class GeneratorMembers
{
    internal static void Init(PyType t)
    {
        t.DefMethod("__iter__", self => self);
        t.DefMethod("__next__", self => ((PyGenerator)self!).Send(null));
        DefineCommon(t);
    }

    internal static void InitCoroutine(PyType t)
    {
        t.DefMethod("__await__", self => new PyCoroutineWrapper((PyGenerator)self!));
        DefineCommon(t);
    }

    private static void DefineCommon(PyType t)
    {
        t.DefMethod("send", (self, v) => ((PyGenerator)self!).Send(v));
        t.DefMethodVar("throw", (args, kw) => ((PyGenerator)args[0]!).Throw(ExceptionFromThrowArgs(args)));
        t.DefMethod("close", self =>
        {
            ((PyGenerator)self!).Close();
            return null;
        });
        t.DefMethod("__repr__", self =>
        {
            var g = (PyGenerator)self!;
            return new PyStr($"<{g.Type.Name} object {g.QualName} at 0x{ObjectMembers.IdentityHash(g) << 4:x12}>");
        });
        t.DefGetSet("__name__", self => new PyStr(((PyGenerator)self).Name), (self, v) => ((PyGenerator)self).Name = ((PyStr)v!).Value);
        t.DefGetSet("__qualname__", self => new PyStr(((PyGenerator)self).QualName), (self, v) => ((PyGenerator)self).QualName = ((PyStr)v!).Value);
        t.DefGetSet("gi_running", self => ((PyGenerator)self).IsRunning);
        t.DefGetSet("cr_running", self => ((PyGenerator)self).IsRunning);
        t.DefGetSet("gi_code", self => ((PyGenerator)self).Function.Code);
        t.DefGetSet("cr_code", self => ((PyGenerator)self).Function.Code);
        t.DefGetSet("gi_frame", self => ((PyGenerator)self).IsFinished ? null : PyNotImplemented.Instance);
        t.DefGetSet("gi_yieldfrom", self => ((PyGenerator)self).YieldFromOrNull);
        t.DefGetSet("cr_await", self => ((PyGenerator)self).YieldFromOrNull);
    }

    /// <summary>throw(type[, value[, tb]]) or throw(exception): the exception to raise.</summary>
    public static PyBaseException ExceptionFromThrowArgs(object?[] args)
    {
        var first = args.Length > 1 ? args[1] : null;
        var value = args.Length > 2 ? args[2] : null;
        PyBaseException e;
        if (first is PyType t && value != null && value is not PyBaseException)
        {
            e = Builtins.MakeException(PyCall.Call(t, value));
        }
        else
        {
            e = Builtins.MakeException(value is PyBaseException ve ? ve : first);
        }
        if (args.Length > 3 && args[3] is PyTraceback tb)
        {
            e.Traceback = tb;
        }
        return e;
    }
}

/// <summary>The iterator a coroutine's <c>__await__</c> returns.</summary>
public sealed class PyCoroutineWrapper : PyIterator
{
    private static readonly PyType s_type = new("coroutine_wrapper", PyType.ObjectType, Init, isBaseType: false);

    public PyCoroutineWrapper(PyGenerator coroutine)
    {
        Coroutine = coroutine;
    }

    public PyGenerator Coroutine { get; }

    public override PyType Type => s_type;

    public override object? Next() => Coroutine.Send(null);

    private static void Init(PyType t)
    {
        t.DefMethod("__iter__", self => self);
        t.DefMethod("__next__", self => ((PyCoroutineWrapper)self!).Coroutine.Send(null));
        t.DefMethod("send", (self, v) => ((PyCoroutineWrapper)self!).Coroutine.Send(v));
        t.DefMethodVar("throw", (args, kw) => ((PyCoroutineWrapper)args[0]!).Coroutine.Throw(GeneratorMembers.ExceptionFromThrowArgs(args)));
        t.DefMethod("close", self =>
        {
            ((PyCoroutineWrapper)self!).Coroutine.Close();
            return null;
        });
    }
}
