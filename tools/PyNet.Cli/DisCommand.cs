using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using Mono.Cecil;
using Mono.Cecil.Cil;
using PyNet.Compiler.Compilation;
using PyNet.Compiler.Syntax;
using PyNet.Runtime;

namespace PyNet.Cli;

/// <summary>
/// `pynet dis FILE` and `pynet dis FILE:NAME`: PyNet's dis. Compiles FILE exactly as `pynet run` does, reads the
/// assembly back with Cecil (its embedded PDB gives each statement's sequence point) and prints each method's IL with
/// the Python source lines it came from above the instructions. Without NAME every method is shown (the module body,
/// then functions and class bodies in definition order); with NAME, the functions or classes of that name (a dotted
/// NAME such as C.m names its last part). The argument-unpacking "_entry" wrappers are left out.
/// </summary>
internal static class DisCommand
{
    public static int Run(string[] args)
    {
        if (args.Length != 1)
        {
            return Usage.Fail("usage: pynet dis FILE[:NAME]");
        }
        var (path, name) = SplitTarget(args[0]);
        byte[] source;
        try
        {
            source = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"pynet dis: can't open file {PyStr.Repr(Path.GetFullPath(path))}: [Errno 2] No such file or directory");
            return 2;
        }
        var fullPath = Path.GetFullPath(path);
        byte[] assembly;
        try
        {
            assembly = PythonCompiler.CompileModule(source, fullPath, "__main__");
        }
        catch (PythonSyntaxError e)
        {
            Console.Error.Write(TracebackPrinter.Format(PythonCompiler.ToPython(e)));
            return 1;
        }
        var lines = File.ReadAllLines(fullPath);
        var module = ModuleDefinition.ReadModule(new MemoryStream(assembly), new ReaderParameters
        {
            ReadSymbols = true,
            SymbolReaderProvider = new EmbeddedPortablePdbReaderProvider(),
        });
        var methods = module.Types.SelectMany(t => t.Methods)
            .Where(m => m.HasBody && !m.IsConstructor && !BaseName(m).EndsWith("_entry", StringComparison.Ordinal))
            .Where(m => name == null || BaseName(m) == name || BaseName(m) == name + "_resume")
            .ToList();
        if (methods.Count == 0)
        {
            Console.Error.WriteLine($"pynet dis: no function or class named {PyStr.Repr(name!)} in {path}");
            return 1;
        }
        var output = new StringBuilder();
        foreach (var method in methods)
        {
            Disassemble(method, lines, output);
        }
        var stdout = Console.OpenStandardOutput();
        var bytes = new UTF8Encoding(false).GetBytes(output.ToString());
        stdout.Write(bytes, 0, bytes.Length);
        return 0;
    }

    /// <summary>"file.py:name" to (file.py, name); a colon in a Windows drive ("C:\x.py") is part of the path.</summary>
    private static (string Path, string? Name) SplitTarget(string target)
    {
        var colon = target.LastIndexOf(':');
        if (colon <= 1 || File.Exists(target))
        {
            return (target, null);
        }
        var name = target[(colon + 1)..];
        var dot = name.LastIndexOf('.');
        return (target[..colon], dot < 0 ? name : name[(dot + 1)..]);
    }

    /// <summary>The Python name a compiled method stands for: "f$3" is f, "Body" the module.</summary>
    private static string BaseName(MethodDefinition method)
    {
        var dollar = method.Name.LastIndexOf('$');
        return dollar < 0 ? method.Name : method.Name[..dollar];
    }

    private static void Disassemble(MethodDefinition method, string[] lines, StringBuilder output)
    {
        var title = method.Name == "Body" ? "<module>" : BaseName(method);
        var parameters = string.Join(", ", method.Parameters.Select(p => p.Name));
        output.Append("Disassembly of ").Append(title).Append(" (").Append(method.Name).Append('(').Append(parameters).Append("), ")
            .Append(method.Body.CodeSize).Append(" bytes of IL, ").Append(method.Body.Variables.Count).Append(" locals):\n");
        var shownUpTo = 0;
        foreach (var instruction in method.Body.Instructions)
        {
            var point = method.DebugInformation.GetSequencePoint(instruction);
            if (point != null && !point.IsHidden && point.StartLine >= 1 && point.StartLine <= lines.Length)
            {
                var first = point.StartLine;
                var last = Math.Min(Math.Max(point.EndLine, first), lines.Length);
                output.Append('\n');
                for (var line = first; line <= last; line++)
                {
                    output.Append(line == first || line > shownUpTo ? line.ToString().PadLeft(5) : "     ").Append("  ").Append(lines[line - 1].TrimEnd()).Append('\n');
                }
                shownUpTo = Math.Max(shownUpTo, last);
            }
            output.Append("           IL_").Append(instruction.Offset.ToString("x4")).Append(": ").Append(instruction.OpCode.Name);
            var operand = FormatOperand(instruction.Operand, method);
            if (operand.Length > 0)
            {
                output.Append(' ').Append(operand);
            }
            output.Append('\n');
        }
        output.Append('\n');
    }

    /// <summary>Operands in a short form: Type::Member for runtime members, IL_xxxx for branch targets.</summary>
    private static string FormatOperand(object? operand, MethodDefinition method) => operand switch
    {
        null => string.Empty,
        Instruction target => "IL_" + target.Offset.ToString("x4"),
        Instruction[] targets => "(" + string.Join(", ", targets.Select(t => "IL_" + t.Offset.ToString("x4"))) + ")",
        MethodReference m => ShortType(m.ReturnType) + " " + ShortType(m.DeclaringType) + "::" + m.Name +
            "(" + string.Join(", ", m.Parameters.Select(p => ShortType(p.ParameterType))) + ")",
        FieldReference f => ShortType(f.FieldType) + " " + (f.DeclaringType == method.DeclaringType ? string.Empty : ShortType(f.DeclaringType) + "::") + f.Name,
        TypeReference t => ShortType(t),
        VariableDefinition v => "V_" + v.Index,
        ParameterDefinition p => p.Name,
        string s => PyStr.Repr(s),
        IEnumerable<object> => operand.ToString() ?? string.Empty,
        _ => Convert.ToString(operand, System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty,
    };

    private static string ShortType(TypeReference type) => type.MetadataType switch
    {
        MetadataType.Object => "object",
        MetadataType.Boolean => "bool",
        MetadataType.Int32 => "int32",
        MetadataType.Int64 => "int64",
        MetadataType.Double => "float64",
        MetadataType.String => "string",
        MetadataType.Void => "void",
        _ => type is ArrayType a ? ShortType(a.ElementType) + "[]" : type.Name,
    };
}
