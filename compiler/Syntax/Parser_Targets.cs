using System.Collections.Generic;

namespace PyNet.Compiler.Syntax;

/// <summary>
/// Assignment, deletion and loop targets. Targets are parsed as expressions and then given a Store or Del context;
/// what cannot be a target is reported with CPython's wording (`_PyPegen_get_invalid_target`, `_PyPegen_get_expr_name`).
/// </summary>
internal sealed partial class Parser
{
    private enum TargetsKind
    {
        Star,
        Del,
        For,
    }

    /// <summary>Gives a target and its elements the context; returns false when part of it cannot be a target.</summary>
    private static bool TrySetContext(ExprNode target, ExprContext ctx)
    {
        switch (target)
        {
            case Name name:
                name.Ctx = ctx;
                return true;
            case Attribute attribute:
                attribute.Ctx = ctx;
                return true;
            case Subscript subscript:
                subscript.Ctx = ctx;
                return true;
            case Starred starred when ctx != ExprContext.Del:
                starred.Ctx = ctx;
                return TrySetContext(starred.Value, ctx);
            case Tuple tuple:
                tuple.Ctx = ctx;
                foreach (var elt in tuple.Elts)
                {
                    if (!TrySetContext(elt, ctx))
                    {
                        return false;
                    }
                }
                return true;
            case List list:
                list.Ctx = ctx;
                foreach (var elt in list.Elts)
                {
                    if (!TrySetContext(elt, ctx))
                    {
                        return false;
                    }
                }
                return true;
            default:
                return false;
        }
    }

    private static void SetContext(ExprNode target, ExprContext ctx) => TrySetContext(target, ctx);

    /// <summary>CPython's `_PyPegen_get_invalid_target`: the part of an expression that cannot be a target.</summary>
    private static ExprNode? InvalidTarget(ExprNode expr, TargetsKind kind)
    {
        switch (expr)
        {
            case List list:
                foreach (var elt in list.Elts)
                {
                    if (InvalidTarget(elt, kind) is { } child)
                    {
                        return child;
                    }
                }
                return null;
            case Tuple tuple:
                foreach (var elt in tuple.Elts)
                {
                    if (InvalidTarget(elt, kind) is { } child)
                    {
                        return child;
                    }
                }
                return null;
            case Starred starred:
                return kind == TargetsKind.Del ? starred : InvalidTarget(starred.Value, kind);
            case Compare compare:
                if (kind == TargetsKind.For)
                {
                    return compare.Ops[0] == CmpOpKind.In ? InvalidTarget(compare.Left, kind) : null;
                }
                return compare;
            case Name or Subscript or Attribute:
                return null;
            default:
                return expr;
        }
    }

    /// <summary>CPython's `_PyPegen_get_expr_name`: how error messages name a kind of expression.</summary>
    private static string ExpressionName(ExprNode expr) => expr switch
    {
        Attribute => "attribute",
        Subscript => "subscript",
        Starred => "starred",
        Name => "name",
        List => "list",
        Tuple => "tuple",
        Lambda => "lambda",
        Call => "function call",
        BoolOp or BinOp or UnaryOp => "expression",
        GeneratorExp => "generator expression",
        Yield or YieldFrom => "yield expression",
        Await => "await expression",
        ListComp => "list comprehension",
        SetComp => "set comprehension",
        DictComp => "dict comprehension",
        Dict => "dict literal",
        Set => "set display",
        JoinedStr or FormattedValue => "f-string expression",
        Constant { Value: null } => "None",
        Constant { Value: false } => "False",
        Constant { Value: true } => "True",
        Constant { Value: EllipsisConstant } => "ellipsis",
        Constant => "literal",
        Compare => "comparison",
        IfExp => "conditional expression",
        NamedExpr => "named expression",
        _ => "expression",
    };

    /// <summary>The error for `targets[index] = ...` when that target is invalid (CPython's invalid_assignment).</summary>
    private PythonSyntaxError InvalidAssignmentTarget(in Token start, List<ExprNode> targets, int index)
    {
        var target = targets[index];
        if (target is Yield or YieldFrom)
        {
            return SyntaxErrors.AssignmentToYieldExpression(LocNode(target));
        }
        // invalid_named_expression: `f() = 1` gets a hint when the first target is a bitwise_or-level expression
        // (not a tuple, list, generator or singleton) assigned a single simple value.
        if (index == 0 && IsBitwiseOrLevel(target, start) && targets.Count == 1)
        {
            return SyntaxErrors.CannotAssignToHere(LocNode(target), ExpressionName(target));
        }
        var invalid = InvalidTarget(target, TargetsKind.Star);
        if (invalid == null)
        {
            return InvalidSyntax();
        }
        return SyntaxErrors.CannotAssignTo(LocNode(invalid), ExpressionName(invalid));
    }

    private bool IsBitwiseOrLevel(ExprNode target, in Token start)
    {
        var parenthesized = target.Lineno != start.Line || target.ColOffset != start.Col;
        if (start.Kind is TokenKind.LSqb or TokenKind.None or TokenKind.True or TokenKind.False)
        {
            return false;
        }
        if (start.Kind == TokenKind.LPar && target is Tuple or GeneratorExp)
        {
            return false;
        }
        if (parenthesized)
        {
            return target is not (Tuple or GeneratorExp or Yield or YieldFrom or Starred);
        }
        return target is BinOp or UnaryOp { Op: not UnaryOpKind.Not } or Await or Call or Attribute or Subscript or Name
            or Constant or JoinedStr or Dict or Set or ListComp or SetComp or DictComp;
    }

    /// <summary>star_targets after `for` (statement or comprehension): stops before `in`.</summary>
    private ExprNode ParseForTargets()
    {
        var start = Cur;
        var mark = _pos;
        try
        {
            var first = ParseStarTarget();
            if (!At(TokenKind.Comma))
            {
                if (At(TokenKind.In))
                {
                    return first;
                }
                throw InvalidSyntax();
            }
            var elts = new List<ExprNode> { first };
            while (Accept(TokenKind.Comma))
            {
                if (At(TokenKind.In))
                {
                    break;
                }
                elts.Add(ParseStarTarget());
            }
            if (!At(TokenKind.In))
            {
                throw InvalidSyntax();
            }
            return Span(new Tuple(elts, ExprContext.Store), start);
        }
        catch (PythonSyntaxError error) when (!_tokenizerFailed)
        {
            // invalid_for_target: re-read the target as an expression to name what cannot be assigned to.
            var furthest = _fill;
            _pos = mark;
            ExprNode expr;
            try
            {
                expr = ParseStarExpressions();
            }
            catch (PythonSyntaxError) when (!_tokenizerFailed)
            {
                expr = null!;
            }
            if (expr != null && InvalidTarget(expr, TargetsKind.For) is { } invalid)
            {
                throw SyntaxErrors.CannotAssignTo(LocNode(invalid), ExpressionName(invalid));
            }
            _ = furthest;
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(error);
            throw;
        }
    }

    // star_target: '*' (!'*' star_target) | target_with_star_atom
    private ExprNode ParseStarTarget()
    {
        if (At(TokenKind.Star))
        {
            var star = Advance();
            if (At(TokenKind.Star))
            {
                throw InvalidSyntax();
            }
            var inner = ParseStarTarget();
            return Span(new Starred(inner, ExprContext.Store), star);
        }
        var target = ParsePrimary();
        if (!TrySetContext(target, ExprContext.Store))
        {
            var invalid = InvalidTarget(target, TargetsKind.Star) ?? target;
            throw SyntaxErrors.CannotAssignTo(LocNode(invalid), ExpressionName(invalid));
        }
        return target;
    }
}
