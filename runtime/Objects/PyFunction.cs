using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace PyNet.Runtime;

/// <summary>
/// A Python function: a code object with its globals, defaults and closure. Compiled code reaches the IL method
/// through delegates closed over this object: <see cref="Body"/> takes every parameter slot as an argument (for up
/// to <see cref="MaxBodyArity"/> slots), the array entry takes them in an array (only for more slots); the fixed-arity ones
/// (<see cref="Fast0"/>..<see cref="Fast4"/>) take positional arguments directly when the function has that many
/// plain parameters (or fewer, with defaults), so common calls allocate nothing. Calls that need argument binding
/// bind into slots on the stack and run <see cref="Body"/>.
/// </summary>
public sealed class PyFunction : PyObject, IHasDict
{
    public PyFunction(PyCode code, PyDict globals, PyTuple? defaults, PyDict? kwDefaults, PyCell[]? closure)
    {
        Code = code;
        Globals = globals;
        // What a traceback's frame shows as f_globals (unittest hides its own frames by a name in them).
        code.Globals ??= globals;
        Defaults = defaults;
        KwDefaults = kwDefaults;
        Closure = closure;
        Name = code.Name;
        QualName = code.QualName;
        Module = globals.TryGetValue(s_name, out var m) ? m : null;
    }

    /// <summary>The key of a function's __module__ in its globals (interned once: closures are created in loops).</summary>
    private static readonly PyStr s_name = PyStr.Intern("__name__");

    public PyCode Code { get; set; }

    public readonly PyDict Globals;

    /// <summary>__defaults__; setting it re-derives the entries that fill in defaults.</summary>
    public PyTuple? Defaults
    {
        get => _defaults;
        set
        {
            _defaults = value;
            if (_exactEntry != null)
            {
                InstallFastEntries();
            }
        }
    }

    private PyTuple? _defaults;
    private Delegate? _exactEntry;

    public PyDict? KwDefaults { get; set; }

    public readonly PyCell[]? Closure;

    public string Name { get; set; }

    public string QualName { get; set; }

    public object? Doc { get; set; }

    public object? Module { get; set; }

    public PyDict? Annotations { get; set; }

    public PyDict? InstanceDict { get; set; }

    /// <summary>The most parameter slots (*args and **kwargs included) a typed <see cref="Body"/> delegate takes.</summary>
    public const int MaxBodyArity = 8;

    /// <summary>The compiled entry taking the bound slots in an array; only functions without a typed <see cref="Body"/> have one.</summary>
    private Func<object?[], object?>? _arrayEntry;

    /// <summary>
    /// The compiled body as a <c>Func</c> of one argument per parameter slot (positional, keyword-only, *args,
    /// **kwargs), or null for a function with more than <see cref="MaxBodyArity"/> slots.
    /// </summary>
    public Delegate? Body { get; private set; }

    /// <summary>The parameter count when every parameter is plain positional (then <see cref="Body"/> is the exact-arity entry), else -1.</summary>
    public int PlainArity { get; private set; } = -1;

    public Func<object?>? Fast0;
    public Func<object?, object?>? Fast1;
    public Func<object?, object?, object?>? Fast2;
    public Func<object?, object?, object?, object?>? Fast3;
    public Func<object?, object?, object?, object?, object?>? Fast4;

    public override PyType Type => PyType.FunctionType;

    public PyDict GetOrCreateDict() => InstanceDict ??= new PyDict();

    /// <summary>
    /// Called by compiled code right after creating the function: installs its entry points, the typed
    /// <paramref name="body"/> when the function has at most <see cref="MaxBodyArity"/> slots, else the array entry.
    /// </summary>
    public PyFunction SetEntries(Func<object?[], object?>? general, Delegate? body)
    {
        _arrayEntry = body == null ? general : null;
        Body = body;
        var code = Code;
        PlainArity = body != null && code.KwOnlyArgCount == 0 && !code.HasVarArgs && !code.HasVarKeywords ? code.ArgCount : -1;
        _exactEntry = PlainArity is >= 0 and <= 4 ? body : null;
        if (_exactEntry != null)
        {
            InstallFastEntries();
        }
        return this;
    }

