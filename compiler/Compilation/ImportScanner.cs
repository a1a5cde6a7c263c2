using System.Collections.Generic;
using System.Linq;
using PyNet.Compiler.Syntax;

namespace PyNet.Compiler.Compilation;

/// <summary>One import statement: <c>import a.b</c> (no names) or <c>from ..a import x, y</c> (level 2).</summary>
public sealed record ImportRequest(int Level, string? Module, IReadOnlyList<string> Names, bool IsFrom);

/// <summary>What a module imports, and the names of its literal module-level <c>__all__</c> (null when it has none).</summary>
public sealed record ModuleImports(IReadOnlyList<ImportRequest> Imports, IReadOnlyList<string>? All);

/// <summary>
/// The import statements of a module, wherever they are (in functions, under `if`, in `try` blocks), as
/// modulefinder does: what `pynet build` follows to find a program's modules. Imports done by calls
/// (importlib.import_module, __import__) are not seen; `pynet build --include` adds those. A module-level
/// `__all__ = [...]` of string constants is kept too: `from package import *` imports the submodules it names.
/// </summary>
public sealed class ImportScanner : AstWalker
{
    private readonly List<ImportRequest> _imports = new();
    private List<string>? _all;

    private ImportScanner()
    {
    }

    /// <summary>Parses <paramref name="source"/> (a syntax error throws <see cref="PythonSyntaxError"/>) and lists its imports.</summary>
    public static ModuleImports Scan(byte[] source, string filename)
    {
        var scanner = new ImportScanner();
        var module = (Module)PythonParser.ParseModule(source, filename);
        scanner.Visit(module);
        foreach (var statement in module.Body)
        {
            if (statement is Assign { Targets: [Name { Id: "__all__" }], Value: List or Tuple } assign)
            {
                var elements = assign.Value is List list ? list.Elts : ((Tuple)assign.Value).Elts;
                scanner._all = elements.OfType<Constant>().Select(c => c.Value).OfType<string>().ToList();
            }
        }
        return new ModuleImports(scanner._imports, scanner._all);
    }

    public override void VisitImport(Import node)
    {
        foreach (var alias in node.Names)
        {
            _imports.Add(new ImportRequest(0, alias.Name, [], false));
        }
    }

    public override void VisitImportFrom(ImportFrom node) =>
        _imports.Add(new ImportRequest(node.Level ?? 0, node.Module, node.Names.Select(a => a.Name).ToList(), true));
}
