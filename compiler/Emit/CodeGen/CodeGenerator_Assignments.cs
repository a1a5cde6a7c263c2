using System.Collections.Generic;
using System.Linq;
using Mono.Cecil.Cil;
using PyNet.Compiler.Syntax;

namespace PyNet.Compiler.Emit.CodeGen;

internal sealed partial class CodeGenerator
{
    private void EmitAssign(Assign node)
    {
        if (TryEmitNumericAssign(node) || TryEmitParallelAssign(node))
        {
            return;
        }
        if (node.Targets.Count == 1 && CanEvaluateAfterTarget(node.Value, node.Targets[0]))
        {
            // No temporary for the value: its evaluation after the target's parts is unobservable.
            EmitStoreOf(node.Targets[0], () => EmitExpression(node.Value));
            return;
        }
        EmitExpression(node.Value);
        for (var i = 0; i < node.Targets.Count; i++)
        {
            if (i < node.Targets.Count - 1)
            {
                _il.Dup();
            }
            EmitStore(node.Targets[i]);
        }
    }

    /// <summary>
    /// x: T = v ==> x = v; in module and class bodies also __annotations__['x'] = T (for a simple name target);
    /// other targets evaluate their object expression and, outside functions, the annotation.
    /// </summary>
    private void EmitAnnAssign(AnnAssign node)
    {
        if (node.Value != null)
        {
            EmitExpression(node.Value);
            EmitStore(node.Target);
        }
        var inBody = _kind is UnitKind.Module or UnitKind.ClassBody;
        if (node.Target is Name n && node.Simple != 0)
        {
            if (inBody)
            {
                EmitLoadName("__annotations__", node);
                _il.LoadStaticField(_module.Name(Mangle(n.Id)));
                EmitExpression(node.Annotation);
                _il.Call(Runtime(RuntimeMembers.PyOps_SetItem));
                CheckVoid(node);
            }
            return;
        }
        if (node.Value == null)
        {
            switch (node.Target)
            {
                case Attribute a:
                    EmitExpression(a.Value);
                    _il.Pop();
                    break;
                case Subscript s:
                    EmitExpression(s.Value);
                    _il.Pop();
                    EmitExpression(s.Slice);
                    _il.Pop();
                    break;
            }
        }
        if (inBody)
        {
            EmitExpression(node.Annotation);
            _il.Pop();
        }
    }

    /// <summary>A module or class body with annotated assignments starts with __annotations__ = {} (SETUP_ANNOTATIONS).</summary>
    private void EmitSetupAnnotations(System.Collections.Generic.List<StmtNode> body)
    {
        if (!ContainsAnnotations(body))
        {
            return;
        }
        _il.NewObject(Runtime(RuntimeMembers.PyDict_New));
        EmitStoreName("__annotations__", body[0]);
    }

    private static bool ContainsAnnotations(System.Collections.Generic.List<StmtNode> body) => body.Any(s => s switch
    {
        AnnAssign => true,
        If i => ContainsAnnotations(i.Body) || ContainsAnnotations(i.Orelse),
        For f => ContainsAnnotations(f.Body) || ContainsAnnotations(f.Orelse),
        While w => ContainsAnnotations(w.Body) || ContainsAnnotations(w.Orelse),
        With w => ContainsAnnotations(w.Body),
        Try t => ContainsAnnotations(t.Body) || ContainsAnnotations(t.Orelse) || ContainsAnnotations(t.Finalbody)
            || t.Handlers.OfType<ExceptHandler>().Any(h => ContainsAnnotations(h.Body)),
        Match m => m.Cases.Any(c => ContainsAnnotations(c.Body)),
        _ => false,
    });

