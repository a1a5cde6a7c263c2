using System.Collections.Generic;

namespace PyNet.Compiler.Syntax;

/// <summary>Expressions, from star_expressions down to atoms, with CPython's precedence and node positions.</summary>
internal sealed partial class Parser
{
    /// <summary>Whether the current token can begin an expression (used for optional operands such as `return`'s).</summary>
    private bool StartsExpression() => StartsExpression(Cur.Kind);

    private static bool StartsExpression(TokenKind kind) => kind switch
    {
        TokenKind.Name or TokenKind.Number or TokenKind.String or TokenKind.LPar or TokenKind.LSqb or TokenKind.LBrace
            or TokenKind.Minus or TokenKind.Plus or TokenKind.Tilde or TokenKind.Not or TokenKind.Lambda or TokenKind.Await
            or TokenKind.None or TokenKind.True or TokenKind.False or TokenKind.Ellipsis or TokenKind.Star => true,
        _ => false,
    };

    // star_expressions: star_expression (',' star_expression)* [',']
    private ExprNode ParseStarExpressions()
    {
        var start = Cur;
        var first = ParseStarExpression();
        if (!At(TokenKind.Comma))
        {
            return first;
        }
        var elts = new List<ExprNode> { first };
        while (Accept(TokenKind.Comma))
        {
            if (!StartsExpression())
            {
                break;
            }
            elts.Add(ParseStarExpression());
        }
        return Span(new Tuple(elts, ExprContext.Load), start);
    }

    // star_expression: '*' bitwise_or | expression
    private ExprNode ParseStarExpression()
    {
        if (At(TokenKind.Star))
        {
            var star = Advance();
            var value = ParseBitwiseOr();
            return Span(new Starred(value, ExprContext.Load), star);
        }
        return ParseExpression();
    }

    // star_named_expression: '*' bitwise_or | named_expression
    private ExprNode ParseStarNamedExpression()
    {
        if (At(TokenKind.Star))
        {
            var star = Advance();
            var value = ParseBitwiseOr();
            return Span(new Starred(value, ExprContext.Load), star);
        }
        return ParseNamedExpression();
    }

    // named_expression: NAME ':=' expression | expression !':='
    private ExprNode ParseNamedExpression(bool isCallArgument = false)
    {
        if (At(TokenKind.Name) && KindAt(1) == TokenKind.ColonEqual)
        {
            var nameToken = Advance();
            var target = Span(new Name(nameToken.Text!, ExprContext.Store), nameToken);
            _pos++;
            var value = ParseExpression();
            return Span(new NamedExpr(target, value), nameToken);
        }
        var startToken = Cur;
        var expr = ParseExpression();
        if (At(TokenKind.ColonEqual))
        {
            throw SyntaxErrors.CannotUseAssignmentExpressionWith(LocNode(expr), ExpressionName(expr));
        }
        if (At(TokenKind.Equal) && !isCallArgument)
        {
            throw AssignmentInExpression(startToken, expr);
        }
        return expr;
    }

    /// <summary>
    /// CPython's invalid_named_expression: `if x = 1:` suggests '==' or ':='; `if f() = 1:` names what cannot be
    /// assigned. Only when the right-hand side is a plain operand not followed by another '=' or ':='.
    /// </summary>
    private PythonSyntaxError AssignmentInExpression(in Token startToken, ExprNode target)
    {
        var generic = InvalidSyntax();
        var furthest = _fill;
        _pos++;
        ExprNode value;
        try
        {
            value = ParseBitwiseOr();
        }
        catch (PythonSyntaxError) when (!_tokenizerFailed)
        {
            return generic;
        }
        if (At(TokenKind.Equal) || At(TokenKind.ColonEqual))
        {
            return generic;
        }
        _ = furthest;
        if (target is Name && startToken.Kind == TokenKind.Name)
        {
            return SyntaxErrors.MaybeMeantEqualityOrWalrus(LocRange(target, value));
        }
        if (IsBitwiseOrLevel(target, startToken))
        {
            return SyntaxErrors.CannotAssignToHere(LocNode(target), ExpressionName(target));
        }
        return generic;
    }

