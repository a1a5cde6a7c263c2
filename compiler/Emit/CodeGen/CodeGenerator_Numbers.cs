using System.Collections.Generic;
using System.Linq;
using Mono.Cecil;
using Mono.Cecil.Cil;
using PyNet.Compiler.Semantics;
using PyNet.Compiler.Syntax;
using PyNet.Runtime;

namespace PyNet.Compiler.Emit.CodeGen;

/// <summary>
/// Numeric locals (docs/design.md, "Numbers in locals"): a function's local that is assigned from arithmetic is a
/// <see cref="PyNum"/> IL local, which holds an int or a float unboxed and any other value as an object, its kind
/// tested at run time. Arithmetic whose operands are numeric (such locals, number constants, or other arithmetic) is
/// evaluated as PyNum values by inlined runtime methods; the value is boxed only where an object is needed.
/// </summary>
internal sealed partial class CodeGenerator
{
    /// <summary>The numeric locals of this unit (by mangled name): PyNum IL locals, not in <see cref="_locals"/>.</summary>
    private readonly Dictionary<string, VariableDefinition> _numbers = new();

    private TypeReference NumType => _module.Import(typeof(PyNum));

    /// <summary>
    /// The locals of a function that get the numeric representation: those assigned (or augmented) from arithmetic or a
    /// number constant, and the targets of <c>for</c> loops over <c>range(...)</c>. Nested scopes are not looked into.
    /// </summary>
    private static HashSet<string> FindNumericLocals(Scope scope, HashSet<string> rangeTargets)
    {
        var finder = new NumericLocalFinder();
        switch (scope.Node)
        {
            case FunctionDef f:
                f.Body.ForEach(s => s.Accept(finder));
                break;
            case AsyncFunctionDef f:
                f.Body.ForEach(s => s.Accept(finder));
                break;
            case ListComp c:
                finder.VisitComprehensionScope(c.Generators, c.Elt);
                break;
            case SetComp c:
                finder.VisitComprehensionScope(c.Generators, c.Elt);
                break;
            case DictComp c:
                finder.VisitComprehensionScope(c.Generators, c.Key, c.Value);
                break;
        }
        finder.Names.UnionWith(finder.LoopTargets.Where(finder.Operands.Contains));
        rangeTargets.UnionWith(finder.IntNames);
        return finder.Names;
    }

    /// <summary>
    /// Collects assignments from arithmetic, and the loop targets that are used as operands (of arithmetic, comparisons
    /// or subscripts): a loop over a range, or over numbers the loop body computes with.
    /// </summary>
    private sealed class NumericLocalFinder : OwnScopeWalker
    {
        public HashSet<string> Names { get; } = new();

        public HashSet<string> LoopTargets { get; } = new();

        public HashSet<string> Operands { get; } = new();

        /// <summary>
        /// The values stored into each name by assignments this finder understands (null: a range loop's target, an
        /// int), for the int hints of arithmetic trees (docs/design.md, "Arithmetic trees in IL").
        /// </summary>
        private Dictionary<string, List<ExprNode?>> Sources { get; } = new();

        /// <summary>The number of stores (and deletions) of each name.</summary>
        public Dictionary<string, int> Stores { get; } = new();

        /// <summary>
        /// Names whose every store is of an int (a range loop's target, an int constant, len(), int arithmetic on
        /// such names): the greatest such set, so that <c>i = i + 1</c> stays an int. Only a hint: the trees test.
        /// </summary>
        public IEnumerable<string> IntNames
        {
            get
            {
                var ints = Sources.Keys.Where(n => Stores.GetValueOrDefault(n) == Sources[n].Count).ToHashSet();
                bool changed;
                do
                {
                    changed = ints.RemoveWhere(n => !Sources[n].All(value => value == null || IsIntExpression(value, ints))) > 0;
                }
                while (changed);
                return ints;
            }
        }

