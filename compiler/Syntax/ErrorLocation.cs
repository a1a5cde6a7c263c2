namespace PyNet.Compiler.Syntax;

/// <summary>
/// Where a syntax error points, already in SyntaxError's terms: 1-based lines, 1-based character offsets (end
/// offsets may be 0 or -1 exactly where CPython reports those), and the text of the line.
/// </summary>
internal readonly record struct ErrorLocation(string Filename, int Line, int Offset, int EndLine, int EndOffset, string? Text)
{
    /// <summary>
    /// A location from byte columns, converted as CPython's parser does (RAISE_ERROR_KNOWN_LOCATION): each 0-based
    /// byte column becomes a 1-based character offset within the start line; an end column of -1 becomes 0.
    /// </summary>
    public static ErrorLocation Known(SourceFile source, int line, int col, int endLine, int endCol)
    {
        var offset = source.CharOffset(line, col + 1);
        var endOffset = endCol < 0 ? endCol + 1 : source.CharOffset(line, endCol + 1);
        return new ErrorLocation(source.Filename, line, offset, endLine, endOffset, source.LineText(line));
    }

    /// <summary>
    /// A location as CPython's tokenizer reports it: the character count up to the byte column, for start and end.
    /// </summary>
    public static ErrorLocation Tokenizer(SourceFile source, int line, int col, int endCol = int.MinValue)
    {
        var offset = source.CharOffset(line, col);
        var endOffset = endCol == int.MinValue ? offset : endCol < 0 ? endCol : source.CharOffset(line, endCol);
        return new ErrorLocation(source.Filename, line, offset, line, endOffset, source.LineText(line));
    }
}
