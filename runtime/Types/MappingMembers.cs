using System;
using System.Linq;
using System.Text;

namespace PyNet.Runtime;

/// <summary>The members of <c>dict</c>.</summary>
public static class DictMembers
{
    private static readonly PyStr s_keys = PyStr.Intern("keys");
    private static readonly PyStr s_missing = PyStr.Intern("__missing__");

    private static object? SetDefault(object? self, object? key, object? value)
    {
        var d = (PyDict)self!;
        if (d.TryGetValue(key, out var v))
        {
            return v;
        }
        d[key] = value;
        return value;
    }

    private static object? Pop(object? self, object? key) =>
        ((PyDict)self!).Remove(key, out var v) ? v : throw new PyException(PyErrors.KeyError(key));

    private static object? PopOr(object? self, object? key, object? missing) =>
        ((PyDict)self!).Remove(key, out var v) ? v : missing;

    internal static void Init(PyType t)
    {
        PyGenericAlias.DefClassGetItem(t);
        t.InstanceFactory = static type => ReferenceEquals(type, PyType.DictType) ? new PyDict() : new PyDictInstance(type);
        t.DefStatic("__new__", (args, kw) => args.Length > 0 && args[0] is PyType cls && !ReferenceEquals(cls, PyType.DictType) ? new PyDictInstance(cls) : new PyDict());
        t.DefMethodVar("__init__", (args, kw) =>
        {
            UpdateWithArguments((PyDict)args[0]!, args, kw, "dict");
            return null;
        });
        t.DefMethod("__repr__", self => new PyStr(Repr((PyDict)self!)));
        t.DefMethod("__len__", self => PyInt.Box(((PyDict)self!).Count));
        t.DefMethod("__getitem__", (self, key) => GetItem((PyDict)self!, key));
        t.DefMethod("__setitem__", (self, key, value) =>
        {
            ((PyDict)self!)[key] = value;
            return null;
        });
        t.DefMethod("__delitem__", (self, key) => ((PyDict)self!).Remove(key) ? null : throw new PyException(PyErrors.KeyError(key)));
        t.DefMethod("__contains__", (self, key) => ((PyDict)self!).ContainsKey(key));
        t.DefMethod("__iter__", self => new PyDictIterator((PyDict)self!, PyDictIterator.Kind.Keys));
        t.DefMethod("__reversed__", self => new PyDictIterator((PyDict)self!, PyDictIterator.Kind.Keys, reversed: true));
        t.DefMethod("__eq__", (a, b) => b is PyDict db ? Equal((PyDict)a!, db) : PyNotImplemented.Instance);
        t.DefMethod("__ne__", (a, b) => b is PyDict db ? !Equal((PyDict)a!, db) : PyNotImplemented.Instance);
        t.DefMethod("__or__", (a, b) => a is PyDict da && b is PyDict ? Merged(da, b) : PyNotImplemented.Instance);
        t.DefMethod("__ror__", (a, b) => a is PyDict && b is PyDict db ? Merged(db, a) : PyNotImplemented.Instance);
        t.DefMethod("__ior__", (a, b) =>
        {
            Update((PyDict)a!, b);
            return a;
        });
        t.DefValue("__hash__", null);
        t.DefMethodVar(
            "get",
            (args, kw) =>
            {
                CheckArgs("get", args, kw, 1, 2);
                return ((PyDict)args[0]!).TryGetValue(args[1], out var v) ? v : args.Length > 2 ? args[2] : null;
            },
            null,
            (self, key) => ((PyDict)self!).TryGetValue(key, out var v) ? v : null,
            (self, key, missing) => ((PyDict)self!).TryGetValue(key, out var v) ? v : missing);
        t.DefMethodVar(
            "setdefault",
            (args, kw) =>
            {
                CheckArgs("setdefault", args, kw, 1, 2);
                return SetDefault(args[0], args[1], args.Length > 2 ? args[2] : null);
            },
            null,
            (self, key) => SetDefault(self, key, null),
            SetDefault);
        t.DefMethodVar(
            "pop",
            (args, kw) =>
            {
                CheckArgs("pop", args, kw, 1, 2);
                return args.Length > 2 ? PopOr(args[0], args[1], args[2]) : Pop(args[0], args[1]);
            },
            null,
            Pop,
            PopOr);
        t.DefMethod("popitem", self =>
        {
            var d = (PyDict)self!;
            return d.TryPopLast(out var k, out var v) ? PyTuple.Create(k, v) : throw new PyException(PyErrors.DictPopItemEmpty());
        });
        t.DefMethod("keys", self => new PyDictView((PyDict)self!, PyDictIterator.Kind.Keys));
        t.DefMethod("values", self => new PyDictView((PyDict)self!, PyDictIterator.Kind.Values));
        t.DefMethod("items", self => new PyDictView((PyDict)self!, PyDictIterator.Kind.Items));
        t.DefMethodVar(
            "update",
            (args, kw) =>
            {
                UpdateWithArguments((PyDict)args[0]!, args, kw, "update");
                return null;
            },
            null,
            (self, other) =>
            {
                Update((PyDict)self!, other);
                return null;
            });
        t.DefMethod("clear", self =>
        {
            ((PyDict)self!).Clear();
            return null;
        });
        t.DefMethod("copy", self => ((PyDict)self!).Copy());
        t.DefClassMethod("fromkeys", (args, kw) =>
        {
            if (kw is { Length: > 0 })
            {
                throw new PyException(PyErrors.NoKeywordArguments("dict.fromkeys"));
            }
            if (args.Length < 2 || args.Length > 3)
            {
                throw new PyException(args.Length < 2 ? PyErrors.ExpectedAtLeast("fromkeys", 1, args.Length - 1) : PyErrors.ExpectedAtMost("fromkeys", 2, args.Length - 1));
            }
            return FromKeys(args[0], args[1], args.Length > 2 ? args[2] : null);
        });
    }

