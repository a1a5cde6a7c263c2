using System.Collections.Generic;
using System.Linq;
using PyNet.Compiler.Syntax;
using Attribute = PyNet.Compiler.Syntax.Attribute;

namespace PyNet.Compiler.Emit.Facade;

internal sealed record FacadeParameter(string Name, FacadeType Type);

/// <summary>
/// A callable's .NET shape: positional parameters (the last ones optional, as many as have defaults: one .NET
/// overload per arity) and the keyword-only parameters without defaults (passed by keyword). *args, **kwargs and
/// keyword-only parameters with defaults are not exposed.
/// </summary>
internal sealed record FacadeSignature(IReadOnlyList<FacadeParameter> Positional, int Required, IReadOnlyList<FacadeParameter> KeywordOnly, FacadeType Return)
{
    public static readonly FacadeSignature Empty = new(new List<FacadeParameter>(), 0, new List<FacadeParameter>(), FacadeType.Void);

    /// <summary>The parameter lists of the overloads, shortest first.</summary>
    public IEnumerable<IReadOnlyList<FacadeParameter>> Overloads()
    {
        for (var n = Required; n <= Positional.Count; n++)
        {
            yield return Positional.Take(n).Concat(KeywordOnly).ToList();
        }
    }
}

internal enum FacadeMethodKind
{
    Instance,
    Static,
    Class,
}

internal sealed record FacadeFunction(string Name, FacadeSignature Signature, FacadeMethodKind Kind);

internal sealed record FacadeProperty(string Name, FacadeType Type, bool CanWrite);

internal sealed record FacadeClass(string Name, string? BaseName, FacadeSignature Constructor, IReadOnlyList<FacadeFunction> Methods, IReadOnlyList<FacadeProperty> Properties);

/// <summary>
/// The public surface of a module for C# (docs/design.md, "C# consumers"), read from its syntax tree: top-level
/// functions, module-level globals and classes whose names do not start with an underscore. A class is exposed when
/// its instances have the plain object layout: no bases but object and other exposed classes (one of them at most),
/// no metaclass or class keywords.
/// </summary>
internal sealed class FacadeModel
{
    private readonly HashSet<string> _classNames = new();

    private FacadeModel()
    {
    }

    public List<FacadeFunction> Functions { get; } = new();

    public List<FacadeProperty> Globals { get; } = new();

    public List<FacadeClass> Classes { get; } = new();

    public static FacadeModel Build(Module module)
    {
        var model = new FacadeModel();
        model.Read(module);
        return model;
    }

    private static bool IsPublic(string name) => !name.StartsWith('_');

    private void Read(Module module)
    {
        var classDefs = new Dictionary<string, ClassDef>();
        foreach (var statement in module.Body)
        {
            if (statement is ClassDef c && IsPublic(c.Name) && c.Keywords.Count == 0 && ExposedBase(c) is var (ok, _) && ok)
            {
                _classNames.Add(c.Name);
                classDefs[c.Name] = c;
            }
        }
        var functions = new Dictionary<string, FacadeFunction>();
        var globals = new Dictionary<string, FacadeType?>();
        var defined = new HashSet<string>();
        foreach (var statement in module.Body)
        {
            switch (statement)
            {
                case FunctionDef f:
                    defined.Add(f.Name);
                    if (IsPublic(f.Name))
                    {
                        functions[f.Name] = new FacadeFunction(f.Name, SignatureOf(f.Args, f.Returns, skipFirst: false), FacadeMethodKind.Static);
                    }
                    break;
                case AsyncFunctionDef af:
                    defined.Add(af.Name);
                    break;
                case ClassDef cd:
                    defined.Add(cd.Name);
                    break;
                case Import or ImportFrom:
                    foreach (var alias in statement is Import i ? i.Names : ((ImportFrom)statement).Names)
                    {
                        defined.Add(alias.Asname ?? alias.Name.Split('.')[0]);
                    }
                    break;
                case AnnAssign { Target: Name target } ann:
                    Note(globals, target.Id, FacadeType.FromAnnotation(ann.Annotation, _classNames, isReturn: false), annotated: true);
                    break;
                case Assign assign:
                    foreach (var t in assign.Targets)
                    {
                        if (t is Name n)
                        {
                            Note(globals, n.Id, Infer(assign.Value), annotated: false);
                        }
                    }
                    break;
            }
        }
        Functions.AddRange(functions.Values);
        foreach (var (name, type) in globals)
        {
            if (IsPublic(name) && !defined.Contains(name))
            {
                Globals.Add(new FacadeProperty(name, type ?? FacadeType.Object, CanWrite: true));
            }
        }
        foreach (var c in classDefs.Values)
        {
            Classes.Add(ReadClass(c, classDefs));
        }
    }

