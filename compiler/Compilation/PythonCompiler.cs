using System;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using System.Text;
using PyNet.Compiler.Emit;
using PyNet.Compiler.Emit.CodeGen;
using PyNet.Compiler.Emit.Facade;
using PyNet.Compiler.Semantics;
using PyNet.Compiler.Syntax;
using PyNet.Runtime;
using Module = PyNet.Compiler.Syntax.Module;

namespace PyNet.Compiler.Compilation;

/// <summary>The compiled body of a module: runs in a globals dictionary (and a locals one, the same for modules).</summary>
public delegate object? ModuleBody(PyDict globals, PyDict locals);

/// <summary>
/// The compiler's entry point. The passes, in order, and where each lives:
/// 1. decode and tokenize (Syntax/SourceDecoder.cs, Syntax/Tokenizer*.cs): bytes to tokens, PEP 263 and the BOM;
/// 2. parse (Syntax/Parser*.cs): tokens to the AST declared in Syntax/Ast/Python.ast, with CPython's positions and errors;
/// 3. scope analysis (Semantics/SymbolTable*.cs): every name's storage (local, cell, free, global, namespace);
/// 4. code generation (Emit/CodeGen/CodeGenerator*.cs): one static method per code unit, IL through Emit/ILBuilder.cs;
/// 5. assembly writing (Emit/ModuleEmitter.cs): a Cecil assembly with an embedded portable PDB, as bytes;
/// 6. loading (<see cref="Load"/>): the bytes become a <see cref="ModuleBody"/> delegate.
/// The same bytes serve `pynet run`, the __pycache__ cache and `pynet build`.
/// </summary>
public static class PythonCompiler
{
    /// <summary>Changes whenever the compiler's output changes; cached assemblies record it.</summary>
    public static string Version { get; } = ComputeVersion();

    /// <summary>Compiles module source (bytes, decoded as CPython decodes source files) to assembly bytes.</summary>
    public static byte[] CompileModule(byte[] source, string filename, string moduleName) =>
        CompileModule(source, filename, moduleName, CompileOptions.Default);

    /// <summary>
    /// The one entry point of every module compile, shaped by <paramref name="options"/>: `pynet run`, imports and
    /// the cache use the defaults; `pynet build` names the assembly, embeds the source, adds the entry point and
    /// the frozen modules of the program (and, for C# consumers, the public typed API).
    /// </summary>
    public static byte[] CompileModule(byte[] source, string filename, string moduleName, CompileOptions options)
    {
        var tree = (Module)PythonParser.ParseModule(source, filename);
        var embedded = options.EmbedSource ? SourceDecoder.ToUtf8(source, filename) : null;
        return Emit(tree, DecodeForErrors(source), filename, moduleName, options, embedded);
    }

    public static byte[] CompileModule(string source, string filename, string moduleName)
    {
        var tree = (Module)PythonParser.ParseModule(source, filename);
        return Emit(tree, source, filename, moduleName, CompileOptions.Default, null);
    }

    /// <summary>Compiles source in a compile() mode ("exec", "eval" or "single") to assembly bytes.</summary>
    public static byte[] CompileCode(string source, string filename, string mode)
    {
        var text = new SourceText(source);
        var emitter = new ModuleEmitter("pynet.code." + UniqueSuffix.New(), "code", filename);
        switch (mode)
        {
            case "eval":
                var expression = (Expression)PythonParser.ParseExpression(source, filename);
                CodeGenerator.CompileExpression(emitter, SymbolTable.Build(expression, filename, text), expression, text);
                break;
            case "single":
                var interactive = (Interactive)PythonParser.ParseInteractive(source, filename);
                CodeGenerator.CompileInteractive(emitter, SymbolTable.Build(interactive, filename, text), interactive, text);
                break;
            default:
                var module = (Module)PythonParser.ParseModule(source, filename);
                CodeGenerator.CompileModule(emitter, SymbolTable.Build(module, filename, text), module, text);
                break;
        }
        return emitter.Write();
    }

