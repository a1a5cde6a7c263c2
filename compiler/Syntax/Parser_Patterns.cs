using System.Collections.Generic;
using System.Numerics;

namespace PyNet.Compiler.Syntax;

/// <summary>The `match` statement and its patterns; `match`, `case` and `_` are soft keywords.</summary>
internal sealed partial class Parser
{
    /// <summary>
    /// Reads a match statement if the statement starting at the soft keyword `match` is one; otherwise rewinds so
    /// the caller reads an ordinary statement (`match = 1`, `match(x)`).
    /// </summary>
    private bool TryParseMatchStatement(out StmtNode match)
    {
        match = null!;
        if (!StartsExpression(KindAt(1)))
        {
            return false;
        }
        var mark = _pos;
        var start = Advance();
        ExprNode subject;
        try
        {
            subject = ParseMatchSubject();
        }
        catch (PythonSyntaxError) when (!_tokenizerFailed)
        {
            _pos = mark;
            return false;
        }
        if (!At(TokenKind.Colon))
        {
            _pos = mark;
            return false;
        }
        _pos++;
        if (!Accept(TokenKind.Newline))
        {
            throw InvalidSyntax();
        }
        if (!Accept(TokenKind.Indent))
        {
            throw SyntaxErrors.ExpectedIndentedBlock(LocLast(), "'match' statement", start.Line);
        }
        var cases = new List<MatchCase>();
        while (At(TokenKind.Name) && Cur.Text == "case")
        {
            cases.Add(ParseCaseBlock());
        }
        if (cases.Count == 0 || !At(TokenKind.Dedent))
        {
            throw InvalidSyntax();
        }
        _pos++;
        match = EndAtLastToken(Span(new Match(subject, cases), start));
        return true;
    }

    // subject_expr: star_named_expression ',' star_named_expressions? | named_expression
    private ExprNode ParseMatchSubject()
    {
        var start = Cur;
        var first = ParseStarNamedExpression();
        if (!At(TokenKind.Comma))
        {
            if (first is Starred)
            {
                throw InvalidSyntax();
            }
            return first;
        }
        var elts = new List<ExprNode> { first };
        while (Accept(TokenKind.Comma))
        {
            if (At(TokenKind.Colon))
            {
                break;
            }
            elts.Add(ParseStarNamedExpression());
        }
        return Span(new Tuple(elts, ExprContext.Load), start);
    }

    private MatchCase ParseCaseBlock()
    {
        var caseToken = Advance();
        var pattern = ParsePatterns();
        var guard = Accept(TokenKind.If) ? ParseNamedExpression() : null;
        var body = ParseBlock("'case' statement", caseToken.Line);
        return new MatchCase(pattern, guard, body);
    }

    // patterns: open_sequence_pattern | pattern
    private PatternNode ParsePatterns()
    {
        var start = Cur;
        var first = ParseMaybeStarPattern();
        if (!At(TokenKind.Comma))
        {
            if (first is MatchStar)
            {
                throw InvalidSyntax();
            }
            return first;
        }
        var patterns = new List<PatternNode> { first };
        while (Accept(TokenKind.Comma))
        {
            if (At(TokenKind.Colon) || At(TokenKind.If))
            {
                break;
            }
            patterns.Add(ParseMaybeStarPattern());
        }
        return Span(new MatchSequence(patterns), start);
    }

    private PatternNode ParseMaybeStarPattern()
    {
        if (At(TokenKind.Star))
        {
            var star = Advance();
            var name = ExpectName();
            return Span(new MatchStar(name == "_" ? null : name), star);
        }
        return ParsePattern();
    }

    // pattern: or_pattern 'as' pattern_capture_target | or_pattern
    private PatternNode ParsePattern()
    {
        Enter();
        var start = Cur;
        var pattern = ParseOrPattern();
        if (Accept(TokenKind.As))
        {
            if (At(TokenKind.Name) && Cur.Text == "_")
            {
                throw SyntaxErrors.CannotUseUnderscoreAsTarget(LocAt(Cur));
            }
            if (!At(TokenKind.Name))
            {
                throw SyntaxErrors.InvalidPatternTarget(LocAt(Cur));
            }
            var name = Advance().Text!;
            pattern = Span(new MatchAs(pattern, name), start);
        }
        Leave();
        return pattern;
    }

