using System.Collections.Generic;
using Mono.Cecil;
using Mono.Cecil.Cil;
using PyNet.Compiler.Syntax;
using PyNet.Runtime;

namespace PyNet.Compiler.Emit.CodeGen;

/// <summary>
/// Float trees (docs/design.md, "Float arithmetic in IL"): an expression of <c>+ - * / **</c> and unary minus whose
/// variable operands all turn out to be floats is computed as IL doubles, with no runtime call and no intermediate
/// PyNum or box. The operands that are not side-effect-free local reads (subscripts, calls, attributes) must all come
/// before the tree's first operation in Python's evaluation order; they are evaluated first, in order, into
/// temporaries. The tree then tests that every variable operand is an exact float (a PyNum of the float kind, or a boxed
/// double) and computes; a division by zero, a pow outside its fast domain or a non-float operand branches to the
/// general PyNum evaluation of the same tree over the same temporaries, which raises or dispatches exactly as before
/// (re-reading locals and constants is unobservable).
/// </summary>
internal sealed partial class CodeGenerator
{
    private const long ExactIntInDouble = 1L << 53;

    /// <summary>Operands of the float tree being emitted that were evaluated into object temporaries.</summary>
    private readonly Dictionary<ExprNode, VariableDefinition> _evaluatedOperands = new(ReferenceEqualityComparer.Instance);

    /// <summary>True while emitting a float tree's general path: its subtrees do not try the float path again.</summary>
    private bool _inFloatFallback;

    /// <summary>How a subscript's index is passed: an int constant (long), a numeric value (PyNum), or an object.</summary>
    private enum IndexKind
    {
        Object,
        Number,
        Constant,
    }

    private IndexKind IndexKindOf(ExprNode index) =>
        TryFoldSmallInt(index, out _) ? IndexKind.Constant : IsNumeric(index) ? IndexKind.Number : IndexKind.Object;

    /// <summary>The type of a temporary holding an index of this kind.</summary>
    private TypeReference IndexType(IndexKind kind) => kind switch
    {
        IndexKind.Constant => _module.Import(typeof(long)),
        IndexKind.Number => NumType,
        _ => Object,
    };

    /// <summary>--> index (long, PyNum or object, by its kind).</summary>
    private void EmitIndex(ExprNode index, IndexKind kind)
    {
        switch (kind)
        {
            case IndexKind.Constant:
                TryFoldSmallInt(index, out var constant);
                _il.LoadLong(constant);
                break;
            case IndexKind.Number:
                EmitIndexNumber(index);
                break;
            default:
                EmitExpression(index);
                break;
        }
    }

    /// <summary>container, index --> item (unchecked).</summary>
    private void EmitGetItemCall(IndexKind kind) => _il.Call(Runtime(kind switch
    {
        IndexKind.Constant => RuntimeMembers.PyNum_GetItemAt,
        IndexKind.Number => RuntimeMembers.PyNum_GetItem,
        _ => RuntimeMembers.PyOps_GetItem,
    }));

    /// <summary>container, index, value --> null or Raised (unchecked).</summary>
    private void EmitSetItemCall(IndexKind kind) => _il.Call(Runtime(kind switch
    {
        IndexKind.Constant => RuntimeMembers.PyNum_SetItemAt,
        IndexKind.Number => RuntimeMembers.PyNum_SetItem,
        _ => RuntimeMembers.PyOps_SetItem,
    }));

    /// <summary>--> PyNum: a subscript's numeric index, which is no float tree (a float index is an error anyway).</summary>
    private void EmitIndexNumber(ExprNode index)
    {
        var saved = _inFloatFallback;
        _inFloatFallback = true;
        EmitNumber(index);
        _inFloatFallback = saved;
    }

    private TypeReference DoubleType => _module.Import(typeof(double));

    /// <summary>What a float tree's node is: not computable as doubles, an int constant, or a float value.</summary>
    private enum FloatShape
    {
        None,
        IntConstant,
        Float,
    }

    private static bool IsFloatOperator(OperatorKind op) =>
        op is OperatorKind.Add or OperatorKind.Sub or OperatorKind.Mult or OperatorKind.Div or OperatorKind.Pow;

    /// <summary>An int constant (possibly negated) that converts to a double exactly.</summary>
    private static bool TryFoldSmallInt(ExprNode e, out long value)
    {
        switch (e)
        {
            case Constant { Value: long l } when l >= -ExactIntInDouble && l <= ExactIntInDouble:
                value = l;
                return true;
            case UnaryOp { Op: UnaryOpKind.USub or UnaryOpKind.UAdd } u when TryFoldSmallInt(u.Operand, out var inner):
                value = u.Op == UnaryOpKind.USub ? -inner : inner;
                return true;
        }
        value = 0;
        return false;
    }

    /// <summary>A local read that cannot raise or have effects: a surely bound fast local (numeric or object).</summary>
    private bool IsPureLocalRead(ExprNode e) =>
        e is Name n && _surelyBound.Contains(n) && StorageOf(Mangle(n.Id)) == Semantics.SymbolStorage.Local;