    /// <summary>Records a global's type: an annotation wins; assignments of different inferred types make it object.</summary>
    private static void Note(Dictionary<string, FacadeType?> globals, string name, FacadeType type, bool annotated)
    {
        if (annotated || !globals.TryGetValue(name, out var known))
        {
            globals[name] = type;
        }
        else if (known != null && !ReferenceEquals(known, type) && known.Clr != type.Clr)
        {
            globals[name] = FacadeType.Object;
        }
    }

    /// <summary>The type of a global assigned a literal (int, float, str, bool) or an instance of an exposed class; anything else is object.</summary>
    private FacadeType Infer(ExprNode value)
    {
        var name = value switch
        {
            Call { Func: Name cls } when _classNames.Contains(cls.Id) => cls.Id,
            Constant { Value: bool } => "bool",
            Constant { Value: long or System.Numerics.BigInteger } => "int",
            Constant { Value: double } => "float",
            Constant { Value: string } => "str",
            _ => null,
        };
        return name == null ? FacadeType.Object : FacadeType.FromAnnotation(new Name(name, ExprContext.Load), _classNames, isReturn: false);
    }

    /// <summary>(exposable, the exposed base class or null).</summary>
    private (bool, string?) ExposedBase(ClassDef c)
    {
        string? exposedBase = null;
        foreach (var b in c.Bases)
        {
            if (b is Name { Id: "object" })
            {
                continue;
            }
            if (b is Name n && _classNames.Contains(n.Id) && exposedBase == null)
            {
                exposedBase = n.Id;
                continue;
            }
            return (false, null);
        }
        return (true, exposedBase);
    }

    private FacadeClass ReadClass(ClassDef c, Dictionary<string, ClassDef> classDefs)
    {
        var (_, baseName) = ExposedBase(c);
        var methods = new Dictionary<string, FacadeFunction>();
        var properties = new Dictionary<string, FacadeProperty>();
        FacadeSignature? constructor = null;
        var isDataclass = c.DecoratorList.Any(d => DecoratorName(d is Call call ? call.Func : d) == "dataclass");
        var fields = new List<(FacadeParameter, bool HasDefault)>();
        foreach (var statement in c.Body)
        {
            switch (statement)
            {
                case FunctionDef f when f.Name == "__init__":
                    constructor = SignatureOf(f.Args, null, skipFirst: true) with { Return = FacadeType.Void };
                    ReadInstanceAttributes(f, properties);
                    break;
                case FunctionDef f when IsPublic(f.Name):
                    ReadMethod(f, methods, properties);
                    break;
                case AnnAssign { Target: Name target } ann when !IsClassVar(ann.Annotation):
                    var type = FacadeType.FromAnnotation(ann.Annotation, _classNames, isReturn: false);
                    fields.Add((new FacadeParameter(target.Id, type), ann.Value != null));
                    if (IsPublic(target.Id))
                    {
                        properties[target.Id] = new FacadeProperty(target.Id, type, CanWrite: true);
                    }
                    break;
            }
        }
        if (constructor == null && isDataclass)
        {
            var required = fields.TakeWhile(f => !f.HasDefault).Count();
            constructor = new FacadeSignature(fields.Select(f => f.Item1).ToList(), required, new List<FacadeParameter>(), FacadeType.Void);
        }
        constructor ??= baseName != null ? ReadClass(classDefs[baseName], classDefs).Constructor : FacadeSignature.Empty;
        var inherited = InheritedMemberNames(baseName, classDefs);
        foreach (var name in methods.Keys)
        {
            properties.Remove(name);
        }
        return new FacadeClass(
            c.Name,
            baseName,
            constructor,
            methods.Values.Where(m => m.Name != c.Name).ToList(),
            properties.Values.Where(p => p.Name != c.Name && !inherited.Contains(p.Name)).ToList());
    }

