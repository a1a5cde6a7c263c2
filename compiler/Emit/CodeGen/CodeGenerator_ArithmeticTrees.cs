using System.Collections.Generic;
using System.Linq;
using Mono.Cecil;
using Mono.Cecil.Cil;
using PyNet.Compiler.Syntax;
using PyNet.Runtime;

namespace PyNet.Compiler.Emit.CodeGen;

/// <summary>
/// Arithmetic trees (docs/design.md, "Arithmetic trees in IL"): an expression of arithmetic operators whose variable
/// operands all turn out to be floats (or all ints) is computed as IL doubles (or longs), with no runtime call and no
/// intermediate PyNum or box. The operands that are not side-effect-free local reads (subscripts, calls, attributes)
/// must all come before the tree's first operation in Python's evaluation order; they are evaluated first, in order,
/// into temporaries. The tree then tests that every variable operand is an exact float (a PyNum of the float kind, or a
/// boxed double) or an exact int that fits a long, and computes; a division by zero, an int overflow, a pow outside its
/// fast domain or an operand of another kind branches to the next attempt, and finally to the general PyNum evaluation
/// of the same tree over the same temporaries, which raises or dispatches exactly as before (re-reading locals and
/// constants is unobservable). Which attempts a tree gets is decided from its operators, constants and the loop
/// variables it reads (range targets are ints); a tree with no evidence tries floats, then ints.
/// </summary>
internal sealed partial class CodeGenerator
{
    private const long ExactIntInDouble = 1L << 53;

    /// <summary>Operands of the tree being emitted that were evaluated into object temporaries.</summary>
    private readonly Dictionary<ExprNode, VariableDefinition> _evaluatedOperands = new(ReferenceEqualityComparer.Instance);

    /// <summary>The locals (mangled) whose every store is of an int (range loop targets, int arithmetic): a hint.</summary>
    private HashSet<string> _intLocals = new();

    /// <summary>True while emitting a tree's general path: its subtrees do not try the fast paths again.</summary>
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

    private TypeReference LongType => _module.Import(typeof(long));

    /// <summary>How a tree is computed fast: as doubles or as longs.</summary>
    private enum TreeMode
    {
        Float,
        Int,
    }

    /// <summary>What a float tree's node is: not computable as doubles, an int constant, or a float value.</summary>
    private enum FloatShape
    {
        None,
        IntConstant,
        Float,
    }

    private static bool IsFloatOperator(OperatorKind op) =>
        op is OperatorKind.Add or OperatorKind.Sub or OperatorKind.Mult or OperatorKind.Div or OperatorKind.Pow;

    private static bool IsIntOperator(OperatorKind op) =>
        op is OperatorKind.Add or OperatorKind.Sub or OperatorKind.Mult or OperatorKind.FloorDiv or OperatorKind.Mod
            or OperatorKind.BitAnd or OperatorKind.BitOr or OperatorKind.BitXor or OperatorKind.RShift;

    private static bool IsTreeOperator(OperatorKind op) => IsFloatOperator(op) || IsIntOperator(op);

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

    /// <summary>The plan of a tree: its operands evaluated first, and what it computes with.</summary>
    private sealed class TreePlan
    {
        public List<ExprNode> Evaluated { get; } = new();

        public bool OperationSeen { get; set; }

        public int Operations { get; set; }

        /// <summary>No operator or constant rules the float computation out.</summary>
        public bool FloatValid { get; set; } = true;

        /// <summary>No operator or constant rules the int computation out.</summary>
        public bool IntValid { get; set; } = true;

        public bool FloatEvidence { get; set; }

        public bool IntEvidence { get; set; }

        public bool NumericLocal { get; set; }
    }

