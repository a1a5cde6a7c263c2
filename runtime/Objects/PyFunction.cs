using System;
using System.Collections.Generic;

namespace PyNet.Runtime;

/// <summary>
/// A Python function: a code object with its globals, defaults and closure. Compiled code reaches the IL method
/// through delegates closed over this object: <see cref="General"/> takes the bound parameter array; the fixed-arity
/// ones (<see cref="Fast0"/>..<see cref="Fast4"/>) take positional arguments directly when the function has exactly
/// that many plain parameters, so common calls allocate nothing.
/// </summary>
public sealed class PyFunction : PyObject, IHasDict
{
    public PyFunction(PyCode code, PyDict globals, PyTuple? defaults, PyDict? kwDefaults, PyCell[]? closure)
    {
        Code = code;
        Globals = globals;
        Defaults = defaults;
        KwDefaults = kwDefaults;
        Closure = closure;
        Name = code.Name;
        QualName = code.QualName;
        Module = globals.TryGetValue(PyStr.Intern("__name__"), out var m) ? m : null;
        General = static _ => null;
    }

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

    public Func<object?[], object?> General;
    public Func<object?>? Fast0;
    public Func<object?, object?>? Fast1;
    public Func<object?, object?, object?>? Fast2;
    public Func<object?, object?, object?, object?>? Fast3;
    public Func<object?, object?, object?, object?, object?>? Fast4;

    public override PyType Type => PyType.FunctionType;

    public PyDict GetOrCreateDict() => InstanceDict ??= new PyDict();

    /// <summary>Called by compiled code right after creating the function: installs its entry points.</summary>
    public PyFunction SetEntries(Func<object?[], object?> general, Delegate? fast)
    {
        General = general;
        _exactEntry = fast;
        if (fast != null)
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
        var bound = Bind(args, kwNames);
        var result = General(bound);
        if (ReferenceEquals(result, PyOps.Raised))
        {
            throw PyOps.TakePendingAsException();
        }
        return result;
    }

    /// <summary>
    /// Binds call arguments to parameter slots as CPython does: positionals, then keywords, then defaults, with
    /// CPython's TypeError messages. <paramref name="args"/> holds the positional values followed by the values of the
    /// keywords named in <paramref name="kwNames"/>.
    /// </summary>
    public object?[] Bind(object?[] args, PyStr[]? kwNames)
    {
        var code = Code;
        var nKw = kwNames?.Length ?? 0;
        var nPos = args.Length - nKw;
        var argCount = code.ArgCount;
        var kwOnly = code.KwOnlyArgCount;
        var slots = new object?[code.TotalParameters];
        var filled = new bool[argCount + kwOnly];
        var varArgsIndex = argCount + kwOnly;
        var varKwIndex = varArgsIndex + (code.HasVarArgs ? 1 : 0);
        PyDict? varKw = code.HasVarKeywords ? new PyDict() : null;

        var direct = Math.Min(nPos, argCount);
        for (var i = 0; i < direct; i++)
        {
            slots[i] = args[i];
            filled[i] = true;
        }
        if (code.HasVarArgs)
        {
            slots[varArgsIndex] = nPos > argCount ? PyTuple.Create(args.AsSpan(argCount, nPos - argCount).ToArray()) : PyTuple.Empty;
        }
        else if (nPos > argCount)
        {
            var kwGiven = 0;
            for (var k = 0; k < nKw; k++)
            {
                if (IndexOfParameter(kwNames![k].Value, argCount, argCount + kwOnly) >= 0)
                {
                    kwGiven++;
                }
            }
            throw new PyException(PyErrors.TooManyPositional(QualName, argCount, Defaults?.Count ?? 0, nPos, kwGiven));
        }

        List<string>? posOnlyAsKw = null;
        for (var k = 0; k < nKw; k++)
        {
            var name = kwNames![k];
            var value = args[nPos + k];
            var index = IndexOfParameter(name.Value, code.PosOnlyArgCount, argCount + kwOnly);
            if (index >= 0)
            {
                if (filled[index])
                {
                    throw new PyException(PyErrors.MultipleValues(QualName, name.Value));
                }
                slots[index] = value;
                filled[index] = true;
            }
            else if (varKw != null)
            {
                varKw[name] = value;
            }
            else if (IndexOfParameter(name.Value, 0, code.PosOnlyArgCount) >= 0)
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

        if (nPos < argCount)
        {
            var defaults = Defaults;
            var nDefaults = defaults?.Count ?? 0;
            var firstDefault = argCount - nDefaults;
            List<string>? missing = null;
            for (var i = nPos; i < argCount; i++)
            {
                if (filled[i])
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
                if (filled[i])
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
        if (varKw != null)
        {
            slots[varKwIndex] = varKw;
        }
        return slots;
    }

    private int IndexOfParameter(string name, int from, int to)
    {
        var names = Code.VarNames;
        for (var i = from; i < to; i++)
        {
            if (names[i] == name)
            {
                return i;
            }
        }
        return -1;
    }
}
