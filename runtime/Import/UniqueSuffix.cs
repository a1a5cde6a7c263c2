using System;

namespace PyNet.Runtime;

/// <summary>
/// Eight random hex digits (from a new GUID) that make a compiled module's assembly name and a cache file's
/// temporary name unique across processes. Written out by hand: <c>Guid.ToString</c> formats with vectorised code
/// that no ReadyToRun image holds, so the JIT compiled five methods for it on every cold start.
/// </summary>
public static class UniqueSuffix
{
    public static string New()
    {
        Span<byte> bytes = stackalloc byte[16];
        Guid.NewGuid().TryWriteBytes(bytes);
        var value = BitConverter.ToUInt32(bytes);
        return string.Create(8, value, static (chars, v) =>
        {
            for (var i = chars.Length - 1; i >= 0; i--)
            {
                chars[i] = "0123456789abcdef"[(int)(v & 0xF)];
                v >>= 4;
            }
        });
    }
}
