using System.Collections.Generic;
using Mono.Cecil.Cil;
using PyNet.Compiler.Syntax;
using PyNet.Runtime;

namespace PyNet.Compiler.Emit.CodeGen;

internal sealed partial class CodeGenerator
{
    private void EmitRaise(Raise node)
    {
        if (node.Exc == null)
        {
            _il.Call(Runtime(RuntimeMembers.PyOps_Reraise));
            JumpToHandler(node, addTraceback: false);
            return;
        }
        EmitExpression(node.Exc);
        EmitOptional(node.Cause);
        _il.LoadInt(node.Cause != null ? 1 : 0);
        _il.Call(Runtime(RuntimeMembers.PyOps_Raise));
        JumpToHandler(node, addTraceback: true);
    }

    private void EmitTry(List<StmtNode> body, List<ExceptHandlerNode> handlers, List<StmtNode> orelse, List<StmtNode> finalbody)
    {
        if (finalbody.Count == 0)
        {
            EmitTryExcept(body, handlers, orelse);
            return;
        }
        EmitTryFinally(() => EmitTryExcept(body, handlers, orelse), () => EmitStatements(finalbody));
    }

    /// <summary>
    /// try: BODY except E as n: H else: ORELSE
    /// ==> [errors → dispatch] BODY; ORELSE; goto end
    ///     dispatch: exc = FetchPending(); PushHandled(exc)
    ///               if matches(exc, E): n = exc; H; del n; PopHandled(); goto end
    ///               PopHandled(); Restore(exc) → outer handler
    ///     (an error inside H: del n; PopHandled() → outer handler; the new exception's __context__ is exc)
    /// </summary>
    private void EmitTryExcept(List<StmtNode> body, List<ExceptHandlerNode> handlers, List<StmtNode> orelse)
    {
        if (handlers.Count == 0)
        {
            EmitStatements(body);
            EmitStatements(orelse);
            return;
        }
        for (var i = 0; i < handlers.Count - 1; i++)
        {
            if (handlers[i] is ExceptHandler { Type: null } bare)
            {
                throw CompileError(bare, "default 'except:' must be last");
            }
        }
        var dispatch = _il.DefineLabel("except");
        var end = _il.DefineLabel("try_end");
        var outer = _errorTarget;
        _errorTarget = dispatch;
        EmitStatements(body);
        _errorTarget = outer;
        EmitStatements(orelse);
        if (_il.IsReachable)
        {
            _il.Branch(end);
        }

        _il.Mark(dispatch);
        var exceptionType = _module.Import(typeof(PyBaseException));
        var exc = _il.DeclareLocal(exceptionType);
        _il.Call(Runtime(RuntimeMembers.PyOps_FetchPending));
        _il.StoreLocal(exc);
        _il.LoadLocal(exc);
        _il.Call(Runtime(RuntimeMembers.PyOps_PushHandled));
        var matchError = _il.DefineLabel("except_match_error");
        foreach (ExceptHandler handler in handlers)
        {
            var next = _il.DefineLabel("except_next");
            if (handler.Type != null)
            {
                _errorTarget = matchError;
                _il.LoadLocal(exc);
                EmitExpression(handler.Type);
                _il.Call(Runtime(RuntimeMembers.PyOps_ExceptionMatches));
                CheckInt(handler.Type);
                _il.BranchIfFalse(next);
                _errorTarget = outer;
            }
            if (handler.Name != null)
            {
                _il.LoadLocal(exc);
                EmitStoreName(handler.Name, handler);
            }
            var handlerError = _il.DefineLabel("except_body_error");
            var block = new HandlerBlock(handler.Name);
            _blocks.Add(block);
            _errorTarget = handlerError;
            EmitStatements(handler.Body);
            _errorTarget = outer;
            _blocks.Remove(block);
            if (_il.IsReachable)
            {
                if (handler.Name != null)
                {
                    EmitClearName(handler.Name, handler);
                }
                _il.Call(Runtime(RuntimeMembers.PyOps_PopHandled));
                _il.Branch(end);
            }
            _il.Mark(handlerError);
            if (handler.Name != null)
            {
                EmitClearName(handler.Name);
            }
            _il.Call(Runtime(RuntimeMembers.PyOps_PopHandled));
            _il.Branch(outer);
            _il.Mark(next);
        }
        // No clause matched: the exception continues outward with its traceback.
        _il.Call(Runtime(RuntimeMembers.PyOps_PopHandled));
        _il.LoadLocal(exc);
        _il.Call(Runtime(RuntimeMembers.PyOps_Restore));
        _il.Pop();
        _il.Branch(outer);
        _il.Mark(matchError);
        _il.Call(Runtime(RuntimeMembers.PyOps_PopHandled));
        _il.Branch(outer);
        _errorTarget = outer;
        _il.Mark(end);
    }

