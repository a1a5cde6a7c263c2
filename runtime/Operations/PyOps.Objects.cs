using System;
using System.Runtime.CompilerServices;

namespace PyNet.Runtime;

public static partial class PyOps
{
    public static object? GetAttr(object? o, PyStr name)
    {
        try
        {
            if (PyProtocol.TryGetAttrCore(o, name, out var value))
            {
                return value;
            }
            return SetPending(PyErrors.NoAttribute(o, name.Value));
        }
        catch (Exception e)
        {
            return Fail(e);
        }
    }

    public static object? SetAttr(object? o, PyStr name, object? value)
    {
        try
        {
            PyProtocol.SetAttr(o, name, value);
            return null;
        }
        catch (Exception e)
        {
            return Fail(e);
        }
    }

    public static object? DelAttr(object? o, PyStr name)
    {
        try
        {
            PyProtocol.DelAttr(o, name);
            return null;
        }
        catch (Exception e)
        {
            return Fail(e);
        }
    }

    public static object? GetItem(object? o, object? key)
    {
        if (o?.GetType() == typeof(PyList) && key is long i)
        {
            var list = Unsafe.As<PyList>(o);
            var n = list.Count;
            if (i < 0)
            {
                i += n;
            }
            if ((ulong)i < (ulong)n)
            {
                return list[(int)i];
            }
            return SetPending(PyErrors.IndexOutOfRange("list"));
        }
        if (o?.GetType() == typeof(PyDict))
        {
            var d = Unsafe.As<PyDict>(o);
            try
            {
                if (d.TryGetValue(key, out var v))
                {
                    return v;
                }
                return SetPending(PyErrors.KeyError(key));
            }
            catch (Exception e)
            {
                return Fail(e);
            }
        }
        return GetItemSlow(o, key);
    }

    /// <summary>
    /// <c>o[start:stop]</c> (CPython 3.12's BINARY_SLICE): an exact list, tuple or str with None or int bounds is sliced
    /// without a slice object; anything else gets <c>o[slice(start, stop)]</c>.
    /// </summary>
    public static object? GetSlice(object? o, object? start, object? stop)
    {
        switch (o)
        {
            case PyList list when list.IsExact && PySlice.TryUnitBounds(start, stop, list.Count, out var first, out var count):
                return ListMembers.Slice(list, first, count);
            case PyTuple t when t.IsExact && PySlice.TryUnitBounds(start, stop, t.Count, out var first, out var count):
                return TupleMembers.Slice(t, first, count);
            case PyStr s when PySlice.TryUnitBounds(start, stop, s.Length, out var first, out var count):
                return count == s.Length ? s : s.Substring(first, first + count);
        }
        return GetItemSlow(o, new PySlice(start, stop, null));
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static object? GetItemSlow(object? o, object? key)
    {
        try
        {
            return PyProtocol.GetItem(o, key);
        }
        catch (Exception e)
        {
            return Fail(e);
        }
    }

    public static object? SetItem(object? o, object? key, object? value)
    {
        if (o is PyList list && key is long i && list.IsExact)
        {
            var n = list.Count;
            if (i < 0)
            {
                i += n;
            }
            if ((ulong)i < (ulong)n)
            {
                list[(int)i] = value;
                return null;
            }
            return SetPending(PyErrors.AssignmentIndexOutOfRange("list"));
        }
        try
        {
            PyProtocol.SetItem(o, key, value);
            return null;
        }
        catch (Exception e)
        {
            return Fail(e);
        }
    }

    public static object? DelItem(object? o, object? key)
    {
        try
        {
            PyProtocol.DelItem(o, key);
            return null;
        }
        catch (Exception e)
        {
            return Fail(e);
        }
    }

    /// <summary>The iterator a for loop steps: a <see cref="PyIterator"/>, or <see cref="Raised"/>.</summary>
    public static object ForIter(object? o)
    {
        // The classes compared in the conditions (a method-table compare; a Type kept in a local is a GetType call).
        if (o != null && o.GetType() == typeof(PyRange))
        {
            return new PyRangeIterator(Unsafe.As<PyRange>(o));
        }
        if (o != null && o.GetType() == typeof(PyList))
        {
            return new PyListIterator(Unsafe.As<PyList>(o));
        }
        if (o != null && o.GetType() == typeof(PyGenerator) && Unsafe.As<PyGenerator>(o).Kind == PyGenerator.KindGenerator)
        {
            // A generator is its own iterator (a coroutine is not iterable: the general path raises).
            return o;
        }
        try
        {
            return PyProtocol.GetIterator(o);
        }
        catch (Exception e)
        {
            return Fail(e);
        }
    }

    /// <summary>One step of a for loop: the next item, <see cref="Done"/>, or <see cref="Raised"/>.</summary>
    /// <summary>A for loop's next item; <paramref name="ts"/> is the loop's thread state, handed to a generator so
    /// that resuming it reads no thread-static.</summary>
    public static object? ForNext(PyIterator iterator, PyThreadState ts) =>
        iterator is PyGenerator generator ? generator.Resume(null, out _, ts) : iterator.NextOrRaised();

    /// <summary>A for loop's next item when its target unpacks the item at once (<c>for i, x in enumerate(xs)</c>):
    /// see <see cref="PyIterator.NextToUnpack"/>.</summary>
    public static object? ForNextToUnpack(PyIterator iterator, PyThreadState ts) =>
        iterator is PyGenerator generator ? generator.Resume(null, out _, ts) : iterator.NextToUnpack();

    public static object? Repr(object? o)
    {
        try
        {
            return new PyStr(PyProtocol.Repr(o));
        }
        catch (Exception e)
        {
            return Fail(e);
        }
    }

    /// <summary>An f-string replacement field: conversion (-1, 's', 'r', 'a') then format(value, spec).</summary>
    public static object? FormatValue(object? value, int conversion, object? spec)
    {
        try
        {
            value = conversion switch
            {
                's' => PyProtocol.Str(value),
                'r' => new PyStr(PyProtocol.Repr(value)),
                'a' => new PyStr(Builtins.Ascii(value)),
                _ => value,
            };
            if (spec == null && value is PyStr { IsExact: true } s)
            {
                // A str subclass goes through format(), which gives an exact str, as CPython's FORMAT_VALUE does.
                return s;
            }
            return PyProtocol.Format(value, spec as PyStr ?? PyStr.Empty);
        }
        catch (Exception e)
        {
            return Fail(e);
        }
    }

    /// <summary>An f-string's pieces joined: one string of the summed length; a short result is shared (PyStr.FromPiece).</summary>
    public static object JoinStrings(object?[] parts)
    {
        var length = 0;
        foreach (var p in parts)
        {
            length += ((PyStr)p!).Value.Length;
        }
        if (length > PyStr.PieceMaxLength)
        {
            return new PyStr(string.Create(length, parts, Concatenate));
        }
        Span<char> text = stackalloc char[PyStr.PieceMaxLength];
        Concatenate(text, parts);
        return PyStr.FromPiece(text[..length]);
    }

    private static void Concatenate(Span<char> destination, object?[] parts)
    {
        var at = 0;
        foreach (var p in parts)
        {
            var piece = ((PyStr)p!).Value;
            piece.CopyTo(destination[at..]);
            at += piece.Length;
        }
    }
}