        private static bool IsIntExpression(ExprNode e, HashSet<string> ints) => e switch
        {
            Constant { Value: long } => true,
            Name n => ints.Contains(n.Id),
            Call { Func: Name { Id: "len" or "ord" or "int" } } => true,
            BinOp b => b.Op is OperatorKind.Add or OperatorKind.Sub or OperatorKind.Mult or OperatorKind.FloorDiv
                    or OperatorKind.Mod or OperatorKind.BitAnd or OperatorKind.BitOr or OperatorKind.BitXor
                    or OperatorKind.LShift or OperatorKind.RShift
                && IsIntExpression(b.Left, ints) && IsIntExpression(b.Right, ints),
            UnaryOp { Op: UnaryOpKind.USub or UnaryOpKind.UAdd or UnaryOpKind.Invert } u => IsIntExpression(u.Operand, ints),
            _ => false,
        };

        private void AddSource(string name, ExprNode? value)
        {
            if (!Sources.TryGetValue(name, out var list))
            {
                Sources[name] = list = new();
            }
            list.Add(value);
        }

        public override void VisitName(Name node)
        {
            if (node.Ctx is not ExprContext.Load)
            {
                Stores[node.Id] = Stores.GetValueOrDefault(node.Id) + 1;
            }
            base.VisitName(node);
        }

        public void VisitComprehensionScope(List<Comprehension> generators, params ExprNode[] elements)
        {
            foreach (var g in generators)
            {
                if (g.Target is Name n)
                {
                    LoopTargets.Add(n.Id);
                }
                // The first iterable is evaluated in the enclosing scope.
                if (!ReferenceEquals(g, generators[0]))
                {
                    g.Iter.Accept(this);
                }
                g.Ifs.ForEach(e => e.Accept(this));
            }
            foreach (var e in elements)
            {
                e.Accept(this);
            }
        }

        public override void VisitAssign(Assign node)
        {
            foreach (var target in node.Targets)
            {
                Mark(target, node.Value);
            }
            base.VisitAssign(node);
        }

        public override void VisitAugAssign(AugAssign node)
        {
            if (node.Target is Name n && node.Op != OperatorKind.MatMult && !IsSurelyNotNumber(node.Value))
            {
                Names.Add(n.Id);
                // x op= v stores an int when v is one and op keeps ints ints (checked as x op v).
                AddSource(n.Id, new BinOp(new Name(n.Id, ExprContext.Load), node.Op, node.Value));
            }
            base.VisitAugAssign(node);
        }

        public override void VisitFor(For node)
        {
            if (node.Target is Name n)
            {
                LoopTargets.Add(n.Id);
                if (node.Iter is Call { Func: Name { Id: "range" } })
                {
                    Names.Add(n.Id);
                    AddSource(n.Id, null);
                }
            }
            base.VisitFor(node);
        }

        public override void VisitBinOp(BinOp node)
        {
            Operand(node.Left);
            Operand(node.Right);
            base.VisitBinOp(node);
        }

        public override void VisitCompare(Compare node)
        {
            Operand(node.Left);
            node.Comparators.ForEach(Operand);
            base.VisitCompare(node);
        }

        public override void VisitSubscript(Subscript node)
        {
            Operand(node.Slice);
            base.VisitSubscript(node);
        }

        private void Operand(ExprNode e)
        {
            if (e is Name n)
            {
                Operands.Add(n.Id);
            }
        }

        private void Mark(ExprNode target, ExprNode value)
        {
            if (target is Name stored)
            {
                AddSource(stored.Id, value);
            }
            switch (target)
            {
                case Name n when ProducesNumber(value):
                    Names.Add(n.Id);
                    break;
                case Syntax.Tuple t when value is Syntax.Tuple v && v.Elts.Count == t.Elts.Count:
                    for (var i = 0; i < t.Elts.Count; i++)
                    {
                        Mark(t.Elts[i], v.Elts[i]);
                    }
                    break;
            }
        }
    }