    /// <summary>
    /// target op= value ==> target = InPlace(target, value)  (a.x and a[i] evaluate a and i once)
    /// </summary>
    private void EmitAugAssign(AugAssign node)
    {
        if (TryEmitNumericAugAssign(node))
        {
            return;
        }
        switch (node.Target)
        {
            case Name n:
                EmitLoadName(n.Id, n);
                EmitInPlaceOperation(node);
                EmitStoreName(n.Id, node);
                break;
            case Attribute a:
                var obj = Temp();
                EmitExpression(a.Value);
                _il.StoreLocal(obj);
                _il.LoadStaticField(_module.Site(RuntimeMembers.GetAttrSite_New, Mangle(a.Attr)));
                _il.LoadLocal(obj);
                _il.Call(Runtime(RuntimeMembers.GetAttrSite_Get));
                CheckObject(a);
                EmitInPlaceOperation(node);
                var result = Temp();
                _il.StoreLocal(result);
                _il.LoadStaticField(_module.Site(RuntimeMembers.SetAttrSite_New, Mangle(a.Attr)));
                _il.LoadLocal(obj);
                _il.LoadLocal(result);
                _il.Call(Runtime(RuntimeMembers.SetAttrSite_Set));
                CheckVoid(a);
                Release(obj);
                Release(result);
                break;
            case Subscript s:
                var container = Temp();
                EmitExpression(s.Value);
                _il.StoreLocal(container);
                var keyKind = IndexKindOf(s.Slice);
                var key = Temp(IndexType(keyKind));
                EmitIndex(s.Slice, keyKind);
                _il.StoreLocal(key);
                _il.LoadLocal(container);
                _il.LoadLocal(key);
                EmitGetItemCall(keyKind);
                CheckObject(s);
                EmitInPlaceOperation(node);
                var value = Temp();
                _il.StoreLocal(value);
                _il.LoadLocal(container);
                _il.LoadLocal(key);
                _il.LoadLocal(value);
                EmitSetItemCall(keyKind);
                CheckVoid(s);
                Release(container);
                Release(key);
                Release(value);
                break;
            default:
                throw CompileError(node, "illegal expression for augmented assignment");
        }
    }

    /// <summary>current --> current op= value (numeric operands inline, else the in-place protocol).</summary>
    private void EmitInPlaceOperation(AugAssign node)
    {
        var current = Temp();
        _il.StoreLocal(current);
        _evaluatedOperands[node.Target] = current;
        var floats = TryEmitFloatTree(node.Value, boxed: true, needEvidence: true, node, node.Target);
        _evaluatedOperands.Remove(node.Target);
        if (floats)
        {
            Release(current);
            return;
        }
        _il.LoadLocal(current);
        Release(current);
        if (IsNumeric(node.Value))
        {
            _il.Call(Runtime(RuntimeMembers.PyNum_OfObject));
            EmitNumber(node.Value);
            EmitNumberBinary(node.Op, inPlace: true, node);
            _il.Call(Runtime(RuntimeMembers.PyNum_ToObject));
            return;
        }
        EmitExpression(node.Value);
        _il.LoadInt((int)BinaryOperatorOf(node.Op));
        _il.Call(Runtime(RuntimeMembers.PyOps_InPlace));
        CheckObject(node);
    }

    private static PyNet.Runtime.BinaryOperator BinaryOperatorOf(OperatorKind op) => (PyNet.Runtime.BinaryOperator)(int)op;

    /// <summary>value --> ; assigns to a target (name, attribute, subscript, or a tuple/list pattern).</summary>
    private void EmitStore(ExprNode target)
    {
        switch (target)
        {
            case Name n:
                EmitStoreName(n.Id, n);
                break;
            case Attribute or Subscript:
                var value = Temp();
                _il.StoreLocal(value);
                EmitStoreOf(target, () => _il.LoadLocal(value));
                Release(value);
                break;
            case Syntax.Tuple t:
                EmitUnpack(t.Elts, t);
                break;
            case List l:
                EmitUnpack(l.Elts, l);
                break;
            case Starred s:
                throw CompileError(s, "starred assignment target must be in a list or tuple");
            default:
                throw CompileError(target, $"cannot assign to {target.PythonName}");
        }
    }

