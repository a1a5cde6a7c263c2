using System;
using System.Collections.Generic;
using System.Linq;
using System.Numerics;
using Mono.Cecil;
using PyNet.Compiler.Semantics;
using PyNet.Compiler.Syntax;
using PyNet.Runtime;
using Attribute = PyNet.Compiler.Syntax.Attribute;

namespace PyNet.Compiler.Emit.CodeGen;

internal sealed partial class CodeGenerator
{
    /// <summary>Emits an expression: --> value (checked: never Raised).</summary>
    private void EmitExpression(ExprNode node)
    {
        switch (node)
        {
            case Constant c:
                EmitConstant(c.Value, c);
                break;
            case Name n:
                EmitLoadName(n.Id, n);
                break;
            case BinOp or UnaryOp when TryEmitNumericExpression(node):
                break;
            case BinOp { Op: OperatorKind.Add, Left: Syntax.Tuple { Elts: [not Starred and var first] } } b:
                // (x,) + t: the display's tuple is not built when t is a tuple.
                EmitExpression(first);
                EmitExpression(b.Right);
                _il.Call(Runtime(RuntimeMembers.PyOps_PrependToTuple));
                CheckObject(b);
                break;
            case BinOp { Op: OperatorKind.Add, Right: Syntax.Tuple { Elts: [not Starred and var last] } } b:
                // t + (x,)
                EmitExpression(b.Left);
                EmitExpression(last);
                _il.Call(Runtime(RuntimeMembers.PyOps_AppendToTuple));
                CheckObject(b);
                break;
            case BinOp b:
                EmitExpression(b.Left);
                EmitExpression(b.Right);
                _il.Call(Runtime(BinaryMethod(b.Op)));
                CheckObject(b);
                break;
            case UnaryOp u:
                EmitUnary(u);
                break;
            case BoolOp b:
                EmitBoolOp(b);
                break;
            case Compare c:
                EmitCompare(c);
                break;
            case IfExp i:
                EmitIfExp(i);
                break;
            case Call c:
                EmitCall(c);
                break;
            case Attribute a:
                _il.LoadStaticField(_module.Site(RuntimeMembers.GetAttrSite_New, Mangle(a.Attr)));
                EmitExpression(a.Value);
                _il.Call(Runtime(RuntimeMembers.GetAttrSite_Get));
                CheckObject(a);
                break;
            case Subscript { Slice: Slice { Step: null } slice } s:
                // o[a:b] without a slice object (BINARY_SLICE).
                EmitExpression(s.Value);
                EmitOptional(slice.Lower);
                EmitOptional(slice.Upper);
                _il.Call(Runtime(RuntimeMembers.PyOps_GetSlice));
                CheckObject(s);
                break;
            case Subscript s:
                EmitExpression(s.Value);
                var indexKind = IndexKindOf(s.Slice);
                EmitIndex(s.Slice, indexKind);
                EmitGetItemCall(indexKind);
                CheckObject(s);
                break;
            case Slice s:
                EmitOptional(s.Lower);
                EmitOptional(s.Upper);
                EmitOptional(s.Step);
                _il.Call(Runtime(RuntimeMembers.PyOps_BuildSlice));
                break;
            case List l:
                EmitSequenceDisplay(l.Elts, l, asTuple: false);
                break;
            case Syntax.Tuple t:
                EmitSequenceDisplay(t.Elts, t, asTuple: true);
                break;
            case Dict d:
                EmitDictDisplay(d);
                break;
            case Set set:
                EmitSetDisplay(set);
                break;
            case JoinedStr j:
                EmitJoinedStr(j);
                break;
            case FormattedValue f:
                EmitFormattedValue(f);
                break;
            case NamedExpr n:
                EmitExpression(n.Value);
                _il.Dup();
                EmitStore(n.Target);
                break;
            case Lambda l:
                EmitLambda(l);
                break;
            case ListComp or DictComp or SetComp or GeneratorExp:
                EmitComprehension(node);
                break;
            case Yield y:
                EmitYield(y);
                break;
            case Starred s:
                throw CompileError(s, "can't use starred expression here");
            case YieldFrom y:
                EmitYieldFrom(y.Value, y, isAwait: false);
                break;
            case Await a:
                EmitYieldFrom(a.Value, a, isAwait: true);
                break;
            default:
                throw CompileError(node, $"PyNet does not compile '{node.PythonName}' expressions yet");
        }
    }