    /// <summary>Expressions whose value is a number when their operands are.</summary>
    private static bool ProducesNumber(ExprNode e) => e switch
    {
        Constant { Value: long or double } => true,
        BinOp b => b.Op != OperatorKind.MatMult && !IsSurelyNotNumber(b.Left) && !IsSurelyNotNumber(b.Right),
        UnaryOp { Op: UnaryOpKind.USub or UnaryOpKind.UAdd } u => !IsSurelyNotNumber(u.Operand),
        Call { Func: Name { Id: "len" or "int" or "float" or "abs" or "round" or "ord" or "sum" } } => true,
        _ => false,
    };

    /// <summary>Operands that make arithmetic a sequence or string operation.</summary>
    private static bool IsSurelyNotNumber(ExprNode e) => e is Constant { Value: string or PyStr or byte[] or null or EllipsisConstant }
        or JoinedStr or List or Syntax.Tuple or Set or Dict or ListComp or SetComp or DictComp or GeneratorExp or Lambda
        or Subscript { Slice: Slice };

    /// <summary>
    /// True when <paramref name="e"/> is worth evaluating as a PyNum: a number constant, a numeric local, or arithmetic
    /// on them. Not in a generator when the expression can suspend it: a PyNum pending on the evaluation stack would
    /// have to be saved across the yield.
    /// </summary>
    private bool IsNumeric(ExprNode e) => !MaySuspend(e) && e switch
    {
        Constant { Value: long or double } => true,
        Name n => _numbers.ContainsKey(Mangle(n.Id)),
        BinOp b => b.Op != OperatorKind.MatMult && (IsNumeric(b.Left) || IsNumeric(b.Right) || IsArithmetic(b.Left) || IsArithmetic(b.Right))
            && !IsSurelyNotNumber(b.Left) && !IsSurelyNotNumber(b.Right),
        UnaryOp { Op: UnaryOpKind.USub or UnaryOpKind.UAdd } u => IsNumeric(u.Operand),
        _ => false,
    };

    /// <summary>Arithmetic nested in arithmetic: its intermediate result need not be boxed.</summary>
    private static bool IsArithmetic(ExprNode e) => e is BinOp { Op: not OperatorKind.MatMult } b && !IsSurelyNotNumber(b.Left) && !IsSurelyNotNumber(b.Right);

    private bool TryGetNumber(string mangledName, out VariableDefinition local) => _numbers.TryGetValue(mangledName, out local!);

    /// <summary>True for a PyNum local or temporary (saved across a yield as its Python value).</summary>
    private bool IsNumberLocal(VariableDefinition v) => v.VariableType.FullName == typeof(PyNum).FullName;

    private bool MaySuspend(ExprNode e) => _kind == UnitKind.Generator && ContainsSuspension(e);

    /// <summary>Declares a numeric local, initialised from the object on the stack: value --> .</summary>
    private void DeclareNumber(string name)
    {
        var local = _il.DeclareLocal(NumType);
        _numbers[name] = local;
        _il.Call(Runtime(RuntimeMembers.PyNum_OfObject));
        _il.StoreLocal(local);
    }

    /// <summary>--> the value of a numeric local as an object (boxed once, the box kept in the local).</summary>
    private void EmitLoadNumberAsObject(VariableDefinition local)
    {
        _il.LoadLocalAddress(local);
        _il.Call(Runtime(RuntimeMembers.PyNum_Box));
    }

    /// <summary>value --> ; stores an object into a numeric local.</summary>
    private void EmitStoreObjectInNumber(VariableDefinition local)
    {
        _il.Call(Runtime(RuntimeMembers.PyNum_OfObject));
        _il.StoreLocal(local);
    }

