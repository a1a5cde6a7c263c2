using System.Collections.Generic;

namespace PyNet.Compiler.Syntax;

/// <summary>Statements: the module, blocks, simple statements and compound statements.</summary>
internal sealed partial class Parser
{
    private Module ParseFileInput()
    {
        var body = new List<StmtNode>();
        while (!At(TokenKind.EndMarker))
        {
            ParseStatement(body);
        }
        return new Module(body, new List<TypeIgnoreNode>());
    }

    private Expression ParseEvalInput()
    {
        var start = Cur;
        var first = ParseExpression();
        ExprNode body = first;
        if (At(TokenKind.Comma))
        {
            var elts = new List<ExprNode> { first };
            while (Accept(TokenKind.Comma) && !At(TokenKind.Newline) && !At(TokenKind.EndMarker))
            {
                elts.Add(ParseExpression());
            }
            body = Span(new Tuple(elts, ExprContext.Load), start);
        }
        while (Accept(TokenKind.Newline))
        {
        }
        Expect(TokenKind.EndMarker);
        return new Expression(body);
    }

    private Interactive ParseInteractiveInput()
    {
        var body = new List<StmtNode>();
        if (Accept(TokenKind.Newline) || At(TokenKind.EndMarker))
        {
            return new Interactive(body);
        }
        ParseStatement(body);
        var newline = LastToken;
        while (Accept(TokenKind.Newline))
        {
        }
        if (!At(TokenKind.EndMarker))
        {
            // statement_newline: a compound statement must be followed by NEWLINE (any other token is invalid
            // syntax); after simple statements the rest is reported at the NEWLINE that ended them.
            throw body[^1] is FunctionDef or AsyncFunctionDef or ClassDef or If or While or For or AsyncFor or Try or TryStar or With or AsyncWith or Match
                ? SyntaxErrors.InvalidSyntax(LocAt(Cur))
                : SyntaxErrors.MultipleStatements(LocKnown(newline.Line, newline.Col, newline.Line, newline.Col));
        }
        return new Interactive(body);
    }

    private void ParseStatement(List<StmtNode> into)
    {
        Enter();
        switch (Cur.Kind)
        {
            case TokenKind.Def:
            case TokenKind.At:
            case TokenKind.Class:
            case TokenKind.If:
            case TokenKind.While:
            case TokenKind.For:
            case TokenKind.Try:
            case TokenKind.With:
                into.Add(ParseCompoundStatement());
                break;
            case TokenKind.Async when KindAt(1) is TokenKind.Def or TokenKind.With or TokenKind.For:
                into.Add(ParseCompoundStatement());
                break;
            case TokenKind.Name when Cur.Text == "match" && TryParseMatchStatement(out var match):
                into.Add(match);
                break;
            default:
                ParseSimpleStatements(into);
                break;
        }
        Leave();
    }

    private StmtNode ParseCompoundStatement()
    {
        switch (Cur.Kind)
        {
            case TokenKind.At:
                return ParseDecorated();
            case TokenKind.Def:
                return ParseFunctionDef(new List<ExprNode>(), null);
            case TokenKind.Class:
                return ParseClassDef(new List<ExprNode>());
            case TokenKind.If:
                return ParseIf();
            case TokenKind.While:
                return ParseWhile();
            case TokenKind.For:
                return ParseFor(null);
            case TokenKind.Try:
                return ParseTry();
            case TokenKind.With:
                return ParseWith(null);
            default:
                var asyncToken = Advance();
                return Cur.Kind switch
                {
                    TokenKind.Def => ParseFunctionDef(new List<ExprNode>(), asyncToken),
                    TokenKind.With => ParseWith(asyncToken),
                    _ => ParseFor(asyncToken),
                };
        }
    }

    private void ParseSimpleStatements(List<StmtNode> into)
    {
        while (true)
        {
            into.Add(ParseSimpleStatement());
            if (Accept(TokenKind.Semi))
            {
                if (At(TokenKind.Newline))
                {
                    break;
                }
                continue;
            }
            break;
        }
        if (!Accept(TokenKind.Newline))
        {
            throw AfterSimpleStatement(into[^1]);
        }
    }

