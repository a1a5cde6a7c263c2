using System;
using System.Linq;
using System.Text;

namespace PyNet.Runtime;

/// <summary>The members of <c>dict</c>.</summary>
public static class DictMembers
{
    internal static void Init(PyType t)
    {
        t.InstanceFactory = static _ => new PyDict();
        t.DefStatic("__new__", (args, kw) => new PyDict());
        t.DefMethodVar("__init__", (args, kw) =>
        {
            var self = (PyDict)args[0]!;
            var nPos = args.Length - (kw?.Length ?? 0);
            if (nPos > 1)
            {
                Update(self, args[1]);
            }
            for (var i = 0; i < (kw?.Length ?? 0); i++)
            {
                self[kw![i]] = args[nPos + i];
            }
            return null;
        });
        t.DefMethod("__repr__", self => new PyStr(Repr((PyDict)self!)));
        t.DefMethod("__len__", self => PyInt.Box(((PyDict)self!).Count));
        t.DefMethod("__getitem__", (self, key) => ((PyDict)self!)[key]);
        t.DefMethod("__setitem__", (self, key, value) =>
        {
            ((PyDict)self!)[key] = value;
            return null;
        });
        t.DefMethod("__delitem__", (self, key) => ((PyDict)self!).Remove(key) ? null : throw new PyException(PyErrors.KeyError(key)));
        t.DefMethod("__contains__", (self, key) => ((PyDict)self!).ContainsKey(key));
        t.DefMethod("__iter__", self => new PyDictIterator((PyDict)self!, PyDictIterator.Kind.Keys));
        t.DefMethod("__eq__", (a, b) => b is PyDict db ? Equal((PyDict)a!, db) : PyNotImplemented.Instance);
        t.DefMethod("__ne__", (a, b) => b is PyDict db ? !Equal((PyDict)a!, db) : PyNotImplemented.Instance);
        t.DefValue("__hash__", null);
        t.DefMethodVar("get", (args, kw) =>
        {
            var d = (PyDict)args[0]!;
            if (args.Length < 2 || args.Length > 3)
            {
                throw new PyException(PyErrors.ExpectedAtMost("get", 2, args.Length - 1));
            }
            return d.TryGetValue(args[1], out var v) ? v : args.Length > 2 ? args[2] : null;
        });
        t.DefMethodVar("setdefault", (args, kw) =>
        {
            var d = (PyDict)args[0]!;
            if (d.TryGetValue(args[1], out var v))
            {
                return v;
            }
            var value = args.Length > 2 ? args[2] : null;
            d[args[1]] = value;
            return value;
        });
        t.DefMethodVar("pop", (args, kw) =>
        {
            var d = (PyDict)args[0]!;
            if (d.Remove(args[1], out var v))
            {
                return v;
            }
            return args.Length > 2 ? args[2] : throw new PyException(PyErrors.KeyError(args[1]));
        });
        t.DefMethod("popitem", self =>
        {
            var d = (PyDict)self!;
            return d.TryPopLast(out var k, out var v) ? PyTuple.Create(k, v) : throw new PyException(PyErrors.New(PyExc.KeyError, "popitem(): dictionary is empty"));
        });
        t.DefMethod("keys", self => PyList.FromEnumerable(((PyDict)self!).Keys()));
        t.DefMethod("values", self => PyList.FromEnumerable(((PyDict)self!).Values()));
        t.DefMethod("items", self => PyList.FromEnumerable(((PyDict)self!).Items().Select(kv => (object?)PyTuple.Create(kv.Key, kv.Value))));
        t.DefMethodVar("update", (args, kw) =>
        {
            var d = (PyDict)args[0]!;
            var nPos = args.Length - (kw?.Length ?? 0);
            if (nPos > 1)
            {
                Update(d, args[1]);
            }
            for (var i = 0; i < (kw?.Length ?? 0); i++)
            {
                d[kw![i]] = args[nPos + i];
            }
            return null;
        });
        t.DefMethod("clear", self =>
        {
            ((PyDict)self!).Clear();
            return null;
        });
        t.DefMethod("copy", self => ((PyDict)self!).Copy());
    }

    public static string Repr(PyDict d) => PyProtocol.ReprGuarded(d, "{...}", () =>
    {
        var sb = new StringBuilder("{");
        var first = true;
        foreach (var kv in d.Items())
        {
            if (!first)
            {
                sb.Append(", ");
            }
            first = false;
            sb.Append(PyProtocol.Repr(kv.Key)).Append(": ").Append(PyProtocol.Repr(kv.Value));
        }
        return sb.Append('}').ToString();
    });