    private PatternNode ParseOrPattern()
    {
        var start = Cur;
        var first = ParseClosedPattern();
        if (!At(TokenKind.VBar))
        {
            return first;
        }
        var patterns = new List<PatternNode> { first };
        while (Accept(TokenKind.VBar))
        {
            patterns.Add(ParseClosedPattern());
        }
        return Span(new MatchOr(patterns), start);
    }

    private PatternNode ParseClosedPattern()
    {
        var start = Cur;
        switch (start.Kind)
        {
            case TokenKind.Number:
            case TokenKind.Minus:
            case TokenKind.String:
                return Span(new MatchValue(ParseLiteralExpression()), start);
            case TokenKind.None:
                _pos++;
                return Span(new MatchSingleton(null), start);
            case TokenKind.True:
                _pos++;
                return Span(new MatchSingleton(true), start);
            case TokenKind.False:
                _pos++;
                return Span(new MatchSingleton(false), start);
            case TokenKind.Name:
                {
                    if (start.Text == "_" && KindAt(1) is not (TokenKind.Dot or TokenKind.LPar or TokenKind.Equal))
                    {
                        _pos++;
                        return Span(new MatchAs(null, null), start);
                    }
                    var nameOrAttr = ParseNameOrAttribute();
                    if (At(TokenKind.LPar))
                    {
                        return ParseClassPattern(start, nameOrAttr);
                    }
                    if (nameOrAttr is Name name)
                    {
                        return Span(new MatchAs(null, name.Id), start);
                    }
                    return Span(new MatchValue(nameOrAttr), start);
                }
            case TokenKind.LPar:
                {
                    _pos++;
                    if (Accept(TokenKind.RPar))
                    {
                        return Span(new MatchSequence(new List<PatternNode>()), start);
                    }
                    var first = ParseMaybeStarPattern();
                    if (Accept(TokenKind.RPar))
                    {
                        if (first is MatchStar)
                        {
                            throw InvalidSyntax();
                        }
                        return first;
                    }
                    if (!At(TokenKind.Comma))
                    {
                        throw InvalidSyntax();
                    }
                    var patterns = new List<PatternNode> { first };
                    while (Accept(TokenKind.Comma))
                    {
                        if (At(TokenKind.RPar))
                        {
                            break;
                        }
                        patterns.Add(ParseMaybeStarPattern());
                    }
                    Expect(TokenKind.RPar);
                    return Span(new MatchSequence(patterns), start);
                }
            case TokenKind.LSqb:
                {
                    _pos++;
                    var patterns = new List<PatternNode>();
                    while (!At(TokenKind.RSqb))
                    {
                        patterns.Add(ParseMaybeStarPattern());
                        if (!Accept(TokenKind.Comma))
                        {
                            break;
                        }
                    }
                    Expect(TokenKind.RSqb);
                    return Span(new MatchSequence(patterns), start);
                }
            case TokenKind.LBrace:
                return ParseMappingPattern();
            default:
                throw InvalidSyntax();
        }
    }

    private ExprNode ParseNameOrAttribute()
    {
        var start = Cur;
        ExprNode expr = Span(new Name(ExpectName(), ExprContext.Load), start);
        while (Accept(TokenKind.Dot))
        {
            var attr = ExpectName();
            expr = Span(new Attribute(expr, attr, ExprContext.Load), start);
        }
        return expr;
    }