    /// <summary>The error when a simple statement is followed by more: `print "x"` gets CPython's legacy hint.</summary>
    private PythonSyntaxError AfterSimpleStatement(StmtNode statement)
    {
        if (statement is Expr { Value: Name { Id: "print" or "exec" } name } && StartsExpression() && !At(TokenKind.LPar))
        {
            var generic = InvalidSyntax();
            try
            {
                var rest = ParseStarExpressions();
                return SyntaxErrors.MissingParenthesesInCall(LocRange(name, rest), name.Id);
            }
            catch (PythonSyntaxError) when (!_tokenizerFailed)
            {
                return generic;
            }
        }
        return InvalidSyntax();
    }

    private StmtNode ParseSimpleStatement()
    {
        var start = Cur;
        switch (start.Kind)
        {
            case TokenKind.Pass:
                _pos++;
                return Span(new Pass(), start);
            case TokenKind.Break:
                _pos++;
                return Span(new Break(), start);
            case TokenKind.Continue:
                _pos++;
                return Span(new Continue(), start);
            case TokenKind.Return:
                _pos++;
                return Span(new Return(StartsExpression() ? ParseStarExpressions() : null), start);
            case TokenKind.Import:
                return ParseImport();
            case TokenKind.From:
                return ParseImportFrom();
            case TokenKind.Raise:
                return ParseRaise();
            case TokenKind.Del:
                return ParseDel();
            case TokenKind.Assert:
                {
                    _pos++;
                    var test = ParseExpression();
                    var msg = Accept(TokenKind.Comma) ? ParseExpression() : null;
                    return Span(new Assert(test, msg), start);
                }
            case TokenKind.Global:
            case TokenKind.Nonlocal:
                {
                    _pos++;
                    var names = new List<string> { ExpectName() };
                    while (Accept(TokenKind.Comma))
                    {
                        names.Add(ExpectName());
                    }
                    return start.Kind == TokenKind.Global ? Span(new Global(names), start) : Span(new Nonlocal(names), start);
                }
            default:
                return ParseExpressionStatement();
        }
    }

    /// <summary>Expression statements, assignments, annotated and augmented assignments.</summary>
    private StmtNode ParseExpressionStatement()
    {
        var start = Cur;
        var first = At(TokenKind.Yield) ? ParseYieldExpression() : ParseStarExpressions();
        var kind = Cur.Kind;
        if (kind == TokenKind.ColonEqual)
        {
            throw SyntaxErrors.CannotUseAssignmentExpressionWith(LocNode(first), ExpressionName(first));
        }
        if (kind == TokenKind.Equal)
        {
            return ParseAssignment(start, first);
        }
        if (kind == TokenKind.Colon)
        {
            return ParseAnnotatedAssignment(start, first);
        }
        var op = AugmentedOperator(kind);
        if (op.HasValue)
        {
            if (first is not (Name or Attribute or Subscript))
            {
                throw SyntaxErrors.IllegalAugmentedAssignment(LocNode(first), ExpressionName(first));
            }
            _pos++;
            SetContext(first, ExprContext.Store);
            var value = At(TokenKind.Yield) ? ParseYieldExpression() : ParseStarExpressions();
            return Span(new AugAssign(first, op.Value, value), start);
        }
        return Span(new Expr(first), start);
    }

    private StmtNode ParseAssignment(in Token start, ExprNode first)
    {
        var targets = new List<ExprNode> { first };
        ExprNode value = first;
        while (Accept(TokenKind.Equal))
        {
            value = At(TokenKind.Yield) ? ParseYieldExpression() : ParseStarExpressions();
            if (At(TokenKind.Equal))
            {
                targets.Add(value);
            }
        }
        for (var i = 0; i < targets.Count; i++)
        {
            var target = targets[i];
            if (!TrySetContext(target, ExprContext.Store))
            {
                throw InvalidAssignmentTarget(start, targets, i);
            }
        }
        return Span(new Assign(targets, value, null), start);
    }

