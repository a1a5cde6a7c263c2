namespace PyNet.Compiler.Syntax;

/// <summary>
/// The base of every syntax tree node. The node classes are generated from Python.ast; this part holds what they share:
/// the position (CPython's lineno, col_offset in UTF-8 bytes, end_lineno, end_col_offset) and the reflective field
/// access that the dumper and the `_ast` module use.
/// </summary>
public abstract partial class Node
{
    public int Lineno { get; set; }

    public int ColOffset { get; set; }

    public int EndLineno { get; set; }

    public int EndColOffset { get; set; }

    /// <summary>True for the node kinds CPython gives position attributes.</summary>
    public abstract bool HasLocation { get; }

    public abstract string PythonName { get; }

    public abstract int FieldCount { get; }

    public abstract string FieldName(int index);

    public abstract object? FieldValue(int index);

    public abstract TResult Accept<TResult>(AstVisitor<TResult> visitor);

    public abstract void Accept(AstWalker walker);

    /// <summary>Copies the position of <paramref name="other"/>; returns this node for chaining.</summary>
    public T At<T>(Node other)
        where T : Node
    {
        Lineno = other.Lineno;
        ColOffset = other.ColOffset;
        EndLineno = other.EndLineno;
        EndColOffset = other.EndColOffset;
        return (T)this;
    }
}

/// <summary>The value of <c>Constant(value=Ellipsis)</c>.</summary>
public sealed class EllipsisConstant
{
    public static readonly EllipsisConstant Instance = new();

    private EllipsisConstant()
    {
    }

    public override string ToString() => "Ellipsis";
}
