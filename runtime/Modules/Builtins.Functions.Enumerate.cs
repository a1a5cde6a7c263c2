using System.Numerics;

namespace PyNet.Runtime;

/// <summary><c>enumerate(iterable, start=0)</c>: a lazy iterator of (count, item) pairs.</summary>
public sealed class PyEnumerate : PyIterator
{
    /// <summary>The type; <c>enumerate(xs)</c> and <c>enumerate(xs, start)</c> construct through its typed entries.</summary>
    public static readonly PyType EnumerateType = new("enumerate", PyType.ObjectType, Init)
    {
        New1 = static iterable => new PyEnumerate(EnumerateType!, PyProtocol.GetIterator(iterable), PyInt.Zero),
        New2 = static (iterable, start) => new PyEnumerate(EnumerateType!, PyProtocol.GetIterator(iterable), start),
    };

    private static readonly string[] s_parameters = { "iterable", "start" };

    private readonly PyType _type;
    private readonly PyIterator _iterator;
    private long _count;
    private BigInteger? _bigCount;

    /// <summary>The tuple <see cref="NextToUnpack"/> refills.</summary>
    private PyTuple? _reused;

    private PyEnumerate(PyType type, PyIterator iterator, object? start)
    {
        _type = type;
        _iterator = iterator;
        switch (start)
        {
            case long l:
                _count = l;
                break;
            case bool b:
                _count = b ? 1 : 0;
                break;
            case BigInteger big:
                _bigCount = big;
                break;
            default:
                _bigCount = PyInt.ToBig(Builtins.IndexInt(start));
                break;
        }
    }

    public override PyType Type => _type;

    public override object? Next()
    {
        var item = _iterator.Next();
        return ReferenceEquals(item, PyOps.Done) ? item : PyTuple.Create(NextIndex(), item);
    }

    public override object? NextToUnpack()
    {
        try
        {
            var item = _iterator.Next();
            if (ReferenceEquals(item, PyOps.Done))
            {
                return item;
            }
            var pair = _reused ??= PyTuple.CreateToFill(2);
            var items = pair.WritableItems;
            items[0] = NextIndex();
            items[1] = item;
            return pair;
        }
        catch (PyException e)
        {
            return PyOps.SetPending(e.Value);
        }
    }

    /// <summary>The count for the current item, advanced.</summary>
    private object NextIndex()
    {
        object index;
        if (_bigCount is { } big)
        {
            index = PyInt.Normalize(big);
            _bigCount = big + 1;
        }
        else
        {
            index = PyInt.Box(_count);
            if (_count == long.MaxValue)
            {
                _bigCount = (BigInteger)_count + 1;
            }
            else
            {
                _count++;
            }
        }
        return index;
    }

    private static void Init(PyType t)
    {
        IteratorMembers.Init(t);
        t.DefStatic("__new__", (args, kw) =>
        {
            var a = Builtins.BindArguments("enumerate", args, kw, 1, s_parameters, 1);
            return new PyEnumerate((PyType)args[0]!, PyProtocol.GetIterator(a[0]), ReferenceEquals(a[1], PyOps.Unbound) ? PyInt.Zero : a[1]);
        });
    }
}