    private StmtNode ParseAnnotatedAssignment(in Token start, ExprNode target)
    {
        var parenthesized = target.Lineno != start.Line || target.ColOffset != start.Col;
        switch (target)
        {
            case Name:
            case Attribute:
            case Subscript:
                break;
            case Tuple:
                throw SyntaxErrors.OnlySingleTargetCanBeAnnotated(LocNode(target), "tuple");
            case List:
                throw SyntaxErrors.OnlySingleTargetCanBeAnnotated(LocNode(target), "list");
            default:
                throw SyntaxErrors.IllegalTargetForAnnotation(LocNode(target));
        }
        _pos++;
        SetContext(target, ExprContext.Store);
        var annotation = ParseExpression();
        ExprNode? value = null;
        if (Accept(TokenKind.Equal))
        {
            value = At(TokenKind.Yield) ? ParseYieldExpression() : ParseStarExpressions();
        }
        var simple = target is Name && !parenthesized ? 1 : 0;
        return Span(new AnnAssign(target, annotation, value, simple), start);
    }

    private static OperatorKind? AugmentedOperator(TokenKind kind) => kind switch
    {
        TokenKind.PlusEqual => OperatorKind.Add,
        TokenKind.MinEqual => OperatorKind.Sub,
        TokenKind.StarEqual => OperatorKind.Mult,
        TokenKind.AtEqual => OperatorKind.MatMult,
        TokenKind.SlashEqual => OperatorKind.Div,
        TokenKind.PercentEqual => OperatorKind.Mod,
        TokenKind.AmperEqual => OperatorKind.BitAnd,
        TokenKind.VBarEqual => OperatorKind.BitOr,
        TokenKind.CircumFlexEqual => OperatorKind.BitXor,
        TokenKind.LeftShiftEqual => OperatorKind.LShift,
        TokenKind.RightShiftEqual => OperatorKind.RShift,
        TokenKind.DoubleStarEqual => OperatorKind.Pow,
        TokenKind.DoubleSlashEqual => OperatorKind.FloorDiv,
        _ => null,
    };

    private StmtNode ParseDel()
    {
        var start = Advance();
        var mark = _pos;
        var targets = new List<ExprNode>();
        var ok = true;
        while (true)
        {
            var target = At(TokenKind.Star) ? null : ParsePrimary();
            if (target == null || !TrySetContext(target, ExprContext.Del))
            {
                ok = false;
                break;
            }
            targets.Add(target);
            if (!Accept(TokenKind.Comma) || At(TokenKind.Newline) || At(TokenKind.Semi))
            {
                break;
            }
        }
        if (ok && (At(TokenKind.Newline) || At(TokenKind.Semi)))
        {
            return Span(new Delete(targets), start);
        }
        // invalid_del_stmt: re-read the targets as expressions to name what cannot be deleted.
        var furthest = _fill;
        _pos = mark;
        ExprNode? all = null;
        try
        {
            all = ParseStarExpressions();
        }
        catch (PythonSyntaxError) when (!_tokenizerFailed)
        {
        }
        if (all != null && InvalidTarget(all, TargetsKind.Del) is { } invalid)
        {
            throw SyntaxErrors.CannotDelete(LocNode(invalid), ExpressionName(invalid));
        }
        throw InvalidSyntaxAt(furthest);
    }

    private ExprNode ParseBitwiseOrOrStar()
    {
        if (At(TokenKind.Star))
        {
            var star = Advance();
            var value = ParseBitwiseOr();
            return Span(new Starred(value, ExprContext.Load), star);
        }
        return ParseBitwiseOr();
    }

    private StmtNode ParseRaise()
    {
        var start = Advance();
        ExprNode? exc = null, cause = null;
        if (StartsExpression())
        {
            exc = ParseExpression();
            if (Accept(TokenKind.From))
            {
                cause = ParseExpression();
            }
        }
        return Span(new Raise(exc, cause), start);
    }

    private StmtNode ParseImport()
    {
        var start = Advance();
        var names = new List<Alias>();
        do
        {
            var nameStart = Cur;
            var name = ParseDottedName();
            string? asName = null;
            if (Accept(TokenKind.As))
            {
                asName = ExpectName();
            }
            names.Add(Span(new Alias(name, asName), nameStart));
        }
        while (Accept(TokenKind.Comma));
        return Span(new Import(names), start);
    }