    private HashSet<string> InheritedMemberNames(string? baseName, Dictionary<string, ClassDef> classDefs)
    {
        var names = new HashSet<string>();
        for (var b = baseName; b != null; b = ExposedBase(classDefs[b]).Item2)
        {
            var cls = ReadClass(classDefs[b], classDefs);
            names.UnionWith(cls.Properties.Select(p => p.Name));
        }
        return names;
    }

    private void ReadMethod(FunctionDef f, Dictionary<string, FacadeFunction> methods, Dictionary<string, FacadeProperty> properties)
    {
        var decorators = f.DecoratorList.Select(DecoratorName).ToList();
        if (decorators.Contains("property"))
        {
            properties[f.Name] = new FacadeProperty(f.Name, FacadeType.FromAnnotation(f.Returns, _classNames, isReturn: false), CanWrite: false);
            return;
        }
        var setter = f.DecoratorList.OfType<Attribute>().FirstOrDefault(a => a.Attr == "setter" && a.Value is Name);
        if (setter != null)
        {
            var property = ((Name)setter.Value).Id;
            if (properties.TryGetValue(property, out var p))
            {
                properties[property] = p with { CanWrite = true };
            }
            return;
        }
        if (f.DecoratorList.OfType<Attribute>().Any(a => a.Attr == "deleter"))
        {
            return;
        }
        var kind = decorators.Contains("staticmethod") ? FacadeMethodKind.Static : decorators.Contains("classmethod") ? FacadeMethodKind.Class : FacadeMethodKind.Instance;
        var hasFirst = f.Args.Posonlyargs.Count + f.Args.Args.Count > 0;
        if (kind != FacadeMethodKind.Static && !hasFirst)
        {
            return;
        }
        methods[f.Name] = new FacadeFunction(f.Name, SignatureOf(f.Args, f.Returns, skipFirst: kind != FacadeMethodKind.Static), kind);
    }

    /// <summary>Properties for the attributes <c>__init__</c> assigns on self (typed by their annotation, or by the parameter assigned).</summary>
    private void ReadInstanceAttributes(FunctionDef init, Dictionary<string, FacadeProperty> properties)
    {
        var all = init.Args.Posonlyargs.Concat(init.Args.Args).ToList();
        if (all.Count == 0)
        {
            return;
        }
        var self = all[0].ArgName;
        var parameterTypes = all.Skip(1).Concat(init.Args.Kwonlyargs).ToDictionary(a => a.ArgName, a => a.Annotation);
        foreach (var statement in init.Body)
        {
            var (target, annotation, value) = statement switch
            {
                Assign { Targets.Count: 1 } a => (a.Targets[0], null, a.Value),
                AnnAssign a => (a.Target, a.Annotation, a.Value),
                _ => (null, null, null),
            };
            if (target is not Attribute { Value: Name owner } attribute || owner.Id != self || !IsPublic(attribute.Attr) || properties.ContainsKey(attribute.Attr))
            {
                continue;
            }
            if (annotation == null && value is Name source && parameterTypes.TryGetValue(source.Id, out var parameterAnnotation))
            {
                annotation = parameterAnnotation;
            }
            properties[attribute.Attr] = new FacadeProperty(attribute.Attr, FacadeType.FromAnnotation(annotation, _classNames, isReturn: false), CanWrite: true);
        }
    }

    private FacadeSignature SignatureOf(Arguments args, ExprNode? returns, bool skipFirst)
    {
        var positional = args.Posonlyargs.Concat(args.Args).Skip(skipFirst ? 1 : 0).ToList();
        var required = positional.Count - System.Math.Min(args.Defaults.Count, positional.Count);
        var keywordOnly = new List<FacadeParameter>();
        for (var i = 0; i < args.Kwonlyargs.Count; i++)
        {
            if (args.KwDefaults[i] == null)
            {
                keywordOnly.Add(Parameter(args.Kwonlyargs[i]));
            }
        }
        return new FacadeSignature(positional.Select(Parameter).ToList(), required, keywordOnly, FacadeType.FromAnnotation(returns, _classNames, isReturn: true));
    }

    private FacadeParameter Parameter(Arg a) => new(a.ArgName, FacadeType.FromAnnotation(a.Annotation, _classNames, isReturn: false));

    private static string? DecoratorName(ExprNode d) => d switch
    {
        Name n => n.Id,
        Attribute a => a.Attr,
        _ => null,
    };

    private static bool IsClassVar(ExprNode annotation) =>
        DecoratorName(annotation is Subscript s ? s.Value : annotation) == "ClassVar";
}