    /// <summary>
    /// A literal in a pattern: a signed number, a complex literal (real +/- imaginary), a string, or (as a mapping
    /// key) None/True/False; f-strings are not allowed.
    /// </summary>
    private ExprNode ParseLiteralExpression()
    {
        var start = Cur;
        switch (start.Kind)
        {
            case TokenKind.None:
                _pos++;
                return Span(new Constant(null, null), start);
            case TokenKind.True:
                _pos++;
                return Span(new Constant(true, null), start);
            case TokenKind.False:
                _pos++;
                return Span(new Constant(false, null), start);
            case TokenKind.String:
                // f-strings parse here; CPython's compiler, not its parser, rejects them in patterns.
                return ParseStrings();
        }
        var real = ParseSignedNumber();
        if (!At(TokenKind.Plus) && !At(TokenKind.Minus))
        {
            return real;
        }
        var op = Advance().Kind == TokenKind.Plus ? OperatorKind.Add : OperatorKind.Sub;
        if (RealPart(real) is Complex)
        {
            throw SyntaxErrors.RealNumberRequired(LocNode(real));
        }
        var imagToken = Cur;
        if (imagToken.Kind != TokenKind.Number)
        {
            throw InvalidSyntax();
        }
        _pos++;
        var imag = Span(new Constant(NumberLiteral.Parse(_source.Text, imagToken.Start, imagToken.End), null), imagToken);
        if (imag.Value is not Complex)
        {
            throw SyntaxErrors.ImaginaryNumberRequired(LocNode(imag));
        }
        return Span(new BinOp(real, op, imag), start);
    }

    private static object? RealPart(ExprNode number) => number switch
    {
        Constant c => c.Value,
        UnaryOp { Operand: Constant c } => c.Value,
        _ => null,
    };

    private ExprNode ParseSignedNumber()
    {
        var start = Cur;
        var negative = Accept(TokenKind.Minus);
        var token = Cur;
        if (token.Kind != TokenKind.Number)
        {
            throw InvalidSyntax();
        }
        _pos++;
        ExprNode number = Span(new Constant(NumberLiteral.Parse(_source.Text, token.Start, token.End), null), token);
        if (negative)
        {
            number = Span(new UnaryOp(UnaryOpKind.USub, number), start);
        }
        return number;
    }

    private PatternNode ParseMappingPattern()
    {
        var start = Advance();
        var keys = new List<ExprNode>();
        var patterns = new List<PatternNode>();
        string? rest = null;
        while (!At(TokenKind.RBrace))
        {
            if (Accept(TokenKind.DoubleStar))
            {
                rest = ExpectName();
                Accept(TokenKind.Comma);
                break;
            }
            ExprNode key;
            if (At(TokenKind.Name))
            {
                key = ParseNameOrAttribute();
                if (key is Name)
                {
                    throw InvalidSyntax();
                }
            }
            else
            {
                key = ParseLiteralExpression();
            }
            Expect(TokenKind.Colon);
            keys.Add(key);
            patterns.Add(ParsePattern());
            if (!Accept(TokenKind.Comma))
            {
                break;
            }
        }
        Expect(TokenKind.RBrace);
        return Span(new MatchMapping(keys, patterns, rest), start);
    }

    private PatternNode ParseClassPattern(in Token start, ExprNode cls)
    {
        _pos++;
        var patterns = new List<PatternNode>();
        var kwdAttrs = new List<string>();
        var kwdPatterns = new List<PatternNode>();
        while (!At(TokenKind.RPar))
        {
            if (At(TokenKind.Name) && KindAt(1) == TokenKind.Equal)
            {
                kwdAttrs.Add(Advance().Text!);
                _pos++;
                kwdPatterns.Add(ParsePattern());
            }
            else
            {
                var pattern = ParsePattern();
                if (kwdAttrs.Count > 0)
                {
                    throw SyntaxErrors.PositionalPatternsFollowKeywordPatterns(LocNode(pattern));
                }
                patterns.Add(pattern);
            }
            if (!Accept(TokenKind.Comma))
            {
                break;
            }
        }
        Expect(TokenKind.RPar);
        return Span(new MatchClass(cls, patterns, kwdAttrs, kwdPatterns), start);
    }
}