    /// <summary>
    /// try: BODY except* E as n: H ... else: ORELSE
    /// ==> [errors → dispatch] BODY; ORELSE; goto end
    ///     dispatch: state = ExceptStarBegin(exc)
    ///               for each clause: m = ExceptStarMatch(state, E); if m: PushHandled(m); n = m; H; PopHandled()
    ///                                (an error in H is collected by ExceptStarHandlerFailed and dispatch goes on)
    ///               ExceptStarEnd(state): what is left or was raised propagates as one exception (group)
    /// </summary>
    private void EmitTryStar(TryStar node)
    {
        var dispatch = _il.DefineLabel("except_star");
        var end = _il.DefineLabel("try_star_end");
        var outer = _errorTarget;
        _errorTarget = dispatch;
        EmitStatements(node.Body);
        _errorTarget = outer;
        EmitStatements(node.Orelse);
        _il.Branch(end);

        _il.Mark(dispatch);
        var stateType = _module.Import(typeof(ExceptStarState));
        var state = _il.DeclareLocal(stateType);
        _il.Call(Runtime(RuntimeMembers.PyOps_FetchPending));
        _il.Call(Runtime(RuntimeMembers.PyOps_ExceptStarBegin));
        CheckObject(node);
        _il.CastClass(stateType);
        _il.StoreLocal(state);
        var exceptionType = _module.Import(typeof(PyBaseException));
        foreach (ExceptHandler handler in node.Handlers)
        {
            var next = _il.DefineLabel("except_star_next");
            var match = _il.DeclareLocal(Object);
            _il.LoadLocal(state);
            EmitOptional(handler.Type);
            _il.Call(Runtime(RuntimeMembers.PyOps_ExceptStarMatch));
            CheckObject(handler.Type ?? (Node)handler);
            _il.StoreLocal(match);
            _il.LoadLocal(match);
            _il.BranchIfFalse(next);
            _il.LoadLocal(match);
            _il.CastClass(exceptionType);
            _il.Call(Runtime(RuntimeMembers.PyOps_PushHandled));
            if (handler.Name != null)
            {
                _il.LoadLocal(match);
                EmitStoreName(handler.Name, handler);
            }
            var handlerError = _il.DefineLabel("except_star_body_error");
            var block = new HandlerBlock(handler.Name) { IsExceptStar = true };
            _blocks.Add(block);
            _errorTarget = handlerError;
            EmitStatements(handler.Body);
            _errorTarget = outer;
            _blocks.Remove(block);
            if (handler.Name != null)
            {
                EmitClearName(handler.Name, handler);
            }
            _il.Call(Runtime(RuntimeMembers.PyOps_PopHandled));
            _il.Branch(next);
            _il.Mark(handlerError);
            if (handler.Name != null)
            {
                EmitClearName(handler.Name);
            }
            _il.Call(Runtime(RuntimeMembers.PyOps_PopHandled));
            _il.LoadLocal(state);
            _il.Call(Runtime(RuntimeMembers.PyOps_ExceptStarHandlerFailed));
            _il.Mark(next);
        }
        _il.LoadLocal(state);
        _il.Call(Runtime(RuntimeMembers.PyOps_ExceptStarEnd));
        var shape = _il.Shape;
        var stub = Stub(shape.Length > 0 ? shape[..^1] : shape, node, addTraceback: false);
        _il.LoadStaticField(Runtime(RuntimeMembers.PyOps_Raised));
        _il.BranchIfEqual(stub);
        _il.Mark(end);
    }

    /// <summary>
    /// try: BODY finally: FIN
    /// ==> [errors → on_error; return/break/continue run FIN inline] BODY; FIN; goto end
    ///     on_error: exc = FetchPending(); PushHandled(exc); FIN; PopHandled(); Restore(exc) → outer handler
    /// </summary>
    private void EmitTryFinally(System.Action emitBody, System.Action emitFinally)
    {
        var onError = _il.DefineLabel("finally_error");
        var end = _il.DefineLabel("finally_end");
        var outer = _errorTarget;
        var block = new FinallyBlock(emitFinally, outer);
        _blocks.Add(block);
        _errorTarget = onError;
        emitBody();
        _errorTarget = outer;
        _blocks.Remove(block);
        if (_il.IsReachable)
        {
            emitFinally();
            if (_il.IsReachable)
            {
                _il.Branch(end);
            }
        }

        _il.Mark(onError);
        var exc = _il.DeclareLocal(_module.Import(typeof(PyBaseException)));
        _il.Call(Runtime(RuntimeMembers.PyOps_FetchPending));
        _il.StoreLocal(exc);
        _il.LoadLocal(exc);
        _il.Call(Runtime(RuntimeMembers.PyOps_PushHandled));
        var finallyError = _il.DefineLabel("finally_body_error");
        var handlerBlock = new HandlerBlock(null);
        _blocks.Add(handlerBlock);
        _errorTarget = finallyError;
        emitFinally();
        _errorTarget = outer;
        _blocks.Remove(handlerBlock);
        if (_il.IsReachable)
        {
            _il.Call(Runtime(RuntimeMembers.PyOps_PopHandled));
            _il.LoadLocal(exc);
            _il.Call(Runtime(RuntimeMembers.PyOps_Restore));
            _il.Pop();
            _il.Branch(outer);
        }
        _il.Mark(finallyError);
        _il.Call(Runtime(RuntimeMembers.PyOps_PopHandled));
        _il.Branch(outer);
        _il.Mark(end);
    }