    private void EmitOptional(ExprNode? node)
    {
        if (node == null)
        {
            _il.LoadNull();
        }
        else
        {
            EmitExpression(node);
        }
    }

    private void EmitConstant(object? value, Node at)
    {
        switch (value)
        {
            case null:
                _il.LoadNull();
                break;
            case bool b:
                _il.LoadStaticField(Runtime(b ? RuntimeMembers.PyOps_True : RuntimeMembers.PyOps_False));
                break;
            case EllipsisConstant:
                _il.LoadStaticField(Runtime(RuntimeMembers.PyEllipsis_Instance));
                break;
            case string or PyStr or long or BigInteger or double or Complex or byte[]:
                _il.LoadStaticField(_module.Constant(value));
                break;
            default:
                throw CompileError(at, "PyNet does not compile constants of type " + value.GetType().Name);
        }
    }

    private static System.Reflection.MethodInfo BinaryMethod(OperatorKind op) => op switch
    {
        OperatorKind.Add => RuntimeMembers.PyOps_Add,
        OperatorKind.Sub => RuntimeMembers.PyOps_Sub,
        OperatorKind.Mult => RuntimeMembers.PyOps_Mul,
        OperatorKind.Div => RuntimeMembers.PyOps_TrueDiv,
        OperatorKind.FloorDiv => RuntimeMembers.PyOps_FloorDiv,
        OperatorKind.Mod => RuntimeMembers.PyOps_Mod,
        OperatorKind.Pow => RuntimeMembers.PyOps_Pow,
        OperatorKind.MatMult => RuntimeMembers.PyOps_MatMul,
        OperatorKind.LShift => RuntimeMembers.PyOps_LShift,
        OperatorKind.RShift => RuntimeMembers.PyOps_RShift,
        OperatorKind.BitAnd => RuntimeMembers.PyOps_BitAnd,
        OperatorKind.BitOr => RuntimeMembers.PyOps_BitOr,
        OperatorKind.BitXor => RuntimeMembers.PyOps_BitXor,
        _ => throw new ArgumentOutOfRangeException(nameof(op)),
    };

    private void EmitUnary(UnaryOp node)
    {
        EmitExpression(node.Operand);
        var method = node.Op switch
        {
            UnaryOpKind.Not => RuntimeMembers.PyOps_Not,
            UnaryOpKind.USub => RuntimeMembers.PyOps_Negate,
            UnaryOpKind.UAdd => RuntimeMembers.PyOps_Positive,
            _ => RuntimeMembers.PyOps_Invert,
        };
        _il.Call(Runtime(method));
        CheckObject(node);
    }

    /// <summary>a and b ==> a if not a else b (each operand evaluated once; the result is an operand, not a bool).</summary>
    private void EmitBoolOp(BoolOp node)
    {
        var end = _il.DefineLabel("boolop_end");
        for (var i = 0; i < node.Values.Count; i++)
        {
            EmitExpression(node.Values[i]);
            if (i == node.Values.Count - 1)
            {
                break;
            }
            _il.Dup();
            _il.Call(Runtime(RuntimeMembers.PyOps_Truth));
            CheckInt(node.Values[i]);
            if (node.Op == BoolOpKind.And)
            {
                _il.BranchIfFalse(end);
            }
            else
            {
                _il.BranchIfTrue(end);
            }
            _il.Pop();
        }
        _il.Mark(end);
    }

    private void EmitIfExp(IfExp node)
    {
        var elseLabel = _il.DefineLabel("ifexp_else");
        var end = _il.DefineLabel("ifexp_end");
        EmitCondition(node.Test, elseLabel, jumpIfTrue: false);
        EmitExpression(node.Body);
        _il.Branch(end);
        _il.Mark(elseLabel);
        EmitExpression(node.Orelse);
        _il.Mark(end);
    }

    /// <summary>
    /// a OP1 b OP2 c ==> t1 = a OP1 b; if not t1: result t1; else b OP2 c   (b evaluated once)
    /// </summary>
    private void EmitCompare(Compare node)
    {
        if (node.Ops.Count == 1)
        {
            EmitExpression(node.Left);
            EmitExpression(node.Comparators[0]);
            EmitCompareOp(node.Ops[0], node);
            return;
        }
        var end = _il.DefineLabel("compare_end");
        EmitExpression(node.Left);
        for (var i = 0; i < node.Ops.Count; i++)
        {
            EmitExpression(node.Comparators[i]);
            if (i == node.Ops.Count - 1)
            {
                EmitCompareOp(node.Ops[i], node);
                break;
            }
            var right = Temp();
            _il.Dup();
            _il.StoreLocal(right);
            EmitCompareOp(node.Ops[i], node);
            _il.Dup();
            _il.Call(Runtime(RuntimeMembers.PyOps_Truth));
            CheckInt(node);
            _il.BranchIfFalse(end);
            _il.Pop();
            _il.LoadLocal(right);
            Release(right);
        }
        _il.Mark(end);
    }