    private string ParseDottedName()
    {
        var first = ExpectName();
        if (!At(TokenKind.Dot))
        {
            return first;
        }
        var sb = new System.Text.StringBuilder(first);
        while (Accept(TokenKind.Dot))
        {
            sb.Append('.').Append(ExpectName());
        }
        return sb.ToString();
    }

    private StmtNode ParseImportFrom()
    {
        var start = Advance();
        var level = 0;
        while (true)
        {
            if (Accept(TokenKind.Dot))
            {
                level++;
            }
            else if (Accept(TokenKind.Ellipsis))
            {
                level += 3;
            }
            else
            {
                break;
            }
        }
        string? module = null;
        if (level == 0 || At(TokenKind.Name))
        {
            module = ParseDottedName();
        }
        Expect(TokenKind.Import);
        var names = new List<Alias>();
        if (At(TokenKind.Star))
        {
            var star = Advance();
            names.Add(Span(new Alias("*", null), star));
            return Span(new ImportFrom(module, names, level), start);
        }
        var parenthesized = Accept(TokenKind.LPar);
        while (true)
        {
            var nameStart = Cur;
            var name = ExpectName();
            string? asName = null;
            if (Accept(TokenKind.As))
            {
                asName = ExpectName();
            }
            names.Add(Span(new Alias(name, asName), nameStart));
            if (!Accept(TokenKind.Comma))
            {
                break;
            }
            if (parenthesized && At(TokenKind.RPar))
            {
                break;
            }
            if (!parenthesized && !At(TokenKind.Name))
            {
                throw SyntaxErrors.TrailingCommaNotAllowed(LocLast());
            }
        }
        if (parenthesized)
        {
            Expect(TokenKind.RPar);
        }
        return Span(new ImportFrom(module, names, level), start);
    }

    // ---- blocks -------------------------------------------------------------------------------------------------

    /// <summary>Reads ':' and the block after a compound statement's header.</summary>
    private List<StmtNode> ParseBlock(string construct, int headerLine)
    {
        ExpectColon();
        return ParseBlockAfterColon(construct, headerLine);
    }

    /// <summary>A token the grammar forces (&amp;&amp;'x'): anything else is "expected 'x'" at the current token.</summary>
    private void ExpectForced(TokenKind kind, string text)
    {
        if (!Accept(kind))
        {
            throw SyntaxErrors.ExpectedToken(LocAt(Cur), text);
        }
    }

    private void ExpectColon()
    {
        if (!Accept(TokenKind.Colon))
        {
            if (At(TokenKind.Newline))
            {
                throw SyntaxErrors.ExpectedColon(LocLast());
            }
            throw InvalidSyntax();
        }
    }

    private List<StmtNode> ParseBlockAfterColon(string construct, int headerLine)
    {
        var body = new List<StmtNode>();
        if (Accept(TokenKind.Newline))
        {
            if (!Accept(TokenKind.Indent))
            {
                throw SyntaxErrors.ExpectedIndentedBlock(LocLast(), construct, headerLine);
            }
            do
            {
                ParseStatement(body);
            }
            while (!At(TokenKind.Dedent) && !At(TokenKind.EndMarker));
            Expect(TokenKind.Dedent);
            return body;
        }
        ParseSimpleStatements(body);
        return body;
    }

    /// <summary>Ends a compound statement where CPython does: at the last token that is not NEWLINE, INDENT or DEDENT.</summary>
    private T EndAtLastToken<T>(T node)
        where T : Node
    {
        var i = _pos - 1;
        while (i > 0 && _tokens[i].Kind is TokenKind.Newline or TokenKind.Indent or TokenKind.Dedent)
        {
            i--;
        }
        node.EndLineno = _tokens[i].EndLine;
        node.EndColOffset = _tokens[i].EndCol;
        return node;
    }

    private StmtNode ParseIf()
    {
        var start = Advance();
        return ParseIfRest(start, "'if' statement");
    }

    private StmtNode ParseIfRest(in Token start, string construct)
    {
        var test = ParseNamedExpression();
        var body = ParseBlock(construct, start.Line);
        var orelse = new List<StmtNode>();
        if (At(TokenKind.Elif))
        {
            var elif = Advance();
            orelse.Add(ParseIfRest(elif, "'elif' statement"));
        }
        else if (At(TokenKind.Else))
        {
            var elseToken = Advance();
            ExpectForced(TokenKind.Colon, ":");
            orelse = ParseBlockAfterColon("'else' statement", elseToken.Line);
        }
        var node = Span(new If(test, body, orelse), start);
        return EndAtLastToken(node);
    }

