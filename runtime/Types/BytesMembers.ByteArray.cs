using System;

namespace PyNet.Runtime;

/// <summary>The members of <c>bytearray</c>: the shared bytes methods plus mutation.</summary>
public static class ByteArrayMembers
{
    internal static void Init(PyType t)
    {
        t.DefStatic("__new__", (args, kw) => new PyByteArray());
        t.DefMethodVar("__init__", (args, kw) =>
        {
            var self = (PyByteArray)args[0]!;
            var data = BytesMembers.Construct("bytearray", args, kw, false);
            self.Clear();
            self.AppendRange(data);
            return null;
        });
        t.DefValue("__hash__", null);
        BytesMembers.DefineShared(t, true);
        t.DefMethod("__setitem__", (self, key, value) =>
        {
            SetItem((PyByteArray)self!, key, value);
            return null;
        });
        t.DefMethod("__delitem__", (self, key) =>
        {
            DelItem((PyByteArray)self!, key);
            return null;
        });
        t.DefMethod("__iadd__", (self, other) =>
        {
            var ba = (PyByteArray)self!;
            ba.AppendRange(PyBytes.TryGetBuffer(other) ?? throw new PyException(PyErrors.CannotConcatBytes(other, "bytearray")));
            return ba;
        });
        t.DefMethod("__imul__", (self, n) =>
        {
            var ba = (PyByteArray)self!;
            var data = BytesMembers.Repeat(ba.ToArray(), PyProtocol.Index(n));
            ba.Clear();
            ba.AppendRange(data);
            return ba;
        });
        t.DefMethod("append", (self, x) =>
        {
            ((PyByteArray)self!).Append(PyBytes.ByteValue(x));
            return null;
        });
        t.DefMethod("extend", (self, x) =>
        {
            var ba = (PyByteArray)self!;
            var data = x is PyStr ? throw new PyException(PyErrors.ExtendWithStr()) : PyBytes.TryGetBuffer(x) ?? PyBytes.FromIterable(x);
            ba.AppendRange(data);
            return null;
        });
        t.DefMethodVar("pop", (args, kw) =>
        {
            var a = MethodArguments.ClinicPositional("bytearray.pop", "pop", args, kw, 0, 1);
            var ba = (PyByteArray)args[0]!;
            if (ba.Length == 0)
            {
                throw new PyException(PyErrors.PopFromEmpty("bytearray"));
            }
            var index = MethodArguments.IsGiven(a[0]) ? PyProtocol.Index(a[0]) : -1;
            if (index < 0)
            {
                index += ba.Length;
            }
            if (index < 0 || index >= ba.Length)
            {
                throw new PyException(PyErrors.PopIndexOutOfRange());
            }
            var b = ba[(int)index];
            ba.RemoveAt((int)index);
            return PyInt.Box(b);
        });
        t.DefMethod("insert", (self, i, x) =>
        {
            var ba = (PyByteArray)self!;
            var index = PyProtocol.Index(i);
            if (index < 0)
            {
                index = Math.Max(0, index + ba.Length);
            }
            ba.Insert((int)Math.Min(index, ba.Length), PyBytes.ByteValue(x));
            return null;
        });
        t.DefMethod("remove", (self, x) =>
        {
            var ba = (PyByteArray)self!;
            var index = ba.Span.IndexOf(PyBytes.ByteValue(x));
            if (index < 0)
            {
                throw new PyException(PyErrors.ValueNotFoundInByteArray());
            }
            ba.RemoveAt(index);
            return null;
        });
        t.DefMethod("clear", self =>
        {
            ((PyByteArray)self!).Clear();
            return null;
        });
        t.DefMethod("copy", self => new PyByteArray(((PyByteArray)self!).ToArray()));
        t.DefMethod("reverse", self =>
        {
            ((PyByteArray)self!).Span.Reverse();
            return null;
        });
    }

    private static void SetItem(PyByteArray ba, object? key, object? value)
    {
        if (key is PySlice slice)
        {
            var data = value is PyStr ? throw new PyException(PyErrors.SliceAssignStr()) : PyBytes.TryGetBuffer(value) ?? (PyProtocol.HasIndex(value) ? new byte[PyProtocol.Index(value)] : PyBytes.FromIterable(value));
            var (start, stop, step, count) = slice.Indices(ba.Length);
            if (step == 1)
            {
                ba.Replace((int)start, (int)Math.Max(start, stop), data);
                return;
            }
            if (data.Length != count)
            {
                throw new PyException(PyErrors.ExtendedSliceSize(data.Length, count));
            }
            for (long i = 0, j = start; i < count; i++, j += step)
            {
                ba[(int)j] = data[i];
            }
            return;
        }
        var index = Index(ba, key);
        ba[index] = PyBytes.ByteValue(value);
    }

    private static void DelItem(PyByteArray ba, object? key)
    {
        if (key is PySlice slice)
        {
            var (start, stop, step, count) = slice.Indices(ba.Length);
            if (step == 1)
            {
                ba.Replace((int)start, (int)Math.Max(start, stop), ReadOnlySpan<byte>.Empty);
                return;
            }
            var indexes = new int[count];
            for (long i = 0, j = start; i < count; i++, j += step)
            {
                indexes[i] = (int)j;
            }
            Array.Sort(indexes);
            for (var i = indexes.Length - 1; i >= 0; i--)
            {
                ba.RemoveAt(indexes[i]);
            }
            return;
        }
        ba.RemoveAt(Index(ba, key));
    }

    private static int Index(PyByteArray ba, object? key)
    {
        if (!PyProtocol.HasIndex(key))
        {
            throw new PyException(PyErrors.IndicesMustBeIntegers(ba, key));
        }
        var index = PyProtocol.Index(key);
        if (index < 0)
        {
            index += ba.Length;
        }
        if (index < 0 || index >= ba.Length)
        {
            throw new PyException(PyErrors.IndexOutOfRange("bytearray"));
        }
        return (int)index;
    }
}
