using PyNet.Compiler.Syntax;

namespace PyNet.Compiler.Semantics;

/// <summary>
/// The compile-time control-flow rules CPython's compiler enforces, checked on the whole tree (also in code that can
/// never run): break and continue outside a loop, and break, continue or return leaving an except* handler.
/// </summary>
internal sealed class ControlFlowChecker : AstWalker
{
    private readonly string _filename;
    private readonly SourceText _source;
    private int _loopDepth;
    private int _exceptStarDepth;
    private int _loopDepthAtExceptStar = -1;

    private ControlFlowChecker(string filename, SourceText source)
    {
        _filename = filename;
        _source = source;
    }

    public static void Check(Node tree, string filename, SourceText source) => new ControlFlowChecker(filename, source).Visit(tree);

    private PythonSyntaxError Error(Node node, string message) => ScopeErrors.At(node, _filename, message, _source);

    private const string ExceptStarExit = "'break', 'continue' and 'return' cannot appear in an except* block";

    public override void VisitBreak(Break node) => CheckLoopExit(node, ScopeErrors.BreakOutsideLoop);

    public override void VisitContinue(Continue node) => CheckLoopExit(node, ScopeErrors.ContinueOutsideLoop);

    private void CheckLoopExit(Node node, string outsideLoop)
    {
        if (_exceptStarDepth > 0 && _loopDepth <= _loopDepthAtExceptStar)
        {
            throw Error(node, ExceptStarExit);
        }
        if (_loopDepth == 0)
        {
            throw Error(node, outsideLoop);
        }
    }

    public override void VisitReturn(Return node)
    {
        if (_exceptStarDepth > 0)
        {
            throw Error(node, ExceptStarExit);
        }
        base.VisitReturn(node);
    }

    public override void VisitFor(For node) => VisitLoop(() => base.VisitFor(node));

    public override void VisitAsyncFor(AsyncFor node) => VisitLoop(() => base.VisitAsyncFor(node));

    public override void VisitWhile(While node) => VisitLoop(() => base.VisitWhile(node));

    private void VisitLoop(System.Action visit)
    {
        _loopDepth++;
        visit();
        _loopDepth--;
    }

    public override void VisitTryStar(TryStar node)
    {
        VisitAll(node.Body);
        var saved = (_exceptStarDepth, _loopDepthAtExceptStar);
        _exceptStarDepth++;
        _loopDepthAtExceptStar = _loopDepth;
        VisitAll(node.Handlers);
        (_exceptStarDepth, _loopDepthAtExceptStar) = saved;
        VisitAll(node.Orelse);
        VisitAll(node.Finalbody);
    }

    public override void VisitFunctionDef(FunctionDef node) => VisitNewScope(() => base.VisitFunctionDef(node));

    public override void VisitAsyncFunctionDef(AsyncFunctionDef node) => VisitNewScope(() => base.VisitAsyncFunctionDef(node));

    public override void VisitClassDef(ClassDef node) => VisitNewScope(() => base.VisitClassDef(node));

    public override void VisitLambda(Lambda node) => VisitNewScope(() => base.VisitLambda(node));

    private void VisitNewScope(System.Action visit)
    {
        var saved = (_loopDepth, _exceptStarDepth, _loopDepthAtExceptStar);
        (_loopDepth, _exceptStarDepth, _loopDepthAtExceptStar) = (0, 0, -1);
        visit();
        (_loopDepth, _exceptStarDepth, _loopDepthAtExceptStar) = saved;
    }
}
