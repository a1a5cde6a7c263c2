using System;
using System.Collections.Generic;
using PyNet.Compiler.Syntax;
using Attribute = PyNet.Compiler.Syntax.Attribute;

namespace PyNet.Compiler.Emit.Facade;

/// <summary>
/// The .NET type an annotation stands for in a typed module class: a CLR type (<c>int</c> is long, <c>float</c>
/// double, <c>str</c> string, <c>bool</c> bool, <c>bytes</c> byte[]), a generic collection over such types
/// (<c>list[T]</c> is List&lt;T&gt;, <c>dict[K, V]</c> Dictionary&lt;K, V&gt;), a nullable value type
/// (<c>Optional[X]</c>, <c>X | None</c>), one of the module's own classes, or object for anything else.
/// </summary>
internal sealed class FacadeType
{
    public static readonly FacadeType Object = new(typeof(object));
    public static readonly FacadeType Void = new(typeof(void));

    private FacadeType(Type clr, FacadeType[]? arguments = null, string? className = null)
    {
        Clr = clr;
        Arguments = arguments ?? Array.Empty<FacadeType>();
        ClassName = className;
    }

    /// <summary>The CLR type, or its generic definition (List&lt;&gt;, Dictionary&lt;,&gt;, Nullable&lt;&gt;) when <see cref="Arguments"/> is not empty.</summary>
    public Type Clr { get; }

    public FacadeType[] Arguments { get; }

    /// <summary>A class of the module (its nested .NET class), when not null.</summary>
    public string? ClassName { get; }

    public bool IsVoid => Clr == typeof(void);

    public bool IsObject => Clr == typeof(object) && ClassName == null;

    /// <summary>Maps an annotation (null: none) to its .NET type; <paramref name="classes"/> are the module's exposed classes.</summary>
    public static FacadeType FromAnnotation(ExprNode? annotation, ISet<string> classes, bool isReturn)
    {
        if (annotation == null)
        {
            return Object;
        }
        if (isReturn && IsNone(annotation))
        {
            return Void;
        }
        return Map(annotation, classes);
    }

    private static FacadeType Map(ExprNode annotation, ISet<string> classes)
    {
        switch (annotation)
        {
            case Constant { Value: string forward }:
                return ParseForwardReference(forward) is { } parsed ? Map(parsed, classes) : Object;
            case Name or Attribute:
                var name = SimpleName(annotation);
                return name switch
                {
                    "int" => new FacadeType(typeof(long)),
                    "float" => new FacadeType(typeof(double)),
                    "str" => new FacadeType(typeof(string)),
                    "bool" => new FacadeType(typeof(bool)),
                    "bytes" => new FacadeType(typeof(byte[])),
                    "list" or "List" => Generic(typeof(List<>), Object),
                    "dict" or "Dict" => Generic(typeof(Dictionary<,>), Object, Object),
                    _ when name != null && classes.Contains(name) && annotation is Name => new FacadeType(typeof(object), className: name),
                    _ => Object,
                };
            case Subscript subscript:
                var items = subscript.Slice is Syntax.Tuple t ? t.Elts : new List<ExprNode> { subscript.Slice };
                switch (SimpleName(subscript.Value))
                {
                    case "list" or "List" when items.Count == 1:
                        return Generic(typeof(List<>), Map(items[0], classes));
                    case "dict" or "Dict" when items.Count == 2:
                        // A dictionary key cannot be null in .NET: an optional key type is object.
                        var key = Map(items[0], classes);
                        return Generic(typeof(Dictionary<,>), key.Clr == typeof(Nullable<>) ? Object : key, Map(items[1], classes));
                    case "Optional" when items.Count == 1:
                        return Nullable(Map(items[0], classes));
                    case "Union" when items.Count == 2 && (IsNone(items[0]) || IsNone(items[1])):
                        return Nullable(Map(IsNone(items[0]) ? items[1] : items[0], classes));
                }
                return Object;
            case BinOp { Op: OperatorKind.BitOr } union when IsNone(union.Left) != IsNone(union.Right):
                return Nullable(Map(IsNone(union.Left) ? union.Right : union.Left, classes));
            default:
                return Object;
        }
    }

    private static FacadeType Generic(Type definition, params FacadeType[] arguments) => new(definition, arguments);

    /// <summary>X | None: a value type becomes Nullable&lt;X&gt;; reference types already hold null.</summary>
    private static FacadeType Nullable(FacadeType inner) =>
        inner.Clr.IsValueType && inner.Arguments.Length == 0 && inner.ClassName == null ? Generic(typeof(Nullable<>), inner) : inner;

    private static bool IsNone(ExprNode e) => e is Constant { Value: null } || (e is Name { Id: "None" });

    private static string? SimpleName(ExprNode e) => e switch
    {
        Name n => n.Id,
        Attribute a when a.Value is Name { Id: "typing" } => a.Attr,
        _ => null,
    };

    /// <summary>A string annotation ("Point", "Optional[int]") is the expression it spells; unparsable ones are object.</summary>
    private static ExprNode? ParseForwardReference(string text)
    {
        try
        {
            return PythonParser.ParseExpression(text, "<annotation>") as Expression is { } e ? e.Body : null;
        }
        catch (PythonSyntaxError)
        {
            return null;
        }
    }
}
