using System.Collections.Generic;
using System.Linq;
using Mono.Cecil.Cil;
using PyNet.Compiler.Semantics;
using PyNet.Compiler.Syntax;

namespace PyNet.Compiler.Emit.CodeGen;

internal sealed partial class CodeGenerator
{
    private void EmitStatements(List<StmtNode> statements)
    {
        foreach (var s in statements)
        {
            if (!_il.IsReachable)
            {
                return;
            }
            EmitStatement(s);
        }
    }

    private void EmitStatement(StmtNode node)
    {
        _il.SequencePoint(_module.Document, node);
        switch (node)
        {
            case Expr e:
                EmitExpression(e.Value);
                if (_interactive)
                {
                    _il.Call(Runtime(RuntimeMembers.PyOps_DisplayHook));
                    CheckVoid(e);
                }
                else
                {
                    _il.Pop();
                }
                break;
            case Assign a:
                EmitAssign(a);
                break;
            case AugAssign a:
                EmitAugAssign(a);
                break;
            case AnnAssign a:
                EmitAnnAssign(a);
                break;
            case If i:
                EmitIf(i);
                break;
            case While w:
                EmitWhile(w);
                break;
            case For f:
                EmitFor(f);
                break;
            case Break b:
                EmitBreak(b);
                break;
            case Continue c:
                EmitContinue(c);
                break;
            case Pass:
                break;
            case Return r:
                EmitReturn(r);
                break;
            case FunctionDef f:
                EmitFunctionDef(f, f.Name, f.Args, f.Body, f.DecoratorList, f.Returns, isAsync: false);
                break;
            case AsyncFunctionDef f:
                EmitFunctionDef(f, f.Name, f.Args, f.Body, f.DecoratorList, f.Returns, isAsync: true);
                break;
            case ClassDef c:
                EmitClassDef(c);
                break;
            case Delete d:
                foreach (var target in d.Targets)
                {
                    EmitDelete(target);
                }
                break;
            case Global or Nonlocal:
                break;
            case Raise r:
                EmitRaise(r);
                break;
            case Try t:
                EmitTry(t.Body, t.Handlers, t.Orelse, t.Finalbody);
                break;
            case TryStar t:
                if (t.Finalbody.Count == 0)
                {
                    EmitTryStar(t);
                }
                else
                {
                    EmitTryFinally(() => EmitTryStar(t), () => EmitStatements(t.Finalbody));
                }
                break;
            case Assert a:
                EmitAssert(a);
                break;
            case With w:
                EmitWith(w, w.Items, 0, w.Body, isAsync: false);
                break;
            case AsyncWith w:
                EmitWith(w, w.Items, 0, w.Body, isAsync: true);
                break;
            case AsyncFor f:
                EmitAsyncFor(f);
                break;
            case Import i:
                EmitImport(i);
                break;
            case Match m:
                EmitMatch(m);
                break;
            case ImportFrom i:
                EmitImportFrom(i);
                break;
            default:
                throw CompileError(node, $"PyNet does not compile '{node.PythonName}' statements yet");
        }
    }

    private void EmitIf(If node)
    {
        var elseLabel = _il.DefineLabel("else");
        var end = _il.DefineLabel("endif");
        EmitCondition(node.Test, elseLabel, jumpIfTrue: false);
        EmitStatements(node.Body);
        if (node.Orelse.Count > 0)
        {
            if (_il.IsReachable)
            {
                _il.Branch(end);
            }
            _il.Mark(elseLabel);
            EmitStatements(node.Orelse);
        }
        else
        {
            _il.Mark(elseLabel);
        }
        _il.Mark(end);
    }

    /// <summary>
    /// while TEST: BODY else: ORELSE
    /// ==> top: if not TEST goto else; BODY; goto top; else: ORELSE; end:   (break → end, continue → top)
    /// </summary>
    private void EmitWhile(While node)
    {
        var top = _il.DefineLabel("while");
        var elseLabel = _il.DefineLabel("while_else");
        var end = _il.DefineLabel("while_end");
        _il.Mark(top);
        EmitCondition(node.Test, elseLabel, jumpIfTrue: false);
        var loop = new LoopBlock(end, top);
        _blocks.Add(loop);
        EmitStatements(node.Body);
        _blocks.Remove(loop);
        if (_il.IsReachable)
        {
            EmitInterruptCheck(node.Test is Constant ? node : node.Test);
            _il.Branch(top);
        }
        _il.Mark(elseLabel);
        EmitStatements(node.Orelse);
        _il.Mark(end);
    }

