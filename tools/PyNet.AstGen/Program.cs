// Generates compiler/Syntax/Ast/Ast.g.cs from compiler/Syntax/Ast/Python.ast.
// usage: PyNet.AstGen INPUT OUTPUT      (or --check INPUT OUTPUT: exit 1 when OUTPUT is stale)
using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;

namespace PyNet.AstGen;

internal sealed record Field(string PyName, string Type, bool Optional, bool Sequence)
{
    public string CsName => AstModel.Pascal(PyName);
}

internal sealed record Ctor(string PyName, List<Field> Fields);

internal sealed record Family(string PyName, bool Located, bool IsEnum, bool IsProduct, List<Ctor> Ctors, List<string> EnumMembers);

internal static class AstModel
{
    public static string Pascal(string snake) =>
        string.Concat(snake.Split('_', StringSplitOptions.RemoveEmptyEntries).Select(p => char.ToUpperInvariant(p[0]) + p[1..]));

    public static List<Family> Parse(string text)
    {
        var families = new List<Family>();
        Family? current = null;
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }
            if (line.StartsWith("sum "))
            {
                var parts = line[4..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
                current = new Family(parts[0], parts.Contains("@located"), false, false, new(), new());
                families.Add(current);
            }
            else if (line.StartsWith("enum "))
            {
                var colon = line.IndexOf(':');
                var name = line[5..colon].Trim();
                var members = line[(colon + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
                families.Add(new Family(name, false, true, false, new(), members));
                current = null;
            }
            else if (line.StartsWith("product "))
            {
                var open = line.IndexOf('(');
                var head = line[8..open].Split(' ', StringSplitOptions.RemoveEmptyEntries);
                var fam = new Family(head[0], head.Contains("@located"), false, true, new(), new());
                fam.Ctors.Add(new Ctor(head[0], ParseFields(line[(open + 1)..line.LastIndexOf(')')])));
                families.Add(fam);
                current = null;
            }
            else if (line.StartsWith('|') && current != null)
            {
                var body = line[1..].Trim();
                var open = body.IndexOf('(');
                current.Ctors.Add(new Ctor(body[..open], ParseFields(body[(open + 1)..body.LastIndexOf(')')])));
            }
            else
            {
                throw new FormatException("cannot read line: " + line);
            }
        }
        return families;
    }

    private static List<Field> ParseFields(string text)
    {
        var fields = new List<Field>();
        foreach (var part in text.Split(',', StringSplitOptions.RemoveEmptyEntries))
        {
            var words = part.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var type = words[0];
            var seq = type.EndsWith('*');
            type = type.TrimEnd('*');
            var opt = type.EndsWith('?');
            type = type.TrimEnd('?');
            fields.Add(new Field(words[1], type, opt, seq));
        }
        return fields;
    }
}

internal static class Program
{
    private static readonly Dictionary<string, string> s_enumNames = new()
    {
        ["expr_context"] = "ExprContext",
        ["boolop"] = "BoolOpKind",
        ["operator"] = "OperatorKind",
        ["unaryop"] = "UnaryOpKind",
        ["cmpop"] = "CmpOpKind",
    };

    private static Dictionary<string, Family> s_families = new();

    private static string ClassName(string pyName) => pyName switch
    {
        "withitem" => "WithItem",
        "excepthandler" => "ExceptHandlerNode",
        "type_ignore" => "TypeIgnoreNode",
        _ when s_enumNames.TryGetValue(pyName, out var e) => e,
        _ when s_families.TryGetValue(pyName, out var f) && !f.IsProduct => AstModel.Pascal(pyName) + "Node",
        _ => AstModel.Pascal(pyName),
    };

    private static string ElementType(Field f) => f.Type switch
    {
        "identifier" or "string" => "string",
        "constant" => "object",
        "int" => "int",
        _ => ClassName(f.Type),
    };

    private static bool IsEnum(Field f) => s_families.TryGetValue(f.Type, out var fam) && fam.IsEnum;

    private static string FieldType(Field f)
    {
        var element = ElementType(f);
        if (f.Sequence)
        {
            return $"global::System.Collections.Generic.List<{element}{(f.Optional ? "?" : "")}>";
        }
        if (f.Type == "constant" || f.Optional)
        {
            return element + "?";
        }
        return element;
    }

    private static string PropertyName(Ctor c, Field f)
    {
        var name = f.CsName;
        return name == ClassName(c.PyName) ? name + "Name" : name;
    }

    private static string ParamName(Field f)
    {
        var p = f.CsName;
        p = char.ToLowerInvariant(p[0]) + p[1..];
        return p is "type" or "operator" or "string" or "object" or "int" or "base" or "default" ? "@" + p : p;
    }

    public static int Main(string[] args)
    {
        var check = args.Length > 0 && args[0] == "--check";
        var rest = check ? args[1..] : args;
        if (rest.Length != 2)
        {
            Console.Error.WriteLine("usage: PyNet.AstGen [--check] INPUT OUTPUT");
            return 2;
        }
        var families = AstModel.Parse(File.ReadAllText(rest[0]));
        s_families = families.ToDictionary(f => f.PyName);
        var text = Generate(families);
        if (check)
        {
            var existing = File.Exists(rest[1]) ? File.ReadAllText(rest[1]) : "";
            if (existing != text)
            {
                Console.Error.WriteLine($"{rest[1]} is out of date: run ./build.sh gen");
                return 1;
            }
            return 0;
        }
        File.WriteAllText(rest[1], text);
        return 0;
    }