    /// <summary>--> PyNum: evaluates an expression as a number (any value is allowed: a non-number is held as an object).</summary>
    private void EmitNumber(ExprNode node)
    {
        if (_evaluatedOperands.TryGetValue(node, out var evaluated))
        {
            // An operand of a float tree's general path, evaluated before the tree.
            _il.LoadLocal(evaluated);
            _il.Call(Runtime(RuntimeMembers.PyNum_OfObject));
            return;
        }
        switch (node)
        {
            case BinOp or UnaryOp when TryEmitFloatTree(node, boxed: false, needEvidence: false):
                return;
            case Constant { Value: long l }:
                _il.LoadLong(l);
                _il.Call(Runtime(RuntimeMembers.PyNum_OfLong));
                return;
            case Constant { Value: double d }:
                _il.LoadDouble(d);
                _il.Call(Runtime(RuntimeMembers.PyNum_OfDouble));
                return;
            case Name n when TryGetNumber(Mangle(n.Id), out var local) && _surelyBound.Contains(n):
                _il.LoadLocal(local);
                return;
            case Name n when TryGetNumber(Mangle(n.Id), out var local):
                // Only the object kind can hold the Unbound sentinel (read from the local: no call, which would
                // count against the JIT's inlining budget of a large function).
                var bound = _il.DefineLabel("number_bound");
                _il.LoadLocalAddress(local);
                _il.LoadField(Runtime(RuntimeMembers.PyNum_Value));
                _il.LoadStaticField(Runtime(RuntimeMembers.PyOps_Unbound));
                _il.BranchIfNotEqual(bound);
                _il.LoadString(Mangle(n.Id));
                _il.Call(Runtime(RuntimeMembers.PyOps_UnboundLocal));
                JumpToHandler(n, true);
                _il.Mark(bound);
                _il.LoadLocal(local);
                return;
            case BinOp { Op: OperatorKind.Add or OperatorKind.Sub or OperatorKind.Mult or OperatorKind.Div } b
                when IsObjectOperand(b.Left) && IsObjectOperand(b.Right):
                // Neither operand is a number already: one call over the two objects.
                EmitObjectOperand(b.Left);
                EmitObjectOperand(b.Right);
                _il.Call(Runtime(b.Op switch
                {
                    OperatorKind.Add => RuntimeMembers.PyNum_AddObjects,
                    OperatorKind.Sub => RuntimeMembers.PyNum_SubObjects,
                    OperatorKind.Mult => RuntimeMembers.PyNum_MulObjects,
                    _ => RuntimeMembers.PyNum_TrueDivObjects,
                }));
                CheckNumber(b);
                return;
            case BinOp b when b.Op != OperatorKind.MatMult:
                EmitNumber(b.Left);
                EmitNumber(b.Right);
                EmitNumberBinary(b.Op, inPlace: false, b);
                return;
            case UnaryOp { Op: UnaryOpKind.USub or UnaryOpKind.UAdd } u:
                EmitNumber(u.Operand);
                _il.LoadInt(u.Op == UnaryOpKind.USub ? 1 : 0);
                _il.Call(Runtime(RuntimeMembers.PyNum_Unary));
                CheckNumber(u);
                return;
            default:
                EmitExpression(node);
                _il.Call(Runtime(RuntimeMembers.PyNum_OfObject));
                return;
        }
    }

    /// <summary>
    /// An operand that <see cref="EmitNumber"/> would evaluate as an object and convert (an attribute, a call, a
    /// subscript, a name that is no numeric local), or one a tree evaluated before its general path.
    /// </summary>
    private bool IsObjectOperand(ExprNode e) => _evaluatedOperands.ContainsKey(e) || e switch
    {
        BinOp or UnaryOp { Op: UnaryOpKind.USub or UnaryOpKind.UAdd } or Constant { Value: long or double } => false,
        Name n => !TryGetNumber(Mangle(n.Id), out _),
        _ => true,
    };

    /// <summary>--> value: an operand for which <see cref="IsObjectOperand"/> holds.</summary>
    private void EmitObjectOperand(ExprNode e)
    {
        if (_evaluatedOperands.TryGetValue(e, out var evaluated))
        {
            _il.LoadLocal(evaluated);
            return;
        }
        EmitExpression(e);
    }

