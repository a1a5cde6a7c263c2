using System;
using System.Numerics;
using System.Security.Cryptography;

namespace PyNet.Runtime;

/// <summary>
/// The <c>_random</c> module: <c>Random</c>, the MT19937 Mersenne Twister seeded exactly as CPython's
/// Modules/_randommodule.c (init_by_array over the 32-bit words of abs(seed)), so <c>random.seed(42)</c> gives
/// CPython's sequence. <c>random.Random</c> (random.py) subclasses it.
/// </summary>
public static class RandomModule
{
    public static PyModule Create()
    {
        var d = new PyDict();
        var m = new PyModule("_random", d);
        d[PyStr.Intern("Random")] = PyRandom.RandomType;
        return m;
    }
}

/// <summary><c>_random.Random</c>: the generator state and its methods.</summary>
public sealed class PyRandom : PyObject, IHasDict
{
    public static readonly PyType RandomType = new("Random", PyType.ObjectType, Init, "_random");

    private const int N = 624;
    private const int M = 397;
    private const uint MatrixA = 0x9908b0df;
    private const uint UpperMask = 0x80000000;
    private const uint LowerMask = 0x7fffffff;

    private readonly PyType _type;
    private readonly uint[] _mt = new uint[N];
    private int _index = N + 1;

    public PyRandom(PyType type)
    {
        _type = type;
    }

    public override PyType Type => _type;

    public PyDict? InstanceDict { get; set; }

    public PyDict GetOrCreateDict() => InstanceDict ??= new PyDict();

    /// <summary>Seeds from an int (its absolute value), from hash(seed) for other objects, or from the OS when None.</summary>
    public void Seed(object? seed)
    {
        BigInteger n;
        switch (seed)
        {
            case null:
                var bytes = RandomNumberGenerator.GetBytes(N * 4);
                var key = new uint[N];
                Buffer.BlockCopy(bytes, 0, key, 0, bytes.Length);
                InitByArray(key);
                return;
            case long or BigInteger or bool:
                n = BigInteger.Abs(PyInt.ToBig(seed is bool b ? PyInt.Box(b ? 1 : 0) : seed));
                break;
            default:
                n = BigInteger.Abs(PyProtocol.Hash(seed));
                break;
        }
        var words = n.IsZero ? 1 : (int)((n.GetBitLength() + 31) / 32);
        var array = new uint[words];
        for (var i = 0; i < words; i++)
        {
            array[i] = (uint)(n & uint.MaxValue);
            n >>= 32;
        }
        InitByArray(array);
    }

    private void InitGenrand(uint s)
    {
        _mt[0] = s;
        for (var i = 1; i < N; i++)
        {
            _mt[i] = unchecked((1812433253u * (_mt[i - 1] ^ (_mt[i - 1] >> 30))) + (uint)i);
        }
        _index = N;
    }

    private void InitByArray(uint[] key)
    {
        InitGenrand(19650218u);
        int i = 1, j = 0;
        for (var k = Math.Max(N, key.Length); k > 0; k--)
        {
            _mt[i] = unchecked((_mt[i] ^ ((_mt[i - 1] ^ (_mt[i - 1] >> 30)) * 1664525u)) + key[j] + (uint)j);
            i++;
            j++;
            if (i >= N)
            {
                _mt[0] = _mt[N - 1];
                i = 1;
            }
            if (j >= key.Length)
            {
                j = 0;
            }
        }
        for (var k = N - 1; k > 0; k--)
        {
            _mt[i] = unchecked((_mt[i] ^ ((_mt[i - 1] ^ (_mt[i - 1] >> 30)) * 1566083941u)) - (uint)i);
            i++;
            if (i >= N)
            {
                _mt[0] = _mt[N - 1];
                i = 1;
            }
        }
        _mt[0] = 0x80000000u;
    }

