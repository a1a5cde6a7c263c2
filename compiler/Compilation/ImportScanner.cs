using System.Collections.Generic;
using System.Linq;
using PyNet.Compiler.Syntax;

namespace PyNet.Compiler.Compilation;

/// <summary>One import statement: <c>import a.b</c> (no names) or <c>from ..a import x, y</c> (level 2).</summary>
public sealed record ImportRequest(int Level, string? Module, IReadOnlyList<string> Names, bool IsFrom);

/// <summary>
/// The import statements of a module, wherever they are (in functions, under `if`, in `try` blocks), as
/// modulefinder does: what `pynet build` follows to find a program's modules. Imports done by calls
/// (importlib.import_module, __import__) are not seen; `pynet build --include` adds those.
/// </summary>
public sealed class ImportScanner : AstWalker
{
    private readonly List<ImportRequest> _imports = new();

    private ImportScanner()
    {
    }

    /// <summary>Parses <paramref name="source"/> (a syntax error throws <see cref="PythonSyntaxError"/>) and lists its imports.</summary>
    public static IReadOnlyList<ImportRequest> Scan(byte[] source, string filename)
    {
        var scanner = new ImportScanner();
        scanner.Visit(PythonParser.ParseModule(source, filename));
        return scanner._imports;
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
