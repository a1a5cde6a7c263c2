using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using PyNet.Compiler.Compilation;
using PyNet.Runtime;

namespace PyNet.Cli.Build;

/// <summary>A module of the program: its dotted name, its file (null for a namespace package) and its kind.</summary>
internal sealed record ProgramModule(string Name, string? Path, FrozenModuleKind Kind, IReadOnlyList<string> Locations);

/// <summary>
/// Finds a program's own modules, as CPython's modulefinder does, without running anything: from the main script,
/// follow every import statement (<see cref="ImportScanner"/>), resolve each name as the import system would against
/// the program's folders (the script's folder first, then --include-dir roots), packages, namespace packages and
/// relative imports included, and keep the modules found there. A name found in none of them is the standard
/// library's or missing: it is left to the import system at run time (where a missing one raises
/// ModuleNotFoundError, as in CPython). Modules written in C# (sys, math, ...) are never looked for, as CPython's
/// builtin modules come before sys.path. Parsing each module on the way means a syntax error anywhere stops the build.
/// </summary>
internal sealed class ProgramModules
{
    private readonly List<string> _roots = new();
    private readonly Dictionary<string, ProgramModule?> _resolved = new(StringComparer.Ordinal);
    private readonly List<ProgramModule> _modules = new();
    private readonly Dictionary<string, IReadOnlyList<string>?> _all = new(StringComparer.Ordinal);

    public ProgramModules(string scriptFolder)
    {
        _roots.Add(scriptFolder);
    }

    /// <summary>The modules found, in discovery order (each after the one that first imported it).</summary>
    public IReadOnlyList<ProgramModule> Modules => _modules;

    /// <summary>Scans the main script; its relative imports have no package (they fail at run time, as in CPython).</summary>
    public void AddMain(string scriptPath) => Follow(scriptPath, string.Empty, string.Empty);

    /// <summary>--include MODULE: the module and its parents; false when it is not in the program's folders.</summary>
    public bool Include(string name)
    {
        return Resolve(name) != null;
    }

    /// <summary>--include-dir DIR: every module under DIR; DIR outside the program's folders becomes a root of its own.</summary>
    public void IncludeDir(string dir)
    {
        dir = Path.GetFullPath(dir);
        var root = _roots.FirstOrDefault(r => dir == r || dir.StartsWith(r + Path.DirectorySeparatorChar, StringComparison.Ordinal));
        string prefix;
        if (root == null)
        {
            _roots.Add(dir);
            prefix = string.Empty;
        }
        else
        {
            var relative = Path.GetRelativePath(root, dir);
            prefix = relative == "." ? string.Empty : relative.Replace(Path.DirectorySeparatorChar, '.') + ".";
        }
        IncludeTree(dir, prefix);
    }

    private void IncludeTree(string dir, string prefix)
    {
        foreach (var file in Directory.GetFiles(dir, "*" + ModuleFinder.SourceSuffix).Order(StringComparer.Ordinal))
        {
            var stem = Path.GetFileNameWithoutExtension(file);
            if (stem == "__init__")
            {
                if (prefix.Length > 0)
                {
                    Resolve(prefix.TrimEnd('.'));
                }
            }
            else if (IsIdentifier(stem))
            {
                Resolve(prefix + stem);
            }
        }
        foreach (var sub in Directory.GetDirectories(dir).Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(sub);
            if (IsIdentifier(name) && Directory.EnumerateFiles(sub, "*" + ModuleFinder.SourceSuffix, SearchOption.AllDirectories).Any())
            {
                IncludeTree(sub, prefix + name + ".");
            }
        }
    }

    private static bool IsIdentifier(string name) =>
        name.Length > 0 && (char.IsLetter(name[0]) || name[0] == '_') && name.All(c => char.IsLetterOrDigit(c) || c == '_');

    private void Follow(string path, string name, string package)
    {
        var scanned = ImportScanner.Scan(File.ReadAllBytes(path), path);
        _all[name] = scanned.All;
        foreach (var request in scanned.Imports)
        {
            if (!request.IsFrom)
            {
                Resolve(request.Module!);
                continue;
            }
            var target = request.Level == 0 ? request.Module : RelativeBase(package, request.Level, request.Module);
            if (target == null)
            {
                continue;
            }
            var module = Resolve(target);
            if (module != null && module.Kind != FrozenModuleKind.Module)
            {
                // `from p import *` imports the submodules p's __all__ names (importlib's _handle_fromlist).
                var names = request.Names.SelectMany(n => n == "*" ? _all.GetValueOrDefault(target) ?? [] : [n]);
                foreach (var submodule in names)
                {
                    Resolve(target + "." + submodule);
                }
            }
        }
    }

    /// <summary>importlib's _resolve_name: the absolute name a relative import refers to, or null when it goes above the top.</summary>
    private static string? RelativeBase(string package, int level, string? module)
    {
        if (package.Length == 0)
        {
            return null;
        }
        var parts = package.Split('.');
        if (level - 1 >= parts.Length)
        {
            return null;
        }
        var baseName = string.Join('.', parts[..(parts.Length - (level - 1))]);
        return string.IsNullOrEmpty(module) ? baseName : baseName + "." + module;
    }

    /// <summary>Finds <paramref name="name"/> and its parents in the program's folders; null when it is not there.</summary>
    private ProgramModule? Resolve(string name)
    {
        if (_resolved.TryGetValue(name, out var known))
        {
            return known;
        }
        ProgramModule? found = null;
        if (!Importer.IsBuiltin(name))
        {
            var dot = name.LastIndexOf('.');
            if (dot < 0)
            {
                found = Find(name, name, _roots);
            }
            else if (Resolve(name[..dot]) is { Kind: not FrozenModuleKind.Module } parent)
            {
                found = Find(name, name[(dot + 1)..], parent.Locations);
            }
        }
        _resolved[name] = found;
        if (found != null)
        {
            _modules.Add(found);
            if (found.Path != null)
            {
                Follow(found.Path, name, found.Kind == FrozenModuleKind.Package ? name : name.Contains('.') ? name[..name.LastIndexOf('.')] : string.Empty);
            }
        }
        return found;
    }

    /// <summary>ModuleFinder's order in each folder: a package, then a module; folders without __init__ are namespace portions.</summary>
    private static ProgramModule? Find(string fullName, string tail, IEnumerable<string> folders)
    {
        List<string>? portions = null;
        foreach (var folder in folders)
        {
            var basePath = Path.Combine(folder, tail);
            if (Directory.Exists(basePath))
            {
                var init = Path.Combine(basePath, "__init__" + ModuleFinder.SourceSuffix);
                if (File.Exists(init))
                {
                    return new ProgramModule(fullName, init, FrozenModuleKind.Package, new[] { basePath });
                }
                (portions ??= new List<string>()).Add(basePath);
            }
            var file = basePath + ModuleFinder.SourceSuffix;
            if (File.Exists(file))
            {
                return new ProgramModule(fullName, file, FrozenModuleKind.Module, Array.Empty<string>());
            }
        }
        return portions == null ? null : new ProgramModule(fullName, null, FrozenModuleKind.Namespace, portions);
    }
}
