using System;
using System.Linq;

namespace PyNet.Runtime;

/// <summary>
/// <c>collections.deque</c>: a double-ended queue in a circular buffer, optionally bounded by <c>maxlen</c> (appends
/// then drop items from the other end). Iterators fail with RuntimeError if the deque changes under them.
/// </summary>
public sealed class PyDeque : PyObject, IHasDict
{
    public static readonly PyType DequeType = new("deque", PyType.ObjectType, Init, "collections");

    public static readonly PyType IteratorType = new("_deque_iterator", PyType.ObjectType, IteratorMembers.Init, "_collections", isBaseType: false);

    public static readonly PyType ReverseIteratorType = new("_deque_reverse_iterator", PyType.ObjectType, IteratorMembers.Init, "_collections", isBaseType: false);

    private static readonly string[] s_parameters = { "iterable", "maxlen" };

    private readonly PyType _type;
    private object?[] _items = new object?[8];
    private int _head;
    private int _count;
    private long _version;

    public PyDeque(PyType type)
    {
        _type = type;
    }

    public override PyType Type => _type;

    public PyDict? InstanceDict { get; set; }

    public PyDict GetOrCreateDict() => InstanceDict ??= new PyDict();

    /// <summary>The bound, or -1 for an unbounded deque.</summary>
    public long MaxLen { get; private set; } = -1;

    public int Count => _count;

    public object? this[int index]
    {
        get => _items[(_head + index) % _items.Length];
        set => _items[(_head + index) % _items.Length] = value;
    }

    public void Append(object? x)
    {
        if (MaxLen == 0)
        {
            return;
        }
        if (_count == MaxLen)
        {
            PopLeft();
        }
        Grow();
        _items[(_head + _count) % _items.Length] = x;
        _count++;
        _version++;
    }

    public void AppendLeft(object? x)
    {
        if (MaxLen == 0)
        {
            return;
        }
        if (_count == MaxLen)
        {
            Pop();
        }
        Grow();
        _head = (_head - 1 + _items.Length) % _items.Length;
        _items[_head] = x;
        _count++;
        _version++;
    }

    public object? Pop()
    {
        if (_count == 0)
        {
            throw new PyException(PyErrors.DequePopEmpty());
        }
        var i = (_head + _count - 1) % _items.Length;
        var x = _items[i];
        _items[i] = null;
        _count--;
        _version++;
        return x;
    }

    public object? PopLeft()
    {
        if (_count == 0)
        {
            throw new PyException(PyErrors.DequePopEmpty());
        }
        var x = _items[_head];
        _items[_head] = null;
        _head = (_head + 1) % _items.Length;
        _count--;
        _version++;
        return x;
    }

    public object?[] ToArray()
    {
        var result = new object?[_count];
        for (var i = 0; i < _count; i++)
        {
            result[i] = this[i];
        }
        return result;
    }

    private void SetContents(object?[] items)
    {
        _items = new object?[Math.Max(8, items.Length * 2)];
        items.CopyTo(_items, 0);
        _head = 0;
        _count = items.Length;
        _version++;
    }

    private void Grow()
    {
        if (_count < _items.Length)
        {
            return;
        }
        var bigger = new object?[_items.Length * 2];
        for (var i = 0; i < _count; i++)
        {
            bigger[i] = this[i];
        }
        _items = bigger;
        _head = 0;
    }

    private void Extend(object? iterable, bool left)
    {
        var items = ReferenceEquals(iterable, this) ? ToArray() : Builtins.ToArray(iterable);
        foreach (var x in items)
        {
            if (left)
            {
                AppendLeft(x);
            }
            else
            {
                Append(x);
            }
        }
    }

    private void Rotate(long n)
    {
        if (_count <= 1)
        {
            return;
        }
        n %= _count;
        if (n < 0)
        {
            n += _count;
        }
        if (n == 0)
        {
            return;
        }
        var items = ToArray();
        var rotated = new object?[_count];
        for (var i = 0; i < _count; i++)
        {
            rotated[(i + n) % _count] = items[i];
        }
        SetContents(rotated);
    }

    private int NormalizeIndex(object? key)
    {
        if (!PyProtocol.HasIndex(key))
        {
            throw new PyException(PyErrors.DequeIndexType(key));
        }
        var i = PyProtocol.Index(key);
        if (i < 0)
        {
            i += _count;
        }
        if (i < 0 || i >= _count)
        {
            throw new PyException(PyErrors.DequeIndexOutOfRange());
        }
        return (int)i;
    }

