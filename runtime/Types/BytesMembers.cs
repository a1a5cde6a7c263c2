namespace PyNet.Runtime;

/// <summary>The members of <c>bytes</c>.</summary>
public static partial class BytesMembers
{
    internal static void Init(PyType t)
    {
    }
}

/// <summary>The members of <c>bytearray</c>.</summary>
public static partial class ByteArrayMembers
{
    internal static void Init(PyType t)
    {
    }
}
