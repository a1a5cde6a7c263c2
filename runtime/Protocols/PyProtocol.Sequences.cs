using System.Numerics;
using System.Runtime.CompilerServices;

namespace PyNet.Runtime;

public static partial class PyProtocol
{
    public static readonly PyStr GetItemName = PyStr.Intern("__getitem__");
    public static readonly PyStr SetItemName = PyStr.Intern("__setitem__");
    public static readonly PyStr DelItemName = PyStr.Intern("__delitem__");
    public static readonly PyStr ContainsName = PyStr.Intern("__contains__");
    public static readonly PyStr IterName = PyStr.Intern("__iter__");
    public static readonly PyStr NextName = PyStr.Intern("__next__");
    public static readonly PyStr IndexName = PyStr.Intern("__index__");
    public static readonly PyStr ClassGetItemName = PyStr.Intern("__class_getitem__");

    public static object? GetItem(object? o, object? key)
    {
        switch (o)
        {
            case PyList list when list.IsExact:
                return ListMembers.GetItem(list, key);
            case PyTuple { IsExact: true } t:
                return TupleMembers.GetItem(t, key);
            case PyStr { IsExact: true } s:
                return StrMembers.GetItem(s, key);
            case PyDict d when d.IsExact:
                return d[key];
            case PyRange r:
                return RangeMembers.GetItem(r, key);
        }
        var type = PyType.Of(o);
        var method = type.Lookup(GetItemName);
        if (method != null)
        {
            return CallBound(method, o, key);
        }
        if (o is PyType t2 && t2.TryLookup(ClassGetItemName, out var cgi))
        {
            return PyCall.Call(DescriptorGet(cgi, null, t2, false), key);
        }
        throw new PyException(PyErrors.NotSubscriptable(o));
    }

    public static void SetItem(object? o, object? key, object? value)
    {
        switch (o)
        {
            case PyList list when list.IsExact:
                ListMembers.SetItem(list, key, value);
                return;
            case PyDict d when d.IsExact:
                d[key] = value;
                return;
        }
        var method = PyType.Of(o).Lookup(SetItemName);
        if (method == null)
        {
            throw new PyException(PyErrors.NotItemAssignable(o));
        }
        CallBound(method, o, key, value);
    }

    public static void DelItem(object? o, object? key)
    {
        switch (o)
        {
            case PyList list when list.IsExact:
                ListMembers.DelItem(list, key);
                return;
            case PyDict d when d.IsExact:
                if (!d.Remove(key))
                {
                    throw new PyException(PyErrors.KeyError(key));
                }
                return;
        }
        var method = PyType.Of(o).Lookup(DelItemName);
        if (method == null)
        {
            throw new PyException(PyErrors.NotItemDeletable(o));
        }
        CallBound(method, o, key);
    }

    /// <summary><c>item in container</c>.</summary>
    public static bool Contains(object? container, object? item)
    {
        // Exact classes first: one method-table comparison each (a type test against a class with subclasses calls a helper;
        // a Type kept in a local is a call to GetType).
        if (container != null && container.GetType() == typeof(PySet))
        {
            // set and frozenset (instances of their Python subclasses are PySetWithDict).
            return Unsafe.As<PySet>(container).ContainsKey(item);
        }
        if (container != null && container.GetType() == typeof(PyDict))
        {
            return Unsafe.As<PyDict>(container)!.ContainsKey(item);
        }
        switch (container)
        {
            case PyDict d when d.IsExact:
                return d.ContainsKey(item);
            case PyStr s:
                if (item is not PyStr sub)
                {
                    throw new PyException(PyErrors.TypeError($"'in <string>' requires string as left operand, not {PyErrors.TypeName(item)}"));
                }
                return s.Value.Contains(sub.Value, System.StringComparison.Ordinal);
            case PyList list when list.IsExact:
                foreach (var x in list.AsSpan())
                {
                    if (ReferenceEquals(x, item) || Eq(x, item))
                    {
                        return true;
                    }
                }
                return false;
            case PyTuple t when t.IsExact:
                foreach (var x in t.Items)
                {
                    if (ReferenceEquals(x, item) || Eq(x, item))
                    {
                        return true;
                    }
                }
                return false;
            case PyRange r:
                return RangeMembers.Contains(r, item);
            case PySet set when !set.Type.IsHeapType:
                return set.ContainsKey(item);
        }
        var type = PyType.Of(container);
        var method = type.Lookup(ContainsName);
        if (method != null)
        {
            return IsTrue(CallBound(method, container, item));
        }
        var it = GetIterator(container);
        while (true)
        {
            var x = it.Next();
            if (ReferenceEquals(x, PyOps.Done))
            {
                return false;
            }
            if (ReferenceEquals(x, item) || Eq(x, item))
            {
                return true;
            }
        }
    }

