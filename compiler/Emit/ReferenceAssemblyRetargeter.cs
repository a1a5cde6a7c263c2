using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using Mono.Cecil;
using Mono.Cecil.Cil;
using ModuleDefinition = Mono.Cecil.ModuleDefinition;

namespace PyNet.Compiler.Emit;

/// <summary>
/// Makes a compiled module referenceable by C# compilers. Cecil imports core types from the running framework, so the
/// assembly references System.Private.CoreLib; C# compilers see only reference assemblies (System.Runtime,
/// System.Collections, ...) and reject public signatures over CoreLib's types (CS0012). Each type reference to CoreLib
/// is moved to the public assembly that forwards it at run time: the framework's own facades (System.Runtime.dll and
/// the others beside CoreLib) list their forwarded types, and each reference assembly has the name of its facade.
/// The module still runs unchanged, since each facade forwards to CoreLib.
/// </summary>
internal static class ReferenceAssemblyRetargeter
{
    private const string CoreLibrary = "System.Private.CoreLib";
    private static readonly object s_lock = new();
    private static readonly Dictionary<string, AssemblyNameReference> s_forwards = new(StringComparer.Ordinal);
    private static readonly Queue<string> s_unread = new(FacadeFiles());

    public static byte[] Retarget(byte[] image)
    {
        using var input = new MemoryStream(image);
        using var module = ModuleDefinition.ReadModule(input, new ReaderParameters { ReadSymbols = true, SymbolReaderProvider = new EmbeddedPortablePdbReaderProvider() });
        var coreLibrary = module.AssemblyReferences.FirstOrDefault(r => r.Name == CoreLibrary);
        if (coreLibrary == null)
        {
            return image;
        }
        foreach (var type in module.GetTypeReferences())
        {
            var outer = type;
            while (outer.DeclaringType != null)
            {
                outer = outer.DeclaringType;
            }
            if (outer.Scope is not AssemblyNameReference { Name: CoreLibrary })
            {
                continue;
            }
            var facade = FacadeOf(outer.FullName) ?? throw new InvalidOperationException($"no public assembly forwards {outer.FullName}");
            var reference = module.AssemblyReferences.FirstOrDefault(r => r.Name == facade.Name);
            if (reference == null)
            {
                reference = new AssemblyNameReference(facade.Name, facade.Version) { PublicKeyToken = facade.PublicKeyToken };
                module.AssemblyReferences.Add(reference);
            }
            outer.Scope = reference;
        }
        module.AssemblyReferences.Remove(coreLibrary);
        using var output = new MemoryStream();
        module.Write(output, new WriterParameters { WriteSymbols = true, SymbolWriterProvider = new ModuleEmitter.InMemoryEmbeddedPdbProvider(module.Name) });
        return output.ToArray();
    }

    /// <summary>The public assembly that forwards <paramref name="fullName"/> to CoreLib (facades are read as needed).</summary>
    private static AssemblyNameReference? FacadeOf(string fullName)
    {
        lock (s_lock)
        {
            while (!s_forwards.ContainsKey(fullName) && s_unread.Count > 0)
            {
                ReadForwards(s_unread.Dequeue());
            }
            return s_forwards.GetValueOrDefault(fullName);
        }
    }

    /// <summary>System.Runtime first (it declares most core types), then System.Collections, then every other facade.</summary>
    private static IEnumerable<string> FacadeFiles()
    {
        var folder = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        var first = new[] { "System.Runtime.dll", "System.Collections.dll" };
        return first.Select(f => Path.Combine(folder, f))
            .Concat(Directory.EnumerateFiles(folder, "System.*.dll").Where(f => !first.Contains(Path.GetFileName(f))).OrderBy(f => f, StringComparer.Ordinal))
            .Where(File.Exists)
            .ToList();
    }

    private static void ReadForwards(string path)
    {
        try
        {
            using var stream = File.OpenRead(path);
            using var pe = new PEReader(stream);
            if (!pe.HasMetadata)
            {
                return;
            }
            var metadata = pe.GetMetadataReader();
            var definition = metadata.GetAssemblyDefinition();
            var name = definition.GetAssemblyName();
            var reference = new AssemblyNameReference(name.Name!, name.Version) { PublicKeyToken = name.GetPublicKeyToken() };
            foreach (var handle in metadata.ExportedTypes)
            {
                var exported = metadata.GetExportedType(handle);
                if (!exported.IsForwarder || exported.Implementation.Kind != HandleKind.AssemblyReference)
                {
                    continue;
                }
                var target = metadata.GetAssemblyReference((AssemblyReferenceHandle)exported.Implementation);
                if (metadata.GetString(target.Name) != CoreLibrary)
                {
                    continue;
                }
                var ns = metadata.GetString(exported.Namespace);
                var typeName = metadata.GetString(exported.Name);
                s_forwards.TryAdd(ns.Length == 0 ? typeName : ns + "." + typeName, reference);
            }
        }
        catch (BadImageFormatException)
        {
            // Not a managed assembly: nothing forwarded.
        }
    }
}
