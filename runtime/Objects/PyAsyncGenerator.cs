using System;

namespace PyNet.Runtime;

/// <summary>
/// An asynchronous generator (<c>async def</c> with <c>yield</c>). Its body is a generator state machine whose own
/// yields are wrapped in <see cref="PyAsyncGenValue"/>, while values yielded by awaited objects pass through to the
/// event loop. <c>__anext__</c>, <c>asend</c>, <c>athrow</c> and <c>aclose</c> return awaitables that drive the body.
/// </summary>
public sealed class PyAsyncGenerator : PyObject
{
    private static readonly PyType s_type = new("async_generator", PyType.ObjectType, Init, isBaseType: false);

    public PyAsyncGenerator(PyGenerator body)
    {
        Body = body;
    }

    /// <summary>The underlying state machine (a generator whose own yields are wrapped).</summary>
    public PyGenerator Body { get; }

    public bool Running { get; set; }

    public override PyType Type => s_type;

    private static void Init(PyType t)
    {
        t.DefMethod("__aiter__", self => self);
        t.DefMethod("__anext__", self => new PyAsyncGenAwaitable((PyAsyncGenerator)self!, null, null, false));
        t.DefMethod("asend", (self, v) => new PyAsyncGenAwaitable((PyAsyncGenerator)self!, v, null, false));
        t.DefMethodVar("athrow", (args, kw) => new PyAsyncGenAwaitable((PyAsyncGenerator)args[0]!, null, GeneratorMembers.ExceptionFromThrowArgs(args), false));
        t.DefMethod("aclose", self => new PyAsyncGenAwaitable((PyAsyncGenerator)self!, null, new PyBaseException(PyExc.GeneratorExit), true));
        t.DefMethod("__repr__", self =>
        {
            var g = (PyAsyncGenerator)self!;
            return new PyStr($"<async_generator object {g.Body.QualName} at 0x{ObjectMembers.IdentityHash(g) << 4:x12}>");
        });
        t.DefGetSet("__name__", self => new PyStr(((PyAsyncGenerator)self).Body.Name));
        t.DefGetSet("__qualname__", self => new PyStr(((PyAsyncGenerator)self).Body.QualName));
        t.DefGetSet("ag_running", self => ((PyAsyncGenerator)self).Running);
    }
}

/// <summary>An async generator's own yielded value, told apart from values passed through from awaits.</summary>
public sealed class PyAsyncGenValue
{
    public PyAsyncGenValue(object? value)
    {
        Value = value;
    }

    public object? Value { get; }
}

/// <summary>The awaitable of one __anext__/asend/athrow/aclose step of an async generator.</summary>
public sealed class PyAsyncGenAwaitable : PyIterator
{
    private static readonly PyType s_type = new("async_generator_asend", PyType.ObjectType, Init, isBaseType: false);

    private readonly PyAsyncGenerator _generator;
    private object? _firstSend;
    private PyBaseException? _throw;
    private readonly bool _isClose;
    private bool _started;
    private bool _done;

    public PyAsyncGenAwaitable(PyAsyncGenerator generator, object? value, PyBaseException? toThrow, bool isClose)
    {
        _generator = generator;
        _firstSend = value;
        _throw = toThrow;
        _isClose = isClose;
    }

    public override PyType Type => s_type;

    public override object? Next() => Send(null);

    /// <summary>Drives the body: the next value for the event loop, or StopIteration carrying the generator's value.</summary>
    public object? Send(object? value)
    {
        if (_done)
        {
            throw new PyException(PyErrors.RuntimeError("cannot reuse already awaited __anext__()/asend()"));
        }
        var body = _generator.Body;
        object? r;
        object? returnValue;
        if (!_started)
        {
            _started = true;
            if (_throw != null)
            {
                if (body.State == 0 || body.IsFinished)
                {
                    body.State = -1;
                    _done = true;
                    if (_isClose)
                    {
                        throw new PyException(PyErrors.StopIteration());
                    }
                    throw new PyException(_throw);
                }
                PyThreadState.Current.Pending = _throw;
                r = body.Resume(PyOps.Raised, out returnValue);
            }
            else
            {
                r = body.Resume(_firstSend ?? value, out returnValue);
            }
        }
        else
        {
            r = body.Resume(value, out returnValue);
        }
        return Finish(r);
    }

    public object? Throw(PyBaseException exception)
    {
        PyThreadState.Current.Pending = exception;
        _started = true;
        return Finish(_generator.Body.Resume(PyOps.Raised, out _));
    }

    private object? Finish(object? r)
    {
        if (ReferenceEquals(r, PyOps.Raised))
        {
            _done = true;
            var e = PyOps.FetchPending();
            if (_isClose && (e.Type.IsSubtypeOf(PyExc.GeneratorExit) || e.Type.IsSubtypeOf(PyExc.StopAsyncIteration)))
            {
                throw new PyException(PyErrors.StopIteration());
            }
            throw new PyException(e);
        }
        if (ReferenceEquals(r, PyOps.Done))
        {
            _done = true;
            if (_isClose)
            {
                throw new PyException(PyErrors.StopIteration());
            }
            throw new PyException(new PyBaseException(PyExc.StopAsyncIteration));
        }
        if (r is PyAsyncGenValue v)
        {
            _done = true;
            if (_isClose)
            {
                throw new PyException(PyErrors.RuntimeError("async generator ignored GeneratorExit"));
            }
            throw new PyException(PyErrors.StopIteration(v.Value));
        }
        return r;
    }

    private static void Init(PyType t)
    {
        t.DefMethod("__await__", self => self);
        t.DefMethod("__iter__", self => self);
        t.DefMethod("__next__", self => ((PyAsyncGenAwaitable)self!).Send(null));
        t.DefMethod("send", (self, v) => ((PyAsyncGenAwaitable)self!).Send(v));
        t.DefMethodVar("throw", (args, kw) => ((PyAsyncGenAwaitable)args[0]!).Throw(GeneratorMembers.ExceptionFromThrowArgs(args)));
        t.DefMethod("close", self => null);
    }
}
