namespace PyNet.Runtime;

/// <summary>
/// <c>_collections._tuplegetter(index, doc)</c>: the read-only data descriptor that namedtuple classes use for their
/// fields (CPython's C type; collections falls back to a property over itemgetter without it, whose errors read
/// differently). Reading it on a tuple gives the item at its index; storing or deleting raises AttributeError.
/// </summary>
public sealed class PyTupleGetter : PyObject, IPyDataDescriptor
{
    public static readonly PyType TupleGetterType = new("_tuplegetter", PyType.ObjectType, Init, "_collections", isBaseType: false);

    public PyTupleGetter(long index, object? doc)
    {
        Index = index;
        Doc = doc;
    }

    public long Index { get; }

    public object? Doc { get; set; }

    public override PyType Type => TupleGetterType;

    public object? Get(object? instance, PyType owner, bool hasInstance) => hasInstance ? Get(instance) : this;

    public void Set(object? instance, object? value, bool delete) => throw new PyException(PyErrors.CantSetAttribute(delete));

    public object? Get(object? instance)
    {
        if (instance is not PyTuple tuple)
        {
            throw new PyException(PyErrors.TupleGetterDoesNotApply(Index, instance));
        }
        if (Index < 0 || Index >= tuple.Count)
        {
            throw new PyException(PyErrors.IndexOutOfRange("tuple"));
        }
        return tuple[(int)Index];
    }

    private static void Init(PyType t)
    {
        t.DefStatic("__new__", (args, kw) =>
        {
            var a = NativeTypes.Positional("_tuplegetter", args, kw);
            if (a.Length != 2)
            {
                throw new PyException(PyErrors.ExpectedArguments("_tuplegetter", 2, a.Length));
            }
            return new PyTupleGetter(PyProtocol.Index(a[0]), a[1]);
        });
        t.DefMethodVar("__get__", (args, kw) => args.Length is < 2 or > 3
            ? throw new PyException(PyErrors.ExpectedArguments("__get__", 2, args.Length - 1))
            : args[1] == null ? args[0] : ((PyTupleGetter)args[0]!).Get(args[1]));
        t.DefMethod("__set__", (self, instance, value) =>
        {
            ((PyTupleGetter)self!).Set(instance, value, delete: false);
            return null;
        });
        t.DefMethod("__delete__", (self, instance) =>
        {
            ((PyTupleGetter)self!).Set(instance, null, delete: true);
            return null;
        });
        t.DefMethod("__reduce__", self =>
        {
            var g = (PyTupleGetter)self!;
            return PyTuple.Create(new object?[] { TupleGetterType, PyTuple.Create(new object?[] { PyInt.Box(g.Index), g.Doc }) });
        });
        t.DefGetSet("__doc__", self => ((PyTupleGetter)self).Doc, (self, value) => ((PyTupleGetter)self).Doc = value);
    }
}