    /// <summary>Checks the tree's structure and collects its plan; false when it is no arithmetic tree.</summary>
    private bool Scan(ExprNode e, TreePlan plan)
    {
        switch (e)
        {
            case BinOp b when IsTreeOperator(b.Op) && !_evaluatedOperands.ContainsKey(e):
                if (!Scan(b.Left, plan) || !Scan(b.Right, plan))
                {
                    return false;
                }
                plan.OperationSeen = true;
                plan.Operations++;
                plan.FloatValid &= IsFloatOperator(b.Op);
                plan.IntValid &= IsIntOperator(b.Op);
                plan.FloatEvidence |= b.Op is OperatorKind.Div or OperatorKind.Pow;
                plan.IntEvidence |= b.Op is not (OperatorKind.Add or OperatorKind.Sub or OperatorKind.Mult);
                return true;
            case UnaryOp { Op: UnaryOpKind.USub or UnaryOpKind.UAdd } u when !_evaluatedOperands.ContainsKey(e):
                if (!Scan(u.Operand, plan))
                {
                    return false;
                }
                plan.OperationSeen |= !TryFoldSmallInt(u, out _);
                plan.Operations++;
                return true;
            case Constant { Value: double }:
                plan.IntValid = false;
                plan.FloatEvidence = true;
                return true;
            case Constant { Value: long } c:
                // An int constant hints at int arithmetic (float code mostly writes 2.0).
                plan.FloatValid &= TryFoldSmallInt(c, out _);
                plan.IntEvidence = true;
                return true;
            case Constant:
                return false;
            case var _ when _evaluatedOperands.ContainsKey(e):
                return true;
            case Name n when IsPureLocalRead(n):
                var name = Mangle(n.Id);
                plan.NumericLocal |= TryGetNumber(name, out _);
                plan.IntEvidence |= _intLocals.Contains(name);
                return true;
        }
        if (IsSurelyNotNumber(e) || plan.OperationSeen || MaySuspend(e))
        {
            // An operand evaluated after an operation would run before it: the order would be wrong if it raised.
            return false;
        }
        plan.Evaluated.Add(e);
        return true;
    }

    /// <summary>The float computation's rule: every operation has a float operand (int constants only beside one).</summary>
    private FloatShape FloatShapeOf(ExprNode e)
    {
        if (TryFoldSmallInt(e, out _))
        {
            return FloatShape.IntConstant;
        }
        switch (e)
        {
            case BinOp b when IsTreeOperator(b.Op) && !_evaluatedOperands.ContainsKey(e):
                var left = FloatShapeOf(b.Left);
                var right = FloatShapeOf(b.Right);
                return left == FloatShape.None || right == FloatShape.None || (left != FloatShape.Float && right != FloatShape.Float)
                    ? FloatShape.None
                    : FloatShape.Float;
            case UnaryOp { Op: UnaryOpKind.USub or UnaryOpKind.UAdd } u when !_evaluatedOperands.ContainsKey(e):
                return FloatShapeOf(u.Operand) == FloatShape.Float ? FloatShape.Float : FloatShape.None;
        }
        return FloatShape.Float;
    }

