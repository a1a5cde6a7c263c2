namespace PyNet.Runtime;

/// <summary>The <c>importlib</c> module, written in C#: import_module, reload, invalidate_caches.</summary>
internal static class ImportlibModule
{
    private static readonly string[] s_importModuleParameters = { "name", "package" };

    public static PyModule Create()
    {
        var d = new PyDict();
        var m = new PyModule("importlib", d);
        d[PyStr.Intern("__import__")] = Importer.DunderImport;
        Def(d, new PyBuiltinFunction("import_module", (args, kw) =>
        {
            var a = Builtins.BindArguments("import_module", args, kw, 0, s_importModuleParameters, 1);
            var name = a[0] as PyStr ?? throw new PyException(PyErrors.ModuleNameNotStr(a[0]));
            var package = ReferenceEquals(a[1], PyOps.Unbound) ? null : a[1];
            return ImportModule(name.Value, package);
        }));
        Def(d, PyBuiltinFunction.Create("reload", Importer.Reload));
        Def(d, PyBuiltinFunction.Create("invalidate_caches", () => null));
        return m;
    }

    /// <summary>importlib.import_module(name, package): a leading dot makes the name relative to package.</summary>
    private static object? ImportModule(string name, object? package)
    {
        var level = 0;
        if (name.StartsWith('.'))
        {
            if (package == null)
            {
                throw new PyException(PyErrors.RelativeImportNeedsPackage(name));
            }
            while (level < name.Length && name[level] == '.')
            {
                level++;
            }
        }
        var absolute = level > 0 ? Importer.ResolveName(name[level..], package, level) : name;
        if (absolute.Length == 0)
        {
            throw new PyException(PyErrors.EmptyModuleName());
        }
        return Importer.ImportModule(absolute);
    }

    private static void Def(PyDict d, PyBuiltinFunction f) => d[PyStr.Intern(f.Name)] = f;
}