    private int IndexOf(object? x, long start, long stop)
    {
        var version = _version;
        for (var i = start; i < stop && i < _count; i++)
        {
            var eq = PyProtocol.Eq(this[(int)i], x);
            if (_version != version)
            {
                throw new PyException(PyErrors.DequeMutated());
            }
            if (eq)
            {
                return (int)i;
            }
        }
        return -1;
    }

    private void RemoveAt(int index)
    {
        var items = ToArray().ToList();
        items.RemoveAt(index);
        SetContents(items.ToArray());
    }

    private PyDeque CopyDeque()
    {
        var copy = new PyDeque(_type) { MaxLen = MaxLen };
        copy.SetContents(ToArray());
        return copy;
    }

    private string Repr()
    {
        var name = _type.Name;
        return PyProtocol.ReprGuarded(this, "[...]", () =>
        {
            var items = string.Join(", ", ToArray().Select(PyProtocol.Repr));
            return MaxLen < 0 ? $"{name}([{items}])" : $"{name}([{items}], maxlen={MaxLen})";
        });
    }

    private static PyDeque Self(object? o) => (PyDeque)o!;

    private static void Init(PyType t)
    {
        t.InstanceFactory = static type => new PyDeque(type);
        t.DefStatic("__new__", (args, kw) => new PyDeque((PyType)args[0]!));
        t.DefMethodVar("__init__", (args, kw) =>
        {
            var self = Self(args[0]);
            var a = Builtins.BindArguments("deque", args, kw, 1, s_parameters, 0);
            if (!NativeTypes.IsMissing(a[1]) && a[1] != null)
            {
                var maxLen = PyProtocol.Index(a[1]);
                if (maxLen < 0)
                {
                    throw new PyException(PyErrors.MaxlenNegative());
                }
                self.MaxLen = maxLen;
            }
            else
            {
                self.MaxLen = -1;
            }
            if (self._count > 0)
            {
                self.SetContents(Array.Empty<object?>());
            }
            if (!NativeTypes.IsMissing(a[0]))
            {
                self.Extend(a[0], false);
            }
            return null;
        });
        t.DefGetSet("maxlen", self => Self(self).MaxLen < 0 ? null : PyInt.Box(Self(self).MaxLen));
        t.DefMethod("append", (self, x) =>
        {
            Self(self).Append(x);
            return null;
        });
        t.DefMethod("appendleft", (self, x) =>
        {
            Self(self).AppendLeft(x);
            return null;
        });
        t.DefMethod("pop", self => Self(self).Pop());
        t.DefMethod("popleft", self => Self(self).PopLeft());
        t.DefMethod("extend", (self, it) =>
        {
            Self(self).Extend(it, false);
            return null;
        });
        t.DefMethod("extendleft", (self, it) =>
        {
            Self(self).Extend(it, true);
            return null;
        });
        t.DefMethod("clear", self =>
        {
            Self(self).SetContents(Array.Empty<object?>());
            return null;
        });
        t.DefMethod("copy", self => Self(self).CopyDeque());
        t.DefMethod("__copy__", self => Self(self).CopyDeque());
        t.DefMethod("count", (self, x) =>
        {
            var d = Self(self);
            var version = d._version;
            var n = 0;
            for (var i = 0; i < d._count; i++)
            {
                if (PyProtocol.Eq(d[i], x))
                {
                    n++;
                }
                if (d._version != version)
                {
                    throw new PyException(PyErrors.DequeMutated());
                }
            }
            return PyInt.Box(n);
        });
        t.DefMethodVar("index", (args, kw) =>
        {
            var d = Self(args[0]);
            var (start, stop) = ListMembers.IndexBounds("index", args, kw, d._count);
            var i = d.IndexOf(args[1], start, stop);
            return i >= 0 ? PyInt.Box(i) : throw new PyException(PyErrors.NotInDeque(args[1]));
        });
        t.DefMethod("insert", (self, index, x) =>
        {
            var d = Self(self);
            if (d.MaxLen >= 0 && d._count >= d.MaxLen)
            {
                throw new PyException(PyErrors.DequeFull());
            }
            var i = PyProtocol.Index(index);
            var items = d.ToArray().ToList();
            if (i < 0)
            {
                i = Math.Max(0, i + items.Count);
            }
            items.Insert((int)Math.Min(i, items.Count), x);
            d.SetContents(items.ToArray());
            return null;
        });
        t.DefMethod("remove", (self, x) =>
        {
            var d = Self(self);
            var i = d.IndexOf(x, 0, d._count);
            if (i < 0)
            {
                throw new PyException(PyErrors.DequeRemoveMissing());
            }
            d.RemoveAt(i);
            return null;
        });
        t.DefMethod("reverse", self =>
        {
            var d = Self(self);
            var items = d.ToArray();
            Array.Reverse(items);
            d.SetContents(items);
            return null;
        });
        t.DefMethodVar("rotate", (args, kw) =>
        {
            Builtins.NoKeywords("rotate", kw);
            if (args.Length > 2)
            {
                throw new PyException(PyErrors.ExpectedAtMost("rotate", 1, args.Length - 1));
            }
            Self(args[0]).Rotate(args.Length > 1 ? PyProtocol.Index(args[1]) : 1);
            return null;
        });
        t.DefMethod("__len__", self => PyInt.Box(Self(self)._count));
        t.DefMethod("__bool__", self => Self(self)._count != 0);
        t.DefMethod("__getitem__", (self, key) => Self(self)[Self(self).NormalizeIndex(key)]);
        t.DefMethod("__setitem__", (self, key, value) =>
        {
            var d = Self(self);
            d[d.NormalizeIndex(key)] = value;
            return null;
        });
        t.DefMethod("__delitem__", (self, key) =>
        {
            var d = Self(self);
            d.RemoveAt(d.NormalizeIndex(key));
            return null;
        });
        t.DefMethod("__contains__", (self, x) => Self(self).IndexOf(x, 0, Self(self)._count) >= 0);
        t.DefMethod("__iter__", self => new DequeIterator(Self(self), false));
        t.DefMethod("__reversed__", self => new DequeIterator(Self(self), true));
        t.DefMethod("__repr__", self => new PyStr(Self(self).Repr()));
        t.DefValue("__hash__", null);
        foreach (CompareOperator op in Enum.GetValues<CompareOperator>())
        {
            var o = op;
            t.DefMethod(PyProtocol.CompareMethodName(op).Value, (a, b) =>
                a is PyDeque da && b is PyDeque db ? PyProtocol.SequenceCompare(da.ToArray(), db.ToArray(), o) : PyNotImplemented.Instance);
        }
        t.DefMethod("__add__", (a, b) =>
        {
            if (b is not PyDeque db)
            {
                throw new PyException(PyErrors.TypeError($"can only concatenate deque (not \"{PyErrors.TypeName(b)}\") to deque"));
            }
            var result = Self(a).CopyDeque();
            result.Extend(db, false);
            return result;
        });
        t.DefMethod("__iadd__", (a, b) =>
        {
            Self(a).Extend(b, false);
            return a;
        });
        t.DefMethod("__mul__", (a, n) => Repeat(Self(a).CopyDeque(), n));
        t.DefMethod("__rmul__", (a, n) => Repeat(Self(a).CopyDeque(), n));
        t.DefMethod("__imul__", (a, n) => Repeat(Self(a), n));
        t.DefMethod("__reduce__", self =>
        {
            var d = Self(self);
            var args = d.MaxLen < 0 ? PyTuple.Create(PyList.FromArray(d.ToArray())) : PyTuple.Create(PyList.FromArray(d.ToArray()), PyInt.Box(d.MaxLen));
            return PyTuple.Create(d._type, args);
        });
        PyGenericAlias.DefClassGetItem(t);
    }

    private static object Repeat(PyDeque d, object? n)
    {
        if (!PyProtocol.HasIndex(n))
        {
            return PyNotImplemented.Instance;
        }
        var times = PyProtocol.Index(n);
        var items = d.ToArray();
        d.SetContents(Array.Empty<object?>());
        for (var i = 0; i < times; i++)
        {
            foreach (var x in items)
            {
                d.Append(x);
            }
        }
        return d;
    }

    /// <summary>Iterates forwards or backwards; fails if the deque is changed during iteration.</summary>
    private sealed class DequeIterator : PyIterator
    {
        private readonly PyDeque _deque;
        private readonly bool _reversed;
        private readonly long _version;
        private int _index;

        public DequeIterator(PyDeque deque, bool reversed)
        {
            _deque = deque;
            _reversed = reversed;
            _version = deque._version;
        }

        public override PyType Type => _reversed ? ReverseIteratorType : IteratorType;

        public override object? Next()
        {
            if (_deque._version != _version)
            {
                throw new PyException(PyErrors.DequeMutated());
            }
            if (_index >= _deque._count)
            {
                return PyOps.Done;
            }
            var i = _index++;
            return _deque[_reversed ? _deque._count - 1 - i : i];
        }
    }
}