    private static string DecodeForErrors(byte[] source)
    {
        try
        {
            return new UTF8Encoding(false, false).GetString(source);
        }
        catch (ArgumentException)
        {
            return string.Empty;
        }
    }

    /// <param name="embedded">The source as UTF-8 when <see cref="CompileOptions.EmbedSource"/> is set.</param>
    private static byte[] Emit(Module tree, string text, string filename, string moduleName, CompileOptions options, byte[]? embedded)
    {
        var sourceText = new SourceText(text);
        var symbols = SymbolTable.Build(tree, filename, sourceText);
        var assemblyName = options.AssemblyName ?? "pynet." + moduleName + "." + UniqueSuffix.New();
        // With the typed API the module class is named NAME$module: the public class NAME is the typed API's.
        var typeName = options.PublicApi ? TypeNameFor(moduleName) + "$module" : TypeNameFor(moduleName);
        var emitter = new ModuleEmitter(assemblyName, typeName, filename, isExecutable: options.EntryPoint);
        var body = CodeGenerator.CompileModule(emitter, symbols, tree, sourceText);
        if (options.PublicApi)
        {
            var className = moduleName[(moduleName.LastIndexOf('.') + 1)..];
            FacadeEmitter.Emit(emitter, FacadeModel.Build(tree), moduleName, className, string.IsNullOrEmpty(options.Namespace) ? null : options.Namespace, body);
        }
        if (options.EntryPoint)
        {
            emitter.DefineEntryPoint(body);
        }
        if (embedded != null)
        {
            emitter.EmbedSource(FrozenModules.SourceResourceName(filename), embedded);
        }
        foreach (var frozen in options.FrozenModules)
        {
            emitter.AddResource(FrozenModules.ResourceName(frozen.Kind, frozen.Name), frozen.Image);
        }
        var image = emitter.Write();
        return options.PublicApi ? ReferenceAssemblyRetargeter.Retarget(image) : image;
    }

    /// <summary>
    /// Compiles a module for .NET consumers, as `pynet build` does for its main module: the assembly is named after
    /// the module, carries the typed module class <c>NS.name</c> (Emit/Facade: one method per function, a property per
    /// global, a nested class per class), and references the public framework assemblies, so a C# project can
    /// reference it.
    /// </summary>
    public static byte[] CompileLibrary(byte[] source, string filename, string moduleName, string? @namespace = null) =>
        CompileModule(source, filename, moduleName, new CompileOptions { AssemblyName = moduleName, PublicApi = true, Namespace = @namespace });

    private static string TypeNameFor(string moduleName) => moduleName.Replace('.', '_');

    /// <summary>Loads compiled module bytes and returns the module body.</summary>
    public static ModuleBody Load(byte[] assembly)
    {
        var loaded = AssemblyLoadContext.Default.LoadFromStream(new MemoryStream(assembly));
        foreach (var type in loaded.GetExportedTypes())
        {
            var body = type.GetMethod(ModuleEmitter.BodyMethodName, BindingFlags.Public | BindingFlags.Static);
            if (body != null)
            {
                return body.CreateDelegate<ModuleBody>();
            }
        }
        throw new InvalidOperationException("not a PyNet module");
    }

    /// <summary>Converts a compile error to the Python SyntaxError object the runtime raises and prints.</summary>
    public static PyBaseException ToPython(PythonSyntaxError e)
    {
        var type = e.Kind switch
        {
            SyntaxErrorKind.IndentationError => PyExc.IndentationError,
            SyntaxErrorKind.TabError => PyExc.TabError,
            _ => PyExc.SyntaxError,
        };
        return PyErrors.SyntaxError(type, e.Message, e.Filename, e.Lineno, e.Offset, e.Text, e.EndLineno, e.EndOffset);
    }

    /// <summary>See <see cref="CompiledModuleFile.CompilerVersion"/>: from this assembly's module version id.</summary>
    private static string ComputeVersion() => CompiledModuleFile.CompilerVersion(typeof(PythonCompiler).Assembly.ManifestModule.ModuleVersionId);
}
