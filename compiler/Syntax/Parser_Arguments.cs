using System.Collections.Generic;

namespace PyNet.Compiler.Syntax;

/// <summary>Call arguments, class bases and the parameter lists of `def` and `lambda`.</summary>
internal sealed partial class Parser
{
    private ExprNode ParseCall(ExprNode func, in Token startToken)
    {
        var open = Advance();
        var args = new List<ExprNode>();
        var keywords = new List<Keyword>();
        if (!At(TokenKind.RPar))
        {
            ParseCallArguments(args, keywords, open);
        }
        if (!Accept(TokenKind.RPar))
        {
            var last = keywords.Count > 0 && (args.Count == 0 || IsAfter(keywords[^1], args[^1])) ? keywords[^1].Value : args.Count > 0 ? args[^1] : null;
            throw last != null ? UnexpectedAfterElement(last) : InvalidSyntax();
        }
        return Span(new Call(func, args, keywords), startToken);
    }

    private static bool IsAfter(Node a, Node b) => a.Lineno > b.Lineno || (a.Lineno == b.Lineno && a.ColOffset > b.ColOffset);

    private static ExprNode LastComprehensionItem(List<Comprehension> generators)
    {
        var last = generators[^1];
        return last.Ifs.Count > 0 ? last.Ifs[^1] : last.Iter;
    }

    /// <summary>
    /// Reads arguments up to (not including) the closing ')'. With <paramref name="callOpen"/> (a call, not class
    /// bases) a lone generator expression is accepted and spans the call's brackets: f(x for x in y).
    /// </summary>
    private void ParseCallArguments(List<ExprNode> args, List<Keyword> keywords, Token? callOpen = null)
    {
        var sawKeyword = false;
        var sawDoubleStar = false;
        while (!At(TokenKind.RPar))
        {
            var start = Cur;
            if (At(TokenKind.Star))
            {
                _pos++;
                if (sawDoubleStar)
                {
                    throw SyntaxErrors.IterableUnpackingFollowsKeywordUnpacking(LocAt(start));
                }
                var value = ParseExpression();
                args.Add(Span(new Starred(value, ExprContext.Load), start));
            }
            else if (At(TokenKind.DoubleStar))
            {
                _pos++;
                var value = ParseExpression();
                keywords.Add(Span(new Keyword(null, value), start));
                sawDoubleStar = true;
            }
            else if (At(TokenKind.Name) && KindAt(1) == TokenKind.Equal)
            {
                _pos += 2;
                var equal = Prev;
                var value = ParseExpression();
                if (AtComprehension())
                {
                    throw SyntaxErrors.MaybeMeantEqualityOrWalrus(LocTokens(start, equal));
                }
                keywords.Add(Span(new Keyword(start.Text, value), start));
                sawKeyword = true;
            }
            else
            {
                var value = ParseNamedExpression(isCallArgument: true);
                if (AtComprehension() && callOpen == null)
                {
                    throw InvalidSyntax();
                }
                if (AtComprehension())
                {
                    var generators = ParseComprehensionClauses();
                    if (callOpen is { } open && args.Count == 0 && keywords.Count == 0 && At(TokenKind.RPar))
                    {
                        var close = Cur;
                        args.Add(new GeneratorExp(value, generators)
                        {
                            Lineno = open.Line,
                            ColOffset = open.Col,
                            EndLineno = close.EndLine,
                            EndColOffset = close.EndCol,
                        });
                        return;
                    }
                    throw SyntaxErrors.GeneratorExpressionMustBeParenthesized(LocRange(value, LastComprehensionItem(generators)));
                }
                if (At(TokenKind.Equal))
                {
                    throw InvalidKeywordArgument(value);
                }
                if (sawDoubleStar)
                {
                    throw SyntaxErrors.PositionalFollowsKeywordUnpacking(LocLast());
                }
                if (sawKeyword)
                {
                    throw SyntaxErrors.PositionalFollowsKeyword(LocLast());
                }
                args.Add(value);
            }
            if (!Accept(TokenKind.Comma))
            {
                break;
            }
        }
    }

    private PythonSyntaxError InvalidKeywordArgument(ExprNode value)
    {
        var equal = Advance();
        if (value is Constant { Value: null or bool } constant && value.EndColOffset - value.ColOffset <= 5)
        {
            return SyntaxErrors.CannotAssignTo(LocRange(value, equal), ExpressionName(constant));
        }
        _ = Cur;
        return SyntaxErrors.ExpressionCannotContainAssignment(LocRange(value, equal));
    }