    /// <summary><c>iter(o)</c>: the object's own iterator.</summary>
    public static object Iter(object? o)
    {
        switch (o)
        {
            case PyList l when l.IsExact:
                return new PyListIterator(l);
            case PyTuple t when t.IsExact:
                return new PyTupleIterator(t);
            case PyStr s:
                return new PyStrIterator(s);
            case PyRange r:
                return new PyRangeIterator(r);
            case PyDict d when d.IsExact:
                return new PyDictIterator(d, PyDictIterator.Kind.Keys);
            case PySet set when !set.Type.IsHeapType:
                return new PySetIterator(set);
            case PyIterator pi when !pi.Type.IsHeapType && pi is not PyGenerator { Kind: PyGenerator.KindCoroutine }:
                // (A coroutine is not iterable: its type has no __iter__, so the lookup below refuses it.)
                return pi is PyProtocolIterator ppi ? ppi.Inner : pi;
        }
        var type = PyType.Of(o);
        var method = type.Lookup(IterName);
        if (method != null)
        {
            var it = CallBound(method, o);
            if (PyType.Of(it).Lookup(NextName) == null && it is not PyIterator)
            {
                throw new PyException(PyErrors.TypeError($"iter() returned non-iterator of type '{PyErrors.TypeName(it)}'"));
            }
            return it!;
        }
        if (type.Lookup(GetItemName) != null)
        {
            return new PySequenceIterator(o!);
        }
        throw new PyException(PyErrors.NotIterable(o));
    }

    /// <summary>An iterator in the runtime's form (for loops and C# consumers): <see cref="PyIterator.Next"/> returns Done at the end.</summary>
    public static PyIterator GetIterator(object? o)
    {
        var it = Iter(o);
        return it as PyIterator ?? new PyProtocolIterator(it);
    }

    /// <summary><c>next(it)</c> in the runtime's form: an item or <see cref="PyOps.Done"/>.</summary>
    public static object? Next(object? iterator)
    {
        if (iterator is PyIterator pi && !pi.Type.IsHeapType)
        {
            return pi.Next();
        }
        var method = PyType.Of(iterator).Lookup(NextName);
        if (method == null)
        {
            throw new PyException(PyErrors.NotAnIterator(iterator));
        }
        try
        {
            return CallBound(method, iterator);
        }
        catch (PyException e) when (e.Value.Type.IsSubtypeOf(PyExc.StopIteration))
        {
            return PyOps.Done;
        }
    }

    /// <summary>Converts to a C# index with __index__, as sequence indexing does.</summary>
    public static long Index(object? o)
    {
        switch (o)
        {
            case long l:
                return l;
            case bool b:
                return b ? 1 : 0;
            case BigInteger:
                throw new PyException(PyErrors.IndexError("cannot fit 'int' into an index-sized integer"));
        }
        var method = PyType.Of(o).Lookup(IndexName);
        if (method == null)
        {
            throw new PyException(PyErrors.CannotInterpretAsInteger(o));
        }
        var r = CallBound(method, o);
        return r is long or bool or BigInteger ? Index(r) : throw new PyException(PyErrors.IndexReturnedNonInt(r));
    }

    /// <summary>
    /// The position seq[key] refers to, for a sequence of <paramref name="count"/> items: an integer key (with
    /// __index__), negative counting from the end, checked against the bounds with CPython's messages.
    /// </summary>
    public static int ItemIndex(object seq, object? key, int count, string typeName, bool assignment)
    {
        if (!HasIndex(key))
        {
            throw new PyException(PyErrors.IndicesMustBeIntegers(seq, key));
        }
        var index = Index(key);
        if (index < 0)
        {
            index += count;
        }
        if (index < 0 || index >= count)
        {
            throw new PyException(assignment ? PyErrors.AssignmentIndexOutOfRange(typeName) : PyErrors.IndexOutOfRange(typeName));
        }
        return (int)index;
    }

    public static bool HasIndex(object? o) => o is long or bool or BigInteger || PyType.Of(o).Lookup(IndexName) != null;
}
