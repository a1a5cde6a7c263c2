using System;

namespace PyNet.Runtime;

/// <summary>
/// A string or bytes-like object being matched, as the .NET text the regex engine sees: bytes as Latin-1 characters,
/// and, for str with characters outside the BMP, the map between Python indices (code points) and UTF-16 units.
/// </summary>
public sealed class SreSubject
{
    private readonly int[]? _unitOfIndex;
    private readonly int[]? _indexOfUnit;

    public SreSubject(object? subject, bool bytesPattern)
    {
        Original = subject;
        if (subject is PyStr s)
        {
            if (bytesPattern)
            {
                throw new PyException(PyErrors.TypeError("cannot use a bytes pattern on a string-like object"));
            }
            Text = s.Value;
            Length = s.Length;
            if (!s.IsBmp)
            {
                _unitOfIndex = new int[Length + 1];
                _indexOfUnit = new int[Text.Length + 1];
                var unit = 0;
                for (var index = 0; index < Length; index++)
                {
                    _unitOfIndex[index] = unit;
                    _indexOfUnit[unit] = index;
                    var pair = char.IsHighSurrogate(Text[unit]) && unit + 1 < Text.Length && char.IsLowSurrogate(Text[unit + 1]);
                    if (pair)
                    {
                        _indexOfUnit[unit + 1] = index;
                    }
                    unit += pair ? 2 : 1;
                }
                _indexOfUnit[Text.Length] = Length;
                _unitOfIndex[Length] = Text.Length;
            }
            return;
        }
        var data = PyBytes.TryGetBuffer(subject) ?? throw new PyException(PyErrors.TypeError($"expected string or bytes-like object, got '{PyType.Of(subject).Name}'"));
        if (!bytesPattern)
        {
            throw new PyException(PyErrors.TypeError("cannot use a string pattern on a bytes-like object"));
        }
        IsBytes = true;
        Text = Codecs.Latin1String(data);
        Length = data.Length;
    }

    public object? Original { get; }

    public string Text { get; }

    public bool IsBytes { get; }

    /// <summary>The length in Python indices.</summary>
    public int Length { get; }

    public int Unit(int index) => _unitOfIndex == null ? index : _unitOfIndex[index];

    public int Index(int unit) => _indexOfUnit == null ? unit : _indexOfUnit[unit];

    /// <summary>The text between two UTF-16 offsets as a str or bytes.</summary>
    public object Slice(int unitStart, int unitEnd) => Wrap(Text[unitStart..unitEnd]);

    public object Wrap(string text) => IsBytes ? new PyBytes(Latin1Bytes(text)) : new PyStr(text);

    private static byte[] Latin1Bytes(string text)
    {
        var bytes = new byte[text.Length];
        for (var i = 0; i < text.Length; i++)
        {
            bytes[i] = (byte)text[i];
        }
        return bytes;
    }
}
