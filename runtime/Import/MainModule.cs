using System;

namespace PyNet.Runtime;

/// <summary>
/// Runs a program's __main__ module: a script file (whose compiled form is cached in __pycache__ like an imported
/// module's, so that a second run skips the compiler), -c text (compiled every time), or a module
/// found on sys.path for -m (runpy's _run_module_as_main: a package runs its __main__ submodule, and the module's
/// code comes from the cache like any import). Each returns the module body's result (<see cref="PyOps.Raised"/> with
/// the exception pending) for <see cref="PythonProgram.Run"/>.
/// </summary>
public static class MainModule
{
    /// <summary>Compiles and runs <paramref name="source"/> as __main__; <paramref name="file"/> becomes __file__.</summary>
    public static object? RunSource(byte[] source, string filename, string? file)
    {
        PyModuleCode code;
        try
        {
            var compiler = Importer.Compiler ?? throw new PyException(PyErrors.NoCompiler(filename));
            code = CompiledAssemblies.Load(compiler.Compile(source, filename, "__main__"));
        }
        catch (PyException e)
        {
            return PyOps.SetPending(e.Value);
        }
        var main = PythonProgram.CreateMainModule(file);
        return code(main.Dict, main.Dict);
    }

    /// <summary>
    /// Runs the script at <paramref name="fullPath"/> as __main__. Unlike CPython, which compiles a script on every run,
    /// a .py script's assembly goes to the same __pycache__ file an import of it would use (the code does not depend on
    /// the module's name): start-up is dominated by the compiler's own load and JIT time, which a warm cache skips. A
    /// script whose folder cannot hold a __pycache__ is cached under the user's cache folder instead
    /// (<see cref="ModuleCache.ScriptFallbackCache"/>).
    /// </summary>
    public static object? RunFile(string fullPath)
    {
        PyModuleCode code;
        try
        {
            code = fullPath.EndsWith(".py", StringComparison.Ordinal)
                ? ModuleCache.GetSourceCode(System.IO.Path.GetFileNameWithoutExtension(fullPath), fullPath, ModuleCache.CacheFromSource(fullPath),
                    ModuleCache.ScriptFallbackCache(fullPath, Sys.PycachePrefix))
                : CompiledAssemblies.Load(ModuleCache.Compile("__main__", fullPath, ModuleCache.StampOf(fullPath), out _));
        }
        catch (PyException e)
        {
            return PyOps.SetPending(e.Value);
        }
        var main = PythonProgram.CreateMainModule(fullPath);
        return code(main.Dict, main.Dict);
    }

    /// <summary>pynet -m NAME: finds NAME (or NAME.__main__ for a package) and runs it as __main__.</summary>
    public static object? RunModule(string name)
    {
        PyModuleSpec spec;
        PyModuleCode code;
        try
        {
            (spec, code) = GetModuleDetails(name);
        }
        catch (RunModuleError e)
        {
            return PyOps.SetPending(PyErrors.SystemExit(new PyStr("pynet: " + e.Message)));
        }
        catch (PyException e)
        {
            return PyOps.SetPending(e.Value);
        }
        var main = PythonProgram.CreateMainModule(spec.Origin);
        var d = main.Dict;
        Importer.InitModuleAttributes(d, spec);
        d[PyStr.Intern("__name__")] = PyStr.Intern("__main__");
        d[PyStr.Intern("__doc__")] = null;
        d[PyStr.Intern("__builtins__")] = Builtins.Module;
        if (Sys.Argv.Count > 0)
        {
            Sys.Argv[0] = new PyStr(spec.Origin!);
        }
        return code(d, d);
    }

    /// <summary>runpy's _get_module_details.</summary>
    private static (PyModuleSpec, PyModuleCode) GetModuleDetails(string name)
    {
        if (name.StartsWith('.'))
        {
            throw new RunModuleError("Relative module names not supported");
        }
        var dot = name.LastIndexOf('.');
        var packageName = dot < 0 ? string.Empty : name[..dot];
        if (packageName.Length > 0)
        {
            try
            {
                Importer.ImportModule(packageName);
            }
            catch (PyException e) when (e.Value.Type.IsSubtypeOf(PyExc.ImportError))
            {
                // A missing ancestor is reported by the search below; any other error is not hidden.
                if (e.Value.GetField("name") is not PyStr missing || (missing.Value != packageName && !packageName.StartsWith(missing.Value + ".", StringComparison.Ordinal)))
                {
                    throw;
                }
            }
        }
        PyModuleSpec? spec;
        try
        {
            spec = FindSpec(name, packageName);
        }
        catch (PyException e) when (e.Value.Type.IsSubtypeOf(PyExc.ImportError) || e.Value.Type.IsSubtypeOf(PyExc.AttributeError) ||
            e.Value.Type.IsSubtypeOf(PyExc.TypeError) || e.Value.Type.IsSubtypeOf(PyExc.ValueError))
        {
            var message = $"Error while finding module specification for {PyStr.Repr(name)} ({e.Value.Type.Name}: {Builtins.StrOf(e.Value)})";
            if (name.EndsWith(".py", StringComparison.Ordinal))
            {
                message += $". Try using '{name[..^3]}' instead of '{name}' as the module name.";
            }
            throw new RunModuleError(message);
        }
        if (spec == null)
        {
            throw new RunModuleError("No module named " + name);
        }
        if (spec.IsPackage)
        {
            if (name == "__main__" || name.EndsWith(".__main__", StringComparison.Ordinal))
            {
                throw new RunModuleError("Cannot use package as __main__ module");
            }
            try
            {
                return GetModuleDetails(name + ".__main__");
            }
            catch (RunModuleError e) when (Sys.Modules.ContainsKey(new PyStr(name)))
            {
                throw new RunModuleError($"{e.Message}; {PyStr.Repr(name)} is a package and cannot be directly executed");
            }
        }
        if (spec.Kind is not (ModuleLoadKind.Source or ModuleLoadKind.Sourceless or ModuleLoadKind.Frozen))
        {
            throw new RunModuleError("No code object available for " + name);
        }
        try
        {
            return (spec, ModuleCache.GetCode(spec));
        }
        catch (PyException e) when (e.Value.Type.IsSubtypeOf(PyExc.ImportError))
        {
            throw new RunModuleError(Builtins.StrOf(e.Value));
        }
    }

    /// <summary>importlib.util.find_spec for an absolute name.</summary>
    private static PyModuleSpec? FindSpec(string name, string parentName)
    {
        if (Sys.Modules.TryGetValue(new PyStr(name), out var existing))
        {
            return existing is PyModule m && m.Dict.TryGetValue(PyStr.Intern("__spec__"), out var s) ? s as PyModuleSpec : null;
        }
        object? parent = null;
        if (parentName.Length > 0)
        {
            parent = Importer.ImportModule(parentName);
            if (!PyProtocol.TryGetAttr(parent, PyStr.Intern("__path__"), out _))
            {
                throw new PyException(PyErrors.PathNotFoundOnParent(parentName, name));
            }
        }
        return Importer.FindSpec(name, parent);
    }

    /// <summary>runpy's _Error: reported as "pynet: message", exit status 1.</summary>
    private sealed class RunModuleError : Exception
    {
        public RunModuleError(string message)
            : base(message)
        {
        }
    }
}
