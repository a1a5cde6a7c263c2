using System.Collections.Generic;
using System.Linq;
using Mono.Cecil;
using Mono.Cecil.Cil;
using PyNet.Compiler.Syntax;

namespace PyNet.Compiler.Emit.CodeGen;

internal sealed partial class CodeGenerator
{
    /// <summary>
    /// match S: case P1 if G1: B1 ... ==> s = S; if P1 matches s and G1: B1; goto end; next: ...; end:
    /// Captures are stored as they match (PEP 634 allows bindings of a failed case to remain).
    /// </summary>
    private void EmitMatch(Match node)
    {
        var subject = _il.DeclareLocal(Object);
        EmitExpression(node.Subject);
        _il.StoreLocal(subject);
        var end = _il.DefineLabel("match_end");
        for (var i = 0; i < node.Cases.Count; i++)
        {
            var c = node.Cases[i];
            if (i < node.Cases.Count - 1 && c.Guard == null && IrrefutableReason(c.Pattern) is { } reason)
            {
                throw CompileError(c.Pattern, reason + " makes remaining patterns unreachable");
            }
            CheckPattern(c.Pattern, new HashSet<string>());
            var next = _il.DefineLabel("case_next");
            _il.SequencePoint(_module.Document, c.Pattern);
            EmitPattern(c.Pattern, subject, next);
            if (c.Guard != null)
            {
                EmitCondition(c.Guard, next, jumpIfTrue: false);
            }
            EmitStatements(c.Body);
            _il.Branch(end);
            _il.Mark(next);
        }
        _il.Mark(end);
    }

    /// <summary>CPython's compile-time pattern checks: names bound twice, alternatives binding different names, unreachable alternatives.</summary>
    private void CheckPattern(PatternNode pattern, HashSet<string> bound)
    {
        void Bind(string? name, Node at)
        {
            if (name != null && !bound.Add(name))
            {
                throw CompileError(at, $"multiple assignments to name '{name}' in pattern");
            }
        }
        switch (pattern)
        {
            case MatchAs a:
                if (a.Pattern != null)
                {
                    CheckPattern(a.Pattern, bound);
                }
                Bind(a.Name, a);
                break;
            case MatchStar s:
                Bind(s.Name, s);
                break;
            case MatchSequence seq:
                seq.Patterns.ForEach(p => CheckPattern(p, bound));
                break;
            case MatchMapping map:
                map.Patterns.ForEach(p => CheckPattern(p, bound));
                Bind(map.Rest, map);
                break;
            case MatchClass cls:
                cls.Patterns.ForEach(p => CheckPattern(p, bound));
                cls.KwdPatterns.ForEach(p => CheckPattern(p, bound));
                break;
            case MatchOr or:
                HashSet<string>? first = null;
                for (var i = 0; i < or.Patterns.Count; i++)
                {
                    if (i < or.Patterns.Count - 1 && IrrefutableReason(or.Patterns[i]) is { } reason)
                    {
                        throw CompileError(or.Patterns[i], reason + " makes remaining patterns unreachable");
                    }
                    var names = new HashSet<string>(bound);
                    CheckPattern(or.Patterns[i], names);
                    if (first == null)
                    {
                        first = names;
                    }
                    else if (!first.SetEquals(names))
                    {
                        throw CompileError(or, "alternative patterns bind different names");
                    }
                }
                if (first != null)
                {
                    bound.UnionWith(first);
                }
                break;
        }
    }

    /// <summary>Why a pattern always matches ("name capture 'x'", "wildcard"), or null.</summary>
    private static string? IrrefutableReason(PatternNode pattern) => pattern switch
    {
        MatchAs { Pattern: null, Name: null } => "wildcard",
        MatchAs { Pattern: null, Name: { } name } => $"name capture '{name}'",
        MatchAs { Pattern: { } inner } => IrrefutableReason(inner),
        MatchOr or => or.Patterns.Select(IrrefutableReason).FirstOrDefault(r => r != null),
        _ => null,
    };

    /// <summary>Matches <paramref name="pattern"/> against the value in <paramref name="subject"/>; branches to <paramref name="fail"/> when it does not match.</summary>
    private void EmitPattern(PatternNode pattern, VariableDefinition subject, Label fail)
    {
        switch (pattern)
        {
            case MatchValue { Value: JoinedStr } bad:
                throw CompileError(bad, "patterns may only match literals and attribute lookups");
            case MatchValue v:
                _il.LoadLocal(subject);
                EmitExpression(v.Value);
                _il.LoadInt((int)PyNet.Runtime.CompareOperator.Eq);
                _il.Call(Runtime(RuntimeMembers.PyOps_CompareTruth));
                CheckInt(v);
                _il.BranchIfFalse(fail);
                break;
            case MatchSingleton s:
                _il.LoadLocal(subject);
                EmitConstant(s.Value, s);
                _il.BranchIfNotEqual(fail);
                break;
            case MatchAs a:
                if (a.Pattern != null)
                {
                    EmitPattern(a.Pattern, subject, fail);
                }
                if (a.Name != null)
                {
                    _il.LoadLocal(subject);
                    EmitStoreName(a.Name, a);
                }
                break;
            case MatchOr o:
                var success = _il.DefineLabel("or_success");
                for (var i = 0; i < o.Patterns.Count; i++)
                {
                    if (i == o.Patterns.Count - 1)
                    {
                        EmitPattern(o.Patterns[i], subject, fail);
                        break;
                    }
                    var nextAlternative = _il.DefineLabel("or_next");
                    EmitPattern(o.Patterns[i], subject, nextAlternative);
                    _il.Branch(success);
                    _il.Mark(nextAlternative);
                }
                _il.Mark(success);
                break;
            case MatchSequence seq:
                EmitSequencePattern(seq, subject, fail);
                break;
            case MatchMapping map:
                EmitMappingPattern(map, subject, fail);
                break;
            case MatchClass cls:
                EmitClassPattern(cls, subject, fail);
                break;
            default:
                throw CompileError(pattern, $"PyNet does not compile '{pattern.PythonName}' patterns here");
        }
    }