    /// <summary>
    /// with M as x: BODY
    /// ==> exit = WithExit(M); x = WithEnter(M)
    ///     try: BODY  (normal exit and return/break/continue: exit(None, None, None))
    ///     on error: if not exit(type, exc, tb): re-raise
    /// async with awaits __aenter__() and each __aexit__(...) call.
    /// </summary>
    private void EmitWith(Node node, List<WithItem> items, int index, List<StmtNode> body, bool isAsync)
    {
        if (index == items.Count)
        {
            EmitStatements(body);
            return;
        }
        var item = items[index];
        var manager = _il.DeclareLocal(Object);
        var exit = _il.DeclareLocal(Object);
        EmitExpression(item.ContextExpr);
        _il.StoreLocal(manager);
        _il.LoadLocal(manager);
        _il.Call(Runtime(isAsync ? RuntimeMembers.PyOps_AsyncWithExit : RuntimeMembers.PyOps_WithExit));
        CheckObject(item.ContextExpr);
        _il.StoreLocal(exit);
        _il.LoadLocal(manager);
        _il.Call(Runtime(isAsync ? RuntimeMembers.PyOps_AsyncWithEnter : RuntimeMembers.PyOps_WithEnter));
        CheckObject(item.ContextExpr);
        if (isAsync)
        {
            EmitAwaitOnStack(item.ContextExpr, isAwait: true);
        }
        if (item.OptionalVars != null)
        {
            EmitStore(item.OptionalVars);
        }
        else
        {
            _il.Pop();
        }

        void EmitNormalExit()
        {
            _il.LoadLocal(exit);
            _il.LoadNull();
            if (isAsync)
            {
                _il.Call(Runtime(RuntimeMembers.PyOps_CallAsyncExit));
                CheckObject(node);
                EmitAwaitOnStack(node, isAwait: true);
            }
            else
            {
                _il.Call(Runtime(RuntimeMembers.PyOps_CallWithExit));
                CheckInt(node);
            }
            _il.Pop();
        }

        var onError = _il.DefineLabel("with_error");
        var end = _il.DefineLabel("with_end");
        var outer = _errorTarget;
        var block = new FinallyBlock(EmitNormalExit, outer);
        _blocks.Add(block);
        _errorTarget = onError;
        EmitWith(node, items, index + 1, body, isAsync);
        _errorTarget = outer;
        _blocks.Remove(block);
        if (_il.IsReachable)
        {
            EmitNormalExit();
            _il.Branch(end);
        }

        _il.Mark(onError);
        var exc = _il.DeclareLocal(_module.Import(typeof(PyBaseException)));
        _il.Call(Runtime(RuntimeMembers.PyOps_FetchPending));
        _il.StoreLocal(exc);
        _il.LoadLocal(exc);
        _il.Call(Runtime(RuntimeMembers.PyOps_PushHandled));
        var exitError = _il.DefineLabel("with_exit_error");
        var suppressed = _il.DefineLabel("with_suppressed");
        _errorTarget = exitError;
        _il.LoadLocal(exit);
        _il.LoadLocal(exc);
        if (isAsync)
        {
            _il.Call(Runtime(RuntimeMembers.PyOps_CallAsyncExit));
            CheckObject(node);
            EmitAwaitOnStack(node, isAwait: true);
            _il.Call(Runtime(RuntimeMembers.PyOps_Truth));
        }
        else
        {
            _il.Call(Runtime(RuntimeMembers.PyOps_CallWithExit));
        }
        CheckInt(node);
        _il.BranchIfTrue(suppressed);
        _errorTarget = outer;
        _il.Call(Runtime(RuntimeMembers.PyOps_PopHandled));
        _il.LoadLocal(exc);
        _il.Call(Runtime(RuntimeMembers.PyOps_Restore));
        _il.Pop();
        _il.Branch(outer);
        _il.Mark(suppressed);
        _il.Call(Runtime(RuntimeMembers.PyOps_PopHandled));
        _il.Branch(end);
        _il.Mark(exitError);
        _il.Call(Runtime(RuntimeMembers.PyOps_PopHandled));
        _il.Branch(outer);
        _il.Mark(end);
    }
}
