using System;

namespace PyNet.Runtime;

/// <summary><c>product(*iterables, repeat=1)</c>: the cartesian product, rightmost element advancing fastest.</summary>
public sealed class PyProduct : PyNativeIterator
{
    public static readonly PyType ProductType = NativeTypes.Iterator("product", ItertoolsModule.Name, Construct);

    private static readonly PyStr s_repeat = PyStr.Intern("repeat");

    private readonly object?[][] _pools;
    private readonly int[] _indices;
    private bool _started;
    private bool _stopped;

    private PyProduct(PyType type, object?[][] pools)
        : base(type)
    {
        _pools = pools;
        _indices = new int[pools.Length];
    }

    public override object? Next()
    {
        if (_stopped)
        {
            return PyOps.Done;
        }
        if (!_started)
        {
            _started = true;
            foreach (var pool in _pools)
            {
                if (pool.Length == 0)
                {
                    _stopped = true;
                    return PyOps.Done;
                }
            }
            return Current();
        }
        var i = _pools.Length - 1;
        for (; i >= 0; i--)
        {
            if (++_indices[i] < _pools[i].Length)
            {
                break;
            }
            _indices[i] = 0;
        }
        if (i < 0)
        {
            _stopped = true;
            return PyOps.Done;
        }
        return Current();
    }

    private PyTuple Current()
    {
        var row = new object?[_pools.Length];
        for (var i = 0; i < row.Length; i++)
        {
            row[i] = _pools[i][_indices[i]];
        }
        return PyTuple.Create(row);
    }

    private static object? Construct(object?[] args, PyStr[]? kw)
    {
        var nKw = kw?.Length ?? 0;
        long repeat = 1;
        for (var k = 0; k < nKw; k++)
        {
            if (!kw![k].Equals(s_repeat))
            {
                throw new PyException(PyErrors.InvalidKeywordFor(kw[k].Value, "product"));
            }
            repeat = PyProtocol.Index(args[args.Length - nKw + k]);
        }
        if (repeat < 0)
        {
            throw new PyException(PyErrors.RepeatNegative());
        }
        var count = args.Length - nKw - 1;
        var given = new object?[count][];
        for (var i = 0; i < count; i++)
        {
            given[i] = ItertoolsModule.ToArray(args[i + 1]);
        }
        var pools = new object?[count * repeat][];
        for (var r = 0; r < repeat; r++)
        {
            given.CopyTo(pools, r * count);
        }
        return new PyProduct((PyType)args[0]!, pools);
    }
}

/// <summary><c>permutations(iterable, r=None)</c>: r-length orderings of the items, in lexicographic index order.</summary>
public sealed class PyPermutations : PyNativeIterator
{
    public static readonly PyType PermutationsType = NativeTypes.Iterator("permutations", ItertoolsModule.Name, Construct);

    private static readonly string[] s_parameters = { "iterable", "r" };

    private readonly object?[] _pool;
    private readonly int _r;
    private readonly int[] _indices;
    private readonly int[] _cycles;
    private bool _started;
    private bool _stopped;

    private PyPermutations(PyType type, object?[] pool, int r)
        : base(type)
    {
        _pool = pool;
        _r = r;
        var n = pool.Length;
        _indices = new int[n];
        for (var i = 0; i < n; i++)
        {
            _indices[i] = i;
        }
        _cycles = new int[Math.Max(r, 0)];
        for (var i = 0; i < _cycles.Length; i++)
        {
            _cycles[i] = n - i;
        }
        _stopped = r > n;
    }