    /// <summary>left, right --> result</summary>
    private void EmitCompareOp(CmpOpKind op, Node at)
    {
        switch (op)
        {
            case CmpOpKind.Is or CmpOpKind.IsNot:
                var isTrue = _il.DefineLabel("is_true");
                var done = _il.DefineLabel("is_done");
                if (op == CmpOpKind.Is)
                {
                    _il.BranchIfEqual(isTrue);
                }
                else
                {
                    _il.BranchIfNotEqual(isTrue);
                }
                _il.LoadStaticField(Runtime(RuntimeMembers.PyOps_False));
                _il.Branch(done);
                _il.Mark(isTrue);
                _il.LoadStaticField(Runtime(RuntimeMembers.PyOps_True));
                _il.Mark(done);
                return;
            case CmpOpKind.In:
                _il.Call(Runtime(RuntimeMembers.PyOps_In));
                break;
            case CmpOpKind.NotIn:
                _il.Call(Runtime(RuntimeMembers.PyOps_NotIn));
                break;
            default:
                _il.LoadInt((int)CompareOperatorOf(op));
                _il.Call(Runtime(RuntimeMembers.PyOps_Compare));
                break;
        }
        CheckObject(at);
    }

    private static CompareOperator CompareOperatorOf(CmpOpKind op) => op switch
    {
        CmpOpKind.Eq => CompareOperator.Eq,
        CmpOpKind.NotEq => CompareOperator.NotEq,
        CmpOpKind.Lt => CompareOperator.Lt,
        CmpOpKind.LtE => CompareOperator.LtE,
        CmpOpKind.Gt => CompareOperator.Gt,
        _ => CompareOperator.GtE,
    };

    /// <summary>Branches to <paramref name="target"/> when the truth of <paramref name="node"/> equals <paramref name="jumpIfTrue"/>.</summary>
    private void EmitCondition(ExprNode node, Label target, bool jumpIfTrue)
    {
        switch (node)
        {
            case UnaryOp { Op: UnaryOpKind.Not } not:
                EmitCondition(not.Operand, target, !jumpIfTrue);
                return;
            case BoolOp b:
                var isAnd = b.Op == BoolOpKind.And;
                if (isAnd != jumpIfTrue)
                {
                    // and-false / or-true: any operand decides.
                    foreach (var v in b.Values)
                    {
                        EmitCondition(v, target, jumpIfTrue);
                    }
                }
                else
                {
                    var skip = _il.DefineLabel("cond_skip");
                    for (var i = 0; i < b.Values.Count - 1; i++)
                    {
                        EmitCondition(b.Values[i], skip, !jumpIfTrue);
                    }
                    EmitCondition(b.Values[^1], target, jumpIfTrue);
                    _il.Mark(skip);
                }
                return;
            case Compare or Name or BinOp or UnaryOp when TryEmitNumericCondition(node):
                break;
            case Compare { Ops.Count: 1 } c when c.Ops[0] is not (CmpOpKind.In or CmpOpKind.NotIn or CmpOpKind.Is or CmpOpKind.IsNot):
                EmitExpression(c.Left);
                EmitExpression(c.Comparators[0]);
                _il.LoadInt((int)CompareOperatorOf(c.Ops[0]));
                _il.Call(Runtime(RuntimeMembers.PyOps_CompareTruth));
                CheckInt(c);
                break;
            case Compare { Ops.Count: 1 } c when c.Ops[0] is CmpOpKind.In or CmpOpKind.NotIn:
                EmitExpression(c.Left);
                EmitExpression(c.Comparators[0]);
                _il.Call(Runtime(RuntimeMembers.PyOps_ContainsTruth));
                CheckInt(c);
                if (c.Ops[0] == CmpOpKind.NotIn)
                {
                    jumpIfTrue = !jumpIfTrue;
                }
                break;
            case Compare { Ops.Count: 1 } c when c.Ops[0] is CmpOpKind.Is or CmpOpKind.IsNot:
                EmitExpression(c.Left);
                EmitExpression(c.Comparators[0]);
                if ((c.Ops[0] == CmpOpKind.Is) == jumpIfTrue)
                {
                    _il.BranchIfEqual(target);
                }
                else
                {
                    _il.BranchIfNotEqual(target);
                }
                return;
            case Constant k:
                if (k.Value is bool or null or long or string && IsTruthy(k.Value) == jumpIfTrue)
                {
                    _il.Branch(target);
                }
                else if (k.Value is not (bool or null or long or string))
                {
                    goto default;
                }
                return;
            default:
                EmitExpression(node);
                _il.Call(Runtime(RuntimeMembers.PyOps_Truth));
                CheckInt(node);
                break;
        }
        if (jumpIfTrue)
        {
            _il.BranchIfTrue(target);
        }
        else
        {
            _il.BranchIfFalse(target);
        }
    }

