using System;
using System.IO;
using System.Linq;
using System.Reflection;
using PyNet.Runtime;

namespace PyNet.Interop;

/// <summary>
/// The <c>clr</c> module, after IronPython's: AddReference, AddReferenceToFile, AddReferenceToFileAndPath,
/// GetClrType, ImportExtensions, Convert.
/// </summary>
public static class ClrModule
{
    public static PyModule Create()
    {
        var m = new PyModule("clr");
        var d = m.Dict;
        d[PyStr.Intern("__doc__")] = new PyStr("Loads .NET assemblies and reaches .NET types from Python.");
        Def(d, "AddReference", (args, kw) => Each(args, a => a is Assembly asm ? Register(asm) : ClrNamespaces.Load(Name(a))));
        Def(d, "AddReferenceToFile", (args, kw) => Each(args, a => ClrNamespaces.LoadFrom(FindOnPath(Name(a)))));
        Def(d, "AddReferenceToFileAndPath", (args, kw) => Each(args, a => AddFileAndPath(Name(a))));
        Def(d, "GetClrType", (args, kw) => ClrTypes.ToClrType(args.Length == 1 ? args[0] : throw new PyException(PyErrors.ExpectedArguments("GetClrType", 1, args.Length))));
        Def(d, "ImportExtensions", (args, kw) => Each(args, ExtensionMethods.Import));
        Def(d, "Convert", (args, kw) => args.Length == 2
            ? ClrConverter.ToClr(args[0], ClrTypes.ToClrType(args[1]))
            : throw new PyException(PyErrors.ExpectedArguments("Convert", 2, args.Length)));
        return Importer.InitBuiltinModule(m);
    }

    private static void Def(PyDict d, string name, BuiltinCall f) => d[PyStr.Intern(name)] = new PyBuiltinFunction(name, f);

    private static object? Each(object?[] args, Func<object?, object?> action)
    {
        foreach (var a in args)
        {
            action(a);
        }
        return null;
    }

    private static Assembly Register(Assembly assembly)
    {
        ClrNamespaces.Index(assembly);
        return assembly;
    }

    private static string Name(object? a) => a is PyStr s ? s.Value : throw new PyException(PyErrors.ClrArgumentMismatch("str", a));

    private static object AddFileAndPath(string path)
    {
        var full = Path.GetFullPath(path);
        if (!File.Exists(full))
        {
            throw new PyException(PyErrors.ClrAssemblyNotFound(path));
        }
        var folder = new PyStr(Path.GetDirectoryName(full)!);
        if (!Builtins.ToArray(Sys.Path).OfType<PyStr>().Any(p => p.Value == folder.Value))
        {
            Sys.Path.Append(folder);
        }
        return ClrNamespaces.LoadFrom(full);
    }

    private static string FindOnPath(string name)
    {
        var file = name.EndsWith(".dll", StringComparison.OrdinalIgnoreCase) ? name : name + ".dll";
        foreach (var folder in Builtins.ToArray(Sys.Path).OfType<PyStr>().Select(p => p.Value).Prepend(AppContext.BaseDirectory))
        {
            var candidate = Path.Combine(folder.Length == 0 ? "." : folder, file);
            if (File.Exists(candidate))
            {
                return Path.GetFullPath(candidate);
            }
        }
        throw new PyException(PyErrors.ClrAssemblyNotFound(name));
    }
}
