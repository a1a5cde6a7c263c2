using System.Collections;
using PyNet.Runtime;

namespace PyNet.Interop;

/// <summary>A Python iterator over a .NET IEnumerator (for loops over .NET collections); items become Python values.</summary>
public sealed class ClrIterator : PyIterator
{
    public static readonly PyType IteratorType = new("enumerator", PyType.ObjectType, InitType, module: "clr", isBaseType: false);

    private readonly IEnumerator _enumerator;

    public ClrIterator(IEnumerator enumerator)
    {
        _enumerator = enumerator;
    }

    public override PyType Type => IteratorType;

    public override object? Next() => _enumerator.MoveNext() ? ClrConverter.FromObject(_enumerator.Current) : PyOps.Done;

    private static void InitType(PyType t)
    {
        t.DefMethod("__iter__", self => self);
        t.DefMethod("__next__", self => ((ClrIterator)self!).Next() is var item && ReferenceEquals(item, PyOps.Done)
            ? throw new PyException(PyErrors.StopIteration())
            : item);
    }
}
