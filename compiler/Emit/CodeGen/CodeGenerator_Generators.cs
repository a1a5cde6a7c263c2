using System.Collections.Generic;
using System.Linq;
using Mono.Cecil;
using Mono.Cecil.Cil;
using PyNet.Compiler.Semantics;
using PyNet.Compiler.Syntax;
using PyNet.Runtime;

namespace PyNet.Compiler.Emit.CodeGen;

/// <summary>
/// Generators as state machines. A yield point k stores the operands pending on the evaluation stack in fresh locals
/// and jumps to its SAVE block, which copies the locals live after the yield (see <see cref="LocalLiveness"/>) into
/// the generator's frame slots, sets the state to k and returns the yielded value. Resuming enters through a switch
/// on the state to RESTORE block k, which copies those locals back and jumps to resume label k, which reloads the
/// operands and pushes the sent value. A sent value of Raised (throw, close) takes the ordinary error path at the
/// yield point. No .NET exception handling is involved, so resuming inside a try statement is a plain branch.
/// </summary>
internal sealed partial class CodeGenerator
{
    private readonly List<(Label Save, Label Resume)> _yieldPoints = new();
    private Label _restoreLabel = null!;
    private VariableDefinition _yieldValue = null!;

    /// <summary>The frame slots a generator body saves its locals in (known once it is compiled).</summary>
    private int _frameSize;

    /// <summary>--> thread state or null; a generator body's prologue counts its frame on the resumer's thread state.</summary>
    private void EmitEnterGeneratorFrame()
    {
        _il.LoadArg(0);
        _il.LoadField(Runtime(RuntimeMembers.PyGenerator_ThreadState));
        _il.Call(Runtime(RuntimeMembers.PyOps_EnterFrameOn));
    }