    private StmtNode ParseWhile()
    {
        var start = Advance();
        var test = ParseNamedExpression();
        var body = ParseBlock("'while' statement", start.Line);
        var orelse = ParseElseBlock();
        return EndAtLastToken(Span(new While(test, body, orelse), start));
    }

    private List<StmtNode> ParseElseBlock()
    {
        if (At(TokenKind.Else))
        {
            var elseToken = Advance();
            ExpectForced(TokenKind.Colon, ":");
            return ParseBlockAfterColon("'else' statement", elseToken.Line);
        }
        return new List<StmtNode>();
    }

    private StmtNode ParseFor(Token? asyncToken)
    {
        var forToken = Advance();
        var target = ParseForTargets();
        Expect(TokenKind.In);
        var iter = ParseStarExpressions();
        var body = ParseBlock("'for' statement", forToken.Line);
        var orelse = ParseElseBlock();
        StmtNode node = asyncToken is { } a
            ? Span(new AsyncFor(target, iter, body, orelse, null), a)
            : Span(new For(target, iter, body, orelse, null), forToken);
        return EndAtLastToken(node);
    }

    private StmtNode ParseWith(Token? asyncToken)
    {
        var withToken = Advance();
        List<WithItem>? items = null;
        if (At(TokenKind.LPar))
        {
            items = TryParseParenthesizedWithItems();
        }
        if (items == null)
        {
            items = new List<WithItem>();
            do
            {
                items.Add(ParseWithItem());
            }
            while (Accept(TokenKind.Comma));
        }
        var body = ParseBlock("'with' statement", withToken.Line);
        StmtNode node = asyncToken is { } a
            ? Span(new AsyncWith(items, body, null), a)
            : Span(new With(items, body, null), withToken);
        return EndAtLastToken(node);
    }

    /// <summary>
    /// `with (a, b as c):` lists the items in brackets; CPython tries that reading first and falls back to a
    /// parenthesized expression, so this parses speculatively and rewinds when the reading does not fit.
    /// </summary>
    private List<WithItem>? TryParseParenthesizedWithItems()
    {
        var mark = _pos;
        try
        {
            _pos++;
            var items = new List<WithItem>();
            while (true)
            {
                items.Add(ParseWithItem());
                if (!Accept(TokenKind.Comma) || At(TokenKind.RPar))
                {
                    break;
                }
            }
            if (Accept(TokenKind.RPar) && At(TokenKind.Colon))
            {
                return items;
            }
        }
        catch (PythonSyntaxError) when (!_tokenizerFailed)
        {
        }
        _pos = mark;
        return null;
    }

    private WithItem ParseWithItem()
    {
        var context = ParseExpression();
        ExprNode? vars = null;
        if (Accept(TokenKind.As))
        {
            vars = ParseStarTarget();
            if (!At(TokenKind.Comma) && !At(TokenKind.RPar) && !At(TokenKind.Colon))
            {
                throw InvalidSyntax();
            }
        }
        return new WithItem(context, vars);
    }