    /// <summary>--> ; stores into an attribute or subscript target the value that <paramref name="loadValue"/> pushes.</summary>
    private void EmitStoreOf(ExprNode target, System.Action loadValue)
    {
        if (target is Attribute a)
        {
            _il.LoadStaticField(_module.Site(RuntimeMembers.SetAttrSite_New, Mangle(a.Attr)));
            EmitExpression(a.Value);
            loadValue();
            _il.Call(Runtime(RuntimeMembers.SetAttrSite_Set));
            CheckVoid(a);
            return;
        }
        var s = (Subscript)target;
        EmitExpression(s.Value);
        var indexKind = IndexKindOf(s.Slice);
        EmitIndex(s.Slice, indexKind);
        loadValue();
        EmitSetItemCall(indexKind);
        CheckVoid(s);
    }

    /// <summary>
    /// Whether the value of <c>target = value</c> may be evaluated after the target's object and index, as the store
    /// needs them, instead of first, as Python does, without a difference: a constant, or a local read when the
    /// target's parts are local reads or constants (nothing between can rebind the local or raise).
    /// </summary>
    private bool CanEvaluateAfterTarget(ExprNode value, ExprNode target) =>
        target is Attribute or Subscript && (value is Constant || (IsPureLocalRead(value) && target switch
        {
            Attribute a => IsConstantOrLocalRead(a.Value),
            Subscript s => IsConstantOrLocalRead(s.Value) && IsConstantOrLocalRead(s.Slice),
            _ => false,
        }));

    private bool IsConstantOrLocalRead(ExprNode e) => e is Constant || IsPureLocalRead(e);

    private void EmitUnpack(System.Collections.Generic.List<ExprNode> elements, ExprNode node)
    {
        var star = elements.FindIndex(e => e is Starred);
        if (star < 0)
        {
            _il.LoadInt(elements.Count);
            _il.Call(Runtime(RuntimeMembers.PyOps_Unpack));
        }
        else
        {
            _il.LoadInt(star);
            _il.LoadInt(elements.Count - star - 1);
            _il.Call(Runtime(RuntimeMembers.PyOps_UnpackStar));
        }
        CheckObject(node);
        var unpacked = Temp();
        _il.StoreLocal(unpacked);
        // Every item is read before the first store (a store may run code that changes a list being unpacked, whose
        // backing array PyOps.Unpack returns). The result is a tuple or an object[] (PyOps.UnpackedItem).
        var items = new List<VariableDefinition>();
        for (var i = 0; i < elements.Count; i++)
        {
            _il.LoadLocal(unpacked);
            _il.LoadInt(i);
            _il.Call(Runtime(RuntimeMembers.PyOps_UnpackedItem));
            var item = Temp();
            _il.StoreLocal(item);
            items.Add(item);
        }
        Release(unpacked);
        for (var i = 0; i < elements.Count; i++)
        {
            _il.LoadLocal(items[i]);
            Release(items[i]);
            EmitStore(elements[i] is Starred s ? s.Value : elements[i]);
        }
    }

    private void EmitDelete(ExprNode target)
    {
        switch (target)
        {
            case Name n:
                EmitDeleteName(n.Id, n);
                break;
            case Attribute a:
                EmitExpression(a.Value);
                _il.LoadStaticField(_module.Name(Mangle(a.Attr)));
                _il.Call(Runtime(RuntimeMembers.PyOps_DelAttr));
                CheckVoid(a);
                break;
            case Subscript s:
                EmitExpression(s.Value);
                EmitExpression(s.Slice);
                _il.Call(Runtime(RuntimeMembers.PyOps_DelItem));
                CheckVoid(s);
                break;
            case Syntax.Tuple t:
                t.Elts.ForEach(EmitDelete);
                break;
            case List l:
                l.Elts.ForEach(EmitDelete);
                break;
            default:
                throw CompileError(target, $"cannot delete {target.PythonName}");
        }
    }
}
