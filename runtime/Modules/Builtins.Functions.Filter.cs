namespace PyNet.Runtime;

/// <summary><c>filter(function or None, iterable)</c>: the items for which the function (or the item itself) is true.</summary>
public sealed class PyFilter : PyIterator
{
    public static readonly PyType FilterType = new("filter", PyType.ObjectType, Init);

    private readonly PyType _type;
    private readonly object? _function;
    private readonly PyIterator _iterator;

    private PyFilter(PyType type, object? function, PyIterator iterator)
    {
        _type = type;
        _function = function;
        _iterator = iterator;
    }

    public override PyType Type => _type;

    public override object? Next()
    {
        while (true)
        {
            var x = _iterator.Next();
            if (ReferenceEquals(x, PyOps.Done))
            {
                return x;
            }
            var keep = _function == null || ReferenceEquals(_function, PyType.BoolType) ? PyProtocol.IsTrue(x) : PyProtocol.IsTrue(PyCall.Call(_function, x));
            if (keep)
            {
                return x;
            }
        }
    }

    private static void Init(PyType t)
    {
        IteratorMembers.Init(t);
        t.DefStatic("__new__", (args, kw) =>
        {
            var type = (PyType)args[0]!;
            if (ReferenceEquals(type, FilterType))
            {
                Builtins.NoKeywords("filter", kw);
            }
            if (args.Length != 3)
            {
                throw new PyException(PyErrors.ExpectedArguments("filter", 2, args.Length - 1));
            }
            return new PyFilter(type, args[1], PyProtocol.GetIterator(args[2]));
        });
    }
}