    /// <summary>The plan of a float tree: its operands evaluated first, and whether it has float evidence.</summary>
    private sealed class FloatPlan
    {
        public List<ExprNode> Evaluated { get; } = new();

        public bool OperationSeen { get; set; }

        public int Operations { get; set; }

        public bool HasEvidence { get; set; }
    }

    private FloatShape Classify(ExprNode e, FloatPlan plan)
    {
        if (TryFoldSmallInt(e, out _))
        {
            return FloatShape.IntConstant;
        }
        switch (e)
        {
            case BinOp b when IsFloatOperator(b.Op):
            {
                var left = Classify(b.Left, plan);
                if (left == FloatShape.None)
                {
                    return FloatShape.None;
                }
                var right = Classify(b.Right, plan);
                if (right == FloatShape.None || (left != FloatShape.Float && right != FloatShape.Float))
                {
                    return FloatShape.None;
                }
                plan.OperationSeen = true;
                plan.Operations++;
                plan.HasEvidence |= b.Op == OperatorKind.Div;
                return FloatShape.Float;
            }
            case UnaryOp { Op: UnaryOpKind.USub or UnaryOpKind.UAdd } u:
                if (Classify(u.Operand, plan) != FloatShape.Float)
                {
                    return FloatShape.None;
                }
                plan.OperationSeen = true;
                plan.Operations++;
                return FloatShape.Float;
            case Constant { Value: double }:
                plan.HasEvidence = true;
                return FloatShape.Float;
            case Constant:
                return FloatShape.None;
            case var _ when _evaluatedOperands.ContainsKey(e):
                return FloatShape.Float;
            case Name n when IsPureLocalRead(n):
                plan.HasEvidence |= TryGetNumber(Mangle(n.Id), out _);
                return FloatShape.Float;
        }
        if (IsSurelyNotNumber(e) || plan.OperationSeen || MaySuspend(e))
        {
            // An operand evaluated after an operation would run before it: the order would be wrong if it raised.
            return FloatShape.None;
        }
        plan.Evaluated.Add(e);
        return FloatShape.Float;
    }

    /// <summary>
    /// Emits <paramref name="node"/> (or <c>left op= node</c> when <paramref name="augmented"/> is given, with
    /// <paramref name="left"/> already in <see cref="_evaluatedOperands"/> or a pure local read) as a float tree:
    /// --> PyNum, or --> object when <paramref name="boxed"/>. False, emitting nothing, when the tree does not qualify;
    /// <paramref name="needEvidence"/> asks for a sign that the tree computes with numbers (an object context, where a
    /// single <c>a + b</c> is as likely a str or list operation).
    /// </summary>
    private bool TryEmitFloatTree(ExprNode node, bool boxed, bool needEvidence, AugAssign? augmented = null, ExprNode? left = null)
    {
        if (_inFloatFallback || (augmented == null && node is not (BinOp or UnaryOp)) || (augmented != null && !IsFloatOperator(augmented.Op)))
        {
            return false;
        }
        var plan = new FloatPlan();
        if (augmented != null)
        {
            var leftShape = Classify(left!, plan);
            var rightShape = Classify(node, plan);
            if (leftShape != FloatShape.Float || rightShape == FloatShape.None)
            {
                return false;
            }
            plan.Operations++;
        }
        else if (Classify(node, plan) != FloatShape.Float || !plan.OperationSeen)
        {
            return false;
        }
        if (needEvidence && !plan.HasEvidence && plan.Operations < 2)
        {
            return false;
        }

        var temps = new List<VariableDefinition>();
        foreach (var operand in plan.Evaluated)
        {
            EmitExpression(operand);
            var temp = Temp();
            _il.StoreLocal(temp);
            _evaluatedOperands[operand] = temp;
            temps.Add(temp);
        }
        var slow = _il.DefineLabel("float_general");
        var done = _il.DefineLabel("float_done");
        var result = augmented != null
            ? CombineFloats(ComputeFloat(left!, slow), augmented.Op, ComputeFloat(node, slow), slow, node)
            : ComputeFloat(node, slow);
        if (boxed)
        {
            _il.LoadLocal(result);
            _il.Box(DoubleType);
        }
        else
        {
            var number = Temp(NumType);
            _il.LoadLocalAddress(number);
            _il.InitObject(NumType);
            _il.LoadLocalAddress(number);
            _il.LoadInt(PyNum.FloatKind);
            _il.StoreField(Runtime(RuntimeMembers.PyNum_Kind));
            _il.LoadLocalAddress(number);
            _il.LoadLocal(result);
            _il.Call(Runtime(RuntimeMembers.BitConverter_DoubleToInt64Bits));
            _il.StoreField(Runtime(RuntimeMembers.PyNum_Bits));
            _il.LoadLocal(number);
            Release(number);
        }
        Release(result);
        _il.Branch(done);

        _il.Mark(slow);
        var saved = _inFloatFallback;
        _inFloatFallback = true;
        if (augmented != null)
        {
            EmitNumber(left!);
            EmitNumber(node);
            EmitNumberBinary(augmented.Op, inPlace: true, augmented);
        }
        else
        {
            EmitNumber(node);
        }
        _inFloatFallback = saved;
        if (boxed)
        {
            _il.Call(Runtime(RuntimeMembers.PyNum_ToObject));
        }
        _il.Mark(done);

        foreach (var operand in plan.Evaluated)
        {
            _evaluatedOperands.Remove(operand);
        }
        temps.ForEach(Release);
        return true;
    }

