using PyNet.Compiler.Syntax;

namespace PyNet.Compiler.Semantics;

/// <summary>The compile-time errors of scope analysis, with CPython 3.11's messages (Python/symtable.c).</summary>
internal static class ScopeErrors
{
    public static PythonSyntaxError At(Node node, string filename, string message, SourceText source)
    {
        var line = node.Lineno;
        var text = source.Line(line);
        var offset = source.CharacterOffset(line, node.ColOffset) + 1;
        var endOffset = node.EndLineno == node.Lineno ? source.CharacterOffset(line, node.EndColOffset) + 1 : offset + 1;
        return new PythonSyntaxError(SyntaxErrorKind.SyntaxError, message, filename, line, offset, node.EndLineno, endOffset, text);
    }

    public static string ReturnOutsideFunction => "'return' outside function";

    public static string YieldOutsideFunction => "'yield' outside function";

    public static string AwaitOutsideFunction => "'await' outside function";

    public static string AwaitOutsideAsyncFunction => "'await' outside async function";

    public static string YieldInsideAsyncComprehension => "asynchronous comprehension outside of an asynchronous function";

    public static string YieldFromInsideAsync => "'yield from' inside async function";

    public static string NonlocalAtModuleLevel => "nonlocal declaration not allowed at module level";

    public static string NoBindingForNonlocal(string name) => $"no binding for nonlocal '{name}' found";

    public static string ParameterAndGlobal(string name) => $"name '{name}' is parameter and global";

    public static string ParameterAndNonlocal(string name) => $"name '{name}' is parameter and nonlocal";

    public static string NonlocalAndGlobal(string name) => $"name '{name}' is nonlocal and global";

    public static string AssignedBeforeGlobal(string name) => $"name '{name}' is assigned to before global declaration";

    public static string UsedBeforeGlobal(string name) => $"name '{name}' is used prior to global declaration";

    public static string AssignedBeforeNonlocal(string name) => $"name '{name}' is assigned to before nonlocal declaration";

    public static string UsedBeforeNonlocal(string name) => $"name '{name}' is used prior to nonlocal declaration";

    public static string AnnotatedAndGlobal(string name) => $"annotated name '{name}' can't be global";

    public static string AnnotatedAndNonlocal(string name) => $"annotated name '{name}' can't be nonlocal";

    public static string DuplicateArgument(string name) => $"duplicate argument '{name}' in function definition";

    public static string ImportStarInFunction => "import * only allowed at module level";

    public static string ComprehensionRebind(string name) => $"assignment expression cannot rebind comprehension iteration variable '{name}'";

    public static string WalrusInClassComprehension => "assignment expression within a comprehension cannot be used in a class body";

    public static string BreakOutsideLoop => "'break' outside loop";

    public static string ContinueOutsideLoop => "'continue' not properly in loop";
}