    // expression: disjunction 'if' disjunction 'else' expression | disjunction | lambdef
    private ExprNode ParseExpression()
    {
        Enter();
        if (At(TokenKind.Lambda))
        {
            var lambda = ParseLambda();
            Leave();
            return lambda;
        }
        var startToken = Cur;
        var body = ParseDisjunction();
        if (At(TokenKind.If))
        {
            _pos++;
            var test = ParseDisjunction();
            if (!Accept(TokenKind.Else))
            {
                if (!At(TokenKind.Colon))
                {
                    throw SyntaxErrors.ExpectedElseAfterIfExpression(LocRange(body, test));
                }
                throw InvalidSyntax();
            }
            var orelse = ParseExpression();
            body = Span(new IfExp(test, body, orelse), startToken);
        }
        Leave();
        return body;
    }

    private ExprNode ParseLambda()
    {
        var start = Advance();
        var args = ParseParameters(TokenKind.Colon);
        if (!Accept(TokenKind.Colon))
        {
            throw InvalidSyntax();
        }
        var body = ParseExpression();
        return Span(new Lambda(args, body), start);
    }

    private ExprNode ParseYieldExpression()
    {
        var start = Advance();
        if (Accept(TokenKind.From))
        {
            var value = ParseExpression();
            return Span(new YieldFrom(value), start);
        }
        if (StartsExpression())
        {
            var value = ParseStarExpressions();
            return Span(new Yield(value), start);
        }
        return Span(new Yield(null), start);
    }

    private ExprNode ParseDisjunction()
    {
        var startToken = Cur;
        var first = ParseConjunction();
        if (!At(TokenKind.Or))
        {
            return first;
        }
        var values = new List<ExprNode> { first };
        while (Accept(TokenKind.Or))
        {
            values.Add(ParseConjunction());
        }
        return Span(new BoolOp(BoolOpKind.Or, values), startToken);
    }

    private ExprNode ParseConjunction()
    {
        var startToken = Cur;
        var first = ParseInversion();
        if (!At(TokenKind.And))
        {
            return first;
        }
        var values = new List<ExprNode> { first };
        while (Accept(TokenKind.And))
        {
            values.Add(ParseInversion());
        }
        return Span(new BoolOp(BoolOpKind.And, values), startToken);
    }

    private ExprNode ParseInversion()
    {
        if (At(TokenKind.Not))
        {
            var not = Advance();
            Enter();
            var operand = ParseInversion();
            Leave();
            return Span(new UnaryOp(UnaryOpKind.Not, operand), not);
        }
        return ParseComparison();
    }

    private ExprNode ParseComparison()
    {
        var startToken = Cur;
        var left = ParseBitwiseOr();
        var op = ComparisonOperator();
        if (op == null)
        {
            return left;
        }
        var ops = new List<CmpOpKind>();
        var comparators = new List<ExprNode>();
        do
        {
            ops.Add(op.Value);
            comparators.Add(ParseBitwiseOr());
            op = ComparisonOperator();
        }
        while (op != null);
        return Span(new Compare(left, ops, comparators), startToken);
    }

    /// <summary>Consumes a comparison operator if one is next.</summary>
    private CmpOpKind? ComparisonOperator()
    {
        switch (Cur.Kind)
        {
            case TokenKind.EqEqual:
                _pos++;
                return CmpOpKind.Eq;
            case TokenKind.NotEqual:
                if (_source.Text[Cur.Start] == '<')
                {
                    // '<>' is only accepted under `from __future__ import barry_as_FLUFL`.
                    throw InvalidSyntax();
                }
                _pos++;
                return CmpOpKind.NotEq;
            case TokenKind.Less:
                _pos++;
                return CmpOpKind.Lt;
            case TokenKind.LessEqual:
                _pos++;
                return CmpOpKind.LtE;
            case TokenKind.Greater:
                _pos++;
                return CmpOpKind.Gt;
            case TokenKind.GreaterEqual:
                _pos++;
                return CmpOpKind.GtE;
            case TokenKind.In:
                _pos++;
                return CmpOpKind.In;
            case TokenKind.Not when KindAt(1) == TokenKind.In:
                _pos += 2;
                return CmpOpKind.NotIn;
            case TokenKind.Is:
                _pos++;
                return Accept(TokenKind.Not) ? CmpOpKind.IsNot : CmpOpKind.Is;
            default:
                return null;
        }
    }

