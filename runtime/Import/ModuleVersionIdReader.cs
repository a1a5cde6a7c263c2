using System;
using System.Buffers.Binary;
using System.IO;
using Microsoft.Win32.SafeHandles;

namespace PyNet.Runtime;

/// <summary>
/// Reads an assembly file's module version id (the <c>Mvid</c> of its Module table row) with a handful of small reads:
/// PE headers, the CLI header, the metadata root's stream headers, the first row of the Module table and one GUID. The
/// runtime identifies the compiler build by it at every start without loading the compiler, and without a metadata
/// reader or reading the whole (multi-megabyte) file. Anything unexpected gives false; callers then fall back.
/// </summary>
public static class ModuleVersionIdReader
{
    private const int CliHeaderDirectory = 14;

    public static bool TryRead(string path, out Guid mvid)
    {
        mvid = default;
        try
        {
            using var file = File.OpenHandle(path);
            return TryRead(file, out mvid);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentOutOfRangeException)
        {
            return false;
        }
    }

    private static bool TryRead(SafeFileHandle file, out Guid mvid)
    {
        mvid = default;
        Span<byte> headers = stackalloc byte[1024];
        if (RandomAccess.Read(file, headers, 0) < 0x40 || headers[0] != (byte)'M' || headers[1] != (byte)'Z')
        {
            return false;
        }
        var pe = BinaryPrimitives.ReadInt32LittleEndian(headers[0x3C..]);
        if (pe <= 0 || pe + 24 > headers.Length || BinaryPrimitives.ReadUInt32LittleEndian(headers[pe..]) != 0x00004550)
        {
            return false;
        }
        var sectionCount = BinaryPrimitives.ReadUInt16LittleEndian(headers[(pe + 6)..]);
        var optionalSize = BinaryPrimitives.ReadUInt16LittleEndian(headers[(pe + 20)..]);
        var optional = pe + 24;
        var magic = BinaryPrimitives.ReadUInt16LittleEndian(headers[optional..]);
        var directories = optional + (magic == 0x20B ? 112 : 96);
        var sections = optional + optionalSize;
        if (sections + sectionCount * 40 > headers.Length || directories + (CliHeaderDirectory + 1) * 8 > sections)
        {
            return false;
        }
        var cliRva = BinaryPrimitives.ReadUInt32LittleEndian(headers[(directories + CliHeaderDirectory * 8)..]);
        Span<byte> cli = stackalloc byte[16];
        if (!TryReadAt(file, headers, sections, sectionCount, cliRva, cli))
        {
            return false;
        }
        var metadataRva = BinaryPrimitives.ReadUInt32LittleEndian(cli[8..]);
        Span<byte> root = stackalloc byte[512];
        if (!TryReadAt(file, headers, sections, sectionCount, metadataRva, root) || BinaryPrimitives.ReadUInt32LittleEndian(root) != 0x424A5342)
        {
            return false;
        }
        var at = 16 + BinaryPrimitives.ReadInt32LittleEndian(root[12..]) + 2;
        if (at < 18 || at + 2 > root.Length)
        {
            return false;
        }
        var streams = BinaryPrimitives.ReadUInt16LittleEndian(root[at..]);
        at += 2;
        uint tablesOffset = 0, guidOffset = 0;
        for (var i = 0; i < streams && at + 8 < root.Length; i++)
        {
            var offset = BinaryPrimitives.ReadUInt32LittleEndian(root[at..]);
            var nameStart = at + 8;
            var nameEnd = root[nameStart..].IndexOf((byte)0);
            if (nameEnd < 0)
            {
                return false;
            }
            var name = root.Slice(nameStart, nameEnd);
            if (name.SequenceEqual("#~"u8) || name.SequenceEqual("#-"u8))
            {
                tablesOffset = offset;
            }
            else if (name.SequenceEqual("#GUID"u8))
            {
                guidOffset = offset;
            }
            at = nameStart + ((nameEnd + 4) & ~3);
        }
        if (tablesOffset == 0 || guidOffset == 0)
        {
            return false;
        }
        // The tables stream: heap index sizes, the present-tables mask, a row count per present table, then the rows;
        // the Module table (number 0) comes first: Generation (2 bytes), Name (string index), Mvid (GUID index).
        Span<byte> tables = stackalloc byte[24 + 64 * 4 + 16];
        if (!TryReadAt(file, headers, sections, sectionCount, metadataRva + tablesOffset, tables))
        {
            return false;
        }
        var heapSizes = tables[6];
        var present = BinaryPrimitives.ReadUInt64LittleEndian(tables[8..]);
        if ((present & 1) == 0)
        {
            return false;
        }
        var rows = 24 + 4 * System.Numerics.BitOperations.PopCount(present);
        var stringIndex = (heapSizes & 1) != 0 ? 4 : 2;
        var mvidAt = rows + 2 + stringIndex;
        var guidIndex = (heapSizes & 2) != 0 ? BinaryPrimitives.ReadUInt32LittleEndian(tables[mvidAt..]) : BinaryPrimitives.ReadUInt16LittleEndian(tables[mvidAt..]);
        if (guidIndex == 0)
        {
            return false;
        }
        Span<byte> guid = stackalloc byte[16];
        if (!TryReadAt(file, headers, sections, sectionCount, metadataRva + guidOffset + (guidIndex - 1) * 16, guid))
        {
            return false;
        }
        mvid = new Guid(guid);
        return true;
    }

    /// <summary>Reads <paramref name="into"/>'s length of bytes at a relative virtual address (through the section table).</summary>
    private static bool TryReadAt(SafeFileHandle file, ReadOnlySpan<byte> headers, int sections, int count, uint rva, Span<byte> into)
    {
        for (var i = 0; i < count; i++)
        {
            var s = headers[(sections + i * 40)..];
            var virtualSize = BinaryPrimitives.ReadUInt32LittleEndian(s[8..]);
            var virtualAddress = BinaryPrimitives.ReadUInt32LittleEndian(s[12..]);
            var rawSize = BinaryPrimitives.ReadUInt32LittleEndian(s[16..]);
            var rawPointer = BinaryPrimitives.ReadUInt32LittleEndian(s[20..]);
            if (rva >= virtualAddress && rva < virtualAddress + Math.Max(virtualSize, rawSize))
            {
                var offset = (long)rawPointer + (rva - virtualAddress);
                return RandomAccess.Read(file, into, offset) == into.Length;
            }
        }
        return false;
    }
}