    private static string Generate(List<Family> families)
    {
        var sb = new StringBuilder();
        sb.Append("// <auto-generated>\n// Generated by tools/PyNet.AstGen from Python.ast; do not edit. Run ./build.sh gen.\n// </auto-generated>\n");
        sb.Append("#nullable enable\n\nnamespace PyNet.Compiler.Syntax;\n\n");
        var allCtors = new List<(Family Family, Ctor Ctor)>();
        foreach (var fam in families)
        {
            if (fam.IsEnum)
            {
                sb.Append($"/// <summary>CPython's <c>{fam.PyName}</c>.</summary>\npublic enum {ClassName(fam.PyName)}\n{{\n");
                foreach (var m in fam.EnumMembers)
                {
                    sb.Append($"    {m},\n");
                }
                sb.Append("}\n\n");
                continue;
            }
            if (!fam.IsProduct)
            {
                sb.Append($"/// <summary>CPython's <c>{fam.PyName}</c> family.</summary>\npublic abstract partial class {ClassName(fam.PyName)} : Node\n{{\n");
                sb.Append($"    public override bool HasLocation => {(fam.Located ? "true" : "false")};\n}}\n\n");
            }
            foreach (var c in fam.Ctors)
            {
                allCtors.Add((fam, c));
                var cls = ClassName(c.PyName);
                var baseCls = fam.IsProduct ? "Node" : ClassName(fam.PyName);
                sb.Append($"public sealed partial class {cls} : {baseCls}\n{{\n");
                sb.Append($"    public {cls}({string.Join(", ", c.Fields.Select(f => FieldType(f) + " " + ParamName(f)))})\n    {{\n");
                foreach (var f in c.Fields)
                {
                    sb.Append($"        {PropertyName(c, f)} = {ParamName(f)};\n");
                }
                sb.Append("    }\n\n");
                foreach (var f in c.Fields)
                {
                    var hides = PropertyName(c, f) is "Lineno" ? "new " : "";
                    sb.Append($"    public {hides}{FieldType(f)} {PropertyName(c, f)} {{ get; set; }}\n");
                }
                if (c.Fields.Count > 0)
                {
                    sb.Append('\n');
                }
                sb.Append($"    public override string PythonName => \"{c.PyName}\";\n");
                if (fam.IsProduct)
                {
                    sb.Append($"    public override bool HasLocation => {(fam.Located ? "true" : "false")};\n");
                }
                sb.Append($"    public override int FieldCount => {c.Fields.Count};\n");
                sb.Append("    public override string FieldName(int index) => index switch\n    {\n");
                for (var i = 0; i < c.Fields.Count; i++)
                {
                    sb.Append($"        {i} => \"{c.Fields[i].PyName}\",\n");
                }
                sb.Append("        _ => throw new global::System.ArgumentOutOfRangeException(nameof(index)),\n    };\n");
                sb.Append("    public override object? FieldValue(int index) => index switch\n    {\n");
                for (var i = 0; i < c.Fields.Count; i++)
                {
                    sb.Append($"        {i} => (object?){PropertyName(c, c.Fields[i])},\n");
                }
                sb.Append("        _ => throw new global::System.ArgumentOutOfRangeException(nameof(index)),\n    };\n");
                sb.Append($"    public override TResult Accept<TResult>(AstVisitor<TResult> visitor) => visitor.Visit{cls}(this);\n");
                sb.Append($"    public override void Accept(AstWalker walker) => walker.Visit{cls}(this);\n");
                sb.Append("}\n\n");
            }
        }

        sb.Append("/// <summary>Visits one node and returns a result; unvisited kinds go to <see cref=\"DefaultVisit\"/>.</summary>\n");
        sb.Append("public abstract partial class AstVisitor<TResult>\n{\n");
        sb.Append("    public TResult Visit(Node node) => node.Accept(this);\n\n");
        sb.Append("    protected virtual TResult DefaultVisit(Node node) => throw new global::System.NotSupportedException(node.PythonName);\n\n");
        foreach (var (_, c) in allCtors)
        {
            var cls = ClassName(c.PyName);
            sb.Append($"    public virtual TResult Visit{cls}({cls} node) => DefaultVisit(node);\n");
        }
        sb.Append("}\n\n");

        sb.Append("/// <summary>Walks a tree in field order; override a Visit method and call base to keep walking below it.</summary>\n");
        sb.Append("public abstract partial class AstWalker\n{\n");
        sb.Append("    public void Visit(Node? node) => node?.Accept(this);\n\n");
        sb.Append("    public void VisitAll<TNode>(global::System.Collections.Generic.List<TNode>? nodes)\n        where TNode : Node?\n    {\n");
        sb.Append("        if (nodes == null)\n        {\n            return;\n        }\n");
        sb.Append("        for (var i = 0; i < nodes.Count; i++)\n        {\n            nodes[i]?.Accept(this);\n        }\n    }\n\n");
        foreach (var (_, c) in allCtors)
        {
            var cls = ClassName(c.PyName);
            var children = c.Fields.Where(f => s_families.ContainsKey(f.Type) && !IsEnum(f)).ToList();
            sb.Append($"    public virtual void Visit{cls}({cls} node)\n    {{\n");
            foreach (var f in children)
            {
                sb.Append(f.Sequence ? $"        VisitAll(node.{PropertyName(c, f)});\n" : $"        Visit(node.{PropertyName(c, f)});\n");
            }
            sb.Append("    }\n\n");
        }
        var result = sb.ToString().TrimEnd('\n') + "\n}\n";
        return result;
    }
}
