using System.Linq;
using PyNet.Compiler.Syntax;

namespace PyNet.Compiler.Emit.CodeGen;

internal sealed partial class CodeGenerator
{
    /// <summary>import a.b.c [as d] ==> ImportName("a.b.c"); bind "a", or bind d to a.b.c.</summary>
    private void EmitImport(Import node)
    {
        foreach (var alias in node.Names)
        {
            LoadGlobals();
            _il.LoadStaticField(_module.Name(alias.Name));
            _il.LoadNull();
            _il.LoadInt(0);
            _il.Call(Runtime(RuntimeMembers.PyOps_ImportName));
            CheckObject(node);
            if (alias.Asname != null)
            {
                foreach (var part in alias.Name.Split('.').Skip(1))
                {
                    _il.LoadStaticField(_module.Name(part));
                    _il.Call(Runtime(RuntimeMembers.PyOps_ImportFrom));
                    CheckObject(node);
                }
                EmitStoreName(alias.Asname, node);
            }
            else
            {
                EmitStoreName(alias.Name.Split('.')[0], node);
            }
        }
    }

    /// <summary>from M import a as b, c ==> m = ImportName(M, fromlist); b = ImportFrom(m, "a"); c = ImportFrom(m, "c")</summary>
    private static readonly string[] s_futureFeatures =
    {
        "nested_scopes", "generators", "division", "absolute_import", "with_statement", "print_function",
        "unicode_literals", "barry_as_FLUFL", "generator_stop", "annotations",
    };

    private void EmitImportFrom(ImportFrom node)
    {
        if (node.Module == "__future__" && (node.Level ?? 0) == 0)
        {
            CheckFutureImport(node);
        }
        LoadGlobals();
        _il.LoadStaticField(_module.Name(node.Module ?? string.Empty));
        _il.LoadStaticField(Runtime(RuntimeMembers.PyOps_True));
        _il.LoadInt(node.Level ?? 0);
        _il.Call(Runtime(RuntimeMembers.PyOps_ImportName));
        CheckObject(node);
        if (node.Names.Count == 1 && node.Names[0].Name == "*")
        {
            LoadNamespaceOrGlobals();
            _il.Call(Runtime(RuntimeMembers.PyOps_ImportStar));
            CheckVoid(node);
            return;
        }
        foreach (var alias in node.Names)
        {
            _il.Dup();
            _il.LoadStaticField(_module.Name(alias.Name));
            _il.Call(Runtime(RuntimeMembers.PyOps_ImportFrom));
            CheckObject(node);
            EmitStoreName(alias.Asname ?? alias.Name, node);
        }
        _il.Pop();
    }

    /// <summary>CPython's compile-time rules for __future__ imports.</summary>
    private void CheckFutureImport(ImportFrom node)
    {
        foreach (var alias in node.Names)
        {
            if (alias.Name == "braces")
            {
                throw CompileError(alias, "not a chance");
            }
            if (System.Array.IndexOf(s_futureFeatures, alias.Name) < 0)
            {
                throw CompileError(alias, $"future feature {alias.Name} is not defined");
            }
        }
        if (!_futureImportsAllowed.Contains(node))
        {
            throw CompileError(node, "from __future__ imports must occur at the beginning of the file");
        }
    }

    /// <summary>The __future__ imports at the beginning of the module (after its docstring), where they are allowed.</summary>
    private readonly System.Collections.Generic.HashSet<Node> _futureImportsAllowed = new();

    private void CollectLeadingFutureImports(System.Collections.Generic.List<StmtNode> body)
    {
        for (var i = 0; i < body.Count; i++)
        {
            if (i == 0 && body[0] is Expr { Value: Constant { Value: string } })
            {
                continue;
            }
            if (body[i] is ImportFrom { Module: "__future__" } f)
            {
                _futureImportsAllowed.Add(f);
                continue;
            }
            break;
        }
    }

    private void LoadNamespaceOrGlobals()
    {
        if (_kind == UnitKind.Function)
        {
            LoadGlobals();
        }
        else
        {
            LoadNamespace();
        }
    }
}