    /// <summary>d[key]: a miss calls __missing__ on dict subclasses that define it.</summary>
    public static object? GetItem(PyDict d, object? key)
    {
        if (d.TryGetValue(key, out var v))
        {
            return v;
        }
        if (!d.IsExact && d.Type.Lookup(s_missing) is { } missing)
        {
            return PyProtocol.CallBound(missing, d, key);
        }
        throw new PyException(PyErrors.KeyError(key));
    }

    private static void CheckArgs(string name, object?[] args, PyStr[]? kw, int min, int max)
    {
        if (kw is { Length: > 0 })
        {
            throw new PyException(PyErrors.NoKeywordArguments(name));
        }
        var given = args.Length - 1;
        if (given < min)
        {
            throw new PyException(PyErrors.ExpectedAtLeast(name, min, given));
        }
        if (given > max)
        {
            throw new PyException(PyErrors.ExpectedAtMost(name, max, given));
        }
    }

    /// <summary>dict(...)/update(...): at most one positional (a mapping or pairs), then the keyword arguments in order.</summary>
    internal static void UpdateWithArguments(PyDict self, object?[] args, PyStr[]? kw, string name)
    {
        var nKw = kw?.Length ?? 0;
        var nPos = args.Length - nKw;
        if (nPos > 2)
        {
            throw new PyException(PyErrors.ExpectedAtMost(name, 1, nPos - 1));
        }
        if (nPos == 2)
        {
            Update(self, args[1]);
        }
        for (var i = 0; i < nKw; i++)
        {
            self[kw![i]] = args[nPos + i];
        }
    }

    private static PyDict Merged(PyDict a, object? b)
    {
        var merged = a.Copy();
        Update(merged, b);
        return merged;
    }

    /// <summary>dict.fromkeys(iterable, value): cls() filled in iteration order.</summary>
    public static object? FromKeys(object? cls, object? iterable, object? value)
    {
        var result = PyCall.Call(cls);
        if (result is PyDict d && !d.Type.IsHeapType)
        {
            var it = PyProtocol.GetIterator(iterable);
            while (true)
            {
                var k = it.Next();
                if (ReferenceEquals(k, PyOps.Done))
                {
                    return d;
                }
                d[k] = value;
            }
        }
        var it2 = PyProtocol.GetIterator(iterable);
        while (true)
        {
            var k = it2.Next();
            if (ReferenceEquals(k, PyOps.Done))
            {
                return result;
            }
            PyProtocol.SetItem(result, k, value);
        }
    }

    public static string Repr(PyDict d) => PyProtocol.ReprGuarded(d, "{...}", () =>
    {
        var sb = new StringBuilder("{");
        var first = true;
        var pos = 0;
        while (d.TryGetEntry(ref pos, out var key, out var value))
        {
            if (!first)
            {
                sb.Append(", ");
            }
            first = false;
            sb.Append(PyProtocol.Repr(key)).Append(": ").Append(PyProtocol.Repr(value));
        }
        return sb.Append('}').ToString();
    });