    private ExprNode ParseBitwiseOr()
    {
        var startToken = Cur;
        var left = ParseBitwiseXor();
        var length = 0;
        while (At(TokenKind.VBar))
        {
            _pos++;
            var right = ParseBitwiseXor();
            left = Span(new BinOp(left, OperatorKind.BitOr, right), startToken);
            CheckChainDepth(++length);
        }
        return left;
    }

    private ExprNode ParseBitwiseXor()
    {
        var startToken = Cur;
        var left = ParseBitwiseAnd();
        var length = 0;
        while (At(TokenKind.CircumFlex))
        {
            _pos++;
            var right = ParseBitwiseAnd();
            left = Span(new BinOp(left, OperatorKind.BitXor, right), startToken);
            CheckChainDepth(++length);
        }
        return left;
    }

    private ExprNode ParseBitwiseAnd()
    {
        var startToken = Cur;
        var left = ParseShift();
        var length = 0;
        while (At(TokenKind.Amper))
        {
            _pos++;
            var right = ParseShift();
            left = Span(new BinOp(left, OperatorKind.BitAnd, right), startToken);
            CheckChainDepth(++length);
        }
        return left;
    }

    private ExprNode ParseShift()
    {
        var startToken = Cur;
        var left = ParseSum();
        var length = 0;
        while (true)
        {
            OperatorKind op;
            if (At(TokenKind.LeftShift))
            {
                op = OperatorKind.LShift;
            }
            else if (At(TokenKind.RightShift))
            {
                op = OperatorKind.RShift;
            }
            else
            {
                return left;
            }
            _pos++;
            var right = ParseSum();
            left = Span(new BinOp(left, op, right), startToken);
            CheckChainDepth(++length);
        }
    }

    private ExprNode ParseSum()
    {
        var startToken = Cur;
        var left = ParseTerm();
        var length = 0;
        while (true)
        {
            OperatorKind op;
            if (At(TokenKind.Plus))
            {
                op = OperatorKind.Add;
            }
            else if (At(TokenKind.Minus))
            {
                op = OperatorKind.Sub;
            }
            else
            {
                return left;
            }
            _pos++;
            var right = ParseTerm();
            left = Span(new BinOp(left, op, right), startToken);
            CheckChainDepth(++length);
        }
    }

    private ExprNode ParseTerm()
    {
        var startToken = Cur;
        var left = ParseFactor();
        var length = 0;
        while (true)
        {
            OperatorKind op;
            switch (Cur.Kind)
            {
                case TokenKind.Star:
                    op = OperatorKind.Mult;
                    break;
                case TokenKind.Slash:
                    op = OperatorKind.Div;
                    break;
                case TokenKind.DoubleSlash:
                    op = OperatorKind.FloorDiv;
                    break;
                case TokenKind.Percent:
                    op = OperatorKind.Mod;
                    break;
                case TokenKind.At:
                    op = OperatorKind.MatMult;
                    break;
                default:
                    return left;
            }
            _pos++;
            var right = ParseFactor();
            left = Span(new BinOp(left, op, right), startToken);
            CheckChainDepth(++length);
        }
    }

    private ExprNode ParseFactor()
    {
        UnaryOpKind op;
        switch (Cur.Kind)
        {
            case TokenKind.Plus:
                op = UnaryOpKind.UAdd;
                break;
            case TokenKind.Minus:
                op = UnaryOpKind.USub;
                break;
            case TokenKind.Tilde:
                op = UnaryOpKind.Invert;
                break;
            default:
                return ParsePower();
        }
        var start = Advance();
        Enter();
        var operand = ParseFactor();
        Leave();
        return Span(new UnaryOp(op, operand), start);
    }

