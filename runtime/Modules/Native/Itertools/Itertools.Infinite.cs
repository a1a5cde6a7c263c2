using System.Numerics;

namespace PyNet.Runtime;

/// <summary><c>count(start=0, step=1)</c>: start, start+step, ... with any numbers; ints never overflow.</summary>
public sealed class PyCount : PyNativeIterator
{
    public static readonly PyType CountType = NativeTypes.Iterator("count", ItertoolsModule.Name, Construct, t =>
        t.DefMethod("__repr__", self => new PyStr(((PyCount)self!).Repr())));

    private static readonly string[] s_parameters = { "start", "step" };

    private object? _current;
    private readonly object? _step;

    private PyCount(PyType type, object? start, object? step)
        : base(type)
    {
        _current = start;
        _step = step;
    }

    public override object? Next()
    {
        var value = _current;
        _current = value is long a && _step is long b && !IsOverflow(a, b) ? PyInt.Box(a + b) : PyProtocol.BinaryOp(value, _step, BinaryOperator.Add);
        return value;
    }

    private static bool IsOverflow(long a, long b)
    {
        var sum = unchecked(a + b);
        return ((a ^ sum) & (b ^ sum)) < 0;
    }

    private string Repr()
    {
        var name = Type.Name;
        return _step is long one && one == 1 ? $"{name}({PyProtocol.Repr(_current)})" : $"{name}({PyProtocol.Repr(_current)}, {PyProtocol.Repr(_step)})";
    }

    private static object? Construct(object?[] args, PyStr[]? kw)
    {
        var a = Builtins.BindArguments("count", args, kw, 1, s_parameters, 0);
        var start = NativeTypes.IsMissing(a[0]) ? PyInt.Zero : a[0];
        var step = NativeTypes.IsMissing(a[1]) ? PyInt.One : a[1];
        if (!IsNumber(start) || !IsNumber(step))
        {
            throw new PyException(PyErrors.NumberRequired());
        }
        return new PyCount((PyType)args[0]!, start is bool b ? PyInt.Box(b ? 1 : 0) : start, step);
    }

    private static readonly PyStr s_float = PyStr.Intern("__float__");
    private static readonly PyStr s_int = PyStr.Intern("__int__");
    private static readonly PyStr s_complex = PyStr.Intern("__complex__");

    private static bool IsNumber(object? o)
    {
        if (o is long or double or BigInteger or bool or Complex)
        {
            return true;
        }
        var t = PyType.Of(o);
        return t.Lookup(PyProtocol.IndexName) != null || t.Lookup(s_float) != null || t.Lookup(s_int) != null || t.Lookup(s_complex) != null;
    }
}

/// <summary><c>cycle(iterable)</c>: the items, saved on the first pass, repeated forever.</summary>
public sealed class PyCycle : PyNativeIterator
{
    public static readonly PyType CycleType = NativeTypes.Iterator("cycle", ItertoolsModule.Name, Construct);

    private PyIterator? _source;
    private readonly PyList _saved = new();
    private int _index;

    private PyCycle(PyType type, PyIterator source)
        : base(type)
    {
        _source = source;
    }

    public override object? Next()
    {
        if (_source != null)
        {
            var item = _source.Next();
            if (!ReferenceEquals(item, PyOps.Done))
            {
                _saved.Append(item);
                return item;
            }
            _source = null;
        }
        if (_saved.Count == 0)
        {
            return PyOps.Done;
        }
        var value = _saved[_index];
        _index = (_index + 1) % _saved.Count;
        return value;
    }

    private static object? Construct(object?[] args, PyStr[]? kw)
    {
        var a = NativeTypes.Positional("cycle", args, kw);
        if (a.Length != 1)
        {
            throw new PyException(PyErrors.ArgumentCountRange("cycle", 1, 1, a.Length));
        }
        return new PyCycle((PyType)args[0]!, PyProtocol.GetIterator(a[0]));
    }
}

/// <summary><c>repeat(object[, times])</c>: the object, forever or <c>times</c> times.</summary>
public sealed class PyRepeat : PyNativeIterator
{
    public static readonly PyType RepeatType = NativeTypes.Iterator("repeat", ItertoolsModule.Name, Construct, t =>
    {
        t.DefMethod("__repr__", self => new PyStr(((PyRepeat)self!).Repr()));
        t.DefMethod("__length_hint__", self => ((PyRepeat)self!)._remaining is var n && n < 0
            ? throw new PyException(PyErrors.TypeError("len() of unsized object"))
            : PyInt.Box(n));
    });

    private static readonly string[] s_parameters = { "object", "times" };

    private readonly object? _element;
    private long _remaining;

    private PyRepeat(PyType type, object? element, long remaining)
        : base(type)
    {
        _element = element;
        _remaining = remaining;
    }

    public override object? Next()
    {
        if (_remaining == 0)
        {
            return PyOps.Done;
        }
        if (_remaining > 0)
        {
            _remaining--;
        }
        return _element;
    }

    private string Repr() => _remaining < 0
        ? $"{Type.Name}({PyProtocol.Repr(_element)})"
        : $"{Type.Name}({PyProtocol.Repr(_element)}, {_remaining})";

    private static object? Construct(object?[] args, PyStr[]? kw)
    {
        var a = Builtins.BindArguments("repeat", args, kw, 1, s_parameters, 1, showPosition: true);
        var times = NativeTypes.IsMissing(a[1]) ? -1 : System.Math.Max(0, PyProtocol.Index(a[1]));
        return new PyRepeat((PyType)args[0]!, a[0], times);
    }
}