    /// <summary>dict_equal: same size, and every key of <paramref name="a"/> maps to an equal value in <paramref name="b"/>.</summary>
    public static bool Equal(PyDict a, PyDict b)
    {
        if (ReferenceEquals(a, b))
        {
            return true;
        }
        if (a.Count != b.Count)
        {
            return false;
        }
        var pos = 0;
        while (a.TryGetEntry(ref pos, out var key, out var value))
        {
            if (!b.TryGetValue(key, out var v) || !(ReferenceEquals(v, value) || PyProtocol.Eq(value, v)))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>dict.update(other): a dict, a mapping (anything with keys()), or an iterable of pairs.</summary>
    public static void Update(PyDict d, object? other)
    {
        // CPython copies any dict whose type keeps dict's __iter__ directly, without calling an overridden __getitem__.
        if (other is PyDict od && (!od.Type.IsHeapType || ReferenceEquals(od.Type.Lookup(PyProtocol.IterName), PyType.DictType.Lookup(PyProtocol.IterName))))
        {
            d.Update(od);
            return;
        }
        if (PyProtocol.TryGetAttr(other, s_keys, out var keys))
        {
            var it = PyProtocol.GetIterator(PyCall.Call(keys));
            while (true)
            {
                var k = it.Next();
                if (ReferenceEquals(k, PyOps.Done))
                {
                    return;
                }
                d[k] = PyProtocol.GetItem(other, k);
            }
        }
        var items = PyProtocol.GetIterator(other);
        for (var index = 0L; ; index++)
        {
            var item = items.Next();
            if (ReferenceEquals(item, PyOps.Done))
            {
                return;
            }
            if (item is PyTuple { Count: 2 } t)
            {
                d[t[0]] = t[1];
                continue;
            }
            object?[] pair;
            if (item is PyTuple other2)
            {
                pair = other2.UnsafeArray;
            }
            else if (item is PyList l)
            {
                pair = l.ToArray();
            }
            else
            {
                try
                {
                    pair = Builtins.ToArray(item);
                }
                catch (PyException e) when (e.Value.Type.IsSubtypeOf(PyExc.TypeError))
                {
                    throw new PyException(PyErrors.DictUpdateElementNotSequence(index, item));
                }
            }
            if (pair.Length != 2)
            {
                throw new PyException(PyErrors.DictUpdateSequenceElement(index, pair.Length));
            }
            d[pair[0]] = pair[1];
        }
    }
}

/// <summary>The members shared by the builtin iterator types.</summary>
public static class IteratorMembers
{
    internal static void Init(PyType t)
    {
        t.DefMethod("__iter__", self => self);
        t.DefMethod("__next__", self =>
        {
            var v = ((PyIterator)self!).Next();
            return ReferenceEquals(v, PyOps.Done) ? throw new PyException(PyErrors.StopIteration()) : v;
        });
    }
}

/// <summary>The members of <c>function</c>.</summary>
public static class FunctionMembers
{
    internal static void Init(PyType t)
    {
        t.DefMethod("__repr__", self => new PyStr($"<function {((PyFunction)self!).QualName} at 0x{ObjectMembers.IdentityHash(self!) << 4:x12}>"));
        t.DefGetSet("__name__", self => new PyStr(((PyFunction)self).Name), (self, v) => ((PyFunction)self).Name = ((PyStr)v!).Value);
        t.DefGetSet("__qualname__", self => new PyStr(((PyFunction)self).QualName), (self, v) => ((PyFunction)self).QualName = ((PyStr)v!).Value);
        t.DefGetSet("__doc__", self => ((PyFunction)self).Doc, (self, v) => ((PyFunction)self).Doc = v);
        t.DefGetSet("__module__", self => ((PyFunction)self).Module, (self, v) => ((PyFunction)self).Module = v);
        t.DefGetSet("__defaults__", self => ((PyFunction)self).Defaults, (self, v) => ((PyFunction)self).Defaults = v as PyTuple);
        t.DefGetSet("__kwdefaults__", self => ((PyFunction)self).KwDefaults, (self, v) => ((PyFunction)self).KwDefaults = v as PyDict);
        t.DefGetSet("__globals__", self => ((PyFunction)self).Globals);
        t.DefGetSet("__code__", self => ((PyFunction)self).Code);
        t.DefGetSet("__annotations__", self => ((PyFunction)self).Annotations ??= new PyDict(), (self, v) => ((PyFunction)self).Annotations = v as PyDict);
        t.DefGetSet("__dict__", self => ((PyFunction)self).GetOrCreateDict(), (self, v) => ((PyFunction)self).InstanceDict =
            ReferenceEquals(v, PyOps.Unbound) ? throw new PyException(PyErrors.CannotDeleteDict())
            : v as PyDict ?? throw new PyException(PyErrors.DictMustBeSetToDict(v)));
        t.DefMethodVar("__get__", (args, kw) => args.Length is < 2 or > 3
            ? throw new PyException(PyErrors.ExpectedArguments("__get__", 2, args.Length - 1))
            : args[1] == null ? args[0] : new PyBoundMethod(args[0], args[1]));
        t.DefGetSet("__closure__", self => ((PyFunction)self).Closure is { } c ? PyTuple.Create(c.Cast<object?>().ToArray()) : null);
    }
}