    private ExprNode ParsePower()
    {
        var startToken = Cur;
        var left = ParseAwaitPrimary();
        if (At(TokenKind.DoubleStar))
        {
            _pos++;
            Enter();
            var right = ParseFactor();
            Leave();
            return Span(new BinOp(left, OperatorKind.Pow, right), startToken);
        }
        return left;
    }

    private ExprNode ParseAwaitPrimary()
    {
        if (At(TokenKind.Await))
        {
            var start = Advance();
            var value = ParsePrimary();
            return Span(new Await(value), start);
        }
        return ParsePrimary();
    }

    // primary: primary '.' NAME | primary genexp | primary '(' [arguments] ')' | primary '[' slices ']' | atom
    private ExprNode ParsePrimary()
    {
        var startToken = Cur;
        var expr = ParseAtom();
        var length = 0;
        while (true)
        {
            switch (Cur.Kind)
            {
                case TokenKind.Dot:
                    {
                        _pos++;
                        var name = ExpectName();
                        expr = Span(new Attribute(expr, name, ExprContext.Load), startToken);
                        break;
                    }
                case TokenKind.LPar:
                    expr = ParseCall(expr, startToken);
                    break;
                case TokenKind.LSqb:
                    {
                        _pos++;
                        var slice = ParseSlices();
                        Expect(TokenKind.RSqb);
                        expr = Span(new Subscript(expr, slice, ExprContext.Load), startToken);
                        break;
                    }
                default:
                    return expr;
            }
            CheckChainDepth(++length);
        }
    }

    private ExprNode ParseSlices()
    {
        var start = Cur;
        var first = ParseSlice();
        if (!At(TokenKind.Comma) && first is not Starred)
        {
            return first;
        }
        var elts = new List<ExprNode> { first };
        while (Accept(TokenKind.Comma))
        {
            if (At(TokenKind.RSqb))
            {
                break;
            }
            elts.Add(ParseSlice());
        }
        return Span(new Tuple(elts, ExprContext.Load), start);
    }

    // slice: [expression] ':' [expression] [':' [expression]] | named_expression; or a starred_expression
    private ExprNode ParseSlice()
    {
        var start = Cur;
        if (At(TokenKind.Star))
        {
            _pos++;
            var value = ParseExpression();
            return Span(new Starred(value, ExprContext.Load), start);
        }
        ExprNode? lower = null;
        if (!At(TokenKind.Colon))
        {
            var expr = ParseNamedExpression();
            if (!At(TokenKind.Colon))
            {
                return expr;
            }
            lower = expr;
        }
        _pos++;
        ExprNode? upper = null, step = null;
        if (!At(TokenKind.Colon) && !At(TokenKind.RSqb) && !At(TokenKind.Comma))
        {
            upper = ParseExpression();
        }
        if (Accept(TokenKind.Colon) && !At(TokenKind.RSqb) && !At(TokenKind.Comma))
        {
            step = ParseExpression();
        }
        return Span(new Slice(lower, upper, step), start);
    }

    private ExprNode ParseAtom()
    {
        var token = Cur;
        switch (token.Kind)
        {
            case TokenKind.Name:
                _pos++;
                return Span(new Name(token.Text!, ExprContext.Load), token);
            case TokenKind.Number:
                _pos++;
                return Span(new Constant(NumberLiteral.Parse(_source.Text, token.Start, token.End), null), token);
            case TokenKind.String:
                return ParseStrings();
            case TokenKind.None:
                _pos++;
                return Span(new Constant(null, null), token);
            case TokenKind.True:
                _pos++;
                return Span(new Constant(true, null), token);
            case TokenKind.False:
                _pos++;
                return Span(new Constant(false, null), token);
            case TokenKind.Ellipsis:
                _pos++;
                return Span(new Constant(EllipsisConstant.Instance, null), token);
            case TokenKind.LPar:
                return ParseParenthesized();
            case TokenKind.LSqb:
                return ParseListDisplay();
            case TokenKind.LBrace:
                return ParseBraceDisplay();
            default:
                throw InvalidSyntax();
        }
    }

