using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Reflection;
using System.Runtime.Loader;

namespace PyNet.Runtime;

/// <summary>
/// Turns compiled module bytes into a runnable body: loads the assembly into the default load context and binds its
/// <c>public static object Body(PyDict globals, PyDict locals)</c>. An assembly is loaded once per process (the same
/// cache file imported again, e.g. by importlib.reload, reuses it: the loader refuses a second copy of an identity).
/// </summary>
public static class CompiledAssemblies
{
    /// <summary>The module body's method name (ModuleEmitter.BodyMethodName in the compiler).</summary>
    public const string BodyMethodName = "Body";

    /// <summary>Loaded modules by content ("length:hash"; a string key keeps this dictionary in the framework's
    /// precompiled code, where a tuple key had it jit-compiled at every start-up).</summary>
    private static readonly Dictionary<string, PyModuleCode> s_loaded = new(StringComparer.Ordinal);

    /// <summary>Loads the module; a file that is not a loadable PyNet module throws BadImageFormatException.</summary>
    public static PyModuleCode Load(byte[] image)
    {
        var key = string.Create(CultureInfo.InvariantCulture, $"{image.Length}:{CompiledModuleFile.ContentHash(image)}");
        lock (s_loaded)
        {
            if (s_loaded.TryGetValue(key, out var code))
            {
                return code;
            }
            Assembly assembly;
            try
            {
                assembly = AssemblyLoadContext.Default.LoadFromStream(new MemoryStream(image));
            }
            catch (FileLoadException e)
            {
                throw new BadImageFormatException(e.Message, e);
            }
            code = FindBody(assembly) ?? throw new BadImageFormatException("not a PyNet module: " + assembly.FullName);
            FrozenModules.RegisterSources(assembly);
            s_loaded[key] = code;
            return code;
        }
    }

    private static PyModuleCode? FindBody(Assembly assembly)
    {
        foreach (var type in assembly.GetExportedTypes())
        {
            var body = type.GetMethod(BodyMethodName, BindingFlags.Public | BindingFlags.Static, new[] { typeof(PyDict), typeof(PyDict) });
            if (body != null && body.ReturnType == typeof(object))
            {
                return body.CreateDelegate<PyModuleCode>();
            }
        }
        return null;
    }
}