    /// <summary>a, b --> a op b (PyNum operands and result).</summary>
    private void EmitNumberBinary(OperatorKind op, bool inPlace, Node at)
    {
        var method = op switch
        {
            OperatorKind.Add => RuntimeMembers.PyNum_Add,
            OperatorKind.Sub => RuntimeMembers.PyNum_Sub,
            OperatorKind.Mult => RuntimeMembers.PyNum_Mul,
            OperatorKind.Div => RuntimeMembers.PyNum_TrueDiv,
            OperatorKind.FloorDiv => RuntimeMembers.PyNum_FloorDiv,
            OperatorKind.Mod => RuntimeMembers.PyNum_Mod,
            OperatorKind.Pow => RuntimeMembers.PyNum_Pow,
            OperatorKind.LShift => RuntimeMembers.PyNum_LShift,
            OperatorKind.RShift => RuntimeMembers.PyNum_RShift,
            OperatorKind.BitAnd => RuntimeMembers.PyNum_BitAnd,
            OperatorKind.BitOr => RuntimeMembers.PyNum_BitOr,
            OperatorKind.BitXor => RuntimeMembers.PyNum_BitXor,
            _ => null,
        };
        if (method == null)
        {
            _il.LoadInt((int)BinaryOperatorOf(op));
            method = RuntimeMembers.PyNum_Generic;
        }
        _il.LoadInt(inPlace ? 1 : 0);
        _il.Call(Runtime(method));
        CheckNumber(at);
    }

    /// <summary>PyNum --> PyNum; branches to the handler when the operation raised.</summary>
    private void CheckNumber(Node at)
    {
        var stub = Stub(_il.Shape, at, true);
        _il.Dup();
        _il.LoadField(Runtime(RuntimeMembers.PyNum_Kind));
        _il.LoadInt(PyNum.FailedKind);
        _il.BranchIfEqual(stub);
    }

    /// <summary>An arithmetic expression on numeric operands, as an object: --> value.</summary>
    private bool TryEmitNumericExpression(ExprNode node)
    {
        if (TryEmitFloatTree(node, boxed: true, needEvidence: true))
        {
            return true;
        }
        if (!IsNumeric(node) || node is Constant or Name)
        {
            return false;
        }
        EmitNumber(node);
        _il.Call(Runtime(RuntimeMembers.PyNum_ToObject));
        return true;
    }

    /// <summary><c>x = value</c> where every target is a numeric local: no box is made for the value.</summary>
    private bool TryEmitNumericAssign(Assign node)
    {
        var targets = new List<VariableDefinition>();
        foreach (var target in node.Targets)
        {
            if (target is not Name n || !TryGetNumber(Mangle(n.Id), out var local))
            {
                return false;
            }
            targets.Add(local);
        }
        if (MaySuspend(node.Value) && node.Value is not (Yield or YieldFrom or Await))
        {
            // The value's own evaluation may hold PyNum operands across the suspension: evaluate it as an object.
            EmitExpression(node.Value);
            _il.Call(Runtime(RuntimeMembers.PyNum_OfObject));
        }
        else
        {
            EmitNumber(node.Value);
        }
        for (var i = 0; i < targets.Count; i++)
        {
            if (i < targets.Count - 1)
            {
                _il.Dup();
            }
            _il.StoreLocal(targets[i]);
        }
        return true;
    }