    /// <summary>
    /// Emits <paramref name="node"/> (or <c>left op= node</c> when <paramref name="augmented"/> is given, with
    /// <paramref name="left"/> already in <see cref="_evaluatedOperands"/> or a pure local read) as an arithmetic tree:
    /// --> PyNum, or --> object when <paramref name="boxed"/>. False, emitting nothing, when the tree does not qualify;
    /// <paramref name="needEvidence"/> asks for a sign that the tree computes with numbers (an object context, where a
    /// single <c>a + b</c> is as likely a str or list operation).
    /// </summary>
    private bool TryEmitFloatTree(ExprNode node, bool boxed, bool needEvidence, AugAssign? augmented = null, ExprNode? left = null)
    {
        if (_inFloatFallback || (augmented == null && node is not (BinOp or UnaryOp)) || (augmented != null && !IsTreeOperator(augmented.Op)))
        {
            return false;
        }
        var plan = new TreePlan();
        if (augmented != null)
        {
            if (!Scan(left!, plan) || !Scan(node, plan))
            {
                return false;
            }
            plan.Operations++;
            plan.OperationSeen = true;
            plan.FloatValid &= IsFloatOperator(augmented.Op) && FloatShapeOf(node) != FloatShape.None;
            plan.IntValid &= IsIntOperator(augmented.Op);
            plan.FloatEvidence |= augmented.Op is OperatorKind.Div or OperatorKind.Pow;
            plan.IntEvidence |= augmented.Op is not (OperatorKind.Add or OperatorKind.Sub or OperatorKind.Mult);
        }
        else
        {
            if (!Scan(node, plan) || !plan.OperationSeen)
            {
                return false;
            }
            plan.FloatValid &= FloatShapeOf(node) == FloatShape.Float;
        }
        if (!plan.FloatEvidence && !plan.IntEvidence && plan.Operations < 2
            && (needEvidence ? !plan.NumericLocal || !_hasLoop : !_hasLoop))
        {
            // A lone operation with no sign of its operands' types, in code without a loop: its result is a PyNum or
            // a box anyway, and the general PyNum operation (inlined at tier 1, with its own int and float fast paths)
            // is a third of the IL of the float and int attempts ("IL size and warm-up" in docs/design.md). A
            // function with a loop keeps the attempts (its loop runs them, and a large function may exhaust the JIT's
            // inlining budget).
            return false;
        }
        var modes = new List<TreeMode>();
        var floatFirst = plan.FloatEvidence || !plan.IntEvidence;
        if (plan.FloatValid && floatFirst)
        {
            modes.Add(TreeMode.Float);
        }
        if (plan.IntValid && (plan.IntEvidence || !plan.FloatEvidence))
        {
            modes.Add(TreeMode.Int);
        }
        if (plan.FloatValid && !floatFirst && !plan.IntValid)
        {
            modes.Add(TreeMode.Float);
        }
        if (modes.Count == 0)
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
        var done = _il.DefineLabel("tree_done");
        foreach (var mode in modes)
        {
            var next = _il.DefineLabel(mode == TreeMode.Float ? "tree_not_floats" : "tree_not_ints");
            var result = augmented != null
                ? Combine(mode, Compute(mode, left!, next, IsSurelyFloatBeside(mode, node)), augmented.Op,
                    Compute(mode, node, next, IsSurelyFloatBeside(mode, left!)), next, node)
                : Compute(mode, node, next);
            EmitTreeResult(mode, result, boxed);
            Release(result);
            _il.Branch(done);
            _il.Mark(next);
        }

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

    /// <summary>--> the result (a double or long temporary) as an object, or as a PyNum.</summary>
    private void EmitTreeResult(TreeMode mode, VariableDefinition result, bool boxed)
    {
        if (boxed)
        {
            _il.LoadLocal(result);
            if (mode == TreeMode.Float)
            {
                _il.Box(DoubleType);
            }
            else
            {
                _il.Call(Runtime(RuntimeMembers.PyInt_Box));
            }
            return;
        }
        if (!_hasLoop)
        {
            // Code without a loop: a call of five bytes, inlined at tier 1.
            _il.LoadLocal(result);
            _il.Call(Runtime(mode == TreeMode.Float ? RuntimeMembers.PyNum_OfDouble : RuntimeMembers.PyNum_OfLong));
            return;
        }
        // Built in place: in a large optimised function a call could stay a call, the JIT's inlining budget spent.
        var number = Temp(NumType);
        _il.LoadLocalAddress(number);
        _il.InitObject(NumType);
        _il.LoadLocalAddress(number);
        _il.LoadInt(mode == TreeMode.Float ? PyNum.FloatKind : PyNum.IntKind);
        _il.StoreField(Runtime(RuntimeMembers.PyNum_Kind));
        _il.LoadLocalAddress(number);
        _il.LoadLocal(result);
        if (mode == TreeMode.Float)
        {
            _il.Call(Runtime(RuntimeMembers.BitConverter_DoubleToInt64Bits));
        }
        _il.StoreField(Runtime(RuntimeMembers.PyNum_Bits));
        _il.LoadLocal(number);
        Release(number);
    }

    /// <summary>
    /// --> (nothing); computes a node of a scanned tree into a new double (or long) temporary, branching to
    /// <paramref name="next"/> (with nothing on the stack above the tree's base) when an operand is of another kind or
    /// an operation is outside the fast domain.
    /// </summary>
    private VariableDefinition Compute(TreeMode mode, ExprNode e, Label next, bool intAllowed = false)
    {
        if (mode == TreeMode.Float && TryFoldSmallInt(e, out var small))
        {
            return ValueTemp(mode, () => _il.LoadDouble(small));
        }
        switch (e)
        {
            case BinOp b when IsTreeOperator(b.Op) && !_evaluatedOperands.ContainsKey(e):
                return Combine(mode, Compute(mode, b.Left, next, IsSurelyFloatBeside(mode, b.Right)), b.Op,
                    Compute(mode, b.Right, next, IsSurelyFloatBeside(mode, b.Left)), next, b.Right);
            case UnaryOp { Op: UnaryOpKind.USub or UnaryOpKind.UAdd } u when !_evaluatedOperands.ContainsKey(e):
                var value = Compute(mode, u.Operand, next);
                if (u.Op == UnaryOpKind.USub)
                {
                    if (mode == TreeMode.Int)
                    {
                        // -(-2**63) is a big int.
                        _il.LoadLocal(value);
                        _il.LoadLong(long.MinValue);
                        _il.BranchIfEqual(next);
                    }
                    _il.LoadLocal(value);
                    _il.Negate();
                    _il.StoreLocal(value);
                }
                return value;
            case Constant { Value: double d }:
                return ValueTemp(mode, () => _il.LoadDouble(d));
            case Constant { Value: long l }:
                return ValueTemp(mode, () => _il.LoadLong(l));
        }
        VariableDefinition? objectLocal;
        if (!_evaluatedOperands.TryGetValue(e, out objectLocal))
        {
            var name = Mangle(((Name)e).Id);
            if (TryGetNumber(name, out var number) && intAllowed)
            {
                return LoadFloatOrInt(
                    () =>
                    {
                        _il.LoadLocalAddress(number);
                        _il.LoadField(Runtime(RuntimeMembers.PyNum_Kind));
                        _il.LoadInt(PyNum.FloatKind);
                        _il.CompareEqual();
                    },
                    () =>
                    {
                        _il.LoadLocalAddress(number);
                        _il.LoadField(Runtime(RuntimeMembers.PyNum_Kind));
                        _il.LoadInt(PyNum.IntKind);
                        _il.CompareEqual();
                    },
                    () =>
                    {
                        _il.LoadLocalAddress(number);
                        _il.LoadField(Runtime(RuntimeMembers.PyNum_Bits));
                        _il.Call(Runtime(RuntimeMembers.BitConverter_Int64BitsToDouble));
                    },
                    () =>
                    {
                        _il.LoadLocalAddress(number);
                        _il.LoadField(Runtime(RuntimeMembers.PyNum_Bits));
                    },
                    next);
            }
            if (number != null)
            {
                _il.LoadLocalAddress(number);
                _il.LoadField(Runtime(RuntimeMembers.PyNum_Kind));
                _il.LoadInt(mode == TreeMode.Float ? PyNum.FloatKind : PyNum.IntKind);
                _il.BranchIfNotEqual(next);
                return ValueTemp(mode, () =>
                {
                    _il.LoadLocalAddress(number);
                    _il.LoadField(Runtime(RuntimeMembers.PyNum_Bits));
                    if (mode == TreeMode.Float)
                    {
                        _il.Call(Runtime(RuntimeMembers.BitConverter_Int64BitsToDouble));
                    }
                });
            }
            objectLocal = _locals[name];
        }
        // An exact float is a boxed double, an int that fits a long a boxed long (instances of subclasses, bools and big
        // ints are other objects).
        if (intAllowed)
        {
            var boxed = objectLocal;
            return LoadFloatOrInt(
                () =>
                {
                    _il.LoadLocal(boxed);
                    _il.IsInstance(DoubleType);
                },
                () =>
                {
                    _il.LoadLocal(boxed);
                    _il.IsInstance(LongType);
                },
                () =>
                {
                    _il.LoadLocal(boxed);
                    _il.UnboxAny(DoubleType);
                },
                () =>
                {
                    _il.LoadLocal(boxed);
                    _il.UnboxAny(LongType);
                },
                next);
        }
        var type = mode == TreeMode.Float ? DoubleType : LongType;
        _il.LoadLocal(objectLocal);
        _il.IsInstance(type);
        _il.BranchIfFalse(next);
        return ValueTemp(mode, () =>
        {
            _il.LoadLocal(objectLocal);
            _il.UnboxAny(type);
        });
    }

    /// <summary>
    /// In a float tree, an operand beside a float (a float constant, or another operation of the tree, which is a float
    /// there) may be an int: Python converts it to a float for the operation, correctly rounded as conv.r8 does.
    /// </summary>
    private bool IsSurelyFloatBeside(TreeMode mode, ExprNode sibling) =>
        mode == TreeMode.Float && !_evaluatedOperands.ContainsKey(sibling) && !TryFoldSmallInt(sibling, out _)
        && sibling is Constant { Value: double } or BinOp or UnaryOp;

    /// <summary>
    /// --> (nothing); a float operand that may also be an exact int (converted): each test pushes a value that is true
    /// (non-zero, non-null) when the operand is of that kind, each load pushes its value.
    /// </summary>
    private VariableDefinition LoadFloatOrInt(System.Action isFloat, System.Action isInt, System.Action loadFloat, System.Action loadInt, Label next)
    {
        var temp = Temp(DoubleType);
        var floating = _il.DefineLabel("operand_float");
        var loaded = _il.DefineLabel("operand_loaded");
        isFloat();
        _il.BranchIfTrue(floating);
        isInt();
        _il.BranchIfFalse(next);
        loadInt();
        _il.ConvertToDouble();
        _il.StoreLocal(temp);
        _il.Branch(loaded);
        _il.Mark(floating);
        loadFloat();
        _il.StoreLocal(temp);
        _il.Mark(loaded);
        return temp;
    }

    private VariableDefinition ValueTemp(TreeMode mode, System.Action load)
    {
        load();
        var temp = Temp(mode == TreeMode.Float ? DoubleType : LongType);
        _il.StoreLocal(temp);
        return temp;
    }

    private VariableDefinition Combine(TreeMode mode, VariableDefinition left, OperatorKind op, VariableDefinition right, Label next, ExprNode exponent) =>
        mode == TreeMode.Float ? CombineFloats(left, op, right, next, exponent) : CombineInts(left, op, right, next);

    /// <summary>left op right as doubles, into left's temporary, as CPython's float operations compute them.</summary>
    private VariableDefinition CombineFloats(VariableDefinition left, OperatorKind op, VariableDefinition right, Label next, ExprNode exponent)
    {
        switch (op)
        {
            case OperatorKind.Div:
                // float division by zero raises ZeroDivisionError: the general path raises it.
                _il.LoadLocal(right);
                _il.LoadDouble(0);
                _il.BranchIfEqual(next);
                break;
            case OperatorKind.Pow:
                // As PyNum.Pow: C's pow for a positive base (float_pow's special cases agree with it there) when the
                // result is finite; a base <= 0 or NaN, and overflow, take the general path.
                _il.LoadLocal(left);
                _il.LoadDouble(0);
                _il.BranchIfNotGreater(next);
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
            _il.BranchIfFalse(next);
        }
        return left;
    }

    /// <summary>
    /// left op right as longs, into left's temporary; an overflow (a big int result), or a divisor that is not positive
    /// (zero raises, a negative one is rarer than its sign rules are worth here), takes the next attempt.
    /// </summary>
    private VariableDefinition CombineInts(VariableDefinition left, OperatorKind op, VariableDefinition right, Label next)
    {
        var result = Temp(LongType);
        switch (op)
        {
            case OperatorKind.Add:
            case OperatorKind.Sub:
                _il.LoadLocal(left);
                _il.LoadLocal(right);
                if (op == OperatorKind.Add)
                {
                    _il.Add();
                }
                else
                {
                    _il.Subtract();
                }
                _il.StoreLocal(result);
                // Overflow: for a + b, a and b agree in sign and r does not ((a ^ r) & (b ^ r) < 0); for a - b, a and b
                // differ in sign and r differs from a ((a ^ b) & (a ^ r) < 0).
                _il.LoadLocal(left);
                _il.LoadLocal(result);
                _il.Xor();
                _il.LoadLocal(op == OperatorKind.Add ? right : left);
                _il.LoadLocal(op == OperatorKind.Add ? result : right);
                _il.Xor();
                _il.And();
                _il.LoadLong(0);
                _il.BranchIfLess(next);
                break;
            case OperatorKind.Mult:
                // Operands of 32 bits multiply exactly; wider ones are multiplied with an overflow test.
                var wide = _il.DefineLabel("mul_wide");
                var multiplied = _il.DefineLabel("mul_done");
                foreach (var operand in new[] { left, right })
                {
                    _il.LoadLocal(operand);
                    _il.ConvertToInt32();
                    _il.ConvertToInt64();
                    _il.LoadLocal(operand);
                    _il.BranchIfNotEqual(wide);
                }
                _il.LoadLocal(left);
                _il.LoadLocal(right);
                _il.Multiply();
                _il.StoreLocal(result);
                _il.Branch(multiplied);
                _il.Mark(wide);
                _il.LoadLocal(left);
                _il.LoadLocal(right);
                _il.Call(Runtime(RuntimeMembers.PyNum_MultiplyOverflows));
                _il.BranchIfTrue(next);
                _il.LoadLocal(left);
                _il.LoadLocal(right);
                _il.Multiply();
                _il.StoreLocal(result);
                _il.Mark(multiplied);
                break;
            case OperatorKind.RShift:
                // a >> b for 0 <= b (a shift past 63 leaves the sign).
                _il.LoadLocal(right);
                _il.LoadLong(0);
                _il.BranchIfLess(next);
                var shiftCount = _il.DefineLabel("shift_count");
                _il.LoadLocal(right);
                _il.LoadLong(63);
                _il.BranchIfLessOrEqual(shiftCount);
                _il.LoadLong(63);
                _il.StoreLocal(right);
                _il.Mark(shiftCount);
                _il.LoadLocal(left);
                _il.LoadLocal(right);
                _il.ConvertToInt32();
                _il.ShiftRight();
                _il.StoreLocal(result);
                break;
            case OperatorKind.FloorDiv:
            case OperatorKind.Mod:
                _il.LoadLocal(right);
                _il.LoadLong(0);
                _il.BranchIfLessOrEqual(next);
                // q = a / b, r = a % b (truncating); floor: q - 1 and r + b when r < 0.
                var positive = _il.DefineLabel("floor_done");
                _il.LoadLocal(left);
                _il.LoadLocal(right);
                _il.Remainder();
                _il.StoreLocal(result);
                if (op == OperatorKind.FloorDiv)
                {
                    _il.LoadLocal(left);
                    _il.LoadLocal(right);
                    _il.Divide();
                    _il.StoreLocal(left);
                }
                _il.LoadLocal(result);
                _il.LoadLong(0);
                _il.BranchIfGreaterOrEqual(positive);
                if (op == OperatorKind.FloorDiv)
                {
                    _il.LoadLocal(left);
                    _il.LoadLong(1);
                    _il.Subtract();
                    _il.StoreLocal(left);
                }
                else
                {
                    _il.LoadLocal(result);
                    _il.LoadLocal(right);
                    _il.Add();
                    _il.StoreLocal(result);
                }
                _il.Mark(positive);
                if (op == OperatorKind.FloorDiv)
                {
                    _il.LoadLocal(left);
                    _il.StoreLocal(result);
                }
                break;
            default:
                _il.LoadLocal(left);
                _il.LoadLocal(right);
                switch (op)
                {
                    case OperatorKind.BitAnd:
                        _il.And();
                        break;
                    case OperatorKind.BitOr:
                        _il.Or();
                        break;
                    default:
                        _il.Xor();
                        break;
                }
                _il.StoreLocal(result);
                break;
        }
        Release(left);
        Release(right);
        return result;
    }
}