    public override object? Next()
    {
        if (_stopped)
        {
            return PyOps.Done;
        }
        if (!_started)
        {
            _started = true;
            return Current();
        }
        var n = _pool.Length;
        if (n == 0)
        {
            _stopped = true;
            return PyOps.Done;
        }
        for (var i = _r - 1; i >= 0; i--)
        {
            _cycles[i]--;
            if (_cycles[i] == 0)
            {
                var first = _indices[i];
                Array.Copy(_indices, i + 1, _indices, i, n - i - 1);
                _indices[n - 1] = first;
                _cycles[i] = n - i;
            }
            else
            {
                var j = _cycles[i];
                (_indices[i], _indices[n - j]) = (_indices[n - j], _indices[i]);
                return Current();
            }
        }
        _stopped = true;
        return PyOps.Done;
    }

    private PyTuple Current()
    {
        var row = new object?[_r];
        for (var i = 0; i < _r; i++)
        {
            row[i] = _pool[_indices[i]];
        }
        return PyTuple.Create(row);
    }

    private static object? Construct(object?[] args, PyStr[]? kw)
    {
        var a = Builtins.BindArguments("permutations", args, kw, 1, s_parameters, 1, showPosition: true);
        var pool = ItertoolsModule.ToArray(a[0]);
        var r = NativeTypes.IsMissing(a[1]) || a[1] == null ? pool.Length : ItertoolsModule.NonNegative(a[1], PyErrors.MustBeNonNegative("r"));
        return new PyPermutations((PyType)args[0]!, pool, (int)Math.Min(r, int.MaxValue));
    }
}

/// <summary>
/// <c>combinations(iterable, r)</c> and <c>combinations_with_replacement(iterable, r)</c>: r-length sorted index
/// selections, without or with repeated elements.
/// </summary>
public sealed class PyCombinations : PyNativeIterator
{
    public static readonly PyType CombinationsType = NativeTypes.Iterator("combinations", ItertoolsModule.Name,
        (args, kw) => Construct("combinations", false, args, kw));

    public static readonly PyType CombinationsWithReplacementType = NativeTypes.Iterator("combinations_with_replacement", ItertoolsModule.Name,
        (args, kw) => Construct("combinations_with_replacement", true, args, kw));

    private static readonly string[] s_parameters = { "iterable", "r" };

    private readonly object?[] _pool;
    private readonly int[] _indices;
    private readonly bool _withReplacement;
    private bool _started;
    private bool _stopped;

    private PyCombinations(PyType type, object?[] pool, int r, bool withReplacement)
        : base(type)
    {
        _pool = pool;
        _withReplacement = withReplacement;
        _indices = new int[r];
        for (var i = 0; i < r; i++)
        {
            _indices[i] = withReplacement ? 0 : i;
        }
        _stopped = withReplacement ? pool.Length == 0 && r > 0 : r > pool.Length;
    }

    public override object? Next()
    {
        if (_stopped)
        {
            return PyOps.Done;
        }
        if (!_started)
        {
            _started = true;
            return Current();
        }
        var n = _pool.Length;
        var r = _indices.Length;
        var i = r - 1;
        while (i >= 0 && _indices[i] == (_withReplacement ? n - 1 : i + n - r))
        {
            i--;
        }
        if (i < 0)
        {
            _stopped = true;
            return PyOps.Done;
        }
        _indices[i]++;
        for (var j = i + 1; j < r; j++)
        {
            _indices[j] = _withReplacement ? _indices[i] : _indices[j - 1] + 1;
        }
        return Current();
    }

    private PyTuple Current()
    {
        var row = new object?[_indices.Length];
        for (var i = 0; i < row.Length; i++)
        {
            row[i] = _pool[_indices[i]];
        }
        return PyTuple.Create(row);
    }

    private static object? Construct(string name, bool withReplacement, object?[] args, PyStr[]? kw)
    {
        var a = Builtins.BindArguments(name, args, kw, 1, s_parameters, 2, showPosition: true);
        var pool = ItertoolsModule.ToArray(a[0]);
        var r = ItertoolsModule.NonNegative(a[1], PyErrors.MustBeNonNegative("r"));
        return new PyCombinations((PyType)args[0]!, pool, (int)Math.Min(r, int.MaxValue), withReplacement);
    }
}