    /// <summary>
    /// --> (nothing); computes a node of a classified float tree into a new double temporary, branching to
    /// <paramref name="slow"/> (with nothing on the stack above the tree's base) when an operand is not a float or an
    /// operation is outside the fast domain.
    /// </summary>
    private VariableDefinition ComputeFloat(ExprNode e, Label slow)
    {
        if (TryFoldSmallInt(e, out var small))
        {
            return DoubleTemp(() => _il.LoadDouble(small));
        }
        switch (e)
        {
            case BinOp b when IsFloatOperator(b.Op) && !_evaluatedOperands.ContainsKey(e):
                return CombineFloats(ComputeFloat(b.Left, slow), b.Op, ComputeFloat(b.Right, slow), slow, b.Right);
            case UnaryOp { Op: UnaryOpKind.USub or UnaryOpKind.UAdd } u when !_evaluatedOperands.ContainsKey(e):
                var value = ComputeFloat(u.Operand, slow);
                if (u.Op == UnaryOpKind.USub)
                {
                    _il.LoadLocal(value);
                    _il.Negate();
                    _il.StoreLocal(value);
                }
                return value;
            case Constant { Value: double d }:
                return DoubleTemp(() => _il.LoadDouble(d));
        }
        VariableDefinition? objectLocal;
        if (!_evaluatedOperands.TryGetValue(e, out objectLocal))
        {
            var name = Mangle(((Name)e).Id);
            if (TryGetNumber(name, out var number))
            {
                _il.LoadLocalAddress(number);
                _il.LoadField(Runtime(RuntimeMembers.PyNum_Kind));
                _il.LoadInt(PyNum.FloatKind);
                _il.BranchIfNotEqual(slow);
                return DoubleTemp(() =>
                {
                    _il.LoadLocalAddress(number);
                    _il.LoadField(Runtime(RuntimeMembers.PyNum_Bits));
                    _il.Call(Runtime(RuntimeMembers.BitConverter_Int64BitsToDouble));
                });
            }
            objectLocal = _locals[name];
        }
        // An exact float: a boxed double (instances of float subclasses are other objects).
        _il.LoadLocal(objectLocal);
        _il.IsInstance(DoubleType);
        _il.BranchIfFalse(slow);
        return DoubleTemp(() =>
        {
            _il.LoadLocal(objectLocal);
            _il.UnboxAny(DoubleType);
        });
    }

    private VariableDefinition DoubleTemp(System.Action load)
    {
        load();
        var temp = Temp(DoubleType);
        _il.StoreLocal(temp);
        return temp;
    }

    /// <summary>left op right as doubles, into left's temporary, as CPython's float operations compute them.</summary>
    private VariableDefinition CombineFloats(VariableDefinition left, OperatorKind op, VariableDefinition right, Label slow, ExprNode? exponent = null)
    {
        switch (op)
        {
            case OperatorKind.Div:
                // float division by zero raises ZeroDivisionError: the general path raises it.
                _il.LoadLocal(right);
                _il.LoadDouble(0);
                _il.BranchIfEqual(slow);
                break;
            case OperatorKind.Pow:
                // As PyNum.Pow: C's pow for a positive base (float_pow's special cases agree with it there) when the
                // result is finite; a base <= 0 or NaN, and overflow, take the general path.
                _il.LoadLocal(left);
                _il.LoadDouble(0);
                _il.BranchIfNotGreater(slow);
                break;
        }
        if (op == OperatorKind.Pow && exponent is Constant { Value: 0.5 })
        {
            _il.LoadLocal(left);
            _il.Call(Runtime(RuntimeMembers.PyNum_PowHalf));
            _il.StoreLocal(left);
            Release(right);
            return left;
        }
        _il.LoadLocal(left);
        _il.LoadLocal(right);
        switch (op)
        {
            case OperatorKind.Add:
                _il.Add();
                break;
            case OperatorKind.Sub:
                _il.Subtract();
                break;
            case OperatorKind.Mult:
                _il.Multiply();
                break;
            case OperatorKind.Div:
                _il.Divide();
                break;
            default:
                _il.Call(Runtime(RuntimeMembers.Math_Pow));
                break;
        }
        _il.StoreLocal(left);
        Release(right);
        if (op == OperatorKind.Pow)
        {
            _il.LoadLocal(left);
            _il.Call(Runtime(RuntimeMembers.Double_IsFinite));
            _il.BranchIfFalse(slow);
        }
        return left;
    }
}