    /// <summary>
    /// The fixed-arity entries: the compiled one for exactly as many arguments as parameters, and for a function with
    /// defaults, entries for shorter calls that append the defaults (read from the tuple at call time), so
    /// <c>f(x)</c> on <c>def f(x, y=1)</c> needs no argument binding either.
    /// </summary>
    private void InstallFastEntries()
    {
        Fast0 = null;
        Fast1 = null;
        Fast2 = null;
        Fast3 = null;
        Fast4 = null;
        var d = _defaults?.UnsafeArray ?? Array.Empty<object?>();
        switch (_exactEntry)
        {
            case Func<object?> f0:
                Fast0 = f0;
                break;
            case Func<object?, object?> f1:
                Fast1 = f1;
                if (d.Length >= 1)
                {
                    Fast0 = () => f1(d[^1]);
                }
                break;
            case Func<object?, object?, object?> f2:
                Fast2 = f2;
                if (d.Length >= 1)
                {
                    Fast1 = a => f2(a, d[^1]);
                }
                if (d.Length >= 2)
                {
                    Fast0 = () => f2(d[^2], d[^1]);
                }
                break;
            case Func<object?, object?, object?, object?> f3:
                Fast3 = f3;
                if (d.Length >= 1)
                {
                    Fast2 = (a, b) => f3(a, b, d[^1]);
                }
                if (d.Length >= 2)
                {
                    Fast1 = a => f3(a, d[^2], d[^1]);
                }
                if (d.Length >= 3)
                {
                    Fast0 = () => f3(d[^3], d[^2], d[^1]);
                }
                break;
            case Func<object?, object?, object?, object?, object?> f4:
                Fast4 = f4;
                if (d.Length >= 1)
                {
                    Fast3 = (a, b, c) => f4(a, b, c, d[^1]);
                }
                if (d.Length >= 2)
                {
                    Fast2 = (a, b) => f4(a, b, d[^2], d[^1]);
                }
                if (d.Length >= 3)
                {
                    Fast1 = a => f4(a, d[^3], d[^2], d[^1]);
                }
                if (d.Length >= 4)
                {
                    Fast0 = () => f4(d[^4], d[^3], d[^2], d[^1]);
                }
                break;
        }
    }

    /// <summary>Calls from C#: binds arguments, runs the body, and throws <see cref="PyException"/> on error.</summary>
    public object? Call(object?[] args, PyStr[]? kwNames = null)
    {
        var nKw = kwNames?.Length ?? 0;
        var nPos = args.Length - nKw;
        var result = nKw == 0 ? CallPositional(args) : BindAndInvoke(args.AsSpan(0, nPos), kwNames, args.AsSpan(nPos));
        if (ReferenceEquals(result, PyOps.Raised))
        {
            throw PyOps.TakePendingAsException();
        }
        return result;
    }

    /// <summary>
    /// A call with positional arguments only: the typed entry when one takes that many, else binding on the stack.
    /// Throws <see cref="PyException"/> for a binding error; the body's own errors come back as <see cref="PyOps.Raised"/>.
    /// </summary>
    internal object? CallPositional(ReadOnlySpan<object?> a) => a.Length switch
    {
        0 when Fast0 != null => Fast0(),
        1 when Fast1 != null => Fast1(a[0]),
        2 when Fast2 != null => Fast2(a[0], a[1]),
        3 when Fast3 != null => Fast3(a[0], a[1], a[2]),
        4 when Fast4 != null => Fast4(a[0], a[1], a[2], a[3]),
        _ => InstallVarArgsEntry(a.Length) ? CallPositional(a) : BindAndInvoke(a, default, default),
    };

    /// <summary>
    /// For a function with *args or **kwargs after plain parameters (<c>def wrapper(*args, **kwargs)</c>), installs
    /// the fixed-arity entry for calls of <paramref name="n"/> positional arguments, which builds the *args tuple
    /// and the empty **kwargs dict itself: later calls of that arity take the typed entry, as plain functions' do.
    /// Installed on first use, so a function that is never called that way pays nothing. False when the call
    /// needs binding (keyword-only parameters, defaults, too few arguments).
    /// </summary>
    private bool InstallVarArgsEntry(int n)
    {
        var code = Code;
        var p = code.ArgCount;
        if (Body == null || code.KwOnlyArgCount != 0 || !(code.HasVarArgs || code.HasVarKeywords) || n < p || n > p && !code.HasVarArgs)
        {
            return false;
        }
        switch (n)
        {
            case 0:
                Fast0 = () => CallWithVarArgs([]);
                return true;
            case 1:
                Fast1 = a => CallWithVarArgs([a]);
                return true;
            case 2:
                Fast2 = (a, b) => CallWithVarArgs([a, b]);
                return true;
            case 3:
                Fast3 = (a, b, c) => CallWithVarArgs([a, b, c]);
                return true;
            case 4:
                Fast4 = (a, b, c, d) => CallWithVarArgs([a, b, c, d]);
                return true;
        }
        return false;
    }