    /// <summary>
    /// for TARGET in ITER: BODY else: ORELSE
    /// ==> it = ForIter(ITER); top: v = ForNext(it); if v is Done goto else; TARGET = v; BODY; goto top;
    ///     else: ORELSE; end:   (iteration ends on a sentinel, never on a caught StopIteration)
    /// </summary>
    private void EmitFor(For node)
    {
        var iteratorType = _module.Import(typeof(PyNet.Runtime.PyIterator));
        var iterator = Temp(iteratorType);
        EmitExpression(node.Iter);
        _il.Call(Runtime(RuntimeMembers.PyOps_ForIter));
        CheckObject(node.Iter);
        _il.CastClass(iteratorType);
        _il.StoreLocal(iterator);
        var top = _il.DefineLabel("for");
        var done = _il.DefineLabel("for_done");
        var end = _il.DefineLabel("for_end");
        _il.Mark(top);
        EmitForStep(iterator, node.Target, node.Iter, done);
        var isTemporary = node.Iter is Call or GeneratorExp;
        var loop = new LoopBlock(end, top, isTemporary ? iterator : null);
        _blocks.Add(loop);
        EmitStatements(node.Body);
        _blocks.Remove(loop);
        if (_il.IsReachable)
        {
            EmitInterruptCheck(node.Body[^1]);
            _il.Branch(top);
        }
        _il.Mark(done);
        _il.Pop();
        Release(iterator);
        EmitStatements(node.Orelse);
        _il.Mark(end);
    }

    /// <summary>
    /// The step of a for loop (or comprehension): the iterator's next item stored into the target, or a jump to
    /// <paramref name="done"/> (with one value on the stack to pop) when the iterator is exhausted. A numeric target
    /// receives a range's values unboxed.
    /// </summary>
    private void EmitForStep(VariableDefinition iterator, ExprNode target, ExprNode iterNode, Label done)
    {
        _il.LoadLocal(iterator);
        _il.LoadLocal(_threadState);
        if (target is Name n && TryGetNumber(Mangle(n.Id), out var number))
        {
            _il.Call(Runtime(RuntimeMembers.PyNum_ForNext));
            CheckNumber(iterNode);
            _il.Dup();
            _il.LoadField(Runtime(RuntimeMembers.PyNum_Kind));
            _il.LoadInt(PyNet.Runtime.PyNum.ExhaustedKind);
            _il.BranchIfEqual(done);
            _il.StoreLocal(number);
            return;
        }
        // A target that unpacks the item at once (for i, x in enumerate(xs)) lets the iterator hand out a tuple it reuses.
        var unpacks = target is Syntax.Tuple { Elts: var tupleElts } && !tupleElts.Any(e => e is Starred)
            || target is List { Elts: var listElts } && !listElts.Any(e => e is Starred);
        _il.Call(Runtime(unpacks ? RuntimeMembers.PyOps_ForNextToUnpack : RuntimeMembers.PyOps_ForNext));
        CheckObject(iterNode);
        _il.Dup();
        _il.LoadStaticField(Runtime(RuntimeMembers.PyOps_Done));
        _il.BranchIfEqual(done);
        EmitStore(target);
    }

    /// <summary>
    /// async for T in IT: BODY else: ORELSE
    /// ==> ait = AsyncIter(IT); top: [errors → stop] v = await AsyncNext(ait); T = v; BODY; goto top
    ///     stop: if the error is StopAsyncIteration: ORELSE else re-raise
    /// </summary>
    private void EmitAsyncFor(AsyncFor node)
    {
        var iterator = _il.DeclareLocal(Object);
        EmitExpression(node.Iter);
        _il.Call(Runtime(RuntimeMembers.PyOps_AsyncIter));
        CheckObject(node.Iter);
        _il.StoreLocal(iterator);
        var top = _il.DefineLabel("async_for");
        var stop = _il.DefineLabel("async_for_stop");
        var elseLabel = _il.DefineLabel("async_for_else");
        var end = _il.DefineLabel("async_for_end");
        _il.Mark(top);
        EmitAsyncNext(iterator, node.Iter, stop);
        EmitStore(node.Target);
        var loop = new LoopBlock(end, top);
        _blocks.Add(loop);
        EmitStatements(node.Body);
        _blocks.Remove(loop);
        EmitInterruptCheck(node.Body[^1]);
        _il.Branch(top);
        EmitAsyncStop(stop, elseLabel);
        _il.Mark(elseLabel);
        EmitStatements(node.Orelse);
        _il.Mark(end);
    }

