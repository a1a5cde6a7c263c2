using System;
using System.Buffers.Binary;
using System.Runtime.InteropServices;
using System.Text;

namespace PyNet.Runtime;

/// <summary>
/// The record that makes an assembly a PyNet compiled module, and what a cached one was compiled from. It lives in
/// the PE file's DOS stub (bytes 0x40-0x7F: the "This program cannot be run in DOS mode" program, which no .NET or
/// Windows loader reads), so the file stays a valid assembly and the record is read with one 128-byte read, without
/// loading anything. Layout (little-endian):
///   0x40  8  magic "PyNetMod"
///   0x48  2  format version (1)        0x4A  2  flags (1: records a source)
///   0x4C  4  file length
///   0x50  8  source mtime (UTC ticks)  0x58  8  source size
///   0x60 16  compiler version (ASCII, PythonCompiler.Version)
///   0x70  8  hash of bytes 0x80..end   0x78  8  hash of bytes 0x40..0x77
/// A truncated, corrupt or foreign file fails one of these checks and is treated as absent.
/// </summary>
public static class CompiledModuleFile
{
    public const int HeaderSize = 0x80;
    private const int RecordStart = 0x40;
    private const ushort FormatVersion = 1;
    private const ushort HasSource = 1;

    private static ReadOnlySpan<byte> Magic => "PyNetMod"u8;

    /// <summary>What a cached module was compiled from.</summary>
    public readonly record struct SourceStamp(long MtimeTicks, long Size);

    /// <summary>The record read back from a file.</summary>
    public readonly record struct Header(int FileLength, SourceStamp? Source, string CompilerVersion, ulong ImageHash);

    /// <summary>Writes the record into freshly compiled assembly bytes; false when the image has no room for it.</summary>
    public static bool TryStamp(byte[] image, SourceStamp? source, string compilerVersion)
    {
        if (image.Length <= HeaderSize || image[0] != (byte)'M' || image[1] != (byte)'Z' ||
            BinaryPrimitives.ReadInt32LittleEndian(image.AsSpan(0x3C)) < HeaderSize)
        {
            return false;
        }
        var r = image.AsSpan(RecordStart, HeaderSize - RecordStart);
        r.Clear();
        Magic.CopyTo(r);
        BinaryPrimitives.WriteUInt16LittleEndian(r[0x08..], FormatVersion);
        BinaryPrimitives.WriteUInt16LittleEndian(r[0x0A..], source.HasValue ? HasSource : (ushort)0);
        BinaryPrimitives.WriteInt32LittleEndian(r[0x0C..], image.Length);
        BinaryPrimitives.WriteInt64LittleEndian(r[0x10..], source?.MtimeTicks ?? 0);
        BinaryPrimitives.WriteInt64LittleEndian(r[0x18..], source?.Size ?? 0);
        var version = Encoding.ASCII.GetBytes(compilerVersion);
        version.AsSpan(0, Math.Min(version.Length, 16)).CopyTo(r[0x20..]);
        BinaryPrimitives.WriteUInt64LittleEndian(r[0x30..], Hash(image.AsSpan(HeaderSize)));
        BinaryPrimitives.WriteUInt64LittleEndian(r[0x38..], Hash(r[..0x38]));
        return true;
    }

    /// <summary>Reads the record from a file's first <see cref="HeaderSize"/> bytes.</summary>
    public static bool TryReadHeader(ReadOnlySpan<byte> prefix, out Header header)
    {
        header = default;
        if (prefix.Length < HeaderSize || prefix[0] != (byte)'M' || prefix[1] != (byte)'Z')
        {
            return false;
        }
        var r = prefix[RecordStart..HeaderSize];
        if (!r[..8].SequenceEqual(Magic) || BinaryPrimitives.ReadUInt16LittleEndian(r[0x08..]) != FormatVersion ||
            BinaryPrimitives.ReadUInt64LittleEndian(r[0x38..]) != Hash(r[..0x38]))
        {
            return false;
        }
        var flags = BinaryPrimitives.ReadUInt16LittleEndian(r[0x0A..]);
        var source = (flags & HasSource) != 0
            ? new SourceStamp(BinaryPrimitives.ReadInt64LittleEndian(r[0x10..]), BinaryPrimitives.ReadInt64LittleEndian(r[0x18..]))
            : (SourceStamp?)null;
        var version = Encoding.ASCII.GetString(r.Slice(0x20, 16)).TrimEnd('\0');
        header = new Header(BinaryPrimitives.ReadInt32LittleEndian(r[0x0C..]), source, version, BinaryPrimitives.ReadUInt64LittleEndian(r[0x30..]));
        return true;
    }

    /// <summary>The whole file is there and unchanged since it was stamped.</summary>
    public static bool IsIntact(ReadOnlySpan<byte> file, in Header header) =>
        file.Length == header.FileLength && Hash(file[HeaderSize..]) == header.ImageHash;

    /// <summary>A hash of a whole file, to recognise an assembly loaded before.</summary>
    public static ulong ContentHash(ReadOnlySpan<byte> image) => Hash(image);

    /// <summary>
    /// The compiler version recorded in cached modules: a hash of the compiler assembly's module version id (a
    /// deterministic build changes it exactly when the compiler's code changes) and the runtime's. The runtime reads the
    /// compiler's from the file (<see cref="ModuleVersionIdReader"/>: a few small reads), so it checks a cache's
    /// freshness without loading the compiler and without a metadata reader, a cryptography library or a read of the
    /// whole file (each cost milliseconds of start-up).
    /// </summary>
    public static string CompilerVersion(Guid compilerModuleVersionId)
    {
        Span<byte> buffer = stackalloc byte[32];
        compilerModuleVersionId.TryWriteBytes(buffer);
        typeof(PyOps).Assembly.ManifestModule.ModuleVersionId.TryWriteBytes(buffer[16..]);
        return Hash(buffer).ToString("X16");
    }

    /// <summary>FNV-1a over 64-bit words (and the tail bytes): fast, and enough to catch torn or damaged files.</summary>
    private static ulong Hash(ReadOnlySpan<byte> data)
    {
        const ulong prime = 0x100000001B3;
        var h = 0xCBF29CE484222325;
        var words = MemoryMarshal.Cast<byte, ulong>(data);
        foreach (var w in words)
        {
            h = (h ^ w) * prime;
        }
        foreach (var b in data[(words.Length * 8)..])
        {
            h = (h ^ b) * prime;
        }
        return h ^ (ulong)data.Length;
    }
}
