using System;

namespace PyNet.Runtime;

/// <summary><c>zip(*iterables, strict=False)</c>: a lazy iterator of tuples, stopping at the shortest input.</summary>
public sealed class PyZip : PyIterator
{
    public static readonly PyType ZipType = new("zip", PyType.ObjectType, Init);

    private static readonly PyStr s_strict = PyStr.Intern("strict");

    private readonly PyType _type;
    private readonly PyIterator[] _iterators;
    private readonly bool _strict;
    private bool _exhausted;

    /// <summary>The tuple <see cref="NextToUnpack"/> refills.</summary>
    private PyTuple? _reused;

    private PyZip(PyType type, PyIterator[] iterators, bool strict)
    {
        _type = type;
        _iterators = iterators;
        _strict = strict;
    }

    public override PyType Type => _type;

    public override object? Next()
    {
        if (_exhausted || _iterators.Length == 0)
        {
            return PyOps.Done;
        }
        var row = PyTuple.CreateToFill(_iterators.Length);
        return Fill(row.WritableItems) ? row : PyOps.Done;
    }

    public override object? NextToUnpack()
    {
        if (_exhausted || _iterators.Length == 0)
        {
            return PyOps.Done;
        }
        try
        {
            var row = _reused ??= PyTuple.CreateToFill(_iterators.Length);
            return Fill(row.WritableItems) ? row : PyOps.Done;
        }
        catch (PyException e)
        {
            return PyOps.SetPending(e.Value);
        }
    }

    /// <summary>The next item of every iterator into <paramref name="row"/>; false when one has ended.</summary>
    private bool Fill(Span<object?> row)
    {
        for (var i = 0; i < _iterators.Length; i++)
        {
            var x = _iterators[i].Next();
            if (ReferenceEquals(x, PyOps.Done))
            {
                _exhausted = true;
                if (_strict)
                {
                    CheckStrict(i);
                }
                return false;
            }
            row[i] = x;
        }
        return true;
    }

    /// <summary>strict=True: iterator <paramref name="i"/> ended; every other iterator must end at the same time.</summary>
    private void CheckStrict(int i)
    {
        if (i > 0)
        {
            throw new PyException(PyErrors.ZipShorter(i + 1, i));
        }
        for (var j = 1; j < _iterators.Length; j++)
        {
            if (!ReferenceEquals(_iterators[j].Next(), PyOps.Done))
            {
                throw new PyException(PyErrors.ZipLonger(j + 1, j));
            }
        }
    }

    private static void Init(PyType t)
    {
        IteratorMembers.Init(t);
        t.DefStatic("__new__", (args, kw) =>
        {
            var nKw = kw?.Length ?? 0;
            var strict = false;
            for (var k = 0; k < nKw; k++)
            {
                if (!kw![k].Equals(s_strict))
                {
                    throw new PyException(PyErrors.InvalidKeywordFor(kw[k].Value, "zip"));
                }
                strict = PyProtocol.IsTrue(args[args.Length - nKw + k]);
            }
            var iterators = new PyIterator[args.Length - nKw - 1];
            for (var i = 0; i < iterators.Length; i++)
            {
                iterators[i] = PyProtocol.GetIterator(args[i + 1]);
            }
            return new PyZip((PyType)args[0]!, iterators, strict);
        });
    }
}
