namespace PyNet.Compiler.Syntax;

/// <summary>
/// One token. Positions are CPython's: 1-based lines, 0-based columns in UTF-8 bytes; <see cref="Start"/> and
/// <see cref="End"/> index the source bytes. <see cref="Text"/> is the identifier for names and keywords.
/// </summary>
internal struct Token
{
    public TokenKind Kind;
    public int Line;
    public int Col;
    public int EndLine;
    public int EndCol;
    public int Start;
    public int End;
    public string? Text;

    public readonly bool IsKeyword => Kind >= TokenKind.False;
}