    private ExprNode ParseParenthesized()
    {
        var open = Advance();
        Enter();
        try
        {
            if (Accept(TokenKind.RPar))
            {
                return Span(new Tuple(new List<ExprNode>(), ExprContext.Load), open);
            }
            if (At(TokenKind.Yield))
            {
                var yield = ParseYieldExpression();
                Expect(TokenKind.RPar);
                return yield;
            }
            var first = ParseStarNamedExpression();
            if (AtComprehension())
            {
                if (first is Starred)
                {
                    throw SyntaxErrors.IterableUnpackingInComprehension(LocNode(first));
                }
                var generators = ParseComprehensionClauses();
                ExpectClosing(TokenKind.RPar, first);
                return Span(new GeneratorExp(first, generators), open);
            }
            if (Accept(TokenKind.RPar))
            {
                if (first is Starred)
                {
                    throw SyntaxErrors.CannotUseStarredExpressionHere(LocNode(first));
                }
                return first;
            }
            if (!At(TokenKind.Comma))
            {
                throw UnexpectedAfterElement(first);
            }
            var elts = new List<ExprNode> { first };
            while (Accept(TokenKind.Comma))
            {
                if (At(TokenKind.RPar))
                {
                    break;
                }
                elts.Add(ParseStarNamedExpression());
            }
            ExpectClosing(TokenKind.RPar, elts[^1]);
            return Span(new Tuple(elts, ExprContext.Load), open);
        }
        finally
        {
            Leave();
        }
    }

    private ExprNode ParseListDisplay()
    {
        var open = Advance();
        Enter();
        try
        {
            if (Accept(TokenKind.RSqb))
            {
                return Span(new List(new List<ExprNode>(), ExprContext.Load), open);
            }
            var first = ParseStarNamedExpression();
            if (AtComprehension())
            {
                if (first is Starred)
                {
                    throw SyntaxErrors.IterableUnpackingInComprehension(LocNode(first));
                }
                var generators = ParseComprehensionClauses();
                ExpectClosing(TokenKind.RSqb, first);
                return Span(new ListComp(first, generators), open);
            }
            var elts = new List<ExprNode> { first };
            while (Accept(TokenKind.Comma))
            {
                if (At(TokenKind.RSqb))
                {
                    break;
                }
                elts.Add(ParseStarNamedExpression());
            }
            if (AtComprehension())
            {
                throw SyntaxErrors.ForgotParenthesesAroundComprehensionTarget(LocRange(first, elts[^1]));
            }
            ExpectClosing(TokenKind.RSqb, elts[^1]);
            return Span(new List(elts, ExprContext.Load), open);
        }
        finally
        {
            Leave();
        }
    }

    private ExprNode ParseBraceDisplay()
    {
        var open = Advance();
        Enter();
        try
        {
            if (Accept(TokenKind.RBrace))
            {
                return Span(new Dict(new List<ExprNode?>(), new List<ExprNode>()), open);
            }
            if (At(TokenKind.DoubleStar))
            {
                return ParseDictRest(open, null, null);
            }
            var first = ParseStarNamedExpression();
            if (At(TokenKind.Colon) && first is not Starred)
            {
                var colon = Advance();
                if (At(TokenKind.RBrace) || At(TokenKind.Comma))
                {
                    throw SyntaxErrors.ExpressionExpectedAfterDictKeyAndColon(LocAt(colon));
                }
                var value = ParseDictValue();
                if (AtComprehension())
                {
                    var generators = ParseComprehensionClauses();
                    ExpectClosing(TokenKind.RBrace, value);
                    return Span(new DictComp(first, value, generators), open);
                }
                return ParseDictRest(open, first, value);
            }
            if (AtComprehension())
            {
                if (first is Starred)
                {
                    throw SyntaxErrors.IterableUnpackingInComprehension(LocNode(first));
                }
                var generators = ParseComprehensionClauses();
                ExpectClosing(TokenKind.RBrace, first);
                return Span(new SetComp(first, generators), open);
            }
            var elts = new List<ExprNode> { first };
            while (Accept(TokenKind.Comma))
            {
                if (At(TokenKind.RBrace))
                {
                    break;
                }
                elts.Add(ParseStarNamedExpression());
            }
            if (AtComprehension())
            {
                throw SyntaxErrors.ForgotParenthesesAroundComprehensionTarget(LocRange(first, elts[^1]));
            }
            ExpectClosing(TokenKind.RBrace, elts[^1]);
            return Span(new Set(elts), open);
        }
        finally
        {
            Leave();
        }
    }