    /// <summary>The next 32 random bits (genrand_uint32).</summary>
    public uint NextUInt32()
    {
        uint y;
        if (_index >= N)
        {
            if (_index == N + 1)
            {
                InitGenrand(5489u);
            }
            int kk;
            for (kk = 0; kk < N - M; kk++)
            {
                y = (_mt[kk] & UpperMask) | (_mt[kk + 1] & LowerMask);
                _mt[kk] = _mt[kk + M] ^ (y >> 1) ^ ((y & 1) != 0 ? MatrixA : 0);
            }
            for (; kk < N - 1; kk++)
            {
                y = (_mt[kk] & UpperMask) | (_mt[kk + 1] & LowerMask);
                _mt[kk] = _mt[kk + (M - N)] ^ (y >> 1) ^ ((y & 1) != 0 ? MatrixA : 0);
            }
            y = (_mt[N - 1] & UpperMask) | (_mt[0] & LowerMask);
            _mt[N - 1] = _mt[M - 1] ^ (y >> 1) ^ ((y & 1) != 0 ? MatrixA : 0);
            _index = 0;
        }
        y = _mt[_index++];
        y ^= y >> 11;
        y ^= (y << 7) & 0x9d2c5680u;
        y ^= (y << 15) & 0xefc60000u;
        y ^= y >> 18;
        return y;
    }

    /// <summary>A float in [0, 1) with 53 random bits (genrand_res53).</summary>
    public double NextDouble()
    {
        var a = NextUInt32() >> 5;
        var b = NextUInt32() >> 6;
        return ((a * 67108864.0) + b) * (1.0 / 9007199254740992.0);
    }

    /// <summary>getrandbits(k): an int with k random bits, built from 32-bit words, least significant first.</summary>
    public object GetRandBits(long k)
    {
        if (k < 0)
        {
            throw new PyException(PyErrors.ValueError("number of bits must be non-negative"));
        }
        if (k == 0)
        {
            return PyInt.Zero;
        }
        if (k <= 32)
        {
            return PyInt.Box((long)(NextUInt32() >> (int)(32 - k)));
        }
        var words = (int)((k - 1) / 32) + 1;
        var bytes = new byte[(words * 4) + 1];
        for (var i = 0; i < words; i++, k -= 32)
        {
            var r = NextUInt32();
            if (k < 32)
            {
                r >>= (int)(32 - k);
            }
            BitConverter.TryWriteBytes(bytes.AsSpan(i * 4, 4), r);
        }
        return PyInt.Normalize(new BigInteger(bytes));
    }

    private PyTuple GetState()
    {
        var items = new object?[N + 1];
        for (var i = 0; i < N; i++)
        {
            items[i] = PyInt.Box((long)_mt[i]);
        }
        items[N] = PyInt.Box(_index);
        return PyTuple.Create(items);
    }

    private void SetState(object? state)
    {
        if (state is not PyTuple t)
        {
            throw new PyException(PyErrors.TypeError("state vector must be a tuple"));
        }
        if (t.Count != N + 1)
        {
            throw new PyException(PyErrors.ValueError("state vector is the wrong size"));
        }
        for (var i = 0; i < N; i++)
        {
            var v = PyInt.ToBig(Builtins.IndexInt(t[i]));
            if (v < 0 || v > uint.MaxValue)
            {
                throw new PyException(PyErrors.OverflowError("Python int too large to convert to C unsigned long"));
            }
            _mt[i] = (uint)v;
        }
        var index = PyProtocol.Index(t[N]);
        if (index < 0 || index > N)
        {
            throw new PyException(PyErrors.ValueError("invalid state"));
        }
        _index = (int)index;
    }

    private static void Init(PyType t)
    {
        t.DefStatic("__new__", (args, kw) =>
        {
            var cls = (PyType)args[0]!;
            if (ReferenceEquals(cls, RandomType))
            {
                Builtins.NoKeywords("Random", kw);
            }
            var nPos = args.Length - (kw?.Length ?? 0) - 1;
            if (nPos > 1)
            {
                throw new PyException(PyErrors.ArgumentCountRange("Random", 0, 1, nPos));
            }
            var r = new PyRandom(cls);
            r.Seed(nPos == 1 ? args[1] : null);
            return r;
        });
        t.DefMethodVar("__init__", (args, kw) => null);
        t.DefMethod("random", self => ((PyRandom)self!).NextDouble());
        t.DefMethodVar("seed", (args, kw) =>
        {
            Builtins.NoKeywords("seed", kw);
            if (args.Length > 2)
            {
                throw new PyException(PyErrors.ArgumentCountRange("seed", 0, 1, args.Length - 1));
            }
            ((PyRandom)args[0]!).Seed(args.Length > 1 ? args[1] : null);
            return null;
        });
        t.DefMethod("getrandbits", (self, k) => ((PyRandom)self!).GetRandBits(PyProtocol.Index(k)));
        t.DefMethod("getstate", self => ((PyRandom)self!).GetState());
        t.DefMethod("setstate", (self, state) =>
        {
            ((PyRandom)self!).SetState(state);
            return null;
        });
    }
}