    /// <summary><c>a, b = x, y</c>: the values are evaluated left to right, then stored left to right, with no tuple.</summary>
    private bool TryEmitParallelAssign(Assign node)
    {
        if (node.Targets.Count != 1 || node.Targets[0] is not Syntax.Tuple { Elts: var targets } || node.Value is not Syntax.Tuple { Elts: var values }
            || targets.Count != values.Count || targets.Any(t => t is Starred) || values.Any(v => v is Starred)
            || (_kind == UnitKind.Generator && values.Any(ContainsSuspension)))
        {
            return false;
        }
        var temps = new List<(VariableDefinition Temp, bool IsNumber)>();
        for (var i = 0; i < values.Count; i++)
        {
            var numeric = targets[i] is Name n && TryGetNumber(Mangle(n.Id), out _);
            if (numeric)
            {
                EmitNumber(values[i]);
            }
            else
            {
                EmitExpression(values[i]);
            }
            var temp = Temp(numeric ? NumType : null);
            _il.StoreLocal(temp);
            temps.Add((temp, numeric));
        }
        for (var i = 0; i < targets.Count; i++)
        {
            _il.LoadLocal(temps[i].Temp);
            if (temps[i].IsNumber)
            {
                _il.StoreLocal(_numbers[Mangle(((Name)targets[i]).Id)]);
            }
            else
            {
                EmitStore(targets[i]);
            }
            Release(temps[i].Temp);
        }
        return true;
    }

    /// <summary><c>x op= value</c> for a numeric local x.</summary>
    private bool TryEmitNumericAugAssign(AugAssign node)
    {
        if (node.Target is not Name n || !TryGetNumber(Mangle(n.Id), out var local) || node.Op == OperatorKind.MatMult || MaySuspend(node.Value))
        {
            return false;
        }
        if (!TryEmitFloatTree(node.Value, boxed: false, needEvidence: false, node, n))
        {
            EmitNumber(n);
            EmitNumber(node.Value);
            EmitNumberBinary(node.Op, inPlace: true, node);
        }
        _il.StoreLocal(local);
        return true;
    }

    /// <summary>A condition on numbers: a comparison of numeric operands, or the truth of a numeric expression.</summary>
    private bool TryEmitNumericCondition(ExprNode node)
    {
        if (MaySuspend(node))
        {
            return false;
        }
        switch (node)
        {
            case Compare c when c.Ops.All(o => o is not (CmpOpKind.In or CmpOpKind.NotIn or CmpOpKind.Is or CmpOpKind.IsNot))
                && (IsNumeric(c.Left) || c.Comparators.Any(IsNumeric)):
                // a < b < c ==> a < b and b < c, b evaluated once: the int result (0 at the first false link) is left
                // on the stack.
                var end = _il.DefineLabel("chain_end");
                EmitNumber(c.Left);
                for (var i = 0; i < c.Ops.Count; i++)
                {
                    EmitNumber(c.Comparators[i]);
                    VariableDefinition? right = null;
                    if (i < c.Ops.Count - 1)
                    {
                        right = Temp(NumType);
                        _il.Dup();
                        _il.StoreLocal(right);
                    }
                    _il.LoadInt((int)CompareOperatorOf(c.Ops[i]));
                    _il.Call(Runtime(RuntimeMembers.PyNum_CompareTruth));
                    CheckInt(c);
                    if (right != null)
                    {
                        _il.Dup();
                        _il.BranchIfFalse(end);
                        _il.Pop();
                        _il.LoadLocal(right);
                        Release(right);
                    }
                }
                _il.Mark(end);
                return true;
            case Name or BinOp or UnaryOp when IsNumeric(node):
                EmitNumber(node);
                _il.Call(Runtime(RuntimeMembers.PyNum_Truth));
                CheckInt(node);
                return true;
        }
        return false;
    }

    /// <summary>True when evaluating the expression may suspend a generator (a yield or await in it, outside nested scopes).</summary>
    private static bool ContainsSuspension(ExprNode e)
    {
        var finder = new SuspensionFinder();
        e.Accept(finder);
        return finder.Found;
    }

    private sealed class SuspensionFinder : AstWalker
    {
        public bool Found { get; private set; }

        public override void VisitYield(Yield node) => Found = true;

        public override void VisitYieldFrom(YieldFrom node) => Found = true;

        public override void VisitAwait(Await node) => Found = true;

        public override void VisitLambda(Lambda node)
        {
        }
    }
}