    public static bool Equal(PyDict a, PyDict b)
    {
        if (a.Count != b.Count)
        {
            return false;
        }
        foreach (var kv in a.Items())
        {
            if (!b.TryGetValue(kv.Key, out var v) || !(ReferenceEquals(v, kv.Value) || PyProtocol.Eq(kv.Value, v)))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>dict.update(other): a mapping (with keys()) or an iterable of pairs.</summary>
    public static void Update(PyDict d, object? other)
    {
        if (other is PyDict od)
        {
            d.Update(od);
            return;
        }
        if (PyProtocol.TryGetAttr(other, PyStr.Intern("keys"), out var keys))
        {
            foreach (var k in Builtins.ToArray(PyCall.Call(keys)))
            {
                d[k] = PyProtocol.GetItem(other, k);
            }
            return;
        }
        var index = 0;
        foreach (var item in Builtins.ToArray(other))
        {
            var pair = Builtins.ToArray(item);
            if (pair.Length != 2)
            {
                throw new PyException(PyErrors.ValueError($"dictionary update sequence element #{index} has length {pair.Length}; 2 is required"));
            }
            d[pair[0]] = pair[1];
            index++;
        }
    }
}

/// <summary>The members of <c>range</c>.</summary>
public static class RangeMembers
{
    internal static void Init(PyType t)
    {
        t.DefStatic("__new__", (args, kw) => New(args[1..]));
        t.DefMethod("__repr__", self =>
        {
            var r = (PyRange)self!;
            return new PyStr(r.Step == 1 ? $"range({r.Start}, {r.Stop})" : $"range({r.Start}, {r.Stop}, {r.Step})");
        });
        t.DefMethod("__len__", self => PyInt.Box(((PyRange)self!).Length));
        t.DefMethod("__getitem__", (self, key) => GetItem((PyRange)self!, key));
        t.DefMethod("__contains__", (self, x) => Contains((PyRange)self!, x));
        t.DefMethod("__iter__", self => new PyRangeIterator((PyRange)self!));
        t.DefGetSet("start", self => PyInt.Box(((PyRange)self).Start));
        t.DefGetSet("stop", self => PyInt.Box(((PyRange)self).Stop));
        t.DefGetSet("step", self => PyInt.Box(((PyRange)self).Step));
    }

    public static PyRange New(object?[] args)
    {
        if (args.Length == 0)
        {
            throw new PyException(PyErrors.ExpectedAtLeast("range", 1, 0));
        }
        if (args.Length > 3)
        {
            throw new PyException(PyErrors.ExpectedAtMost("range", 3, args.Length));
        }
        long Arg(object? o)
        {
            if (!PyProtocol.HasIndex(o))
            {
                throw new PyException(PyErrors.TypeError($"'{PyErrors.TypeName(o)}' object cannot be interpreted as an integer"));
            }
            return PyProtocol.Index(o);
        }
        if (args.Length == 1)
        {
            return new PyRange(0, Arg(args[0]), 1);
        }
        var step = args.Length == 3 ? Arg(args[2]) : 1;
        if (step == 0)
        {
            throw new PyException(PyErrors.ValueError("range() arg 3 must not be zero"));
        }
        return new PyRange(Arg(args[0]), Arg(args[1]), step);
    }

    public static object GetItem(PyRange r, object? key)
    {
        if (key is PySlice slice)
        {
            var (start, stop, step, _) = slice.Indices(r.Length);
            return new PyRange(r[start], r[stop], r.Step * step);
        }
        var index = PyProtocol.Index(key);
        if (index < 0)
        {
            index += r.Length;
        }
        if (index < 0 || index >= r.Length)
        {
            throw new PyException(PyErrors.IndexError("range object index out of range"));
        }
        return PyInt.Box(r[index]);
    }

    public static bool Contains(PyRange r, object? x)
    {
        if (x is long v)
        {
            if (r.Step > 0 ? v < r.Start || v >= r.Stop : v > r.Start || v <= r.Stop)
            {
                return false;
            }
            return (v - r.Start) % r.Step == 0;
        }
        for (long i = 0; i < r.Length; i++)
        {
            if (PyProtocol.Eq(PyInt.Box(r[i]), x))
            {
                return true;
            }
        }
        return false;
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
        t.DefGetSet("__dict__", self => ((PyFunction)self).GetOrCreateDict());
        t.DefGetSet("__closure__", self => ((PyFunction)self).Closure is { } c ? PyTuple.Create(c.Cast<object?>().ToArray()) : null);
    }
}
