namespace PyNet.Runtime;

/// <summary>A closure cell: a variable shared between a function and the functions nested in it.</summary>
public sealed class PyCell : PyObject
{
    public object? Value;

    public PyCell()
    {
        Value = PyOps.Unbound;
    }

    public PyCell(object? value)
    {
        Value = value;
    }

    public override PyType Type => PyType.CellType;
}