    /// <summary>--> the next value of an async iterator: await __anext__(), with errors going to <paramref name="stop"/>.</summary>
    private void EmitAsyncNext(Mono.Cecil.Cil.VariableDefinition iterator, Node at, Label stop)
    {
        var outer = _errorTarget;
        _errorTarget = stop;
        _il.LoadLocal(iterator);
        _il.Call(Runtime(RuntimeMembers.PyOps_AsyncNext));
        CheckObject(at);
        EmitAwaitOnStack(at, isAwait: true);
        _errorTarget = outer;
    }

    /// <summary>stop: StopAsyncIteration ends the loop (goto <paramref name="finished"/>); any other error propagates.</summary>
    private void EmitAsyncStop(Label stop, Label finished)
    {
        _il.Mark(stop);
        _il.Call(Runtime(RuntimeMembers.PyOps_TakeStopAsyncIteration));
        _il.BranchIfTrue(finished);
        _il.Branch(_errorTarget);
    }

    /// <summary>
    /// A loop's back edge: Ctrl-C's safe point (CPython's eval breaker). One volatile load and a branch; when a
    /// SIGINT is pending, PyOps.TakeInterrupt raises KeyboardInterrupt at <paramref name="at"/>.
    /// </summary>
    private void EmitInterruptCheck(Node at)
    {
        var go = _il.DefineLabel("no_interrupt");
        _il.LoadStaticFieldVolatile(Runtime(RuntimeMembers.PyOps_InterruptRequested));
        _il.BranchIfFalse(go);
        _il.Call(Runtime(RuntimeMembers.PyOps_TakeInterrupt));
        CheckVoid(at);
        _il.Mark(go);
    }

    private LoopBlock? InnermostLoop()
    {
        for (var i = _blocks.Count - 1; i >= 0; i--)
        {
            if (_blocks[i] is LoopBlock l)
            {
                return l;
            }
        }
        return null;
    }

    private void EmitBreak(Break node)
    {
        var loop = InnermostLoop();
        CheckNotInExceptStar(node, loop);
        if (loop == null)
        {
            throw CompileError(node, ScopeErrors.BreakOutsideLoop);
        }
        EmitUnwind(loop, node);
        if (loop.TemporaryIterator != null)
        {
            EmitCloseTemporary(loop.TemporaryIterator);
        }
        if (_il.IsReachable)
        {
            _il.Branch(loop.Break);
        }
    }

    private void EmitContinue(Continue node)
    {
        var loop = InnermostLoop();
        CheckNotInExceptStar(node, loop);
        if (loop == null)
        {
            throw CompileError(node, ScopeErrors.ContinueOutsideLoop);
        }
        EmitUnwind(loop, node);
        if (_il.IsReachable)
        {
            EmitInterruptCheck(node);
            _il.Branch(loop.Continue);
        }
    }

    private void EmitReturn(Return node)
    {
        CheckNotInExceptStar(node, null);
        if (node.Value != null)
        {
            EmitExpression(node.Value);
        }
        else
        {
            _il.LoadNull();
        }
        _il.StoreLocal(_returnValue);
        EmitUnwind(null, node);
        if (_il.IsReachable)
        {
            _il.Branch(_returnLabel);
        }
    }

    private void EmitAssert(Assert node)
    {
        var ok = _il.DefineLabel("assert_ok");
        EmitCondition(node.Test, ok, jumpIfTrue: true);
        if (node.Msg != null)
        {
            EmitExpression(node.Msg);
        }
        else
        {
            _il.LoadNull();
        }
        _il.Call(Runtime(RuntimeMembers.PyOps_AssertionFailed));
        JumpToHandler(node, true);
        _il.Mark(ok);
    }
}
