using System;

namespace PyNet.Runtime;

/// <summary>Python <c>bytearray</c>: a mutable, growable byte array.</summary>
public sealed class PyByteArray : PyObject
{
    private byte[] _items;
    private int _count;

    public PyByteArray()
    {
        _items = Array.Empty<byte>();
    }

    public PyByteArray(byte[] data)
    {
        _items = (byte[])data.Clone();
        _count = data.Length;
    }

    public override PyType Type => PyType.ByteArrayType;

    public int Length => _count;

    public Span<byte> Span => _items.AsSpan(0, _count);

    public byte this[int index]
    {
        get => _items[index];
        set => _items[index] = value;
    }

    public byte[] ToArray() => Span.ToArray();

    public void Append(byte b)
    {
        EnsureCapacity(_count + 1);
        _items[_count++] = b;
    }

    public void AppendRange(ReadOnlySpan<byte> data)
    {
        EnsureCapacity(_count + data.Length);
        data.CopyTo(_items.AsSpan(_count));
        _count += data.Length;
    }

    /// <summary>Replaces [start, end) with <paramref name="data"/>.</summary>
    public void Replace(int start, int end, ReadOnlySpan<byte> data)
    {
        var removed = end - start;
        var newCount = _count - removed + data.Length;
        var copy = data.ToArray();
        EnsureCapacity(newCount);
        Array.Copy(_items, end, _items, start + copy.Length, _count - end);
        copy.CopyTo(_items, start);
        _count = newCount;
    }

    public void Insert(int index, byte b) => Replace(index, index, new[] { b });

    public void RemoveAt(int index) => Replace(index, index + 1, ReadOnlySpan<byte>.Empty);

    public void Clear() => _count = 0;

    private void EnsureCapacity(int n)
    {
        if (n > _items.Length)
        {
            Array.Resize(ref _items, Math.Max(n, Math.Max(16, _items.Length * 2)));
        }
    }

    /// <summary>repr(bytearray): like bytes, except that an apostrophe is always escaped.</summary>
    public override string ToString() => PyBytes.Repr(Span, "bytearray(b", ")", alwaysEscapeApostrophe: true);
}
