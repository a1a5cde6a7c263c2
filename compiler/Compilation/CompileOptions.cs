using System.Collections.Generic;
using PyNet.Runtime;

namespace PyNet.Compiler.Compilation;

/// <summary>
/// How <see cref="PythonCompiler.CompileModule(byte[], string, string, CompileOptions)"/> shapes the assembly of one
/// module. The defaults are what `pynet run`, imports and the __pycache__ cache use; `pynet build` sets the rest.
/// </summary>
public sealed record CompileOptions
{
    public static readonly CompileOptions Default = new();

    /// <summary>The assembly's name; null for a fresh unique one ("pynet.MODULE.xxxxxxxx").</summary>
    public string? AssemblyName { get; init; }

    /// <summary>Keep the module's source in the assembly (resource "pynet.source:FILENAME") for tracebacks without the .py.</summary>
    public bool EmbedSource { get; init; }

    /// <summary>Give the assembly a static entry point that runs the module as __main__ (runtime's BuiltProgram).</summary>
    public bool EntryPoint { get; init; }

    /// <summary>
    /// Other modules' compiled images to carry as manifest resources (the frozen-module table that BuiltProgram
    /// registers), so that a program is one assembly.
    /// </summary>
    public IReadOnlyList<FrozenModule> FrozenModules { get; init; } = [];

    /// <summary>`--namespace NS`: the namespace of the public typed API (issue 8); null for the global namespace.</summary>
    public string? Namespace { get; init; }

    /// <summary>Emit the public typed C# API of the module (issue 8's facade).</summary>
    public bool PublicApi { get; init; }
}

/// <summary>A compiled module carried inside another assembly; <see cref="Image"/> is empty for a namespace package.</summary>
public sealed record FrozenModule(string Name, FrozenModuleKind Kind, byte[] Image);