    private VariableDefinition ObjectArrayLocal(Label fail)
    {
        // stack: object[]-or-null --> ; branches to fail on null.
        var raw = _il.DeclareLocal(Object);
        _il.StoreLocal(raw);
        _il.LoadLocal(raw);
        _il.BranchIfFalse(fail);
        var arrayType = new ArrayType(Object);
        var items = _il.DeclareLocal(arrayType);
        _il.LoadLocal(raw);
        _il.CastClass(arrayType);
        _il.StoreLocal(items);
        return items;
    }

    private void EmitSequencePattern(MatchSequence seq, VariableDefinition subject, Label fail)
    {
        var star = seq.Patterns.FindIndex(p => p is MatchStar);
        var fixedCount = seq.Patterns.Count - (star >= 0 ? 1 : 0);
        _il.LoadLocal(subject);
        _il.LoadInt(fixedCount);
        _il.LoadInt(star >= 0 ? 1 : 0);
        _il.Call(Runtime(RuntimeMembers.PyOps_MatchSequence));
        CheckObject(seq);
        var items = ObjectArrayLocal(fail);
        for (var i = 0; i < seq.Patterns.Count; i++)
        {
            var sub = seq.Patterns[i];
            if (sub is MatchStar ms)
            {
                if (ms.Name != null)
                {
                    _il.LoadLocal(items);
                    _il.LoadInt(i);
                    _il.LoadInt(seq.Patterns.Count - i - 1);
                    _il.Call(Runtime(RuntimeMembers.PyOps_SliceToList));
                    EmitStoreName(ms.Name, ms);
                }
                continue;
            }
            if (sub is MatchAs { Pattern: null, Name: null })
            {
                continue;
            }
            var element = _il.DeclareLocal(Object);
            _il.LoadLocal(items);
            if (star >= 0 && i > star)
            {
                _il.LoadInt(seq.Patterns.Count - i);
                _il.Call(Runtime(RuntimeMembers.PyOps_ItemFromEnd));
            }
            else
            {
                _il.LoadInt(i);
                _il.LoadElementRef();
            }
            _il.StoreLocal(element);
            EmitPattern(sub, element, fail);
        }
    }

    private void EmitMappingPattern(MatchMapping map, VariableDefinition subject, Label fail)
    {
        _il.LoadLocal(subject);
        _il.Call(Runtime(RuntimeMembers.PyOps_MatchMapping));
        CheckInt(map);
        _il.BranchIfFalse(fail);
        for (var i = 0; i < map.Keys.Count; i++)
        {
            var value = _il.DeclareLocal(Object);
            _il.LoadLocal(subject);
            EmitExpression(map.Keys[i]);
            _il.Call(Runtime(RuntimeMembers.PyOps_MatchMappingGet));
            CheckObject(map);
            _il.StoreLocal(value);
            _il.LoadLocal(value);
            _il.LoadStaticField(Runtime(RuntimeMembers.PyOps_Done));
            _il.BranchIfEqual(fail);
            EmitPattern(map.Patterns[i], value, fail);
        }
        if (map.Rest != null)
        {
            _il.LoadLocal(subject);
            EmitObjectArray(map.Keys);
            _il.Call(Runtime(RuntimeMembers.PyOps_MatchMappingRest));
            CheckObject(map);
            EmitStoreName(map.Rest, map);
        }
    }

    private void EmitClassPattern(MatchClass cls, VariableDefinition subject, Label fail)
    {
        _il.LoadLocal(subject);
        EmitExpression(cls.Cls);
        _il.LoadInt(cls.Patterns.Count);
        _il.LoadStaticField(_module.NameArray(cls.KwdAttrs));
        _il.Call(Runtime(RuntimeMembers.PyOps_MatchClass));
        CheckObject(cls);
        var values = ObjectArrayLocal(fail);
        var subPatterns = cls.Patterns.Concat(cls.KwdPatterns).ToList();
        for (var i = 0; i < subPatterns.Count; i++)
        {
            if (subPatterns[i] is MatchAs { Pattern: null, Name: null })
            {
                continue;
            }
            var element = _il.DeclareLocal(Object);
            _il.LoadLocal(values);
            _il.LoadInt(i);
            _il.LoadElementRef();
            _il.StoreLocal(element);
            EmitPattern(subPatterns[i], element, fail);
        }
    }
}