    /// <summary>The rest of a dict display, after its first key/value pair (or at a leading `**`).</summary>
    private ExprNode ParseDictRest(in Token open, ExprNode? firstKey, ExprNode? firstValue)
    {
        var keys = new List<ExprNode?>();
        var values = new List<ExprNode>();
        if (firstValue != null)
        {
            keys.Add(firstKey);
            values.Add(firstValue);
            if (!Accept(TokenKind.Comma))
            {
                ExpectClosing(TokenKind.RBrace, firstValue);
                return Span(new Dict(keys, values), open);
            }
        }
        while (!At(TokenKind.RBrace))
        {
            if (At(TokenKind.DoubleStar))
            {
                var stars = Advance();
                keys.Add(null);
                values.Add(ParseBitwiseOr());
                if (AtComprehension())
                {
                    throw SyntaxErrors.DictUnpackingInDictComprehension(LocAt(stars));
                }
            }
            else
            {
                var key = ParseExpression();
                if (!Accept(TokenKind.Colon))
                {
                    if (At(TokenKind.RBrace) || At(TokenKind.Comma))
                    {
                        throw SyntaxErrors.ExpectedColonAfterDictKey(LocKnown(key.EndLineno, key.EndColOffset - 1, key.EndLineno, -1));
                    }
                    throw InvalidSyntax();
                }
                if (At(TokenKind.RBrace) || At(TokenKind.Comma))
                {
                    throw SyntaxErrors.ExpressionExpectedAfterDictKeyAndColon(LocAt(Prev));
                }
                keys.Add(key);
                values.Add(ParseDictValue());
            }
            if (!Accept(TokenKind.Comma))
            {
                break;
            }
        }
        ExpectClosing(TokenKind.RBrace, values.Count > 0 ? values[^1] : null);
        return Span(new Dict(keys, values), open);
    }

    /// <summary>A dict display's value; a starred one gets CPython's invalid_kvpair message.</summary>
    private ExprNode ParseDictValue()
    {
        if (At(TokenKind.Star))
        {
            var star = Advance();
            ParseBitwiseOr();
            _ = Cur;
            throw SyntaxErrors.StarredInDictValue(LocStartingFrom(star));
        }
        return ParseExpression();
    }

    private bool AtComprehension() => At(TokenKind.For) || (At(TokenKind.Async) && KindAt(1) == TokenKind.For);

    private List<Comprehension> ParseComprehensionClauses()
    {
        var generators = new List<Comprehension>();
        while (AtComprehension())
        {
            var isAsync = Accept(TokenKind.Async);
            _pos++;
            var target = ParseForTargets();
            Expect(TokenKind.In);
            var iter = ParseDisjunction();
            var ifs = new List<ExprNode>();
            while (Accept(TokenKind.If))
            {
                ifs.Add(ParseDisjunction());
            }
            generators.Add(new Comprehension(target, iter, ifs, isAsync ? 1 : 0));
        }
        return generators;
    }

    /// <summary>Expects the closing bracket of a display; diagnoses a missing comma as CPython does.</summary>
    private void ExpectClosing(TokenKind closing, ExprNode? last)
    {
        if (Accept(closing))
        {
            return;
        }
        throw last != null ? UnexpectedAfterElement(last) : InvalidSyntax();
    }
}
