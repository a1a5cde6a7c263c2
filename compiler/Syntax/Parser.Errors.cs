namespace PyNet.Compiler.Syntax;

/// <summary>
/// Where the parser's syntax errors point, and the generic error. CPython reports a generic "invalid syntax" at the
/// furthest token it read; unclosed brackets, stray indentation and end of input get their own messages; and a
/// tokenizer error further down the file takes priority over any parser error.
/// </summary>
internal sealed partial class Parser
{
    /// <summary>The furthest token read so far (CPython's p->tokens[p->fill - 1]).</summary>
    private ref Token LastToken => ref _tokens[_fill - 1];

    /// <summary>The generic error at the furthest token read.</summary>
    private PythonSyntaxError InvalidSyntax()
    {
        if (_fill == 0)
        {
            Fill();
        }
        ref var last = ref LastToken;
        if (last.Kind == TokenKind.ErrorToken && _tokenizer.IsAtEof)
        {
            return _tokenizer.ParenLevel > 0 ? UnclosedBracket() : SyntaxErrors.UnexpectedEof(LocLast());
        }
        if (last.Kind == TokenKind.Indent)
        {
            return SyntaxErrors.UnexpectedIndent(LocLast());
        }
        if (last.Kind == TokenKind.Dedent)
        {
            return SyntaxErrors.UnexpectedUnindent(LocLast());
        }
        return SyntaxErrors.InvalidSyntax(LocLast());
    }

    private PythonSyntaxError UnclosedBracket()
    {
        var (bracket, line, col) = _tokenizer.InnermostParen;
        return SyntaxErrors.NeverClosed(LocKnown(line, col, line, -1), bracket);
    }

    /// <summary>
    /// CPython's _PyPegen_tokenize_full_source_to_check_for_errors: after a parser error, reads the rest of the file;
    /// an error the tokenizer raises there wins, and so does an unclosed bracket opened before the error's line.
    /// </summary>
    private PythonSyntaxError PreferLaterTokenizerError(PythonSyntaxError error)
    {
        if (_fill == 0)
        {
            return error;
        }
        var errorLine = LastToken.Line;
        if (LastToken.Kind is TokenKind.EndMarker)
        {
            return error;
        }
        var scratch = default(Token);
        try
        {
            while (true)
            {
                _tokenizer.Next(ref scratch);
                if (scratch.Kind == TokenKind.EndMarker)
                {
                    return error;
                }
                if (scratch.Kind == TokenKind.ErrorToken && _tokenizer.IsAtEof)
                {
                    break;
                }
            }
        }
        catch (PythonSyntaxError tokenizerError)
        {
            return ReferenceEquals(tokenizerError, _tokenizer.StateError) ? error : tokenizerError;
        }
        if (_tokenizer.ParenLevel > 0 && errorLine > _tokenizer.InnermostParen.Line)
        {
            return UnclosedBracket();
        }
        return error;
    }

    /// <summary>
    /// The error when a bracketed element is followed by something that does not fit: "Perhaps you forgot a comma?"
    /// when the next token starts another expression (CPython's invalid_expression), else the generic error.
    /// </summary>
    private PythonSyntaxError UnexpectedAfterElement(ExprNode element)
    {
        if (!StartsExpression() || At(TokenKind.Star) || At(TokenKind.Minus) || At(TokenKind.Plus) || At(TokenKind.Not) || At(TokenKind.LPar) || At(TokenKind.LSqb))
        {
            return InvalidSyntax();
        }
        if (element is Name && At(TokenKind.String))
        {
            return InvalidSyntax();
        }
        var generic = InvalidSyntax();
        try
        {
            var next = ParseExpression();
            return SyntaxErrors.PerhapsForgotComma(LocRange(element, next));
        }
        catch (PythonSyntaxError) when (!_tokenizerFailed)
        {
            return generic;
        }
    }

    // ---- locations ----------------------------------------------------------------------------------------------

    private ErrorLocation LocKnown(int line, int col, int endLine, int endCol)
    {
        if (_fstring is { } f)
        {
            var at = ErrorLocation.Known(_source, line - f.LineDelta, col - f.ColDelta, endLine - f.LineDelta, endCol < 0 ? endCol : endCol - f.ColDelta);
            return at with { Line = line, EndLine = endLine };
        }
        return ErrorLocation.Known(_source, line, col, endLine, endCol);
    }

    /// <summary>CPython's RAISE_SYNTAX_ERROR: the furthest token read.</summary>
    private ErrorLocation LocLast()
    {
        if (_fill == 0)
        {
            Fill();
        }
        return LocAt(LastToken);
    }

    /// <summary>A token's span; INDENT, DEDENT and end-of-input tokens (no text in CPython) point at the tokenizer's position.</summary>
    private ErrorLocation LocAt(in Token token)
    {
        if (token.Kind is TokenKind.Indent or TokenKind.Dedent or TokenKind.EndMarker || (token.Kind == TokenKind.ErrorToken && _tokenizer.IsAtEof))
        {
            var known = LocKnown(token.Line, token.Col - 1, token.Line, -2);
            return known with { EndOffset = -1 };
        }
        return LocKnown(token.Line, token.Col, token.EndLine, token.EndCol);
    }

    private ErrorLocation LocTokens(in Token start, in Token end) => LocKnown(start.Line, start.Col, end.EndLine, end.EndCol);

    private ErrorLocation LocNode(Node node) => LocKnown(node.Lineno, node.ColOffset, node.EndLineno, node.EndColOffset);

    private ErrorLocation LocRange(Node start, Node end) => LocKnown(start.Lineno, start.ColOffset, end.EndLineno, end.EndColOffset);

    private ErrorLocation LocRange(Node start, in Token end) => LocKnown(start.Lineno, start.ColOffset, end.EndLine, end.EndCol);

    private ErrorLocation LocRange(in Token start, Node end) => LocKnown(start.Line, start.Col, end.EndLineno, end.EndColOffset);

    /// <summary>CPython's RAISE_SYNTAX_ERROR_STARTING_FROM: from a node's start to the tokenizer's position.</summary>
    private ErrorLocation LocStartingFrom(Node start) => LocKnown(start.Lineno, start.ColOffset, LastToken.EndLine, LastToken.EndCol - 1);

    private ErrorLocation LocStartingFrom(in Token start) => LocKnown(start.Line, start.Col, LastToken.EndLine, LastToken.EndCol - 1);

    /// <summary>The generic error at the token that was furthest when <paramref name="fill"/> tokens had been read.</summary>
    private PythonSyntaxError InvalidSyntaxAt(int fill)
    {
        var saved = _fill;
        _fill = fill;
        try
        {
            return InvalidSyntax();
        }
        finally
        {
            _fill = saved;
        }
    }
}