    /// <summary>value --> sent value; suspends the generator at this point.</summary>
    private void EmitYieldValue(Node at, bool checkSent)
    {
        _il.StoreLocal(_yieldValue);
        var spills = SpillStack();
        var k = _yieldPoints.Count + 1;
        var save = _il.DefineLabel($"save_{k}");
        var resume = _il.DefineLabel($"resume_{k}");
        _yieldPoints.Add((save, resume));
        _il.Branch(save);
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

    /// <summary>
    /// The SAVE and RESTORE blocks of every yield point, emitted last, when the body is complete and the locals live
    /// after each yield are known. Each local saved anywhere has one frame slot; the locals saved at the most yields
    /// get the inline slots.
    /// </summary>
    private void EmitSaveAndRestore()
    {
        // Plain loops rather than LINQ over tuples: the generic code for those is in no precompiled image and was
        // jit-compiled at every compilation.
        var resumes = new List<Instruction>(_yieldPoints.Count);
        var continuations = new Dictionary<Instruction, Instruction>(_yieldPoints.Count);
        for (var k = 0; k < _yieldPoints.Count; k++)
        {
            resumes.Add(_yieldPoints[k].Resume.Target);
            continuations[_yieldPoints[k].Save.Target] = _yieldPoints[k].Resume.Target;
        }
        var live = LocalLiveness.LiveAt(_il.Method.Body, resumes, continuations);
        // The globals and the closure cells are read again from the function on resumption rather than saved.
        var derived = new List<(VariableDefinition Local, int FreeIndex)>();
        var derivedLocals = new HashSet<VariableDefinition>();
        foreach (var d in DerivedLocals())
        {
            if (live.Exists(set => set.Contains(d.Local)))
            {
                derived.Add(d);
                derivedLocals.Add(d.Local);
            }
        }
        foreach (var set in live)
        {
            set.RemoveAll(v => v == _yieldValue || v == _threadState || derivedLocals.Contains(v));
        }
        // One slot per saved local; the locals saved at the most yields get the first (inline) slots.
        var counts = new Dictionary<VariableDefinition, int>();
        foreach (var set in live)
        {
            foreach (var v in set)
            {
                counts[v] = counts.GetValueOrDefault(v) + 1;
            }
        }
        var order = new List<VariableDefinition>(counts.Keys);
        order.Sort((a, b) => counts[a] != counts[b] ? counts[b].CompareTo(counts[a]) : a.Index.CompareTo(b.Index));
        var slots = new Dictionary<VariableDefinition, int>(order.Count);
        for (var i = 0; i < order.Count; i++)
        {
            slots[order[i]] = i;
        }
        _frameSize = slots.Count;
        var restores = new Label[_yieldPoints.Count];
        for (var k = 0; k < _yieldPoints.Count; k++)
        {
            _il.Mark(_yieldPoints[k].Save);
            foreach (var v in live[k])
            {
                EmitSaveLocal(v, slots[v]);
            }
            _il.LoadArg(0);
            _il.LoadInt(k + 1);
            _il.StoreField(Runtime(RuntimeMembers.PyGenerator_State));
            EmitLeaveFrame();
            _il.LoadLocal(_yieldValue);
            _il.Return();
            restores[k] = _il.DefineLabel($"restore_{k + 1}");
        }

        _il.Mark(_restoreLabel);
        foreach (var (local, freeIndex) in derived)
        {
            EmitLoadDerived(freeIndex);
            _il.StoreLocal(local);
        }
        _il.LoadArg(0);
        _il.LoadField(Runtime(RuntimeMembers.PyGenerator_State));
        _il.LoadInt(1);
        _il.Subtract();
        _il.Switch(restores);
        // No other state reaches here (the runtime never resumes a finished generator); end it.
        _il.LoadNull();
        _il.StoreLocal(_returnValue);
        _il.Branch(_returnLabel);
        for (var k = 0; k < _yieldPoints.Count; k++)
        {
            _il.Mark(restores[k]);
            foreach (var v in live[k])
            {
                EmitLoadGeneratorSlot(slots[v]);
                var type = v.VariableType;
                if (IsNumberLocal(v))
                {
                    _il.Call(Runtime(RuntimeMembers.PyNum_OfObject));
                }
                else if (type.IsValueType)
                {
                    _il.UnboxAny(type);
                }
                // A reference local of a narrower type (an iterator, a dict) gets back the object it saved, without a
                // cast: the slot holds nothing else at this yield.
                _il.StoreLocal(v);
            }
            _il.Branch(_yieldPoints[k].Resume);
        }
    }

    /// <summary>
    /// Saves local <paramref name="v"/> in frame <paramref name="slot"/> at a yield. The slot is compared first: most
    /// locals live across a yield (the loop's iterator, the arguments) still hold what the last resumption restored,
    /// and skipping the store skips its GC write barrier.
    /// </summary>
    private void EmitSaveLocal(VariableDefinition v, int slot)
    {
        var value = v;
        if (IsNumberLocal(v) || v.VariableType.IsValueType)
        {
            // A numeric local is saved as its Python value (its kept box, or a new one); other structs are boxed.
            value = _il.DeclareLocal(Object);
            if (IsNumberLocal(v))
            {
                EmitLoadNumberAsObject(v);
            }
            else
            {
                _il.LoadLocal(v);
                _il.Box(v.VariableType);
            }
            _il.StoreLocal(value);
        }
        var unchanged = _il.DefineLabel("slot_unchanged");
        EmitLoadGeneratorSlot(slot);
        _il.LoadLocal(value);
        _il.BranchIfEqual(unchanged);
        EmitStoreSlot(slot, () => _il.LoadLocal(value));
        _il.Mark(unchanged);
    }

    /// <summary>
    /// The locals a generator body re-derives from its function on every resumption: the globals (free index -1) and
    /// the closure cells (their index in the closure).
    /// </summary>
    private IEnumerable<(VariableDefinition Local, int FreeIndex)> DerivedLocals()
    {
        if (_globals != null)
        {
            yield return (_globals, -1);
        }
        for (var i = 0; i < _scope.FreeVars.Count; i++)
        {
            if (_cells.TryGetValue(_scope.FreeVars[i], out var cell))
            {
                yield return (cell, i);
            }
        }
    }

    /// <summary>--> the globals (<paramref name="freeIndex"/> -1) or closure cell <paramref name="freeIndex"/> of the function.</summary>
    private void EmitLoadDerived(int freeIndex)
    {
        LoadFunctionObject();
        if (freeIndex < 0)
        {
            _il.LoadField(Runtime(RuntimeMembers.PyFunction_Globals));
            return;
        }
        _il.LoadField(Runtime(RuntimeMembers.PyFunction_Closure));
        _il.LoadInt(freeIndex);
        _il.LoadElementRef();
    }

    /// <summary>--> frame slot <paramref name="slot"/> of the running generator (an inline field or a Frame element).</summary>
    private void EmitLoadGeneratorSlot(int slot)
    {
        _il.LoadArg(0);
        if (slot < PyGenerator.InlineSlots)
        {
            _il.LoadField(Runtime(RuntimeMembers.PyGenerator_Slots[slot]));
            return;
        }
        _il.LoadField(Runtime(RuntimeMembers.PyGenerator_Frame));
        _il.LoadInt(slot - PyGenerator.InlineSlots);
        _il.LoadElementRef();
    }

    /// <summary>Stores the value <paramref name="pushValue"/> pushes in frame slot <paramref name="slot"/> of the running generator.</summary>
    private void EmitStoreSlot(int slot, System.Action pushValue)
    {
        _il.LoadArg(0);
        if (slot < PyGenerator.InlineSlots)
        {
            pushValue();
            _il.StoreField(Runtime(RuntimeMembers.PyGenerator_Slots[slot]));
            return;
        }
        _il.LoadField(Runtime(RuntimeMembers.PyGenerator_Frame));
        _il.LoadInt(slot - PyGenerator.InlineSlots);
        pushValue();
        _il.StoreElementRef();
    }

    /// <summary>
    /// The body of a generator function's entry: creates the generator and stores its arguments in frame slots
    /// 0, 1, ... (from an array the generator does not keep, or from the entry's own parameters). The body is passed
    /// as a function pointer, so creating a generator allocates the generator and, past the inline slots, one array.
    /// </summary>
    private void EmitMakeGenerator(MethodDefinition method, MethodDefinition resumable, Scope scope, bool argsFromArray, int count, int frameSize)
    {
        var il = new ILBuilder(method);
        il.LoadArg(0);
        il.LoadFunctionPointer(resumable);
        il.LoadInt(scope.IsCoroutine ? PyGenerator.KindCoroutine : PyGenerator.KindGenerator);
        il.LoadInt(System.Math.Max(0, System.Math.Max(count, frameSize) - PyGenerator.InlineSlots));
        il.Call(Runtime(RuntimeMembers.PyOps_MakeGenerator));
        if (argsFromArray)
        {
            il.Dup();
            il.LoadArg(1);
            il.Call(Runtime(RuntimeMembers.PyGenerator_LoadArguments));
        }
        else
        {
            for (var i = 0; i < count; i++)
            {
                il.Dup();
                if (i < PyGenerator.InlineSlots)
                {
                    il.LoadArg(i + 1);
                    il.StoreField(Runtime(RuntimeMembers.PyGenerator_Slots[i]));
                }
                else
                {
                    il.LoadField(Runtime(RuntimeMembers.PyGenerator_Frame));
                    il.LoadInt(i - PyGenerator.InlineSlots);
                    il.LoadArg(i + 1);
                    il.StoreElementRef();
                }
            }
        }
        if (scope.IsCoroutine && scope.IsGenerator)
        {
            il.Call(Runtime(RuntimeMembers.PyOps_MakeAsyncGenerator));
        }
        il.Return();
        il.Finish();
    }
}