    /// <summary>
    /// Parameters of a `def` (closing ')', annotations allowed) or a `lambda` (closing ':'), up to the closing token.
    /// </summary>
    private Arguments ParseParameters(TokenKind closing)
    {
        var isLambda = closing == TokenKind.Colon;
        var posOnly = new List<Arg>();
        var args = new List<Arg>();
        var defaults = new List<ExprNode>();
        var kwOnly = new List<Arg>();
        var kwDefaults = new List<ExprNode?>();
        Arg? varArg = null, kwArg = null;
        var sawStar = false;
        var sawSlash = false;
        while (!At(closing))
        {
            var token = Cur;
            switch (token.Kind)
            {
                case TokenKind.Slash:
                    if (sawStar)
                    {
                        throw SyntaxErrors.SlashMustBeAheadOfStar(LocAt(token));
                    }
                    if (sawSlash)
                    {
                        throw SyntaxErrors.SlashMayAppearOnlyOnce(LocAt(token));
                    }
                    if (args.Count == 0)
                    {
                        throw SyntaxErrors.ArgumentMustPrecedeSlash(LocAt(token));
                    }
                    _pos++;
                    sawSlash = true;
                    posOnly = args;
                    args = new List<Arg>();
                    break;
                case TokenKind.Star:
                    if (sawStar)
                    {
                        throw SyntaxErrors.StarArgumentMayAppearOnlyOnce(LocAt(token));
                    }
                    _pos++;
                    sawStar = true;
                    if (At(closing) || (At(TokenKind.Comma) && (KindAt(1) == closing || KindAt(1) == TokenKind.DoubleStar)))
                    {
                        throw SyntaxErrors.NamedArgumentsMustFollowBareStar(isLambda ? LocLast() : LocAt(token));
                    }
                    if (!At(TokenKind.Comma))
                    {
                        varArg = ParseParameter(isLambda, allowStarAnnotation: true);
                        if (At(TokenKind.Equal))
                        {
                            throw SyntaxErrors.VarPositionalCannotHaveDefault(LocAt(Cur));
                        }
                    }
                    break;
                case TokenKind.DoubleStar:
                    _pos++;
                    kwArg = ParseParameter(isLambda, allowStarAnnotation: false);
                    if (At(TokenKind.Equal))
                    {
                        throw SyntaxErrors.VarKeywordCannotHaveDefault(LocAt(Cur));
                    }
                    if (Accept(TokenKind.Comma) && !At(closing))
                    {
                        throw SyntaxErrors.ArgumentsCannotFollowVarKeyword(LocAt(Cur));
                    }
                    if (!At(closing))
                    {
                        throw InvalidSyntax();
                    }
                    return new Arguments(posOnly, args, varArg, kwOnly, kwDefaults, kwArg, defaults);
                case TokenKind.Name:
                    {
                        var arg = ParseParameter(isLambda, allowStarAnnotation: false);
                        ExprNode? defaultValue = null;
                        if (At(TokenKind.Equal))
                        {
                            var equal = Advance();
                            if (At(TokenKind.Comma) || At(closing))
                            {
                                throw SyntaxErrors.ExpectedDefaultValue(LocAt(equal));
                            }
                            defaultValue = ParseExpression();
                        }
                        if (sawStar)
                        {
                            kwOnly.Add(arg);
                            kwDefaults.Add(defaultValue);
                        }
                        else
                        {
                            if (defaultValue != null)
                            {
                                defaults.Add(defaultValue);
                            }
                            else if (defaults.Count > 0)
                            {
                                throw SyntaxErrors.NonDefaultArgumentFollowsDefault(LocNode(arg));
                            }
                            args.Add(arg);
                        }
                        break;
                    }
                case TokenKind.LPar when !sawStar:
                    throw ParenthesizedParameters(token, isLambda);
                default:
                    throw InvalidSyntax();
            }
            if (!Accept(TokenKind.Comma))
            {
                break;
            }
        }
        return new Arguments(posOnly, args, varArg, kwOnly, kwDefaults, kwArg, defaults);
    }

    private PythonSyntaxError ParenthesizedParameters(in Token open, bool isLambda)
    {
        var mark = _pos;
        _pos++;
        while (At(TokenKind.Name) || At(TokenKind.Comma))
        {
            _pos++;
        }
        if (At(TokenKind.RPar))
        {
            var close = Cur;
            var at = LocTokens(open, close);
            _pos = mark;
            return isLambda ? SyntaxErrors.LambdaParametersCannotBeParenthesized(at) : SyntaxErrors.FunctionParametersCannotBeParenthesized(at);
        }
        _pos = mark;
        return InvalidSyntax();
    }

    private Arg ParseParameter(bool isLambda, bool allowStarAnnotation)
    {
        var start = Cur;
        var name = ExpectName();
        ExprNode? annotation = null;
        if (!isLambda && Accept(TokenKind.Colon))
        {
            annotation = allowStarAnnotation && At(TokenKind.Star) ? ParseStarExpression() : ParseExpression();
        }
        return Span(new Arg(name, annotation, null), start);
    }
}