    /// <summary>The body of a *args/**kwargs function on positional arguments that fill its plain parameters.</summary>
    private object? CallWithVarArgs(ReadOnlySpan<object?> args)
    {
        var buffer = default(SlotBuffer);
        Span<object?> slots = buffer;
        var code = Code;
        var n = code.ArgCount;
        args[..n].CopyTo(slots);
        if (code.HasVarArgs)
        {
            slots[n] = args.Length == n ? PyTuple.Empty : PyTuple.Create(args[n..]);
            n++;
        }
        if (code.HasVarKeywords)
        {
            slots[n++] = new PyDict();
        }
        return Invoke(slots[..n]);
    }

    /// <summary>
    /// Binds the arguments into parameter slots on the stack (an array only for functions with more than
    /// <see cref="MaxBodyArity"/> slots) and runs the body. Throws <see cref="PyException"/> for a binding error;
    /// the body's own errors come back as <see cref="PyOps.Raised"/>.
    /// </summary>
    internal object? BindAndInvoke(ReadOnlySpan<object?> positional, ReadOnlySpan<PyStr> kwNames, ReadOnlySpan<object?> kwValues)
    {
        var n = Code.TotalParameters;
        if (Body != null && n <= MaxBodyArity)
        {
            var buffer = default(SlotBuffer);
            Span<object?> slots = buffer;
            slots = slots[..n];
            Bind(positional, kwNames, kwValues, slots);
            return Invoke(slots);
        }
        var array = new object?[n];
        Bind(positional, kwNames, kwValues, array);
        return _arrayEntry!(array);
    }

    /// <summary>Runs the body on bound slots through the typed <see cref="Body"/> delegate (no array).</summary>
    private object? Invoke(ReadOnlySpan<object?> s) => s.Length switch
    {
        0 => Unsafe.As<Func<object?>>(Body!)(),
        1 => Unsafe.As<Func<object?, object?>>(Body!)(s[0]),
        2 => Unsafe.As<Func<object?, object?, object?>>(Body!)(s[0], s[1]),
        3 => Unsafe.As<Func<object?, object?, object?, object?>>(Body!)(s[0], s[1], s[2]),
        4 => Unsafe.As<Func<object?, object?, object?, object?, object?>>(Body!)(s[0], s[1], s[2], s[3]),
        5 => Unsafe.As<Func<object?, object?, object?, object?, object?, object?>>(Body!)(s[0], s[1], s[2], s[3], s[4]),
        6 => Unsafe.As<Func<object?, object?, object?, object?, object?, object?, object?>>(Body!)(s[0], s[1], s[2], s[3], s[4], s[5]),
        7 => Unsafe.As<Func<object?, object?, object?, object?, object?, object?, object?, object?>>(Body!)(s[0], s[1], s[2], s[3], s[4], s[5], s[6]),
        _ => Unsafe.As<Func<object?, object?, object?, object?, object?, object?, object?, object?, object?>>(Body!)(s[0], s[1], s[2], s[3], s[4], s[5], s[6], s[7]),
    };

    /// <summary>Parameter slots (or arguments) on the stack, for calls that bind without an array.</summary>
    [InlineArray(MaxBodyArity)]
    internal struct SlotBuffer
    {
        private object? _slot;
    }

