namespace PyNet.Compiler.Syntax;

/// <summary>
/// The front end's entry points, matching CPython's compile() modes: 'exec' (<see cref="ParseModule(byte[], string)"/>),
/// 'eval' (<see cref="ParseExpression(string, string)"/>) and 'single' (<see cref="ParseInteractive(string, string)"/>).
/// Syntax errors are thrown as <see cref="PythonSyntaxError"/>; input nested too deeply as <see cref="ParserRecursionError"/>.
/// </summary>
public static class PythonParser
{
    /// <summary>Parses source bytes, decoded per the BOM or coding cookie.</summary>
    public static ModNode ParseModule(byte[] source, string filename) =>
        Parser.ParseFile(new SourceFile(SourceDecoder.ToUtf8(source, filename), filename));

    public static ModNode ParseModule(string source, string filename) =>
        Parser.ParseFile(new SourceFile(SourceDecoder.ToUtf8(source, filename), filename));

    public static ModNode ParseExpression(string source, string filename) =>
        Parser.ParseEval(new SourceFile(SourceDecoder.ToUtf8(source, filename), filename));

    public static ModNode ParseExpression(byte[] source, string filename) =>
        Parser.ParseEval(new SourceFile(SourceDecoder.ToUtf8(source, filename), filename));

    public static ModNode ParseInteractive(string source, string filename) =>
        Parser.ParseSingle(new SourceFile(SourceDecoder.ToUtf8(source, filename), filename));
}
