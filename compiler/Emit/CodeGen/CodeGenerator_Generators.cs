using System.Collections.Generic;
using System.Linq;
using Mono.Cecil;
using Mono.Cecil.Cil;
using PyNet.Compiler.Syntax;
using PyNet.Runtime;

namespace PyNet.Compiler.Emit.CodeGen;

/// <summary>
/// Generators as state machines. A yield point k stores the operands pending on the evaluation stack in fresh locals,
/// sets the state to k and jumps to a shared SAVE block that copies every IL local into the generator's frame array
/// and returns the yielded value. Resuming enters through a RESTORE block that copies the locals back and switches on
/// the state to resume label k, which reloads the operands and pushes the sent value. A sent value of Raised (throw,
/// close) takes the ordinary error path at the yield point. No .NET exception handling is involved, so resuming inside
/// a try statement is a plain branch.
/// </summary>
internal sealed partial class CodeGenerator
{
    private readonly List<Label> _resumeLabels = new();
    private Label _saveLabel = null!;
    private Label _restoreLabel = null!;
    private VariableDefinition _yieldValue = null!;

    /// <summary>value --> sent value; suspends the generator at this point.</summary>
    private void EmitYieldValue(Node at, bool checkSent)
    {
        _il.StoreLocal(_yieldValue);
        var spills = SpillStack();
        var resume = _il.DefineLabel($"resume_{_resumeLabels.Count + 1}");
        _resumeLabels.Add(resume);
        _il.LoadArg(0);
        _il.LoadInt(_resumeLabels.Count);
        _il.StoreField(Runtime(RuntimeMembers.PyGenerator_State));
        _il.Branch(_saveLabel);
        _il.ExpectBranch(resume, string.Empty);
        _il.Mark(resume);
        foreach (var (local, kind) in spills)
        {
            _il.LoadLocal(local);
        }
        _il.LoadArg(1);
        if (checkSent)
        {
            CheckObject(at);
        }
    }

    /// <summary>Moves the operands on the evaluation stack into fresh locals (bottom first in the result).</summary>
    private List<(VariableDefinition Local, char Kind)> SpillStack()
    {
        var shape = _il.Shape;
        var spills = new List<(VariableDefinition, char)>();
        for (var i = shape.Length - 1; i >= 0; i--)
        {
            var type = shape[i] switch
            {
                'O' => Object,
                'I' => _module.Module.TypeSystem.Int32,
                _ => throw new System.InvalidOperationException($"cannot suspend with a '{shape[i]}' operand on the stack"),
            };
            var local = _il.DeclareLocal(type);
            _il.StoreLocal(local);
            spills.Insert(0, (local, shape[i]));
        }
        return spills;
    }

    private void EmitYield(Yield node)
    {
        if (_kind != UnitKind.Generator)
        {
            throw CompileError(node, "'yield' outside function");
        }
        EmitOptional(node.Value);
        if (_scope.IsCoroutine)
        {
            _il.Call(Runtime(RuntimeMembers.PyOps_AsyncGenWrap));
        }
        EmitYieldValue(node, checkSent: true);
    }

    /// <summary>
    /// yield from X (and await X) ==> it = iter(X); sent = None
    ///   loop: r = YieldFromStep(gen, it, sent); if r is Done: result = gen.DelegateResult
    ///         else: sent = yield r (a thrown exception is passed on to it); goto loop
    /// </summary>
    private void EmitYieldFrom(ExprNode value, Node at, bool isAwait)
    {
        if (_kind != UnitKind.Generator)
        {
            throw CompileError(at, isAwait ? "'await' outside function" : "'yield' outside function");
        }
        EmitExpression(value);
        EmitAwaitOnStack(at, isAwait);
    }

    /// <summary>awaitable --> result; the yield-from loop over the value on the stack.</summary>
    private void EmitAwaitOnStack(Node at, bool isAwait)
    {
        _il.Call(Runtime(isAwait ? RuntimeMembers.PyOps_AwaitIter : RuntimeMembers.PyOps_YieldFromIter));
        CheckObject(at);
        var iterator = _il.DeclareLocal(Object);
        var sent = _il.DeclareLocal(Object);
        _il.StoreLocal(iterator);
        _il.LoadNull();
        _il.StoreLocal(sent);
        var loop = _il.DefineLabel("yield_from");
        var finished = _il.DefineLabel("yield_from_done");
        _il.Mark(loop);
        _il.LoadArg(0);
        _il.LoadLocal(iterator);
        _il.LoadLocal(sent);
        _il.Call(Runtime(RuntimeMembers.PyOps_YieldFromStep));
        CheckObject(at);
        _il.Dup();
        _il.LoadStaticField(Runtime(RuntimeMembers.PyOps_Done));
        _il.BranchIfEqual(finished);
        EmitYieldValue(at, checkSent: false);
        _il.StoreLocal(sent);
        _il.Branch(loop);
        _il.Mark(finished);
        _il.Pop();
        _il.LoadArg(0);
        _il.LoadField(Runtime(RuntimeMembers.PyGenerator_DelegateResult));
    }

    /// <summary>The SAVE and RESTORE blocks, emitted last, when every local of the method is known.</summary>
    private void EmitSaveAndRestore()
    {
        var locals = _il.Method.Body.Variables.Where(v => v != _yieldValue && v != _threadState).ToList();
        var frame = _il.DeclareLocal(new ArrayType(Object));

        _il.ExpectBranch(_saveLabel, string.Empty);
        _il.Mark(_saveLabel);
        _il.LoadArg(0);
        _il.LoadInt(locals.Count);
        _il.Call(Runtime(RuntimeMembers.PyGenerator_EnsureFrame));
        _il.StoreLocal(frame);
        for (var i = 0; i < locals.Count; i++)
        {
            _il.LoadLocal(frame);
            _il.LoadInt(i);
            _il.LoadLocal(locals[i]);
            if (locals[i].VariableType.IsValueType)
            {
                _il.Box(locals[i].VariableType);
            }
            _il.StoreElementRef();
        }
        EmitLeaveFrame();
        _il.LoadLocal(_yieldValue);
        _il.Return();

        _il.Mark(_restoreLabel);
        _il.LoadArg(0);
        _il.LoadField(Runtime(RuntimeMembers.PyGenerator_Frame));
        _il.StoreLocal(frame);
        for (var i = 0; i < locals.Count; i++)
        {
            _il.LoadLocal(frame);
            _il.LoadInt(i);
            _il.LoadElementRef();
            var type = locals[i].VariableType;
            if (type.IsValueType)
            {
                _il.UnboxAny(type);
            }
            else if (type.FullName != "System.Object")
            {
                _il.CastClass(type);
            }
            _il.StoreLocal(locals[i]);
        }
        _il.LoadArg(0);
        _il.LoadField(Runtime(RuntimeMembers.PyGenerator_State));
        _il.LoadInt(1);
        _il.Subtract();
        _il.Switch(_resumeLabels.ToArray());
        // No other state reaches here (the runtime never resumes a finished generator); end it.
        _il.LoadNull();
        _il.StoreLocal(_returnValue);
        _il.Branch(_returnLabel);
    }
}