    private StmtNode ParseTry()
    {
        var start = Advance();
        ExpectForced(TokenKind.Colon, ":");
        var body = ParseBlockAfterColon("'try' statement", start.Line);
        var handlers = new List<ExceptHandlerNode>();
        var isStar = false;
        var sawPlain = false;
        while (At(TokenKind.Except))
        {
            var exceptToken = Advance();
            var star = Accept(TokenKind.Star);
            if (star ? sawPlain : isStar)
            {
                throw SyntaxErrors.MixedExceptAndExceptStar(star ? LocTokens(exceptToken, Prev) : LocAt(exceptToken));
            }
            isStar |= star;
            sawPlain |= !star;
            ExprNode? type = null;
            string? name = null;
            if (!At(TokenKind.Colon))
            {
                type = ParseExpression();
                if (At(TokenKind.Comma))
                {
                    while (Accept(TokenKind.Comma) && StartsExpression())
                    {
                        ParseExpression();
                    }
                    if (Accept(TokenKind.As))
                    {
                        ExpectName();
                    }
                    _ = Cur;
                    throw SyntaxErrors.MultipleExceptionTypesMustBeParenthesized(LocStartingFrom(type));
                }
                if (Accept(TokenKind.As))
                {
                    name = ExpectName();
                }
            }
            else if (star)
            {
                throw SyntaxErrors.ExpectedExceptStarType(LocLast());
            }
            var handlerBody = ParseBlock(star ? "'except*' statement" : "'except' statement", exceptToken.Line);
            handlers.Add(EndAtLastToken(Span(new ExceptHandler(type, name, handlerBody), exceptToken)));
        }
        var orelse = new List<StmtNode>();
        if (handlers.Count > 0 && At(TokenKind.Else))
        {
            var elseToken = Advance();
            ExpectForced(TokenKind.Colon, ":");
            orelse = ParseBlockAfterColon("'else' statement", elseToken.Line);
        }
        var finalBody = new List<StmtNode>();
        if (At(TokenKind.Finally))
        {
            var finallyToken = Advance();
            ExpectForced(TokenKind.Colon, ":");
            finalBody = ParseBlockAfterColon("'finally' statement", finallyToken.Line);
        }
        if (handlers.Count == 0 && finalBody.Count == 0)
        {
            throw SyntaxErrors.ExpectedExceptOrFinally(LocLast());
        }
        StmtNode node = isStar
            ? Span(new TryStar(body, handlers, orelse, finalBody), start)
            : Span(new Try(body, handlers, orelse, finalBody), start);
        return EndAtLastToken(node);
    }

    // ---- definitions --------------------------------------------------------------------------------------------

    private StmtNode ParseDecorated()
    {
        var decorators = new List<ExprNode>();
        while (Accept(TokenKind.At))
        {
            decorators.Add(ParseNamedExpression());
            if (!Accept(TokenKind.Newline))
            {
                throw InvalidSyntax();
            }
        }
        switch (Cur.Kind)
        {
            case TokenKind.Def:
                return ParseFunctionDef(decorators, null);
            case TokenKind.Class:
                return ParseClassDef(decorators);
            case TokenKind.Async when KindAt(1) == TokenKind.Def:
                var asyncToken = Advance();
                return ParseFunctionDef(decorators, asyncToken);
            default:
                throw InvalidSyntax();
        }
    }

    private StmtNode ParseFunctionDef(List<ExprNode> decorators, Token? asyncToken)
    {
        var defToken = Advance();
        var name = ExpectName();
        ExpectForced(TokenKind.LPar, "(");
        var args = ParseParameters(TokenKind.RPar);
        Expect(TokenKind.RPar);
        ExprNode? returns = null;
        if (At(TokenKind.RArrow) && !StartsExpression(KindAt(1)))
        {
            throw SyntaxErrors.ExpectedToken(LocAt(Cur), ":");
        }
        if (Accept(TokenKind.RArrow))
        {
            returns = ParseExpression();
        }
        else if (At(TokenKind.RArrow))
        {
            throw SyntaxErrors.ExpectedToken(LocAt(Cur), ":");
        }
        ExpectForced(TokenKind.Colon, ":");
        var body = ParseBlockAfterColon("function definition", defToken.Line);
        StmtNode node = asyncToken is { } a
            ? Span(new AsyncFunctionDef(name, args, body, decorators, returns, null), a)
            : Span(new FunctionDef(name, args, body, decorators, returns, null), defToken);
        return EndAtLastToken(node);
    }

    private StmtNode ParseClassDef(List<ExprNode> decorators)
    {
        var classToken = Advance();
        var name = ExpectName();
        var bases = new List<ExprNode>();
        var keywords = new List<Keyword>();
        if (Accept(TokenKind.LPar))
        {
            if (!At(TokenKind.RPar))
            {
                ParseCallArguments(bases, keywords);
            }
            Expect(TokenKind.RPar);
        }
        var body = ParseBlock("class definition", classToken.Line);
        return EndAtLastToken(Span(new ClassDef(name, bases, keywords, body, decorators), classToken));
    }
}