    private static bool IsTruthy(object? value) => value switch
    {
        null => false,
        bool b => b,
        long l => l != 0,
        string s => s.Length != 0,
        _ => true,
    };

    private void EmitSequenceDisplay(List<ExprNode> elements, ExprNode node, bool asTuple)
    {
        if (elements.Any(e => e is Starred))
        {
            EmitStarredSequence(elements, node);
            if (asTuple)
            {
                _il.Call(Runtime(RuntimeMembers.PyOps_ListToTuple));
            }
            return;
        }
        if (asTuple && elements.Count is >= 1 and <= PyTuple.InlineCapacity)
        {
            // A short tuple holds its items inline: no array in between.
            elements.ForEach(EmitExpression);
            _il.Call(Runtime(elements.Count switch
            {
                1 => RuntimeMembers.PyOps_BuildTuple1,
                2 => RuntimeMembers.PyOps_BuildTuple2,
                _ => RuntimeMembers.PyOps_BuildTuple3,
            }));
            return;
        }
        EmitObjectArray(elements);
        _il.Call(Runtime(asTuple ? RuntimeMembers.PyOps_BuildTuple : RuntimeMembers.PyOps_BuildList));
    }

    /// <summary>--> object[] holding the values of <paramref name="elements"/>, evaluated left to right.</summary>
    private void EmitObjectArray(IReadOnlyList<ExprNode> elements)
    {
        if (elements.Count == 0)
        {
            _il.LoadInt(0);
            _il.NewArray(Object);
            return;
        }
        // Evaluate into temporaries first so the array is not on the stack while a sub-expression may fail.
        var temps = new List<Mono.Cecil.Cil.VariableDefinition>();
        foreach (var e in elements)
        {
            EmitExpression(e);
            var t = Temp();
            _il.StoreLocal(t);
            temps.Add(t);
        }
        _il.LoadInt(elements.Count);
        _il.NewArray(Object);
        for (var i = 0; i < temps.Count; i++)
        {
            _il.Dup();
            _il.LoadInt(i);
            _il.LoadLocal(temps[i]);
            _il.StoreElementRef();
            Release(temps[i]);
        }
    }

    /// <summary>[a, *b, c] --> a new list.</summary>
    private void EmitStarredSequence(List<ExprNode> elements, ExprNode node)
    {
        var list = Temp(_module.Import(typeof(PyList)));
        _il.NewObject(Runtime(RuntimeMembers.PyList_New));
        _il.StoreLocal(list);
        foreach (var e in elements)
        {
            _il.LoadLocal(list);
            if (e is Starred s)
            {
                EmitExpression(s.Value);
                _il.Call(Runtime(RuntimeMembers.PyOps_ListExtend));
                CheckVoid(s);
            }
            else
            {
                EmitExpression(e);
                _il.Call(Runtime(RuntimeMembers.PyOps_ListAppend));
                _il.Pop();
            }
        }
        _il.LoadLocal(list);
        Release(list);
    }

