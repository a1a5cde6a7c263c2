using System.Collections.Generic;
using System.IO;

namespace PyNet.Runtime;

/// <summary>
/// Finds a module in a list of folders (sys.path, or a package's __path__), as CPython's PathFinder and FileFinder
/// do. In each folder, in order: a package (NAME/__init__.py, then NAME/__init__.dll), then a module (NAME.py, then a
/// sourceless NAME.dll); a folder NAME without __init__ is remembered as a namespace portion, and the portions
/// become a namespace package only when no folder on the path has a regular module or package of that name.
/// </summary>
public static class ModuleFinder
{
    public const string SourceSuffix = ".py";
    public const string CompiledSuffix = ".dll";

    public static PyModuleSpec? Find(string fullName, IEnumerable<string> searchPath)
    {
        var tail = fullName[(fullName.LastIndexOf('.') + 1)..];
        List<string>? portions = null;
        foreach (var entry in searchPath)
        {
            var folder = Path.GetFullPath(entry.Length == 0 ? "." : entry);
            if (!Directory.Exists(folder))
            {
                continue;
            }
            var basePath = Path.Combine(folder, tail);
            if (Directory.Exists(basePath))
            {
                var package = FindFile(fullName, Path.Combine(basePath, "__init__"), basePath);
                if (package != null)
                {
                    return package;
                }
                ImportTrace.Message($"possible namespace for {basePath}");
                (portions ??= new List<string>()).Add(basePath);
            }
            var module = FindFile(fullName, basePath, null);
            if (module != null)
            {
                return module;
            }
        }
        return portions == null ? null : new PyModuleSpec(fullName, ModuleLoadKind.Namespace, null, portions, null);
    }

    private static PyModuleSpec? FindFile(string fullName, string stem, string? packageFolder)
    {
        var locations = packageFolder == null ? null : new[] { packageFolder };
        var source = stem + SourceSuffix;
        if (File.Exists(source))
        {
            return new PyModuleSpec(fullName, ModuleLoadKind.Source, source, locations, ModuleCache.CacheFromSource(source));
        }
        var compiled = stem + CompiledSuffix;
        if (File.Exists(compiled) && ModuleCache.IsCompiledModule(compiled))
        {
            return new PyModuleSpec(fullName, ModuleLoadKind.Sourceless, compiled, locations, compiled);
        }
        return null;
    }
}
