using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using PyNet.Compiler.Compilation;
using PyNet.Runtime;

namespace PyNet.CSharp.Tests;

/// <summary>
/// Builds a Python module with the compiler's library path (the typed module class, references retargeted to the
/// public framework assemblies), compiles C# source against it with Roslyn and the .NET reference assemblies (as
/// the SDK does), loads both and runs the C# code.
/// </summary>
internal static class CSharpHarness
{
    private static readonly Lazy<List<MetadataReference>> s_framework = new(LoadReferencePack);

    /// <summary>The folder test modules are written to (their tracebacks show source lines from these files).</summary>
    public static string WorkFolder { get; } = Directory.CreateTempSubdirectory("pynet-csharp-tests-").FullName;

    /// <summary>The .NET reference assemblies (packs/Microsoft.NETCore.App.Ref/VERSION/ref/net10.0).</summary>
    public static string ReferencePackFolder
    {
        get
        {
            var shared = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
            var root = Environment.GetEnvironmentVariable("DOTNET_ROOT") is { Length: > 0 } r && Directory.Exists(Path.Combine(r, "packs"))
                ? r
                : Path.GetFullPath(Path.Combine(shared, "..", "..", ".."));
            var packs = Path.Combine(root, "packs", "Microsoft.NETCore.App.Ref");
            var major = Environment.Version.Major;
            var version = Directory.GetDirectories(packs)
                .Select(Path.GetFileName)
                .Where(v => v!.StartsWith(major + ".", StringComparison.Ordinal))
                .OrderBy(v => Version.TryParse(v!.Split('-')[0], out var parsed) ? parsed : new Version())
                .Last()!;
            return Path.Combine(packs, version, "ref", "net" + major + ".0");
        }
    }

    /// <summary>Writes <paramref name="source"/> as NAME.py and compiles it as a library for C#.</summary>
    public static byte[] BuildModule(string name, string source, string? ns = null)
    {
        var path = Path.Combine(WorkFolder, name + ".py");
        File.WriteAllText(path, source);
        return PythonCompiler.CompileLibrary(Encoding.UTF8.GetBytes(source), path, name, ns);
    }

    /// <summary>Compiles C# against the module; returns the errors (empty when it compiled) and the image.</summary>
    public static (string[] Errors, byte[]? Image) CompileCSharp(string code, byte[] module, string moduleName) =>
        CompileCSharp(code, MetadataReference.CreateFromImage(module, filePath: moduleName + ".dll"), moduleName);

    private static (string[] Errors, byte[]? Image) CompileCSharp(string code, MetadataReference module, string moduleName)
    {
        var references = new List<MetadataReference>(s_framework.Value)
        {
            module,
            MetadataReference.CreateFromFile(typeof(PyObject).Assembly.Location),
        };
        var compilation = CSharpCompilation.Create(
            "consumer_" + moduleName,
            new[] { CSharpSyntaxTree.ParseText(code, new CSharpParseOptions(LanguageVersion.Latest)) },
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        using var stream = new MemoryStream();
        var result = compilation.Emit(stream);
        var errors = result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.ToString()).ToArray();
        return (errors, result.Success ? stream.ToArray() : null);
    }

    /// <summary>
    /// Builds the module, compiles <paramref name="code"/> (which must declare <c>public static class Probe</c> with
    /// <c>public static string Run()</c>) and returns what Run returns.
    /// </summary>
    public static string Run(string moduleName, string pythonSource, string code, string? ns = null)
    {
        var module = BuildModule(moduleName, pythonSource, ns);
        var (errors, image) = CompileCSharp(code, module, moduleName);
        return RunProbe(errors, image, new ModuleLoadContext(moduleName, context => context.LoadFromStream(new MemoryStream(module))));
    }

    /// <summary>As <see cref="Run(string, string, string, string?)"/>, against an assembly `pynet build` wrote.</summary>
    public static string RunAgainstFile(string modulePath, string code)
    {
        var moduleName = Path.GetFileNameWithoutExtension(modulePath);
        var (errors, image) = CompileCSharp(code, MetadataReference.CreateFromFile(modulePath), moduleName);
        return RunProbe(errors, image, new ModuleLoadContext(moduleName, context => context.LoadFromAssemblyPath(modulePath)));
    }

    private static string RunProbe(string[] errors, byte[]? image, AssemblyLoadContext context)
    {
        Assert.True(errors.Length == 0, "C# compile errors:\n" + string.Join("\n", errors));
        var consumer = context.LoadFromStream(new MemoryStream(image!));
        var run = consumer.GetType("Probe")!.GetMethod("Run", BindingFlags.Public | BindingFlags.Static)!;
        try
        {
            return (string)run.Invoke(null, null)!;
        }
        catch (TargetInvocationException e) when (e.InnerException != null)
        {
            throw e.InnerException;
        }
    }

    private static List<MetadataReference> LoadReferencePack() =>
        Directory.GetFiles(ReferencePackFolder, "*.dll").Select(f => (MetadataReference)MetadataReference.CreateFromFile(f)).ToList();

    /// <summary>Loads the module by name for the consumer; the runtime and the framework come from the default context.</summary>
    private sealed class ModuleLoadContext : AssemblyLoadContext
    {
        private readonly string _name;
        private readonly Func<AssemblyLoadContext, Assembly> _load;

        public ModuleLoadContext(string name, Func<AssemblyLoadContext, Assembly> load)
            : base("pynet-csharp-" + name)
        {
            _name = name;
            _load = load;
        }

        protected override Assembly? Load(AssemblyName assemblyName) => assemblyName.Name == _name ? _load(this) : null;
    }
}