    /// <summary>
    /// Binds call arguments to parameter slots as CPython does: positionals, then keywords, then defaults, with
    /// CPython's TypeError messages. <paramref name="kwValues"/> holds the values of the keywords named in
    /// <paramref name="kwNames"/>; <paramref name="slots"/> has one entry per parameter.
    /// </summary>
    private void Bind(ReadOnlySpan<object?> args, ReadOnlySpan<PyStr> kwNames, ReadOnlySpan<object?> kwValues, Span<object?> slots)
    {
        var code = Code;
        var nPos = args.Length;
        var argCount = code.ArgCount;
        var kwOnly = code.KwOnlyArgCount;
        var varArgsIndex = argCount + kwOnly;
        var varKwIndex = varArgsIndex + (code.HasVarArgs ? 1 : 0);
        if (kwNames.Length == 0 && kwOnly == 0 && nPos >= argCount && (code.HasVarArgs || nPos == argCount))
        {
            // Positional arguments only, every parameter given (the *args/**kwargs forwarding wrapper's case): no
            // keyword matching, no defaults, no bookkeeping of which slots are filled.
            args[..argCount].CopyTo(slots);
            if (code.HasVarArgs)
            {
                slots[varArgsIndex] = nPos == argCount ? PyTuple.Empty : PyTuple.Create(args[argCount..]);
            }
            if (code.HasVarKeywords)
            {
                slots[varKwIndex] = new PyDict();
            }
            return;
        }
        // A slot still holding Unbound has not been given a value (no argument is ever Unbound).
        slots[..varArgsIndex].Fill(PyOps.Unbound);
        PyDict? varKw = null;

        var direct = Math.Min(nPos, argCount);
        args[..direct].CopyTo(slots);
        if (code.HasVarArgs)
        {
            slots[varArgsIndex] = nPos > argCount ? PyTuple.Create(args[argCount..]) : PyTuple.Empty;
        }

        List<string>? posOnlyAsKw = null;
        for (var k = 0; k < kwNames.Length; k++)
        {
            var name = kwNames[k];
            var value = kwValues[k];
            var index = IndexOfParameter(name, code.PosOnlyArgCount, argCount + kwOnly);
            if (index >= 0)
            {
                if (!ReferenceEquals(slots[index], PyOps.Unbound))
                {
                    throw new PyException(PyErrors.MultipleValues(QualName, name.Value));
                }
                slots[index] = value;
            }
            else if (code.HasVarKeywords)
            {
                // **kwargs sized for the keywords still to come on its first one.
                (varKw ??= new PyDict(kwNames.Length - k))[name] = value;
            }
            else if (IndexOfParameter(name, 0, code.PosOnlyArgCount) >= 0)
            {
                (posOnlyAsKw ??= new List<string>()).Add(name.Value);
            }
            else
            {
                throw new PyException(PyErrors.UnexpectedKeyword(QualName, name.Value));
            }
        }
        if (posOnlyAsKw != null)
        {
            throw new PyException(PyErrors.PositionalOnlyAsKeyword(QualName, posOnlyAsKw));
        }
        if (nPos > argCount && !code.HasVarArgs)
        {
            // Checked after the keywords, as CPython does: a keyword error is reported first.
            var kwGiven = 0;
            for (var i = argCount; i < argCount + kwOnly; i++)
            {
                kwGiven += ReferenceEquals(slots[i], PyOps.Unbound) ? 0 : 1;
            }
            throw new PyException(PyErrors.TooManyPositional(QualName, argCount, Defaults?.Count ?? 0, nPos, kwGiven));
        }

        if (nPos < argCount)
        {
            var defaults = Defaults;
            var nDefaults = defaults?.Count ?? 0;
            var firstDefault = argCount - nDefaults;
            List<string>? missing = null;
            for (var i = nPos; i < argCount; i++)
            {
                if (!ReferenceEquals(slots[i], PyOps.Unbound))
                {
                    continue;
                }
                if (i >= firstDefault)
                {
                    slots[i] = defaults![i - firstDefault];
                }
                else
                {
                    (missing ??= new List<string>()).Add(code.VarNames[i]);
                }
            }
            if (missing != null)
            {
                throw new PyException(PyErrors.MissingArguments(QualName, missing, "positional"));
            }
        }
        if (kwOnly > 0)
        {
            List<string>? missing = null;
            for (var i = argCount; i < argCount + kwOnly; i++)
            {
                if (!ReferenceEquals(slots[i], PyOps.Unbound))
                {
                    continue;
                }
                var name = code.VarNames[i];
                if (KwDefaults != null && KwDefaults.TryGetValue(PyStr.Intern(name), out var d))
                {
                    slots[i] = d;
                }
                else
                {
                    (missing ??= new List<string>()).Add(name);
                }
            }
            if (missing != null)
            {
                throw new PyException(PyErrors.MissingArguments(QualName, missing, "keyword-only"));
            }
        }
        if (code.HasVarKeywords)
        {
            slots[varKwIndex] = varKw ?? new PyDict();
        }
    }

    /// <summary>The slot of the parameter <paramref name="name"/> among [from, to), or -1: interned names compare by reference.</summary>
    private int IndexOfParameter(PyStr name, int from, int to)
    {
        var names = Code.KeywordParameterNames;
        for (var i = from; i < to; i++)
        {
            if (ReferenceEquals(names[i], name))
            {
                return i;
            }
        }
        for (var i = from; i < to; i++)
        {
            if (names[i].Value == name.Value)
            {
                return i;
            }
        }
        return -1;
    }
}
