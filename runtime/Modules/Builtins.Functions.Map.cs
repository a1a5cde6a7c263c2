namespace PyNet.Runtime;

/// <summary><c>map(function, *iterables)</c>: applies the function lazily, stopping at the shortest input.</summary>
public sealed class PyMap : PyIterator
{
    public static readonly PyType MapType = new("map", PyType.ObjectType, Init);

    private readonly PyType _type;
    private readonly object? _function;
    private readonly PyIterator[] _iterators;

    private PyMap(PyType type, object? function, PyIterator[] iterators)
    {
        _type = type;
        _function = function;
        _iterators = iterators;
    }

    public override PyType Type => _type;

    public override object? Next()
    {
        if (_iterators.Length == 1)
        {
            var x = _iterators[0].Next();
            return ReferenceEquals(x, PyOps.Done) ? x : PyCall.Call(_function, x);
        }
        var row = new object?[_iterators.Length];
        for (var i = 0; i < _iterators.Length; i++)
        {
            var x = _iterators[i].Next();
            if (ReferenceEquals(x, PyOps.Done))
            {
                return PyOps.Done;
            }
            row[i] = x;
        }
        return PyCall.Call(_function, row, null);
    }

    public override int LengthHint => _iterators.Length == 1 ? _iterators[0].LengthHint : -1;

    private static void Init(PyType t)
    {
        IteratorMembers.Init(t);
        t.DefStatic("__new__", (args, kw) =>
        {
            var type = (PyType)args[0]!;
            if (ReferenceEquals(type, MapType))
            {
                Builtins.NoKeywords("map", kw);
            }
            if (args.Length < 3)
            {
                throw new PyException(PyErrors.MapNeedsTwoArguments());
            }
            var iterators = new PyIterator[args.Length - 2];
            for (var i = 0; i < iterators.Length; i++)
            {
                iterators[i] = PyProtocol.GetIterator(args[i + 2]);
            }
            return new PyMap(type, args[1], iterators);
        });
    }
}