    /// <summary>
    /// {a, b, c} ==> BuildSet([a, b, c]); three or more constants go through a frozenset constant as CPython's
    /// compiler does (which fixes the iteration order); {*xs, y} ==> SetUpdate/SetAdd into a new set.
    /// </summary>
    private void EmitSetDisplay(Set node)
    {
        var setType = _module.Import(typeof(PySet));
        if (node.Elts.Any(e => e is Starred) || (node.Elts.Count >= 3 && node.Elts.All(IsFoldableConstant)))
        {
            var set = Temp(setType);
            _il.NewObject(Runtime(RuntimeMembers.PySet_New));
            _il.StoreLocal(set);
            if (node.Elts.All(e => e is not Starred))
            {
                _il.LoadLocal(set);
                EmitObjectArray(node.Elts);
                _il.Call(Runtime(RuntimeMembers.PyOps_ConstantFrozenSet));
                _il.Call(Runtime(RuntimeMembers.PyOps_SetUpdate));
                CheckVoid(node);
            }
            else
            {
                foreach (var e in node.Elts)
                {
                    _il.LoadLocal(set);
                    EmitExpression(e is Starred s ? s.Value : e);
                    _il.Call(Runtime(e is Starred ? RuntimeMembers.PyOps_SetUpdate : RuntimeMembers.PyOps_SetAdd));
                    CheckVoid(e);
                }
            }
            _il.LoadLocal(set);
            Release(set);
            return;
        }
        EmitObjectArray(node.Elts);
        _il.Call(Runtime(RuntimeMembers.PyOps_BuildSet));
        CheckObject(node);
    }

    private static bool IsFoldableConstant(ExprNode e) => e switch
    {
        Constant => true,
        Syntax.Tuple t => t.Elts.All(IsFoldableConstant),
        UnaryOp { Op: UnaryOpKind.USub, Operand: Constant { Value: long or double or BigInteger } } => true,
        _ => false,
    };

    private void EmitDictDisplay(Dict node)
    {
        if (node.Keys.Any(k => k == null))
        {
            var dict = Temp(_module.Import(typeof(PyDict)));
            _il.NewObject(Runtime(RuntimeMembers.PyDict_New));
            _il.StoreLocal(dict);
            for (var i = 0; i < node.Keys.Count; i++)
            {
                _il.LoadLocal(dict);
                if (node.Keys[i] == null)
                {
                    EmitExpression(node.Values[i]);
                    _il.Call(Runtime(RuntimeMembers.PyOps_DictUpdate));
                }
                else
                {
                    EmitExpression(node.Keys[i]!);
                    EmitExpression(node.Values[i]);
                    _il.Call(Runtime(RuntimeMembers.PyOps_DictSetItem));
                }
                CheckVoid(node.Values[i]);
            }
            _il.LoadLocal(dict);
            Release(dict);
            return;
        }
        if (node.Keys.All(k => k is Constant { Value: string or PyStr }))
        {
            // {"a": x, "b": y} --> d = NewDict(2); DictInitStrItem(d, "a", x); DictInitStrItem(d, "b", y); d
            // str constant keys hash and compare without running Python code or failing, so storing each value
            // as it is evaluated gives the dict BUILD_MAP builds after evaluating them all.
            // Distinct keys, few enough for a small dict: every dict of the display shares one table of keys.
            var keys = node.Keys.Select(k => ((Constant)k!).Value as string).ToList();
            if (keys.Count <= PyDict.SharedKeys.MaxCount && keys.All(k => k != null) && keys.Distinct().Count() == keys.Count)
            {
                _il.LoadStaticField(_module.DictKeys(keys!));
                _il.Call(Runtime(RuntimeMembers.PyOps_NewDictWithKeys));
            }
            else
            {
                _il.LoadInt(node.Keys.Count);
                _il.Call(Runtime(RuntimeMembers.PyOps_NewDict));
            }
            for (var i = 0; i < node.Keys.Count; i++)
            {
                _il.Dup();
                EmitExpression(node.Keys[i]!);
                EmitExpression(node.Values[i]);
                _il.Call(Runtime(RuntimeMembers.PyOps_DictInitStrItem));
            }
            return;
        }
        var items = new List<ExprNode>();
        for (var i = 0; i < node.Keys.Count; i++)
        {
            items.Add(node.Keys[i]!);
            items.Add(node.Values[i]);
        }
        EmitObjectArray(items);
        _il.Call(Runtime(RuntimeMembers.PyOps_BuildDict));
        CheckObject(node);
    }

    private void EmitJoinedStr(JoinedStr node)
    {
        if (node.Values.Count == 1 && node.Values[0] is FormattedValue only)
        {
            EmitFormattedValue(only);
            return;
        }
        EmitObjectArray(node.Values);
        _il.Call(Runtime(RuntimeMembers.PyOps_JoinStrings));
    }

    private void EmitFormattedValue(FormattedValue node)
    {
        EmitExpression(node.Value);
        _il.LoadInt(node.Conversion);
        EmitOptional(node.FormatSpec);
        _il.Call(Runtime(RuntimeMembers.PyOps_FormatValue));
        CheckObject(node);
    }

    private string Mangle(string name) => SymbolTable.Mangle(_scope, name);
}
