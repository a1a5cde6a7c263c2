using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using PyNet.Compiler.Compilation;
using PyNet.Runtime;

namespace PyNet.Cli.Build;

/// <summary>What `pynet build` compiles: the main script and the modules found for it, with the options of the build.</summary>
internal sealed record BuildRequest(string ScriptPath, string AssemblyName, IReadOnlyList<ProgramModule> Modules)
{
    /// <summary>--namespace NS, for the public typed API of issue 8.</summary>
    public string? Namespace { get; init; }

    /// <summary>Emit the public typed API of the main module (issue 8).</summary>
    public bool PublicApi { get; init; }
}

/// <summary>
/// Compiles a program in memory, every module through <see cref="PythonCompiler.CompileModule(byte[], string, string, CompileOptions)"/>:
/// each found module to its own assembly (named after the module and a hash of its source, so rebuilding the same
/// program gives the same names), then the main script to the program's assembly, which carries those images as
/// frozen modules, the sources for tracebacks, and the entry point. A syntax error throws before anything is written.
/// </summary>
internal static class ProgramCompiler
{
    public static byte[] Compile(BuildRequest request)
    {
        var frozen = new List<FrozenModule>();
        foreach (var module in request.Modules)
        {
            if (module.Path == null)
            {
                frozen.Add(new FrozenModule(module.Name, module.Kind, Array.Empty<byte>()));
                continue;
            }
            var source = File.ReadAllBytes(module.Path);
            var options = new CompileOptions { AssemblyName = ModuleAssemblyName(module.Name, source), EmbedSource = true };
            frozen.Add(new FrozenModule(module.Name, module.Kind, PythonCompiler.CompileModule(source, module.Path, module.Name, options)));
        }
        var main = new CompileOptions
        {
            AssemblyName = request.AssemblyName,
            EmbedSource = true,
            EntryPoint = true,
            FrozenModules = frozen,
            Namespace = request.Namespace,
            PublicApi = request.PublicApi,
        };
        var moduleName = Path.GetFileNameWithoutExtension(request.ScriptPath);
        return PythonCompiler.CompileModule(File.ReadAllBytes(request.ScriptPath), request.ScriptPath, moduleName, main);
    }

    private static string ModuleAssemblyName(string module, byte[] source)
    {
        var hash = SHA256.HashData(source.Concat(Encoding.UTF8.GetBytes(module)).ToArray());
        return "pynet." + module + "." + Convert.ToHexStringLower(hash, 0, 4);
    }
}
