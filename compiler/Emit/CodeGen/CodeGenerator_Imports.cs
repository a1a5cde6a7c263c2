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
                EmitStoreName(alias.Asname);
            }
            else
            {
                EmitStoreName(alias.Name.Split('.')[0]);
            }
        }
    }

    /// <summary>from M import a as b, c ==> m = ImportName(M, fromlist); b = ImportFrom(m, "a"); c = ImportFrom(m, "c")</summary>
    private void EmitImportFrom(ImportFrom node)
    {
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
            EmitStoreName(alias.Asname ?? alias.Name);
        }
        _il.Pop();
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
