using System;
using System.Collections;
using System.Numerics;
using PyNet.Runtime;

namespace PyNet.Compiler.Syntax;

/// <summary>
/// compile(..., PyCF_ONLY_AST), which ast.parse calls: a parsed tree as instances of the <c>_ast</c> node classes,
/// built from each node's Python name and fields (the same walk as <see cref="AstDumper"/>), with the positions of
/// the nodes that carry them.
/// </summary>
public static class AstToPython
{
    private static readonly PyStr s_lineno = PyStr.Intern("lineno");
    private static readonly PyStr s_colOffset = PyStr.Intern("col_offset");
    private static readonly PyStr s_endLineno = PyStr.Intern("end_lineno");
    private static readonly PyStr s_endColOffset = PyStr.Intern("end_col_offset");

    public static object Convert(Node tree)
    {
        var module = Importer.ImportModule("_ast") ?? throw new InvalidOperationException("_ast is missing");
        return ConvertNode(tree, module);
    }

    private static object ConvertNode(Node node, object module)
    {
        System.Runtime.CompilerServices.RuntimeHelpers.EnsureSufficientExecutionStack();
        var result = NewNode(module, node.PythonName);
        for (var i = 0; i < node.FieldCount; i++)
        {
            PyProtocol.SetAttr(result, PyStr.Intern(node.FieldName(i)), ConvertValue(node.FieldValue(i), module));
        }
        if (node.HasLocation)
        {
            PyProtocol.SetAttr(result, s_lineno, PyInt.Box(node.Lineno));
            PyProtocol.SetAttr(result, s_colOffset, PyInt.Box(node.ColOffset));
            PyProtocol.SetAttr(result, s_endLineno, PyInt.Box(node.EndLineno));
            PyProtocol.SetAttr(result, s_endColOffset, PyInt.Box(node.EndColOffset));
        }
        return result;
    }

    private static object NewNode(object module, string name) =>
        PyCall.Call(PyProtocol.GetAttr(module, PyStr.Intern(name)), Array.Empty<object?>(), null)!;

    private static object? ConvertValue(object? value, object module) => value switch
    {
        null => null,
        Node child => ConvertNode(child, module),
        Enum e => NewNode(module, e.ToString()),
        byte[] bytes => new PyBytes(bytes),
        IList list => ConvertList(list, module),
        string s => new PyStr(s),
        PyStr s => s,
        bool b => b ? PyOps.True : PyOps.False,
        int i => PyInt.Box(i),
        long l => PyInt.Box(l),
        BigInteger big => PyInt.Normalize(big),
        double d => d,
        Complex c => c,
        EllipsisConstant => PyEllipsis.Instance,
        _ => throw new InvalidOperationException("unexpected value in a syntax tree: " + value.GetType().Name),
    };

    private static PyList ConvertList(IList list, object module)
    {
        var result = new PyList();
        foreach (var item in list)
        {
            result.Append(ConvertValue(item, module));
        }
        return result;
    }
}
