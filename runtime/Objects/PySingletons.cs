namespace PyNet.Runtime;

/// <summary>The <c>NotImplemented</c> singleton.</summary>
public sealed class PyNotImplemented : PyObject
{
    public static readonly PyNotImplemented Instance = new();

    private PyNotImplemented()
    {
    }

    public override PyType Type => PyType.NotImplementedType;
}

/// <summary>The <c>Ellipsis</c> singleton (<c>...</c>).</summary>
public sealed class PyEllipsis : PyObject
{
    public static readonly PyEllipsis Instance = new();

    private PyEllipsis()
    {
    }

    public override PyType Type => PyType.EllipsisType;
}
