using System;
using System.Collections.Generic;
using Mono.Cecil;
using Mono.Cecil.Cil;
using Mono.Cecil.Rocks;

namespace PyNet.Compiler.Emit;

/// <summary>A branch target. It becomes an instruction when marked.</summary>
internal sealed class Label
{
    public Label(string name)
    {
        Name = name;
        Target = Instruction.Create(OpCodes.Nop);
    }

    public string Name { get; }

    public Instruction Target { get; }

    public bool IsMarked { get; set; }

    /// <summary>The evaluation stack shape every branch to this label must agree on (null: not yet known).</summary>
    public string? StackShape { get; set; }

    public override string ToString() => Name;
}

/// <summary>
/// The only writer of opcodes (over Cecil's ILProcessor): readable operations that track the evaluation stack shape,
/// check that every branch to a label agrees on it ("inputs --> result" effects), and record sequence points.
/// Code after an unconditional branch or return is dead until a label that something branches to is marked: the
/// builder drops it, so code generators never emit unverifiable dead code.
/// </summary>
internal sealed class ILBuilder
{
    private readonly ILProcessor _il;
    private readonly MethodDefinition _method;
    private readonly List<char> _stack = new();
    private bool _reachable = true;
    private readonly List<Label> _labels = new();

    public ILBuilder(MethodDefinition method)
    {
        _method = method;
        _il = method.Body.GetILProcessor();
        method.Body.InitLocals = true;
    }

    public MethodDefinition Method => _method;

    /// <summary>Current evaluation stack depth.</summary>
    public int Depth => _stack.Count;

    /// <summary>
    /// The kinds of the values on the stack, bottom first: O reference, I int32, L int64, D double, N native int,
    /// V struct, &amp; managed pointer.
    /// </summary>
    public string Shape => new(_stack.ToArray());

    /// <summary>False after an unconditional branch or return, until a label is marked.</summary>
    public bool IsReachable => _reachable;

    public Label DefineLabel(string name) => new(name);

    public void Mark(Label label)
    {
        if (label.IsMarked)
        {
            throw new InvalidOperationException($"label {label} marked twice");
        }
        label.IsMarked = true;
        _labels.Add(label);
        _il.Append(label.Target);
        if (_reachable)
        {
            Agree(label, Shape);
        }
        else if (label.StackShape != null)
        {
            SetShape(label.StackShape);
            _reachable = true;
        }
    }

    /// <summary>Records that code emitted later will branch to <paramref name="label"/> with <paramref name="shape"/>.</summary>
    public void ExpectBranch(Label label, string shape) => Agree(label, shape);

    private static void Agree(Label label, string shape)
    {
        if (label.StackShape != null && label.StackShape != shape)
        {
            throw new InvalidOperationException($"stack shape '{shape}' at a branch to {label}, which has '{label.StackShape}'");
        }
        label.StackShape = shape;
    }

    private void SetShape(string shape)
    {
        _stack.Clear();
        _stack.AddRange(shape);
    }

    private void Emit(Instruction instruction, int pops, char push)
    {
        if (!_reachable)
        {
            return;
        }
        if (_stack.Count < pops)
        {
            throw new InvalidOperationException($"stack underflow at {instruction} in {_method.Name}");
        }
        _stack.RemoveRange(_stack.Count - pops, pops);
        if (push != '-')
        {
            _stack.Add(push);
        }
        _il.Append(instruction);
    }

    private static char KindOf(TypeReference type) => type.MetadataType switch
    {
        MetadataType.Void => '-',
        MetadataType.Boolean or MetadataType.Int32 or MetadataType.UInt32 or MetadataType.Int16 or MetadataType.UInt16
            or MetadataType.Byte or MetadataType.SByte or MetadataType.Char => 'I',
        MetadataType.Int64 or MetadataType.UInt64 => 'L',
        MetadataType.Double or MetadataType.Single => 'D',
        MetadataType.IntPtr or MetadataType.UIntPtr => 'N',
        MetadataType.ValueType => 'V',
        MetadataType.ByReference => '&',
        _ => 'O',
    };

    public VariableDefinition DeclareLocal(TypeReference type)
    {
        var v = new VariableDefinition(type);
        _method.Body.Variables.Add(v);
        return v;
    }

    // --- loads and stores -------------------------------------------------------------------------------------

    public void LoadNull() => Emit(Instruction.Create(OpCodes.Ldnull), 0, 'O');

    public void LoadInt(int value) => Emit(value switch
    {
        -1 => Instruction.Create(OpCodes.Ldc_I4_M1),
        0 => Instruction.Create(OpCodes.Ldc_I4_0),
        1 => Instruction.Create(OpCodes.Ldc_I4_1),
        2 => Instruction.Create(OpCodes.Ldc_I4_2),
        3 => Instruction.Create(OpCodes.Ldc_I4_3),
        4 => Instruction.Create(OpCodes.Ldc_I4_4),
        5 => Instruction.Create(OpCodes.Ldc_I4_5),
        6 => Instruction.Create(OpCodes.Ldc_I4_6),
        7 => Instruction.Create(OpCodes.Ldc_I4_7),
        8 => Instruction.Create(OpCodes.Ldc_I4_8),
        >= -128 and <= 127 => Instruction.Create(OpCodes.Ldc_I4_S, (sbyte)value),
        _ => Instruction.Create(OpCodes.Ldc_I4, value),
    }, 0, 'I');

    public void LoadLong(long value) => Emit(Instruction.Create(OpCodes.Ldc_I8, value), 0, 'L');

    public void LoadDouble(double value) => Emit(Instruction.Create(OpCodes.Ldc_R8, value), 0, 'D');

    public void LoadString(string value) => Emit(Instruction.Create(OpCodes.Ldstr, value), 0, 'O');

    public void LoadArg(int index) => Emit(index switch
    {
        0 => Instruction.Create(OpCodes.Ldarg_0),
        1 => Instruction.Create(OpCodes.Ldarg_1),
        2 => Instruction.Create(OpCodes.Ldarg_2),
        3 => Instruction.Create(OpCodes.Ldarg_3),
        _ => Instruction.Create(OpCodes.Ldarg, _method.Parameters[index]),
    }, 0, KindOf(_method.Parameters[index].ParameterType));

    /// <summary>--> this (instance methods and constructors)</summary>
    public void LoadThis() => Emit(Instruction.Create(OpCodes.Ldarg_0), 0, 'O');

    /// <summary>--> value of a declared parameter (static or instance method alike)</summary>
    public void LoadParameter(ParameterDefinition parameter) =>
        Emit(Instruction.Create(OpCodes.Ldarg, parameter), 0, KindOf(parameter.ParameterType));

    /// <summary>--> managed pointer to a static field (for a ref argument)</summary>
    public void LoadStaticFieldAddress(FieldReference f) => Emit(Instruction.Create(OpCodes.Ldsflda, f), 0, 'N');

    /// <summary>--> RuntimeTypeHandle of a type (typeof with Type.GetTypeFromHandle)</summary>
    public void LoadToken(TypeReference type) => Emit(Instruction.Create(OpCodes.Ldtoken, type), 0, 'O');

    public void StoreArg(int index) => Emit(Instruction.Create(OpCodes.Starg, _method.Parameters[index]), 1, '-');

    public void LoadLocal(VariableDefinition v) => Emit(Instruction.Create(OpCodes.Ldloc, v), 0, KindOf(v.VariableType));

    /// <summary>--> managed pointer to the local (a struct local passed by ref)</summary>
    public void LoadLocalAddress(VariableDefinition v) => Emit(Instruction.Create(OpCodes.Ldloca, v), 0, '&');

    public void StoreLocal(VariableDefinition v) => Emit(Instruction.Create(OpCodes.Stloc, v), 1, '-');

    public void LoadStaticField(FieldReference f) => Emit(Instruction.Create(OpCodes.Ldsfld, f), 0, KindOf(f.FieldType));

    /// <summary>--> value; a volatile load, which the JIT never hoists out of a loop.</summary>
    public void LoadStaticFieldVolatile(FieldReference f)
    {
        Emit(Instruction.Create(OpCodes.Volatile), 0, '-');
        LoadStaticField(f);
    }

    public void StoreStaticField(FieldReference f) => Emit(Instruction.Create(OpCodes.Stsfld, f), 1, '-');

    /// <summary>object --> value</summary>
    public void LoadField(FieldReference f) => Emit(Instruction.Create(OpCodes.Ldfld, f), 1, KindOf(f.FieldType));

    /// <summary>object, value --></summary>
    public void StoreField(FieldReference f) => Emit(Instruction.Create(OpCodes.Stfld, f), 2, '-');

    // --- arrays ----------------------------------------------------------------------------------------------

    /// <summary>length --> array</summary>
    public void NewArray(TypeReference elementType) => Emit(Instruction.Create(OpCodes.Newarr, elementType), 1, 'O');

    /// <summary>array, index --> element</summary>
    public void LoadElementRef() => Emit(Instruction.Create(OpCodes.Ldelem_Ref), 2, 'O');

    /// <summary>array, index, value --></summary>
    public void StoreElementRef() => Emit(Instruction.Create(OpCodes.Stelem_Ref), 3, '-');

    // --- stack -----------------------------------------------------------------------------------------------

    public void Dup()
    {
        if (_reachable)
        {
            Emit(Instruction.Create(OpCodes.Dup), 0, _stack[^1]);
        }
    }

    public void Pop() => Emit(Instruction.Create(OpCodes.Pop), 1, '-');

    // --- calls and objects -----------------------------------------------------------------------------------

    public void Call(MethodReference method)
    {
        var pops = method.Parameters.Count + (method.HasThis ? 1 : 0);
        Emit(Instruction.Create(OpCodes.Call, method), pops, KindOf(method.ReturnType));
    }

    public void CallVirtual(MethodReference method)
    {
        var pops = method.Parameters.Count + 1;
        Emit(Instruction.Create(OpCodes.Callvirt, method), pops, KindOf(method.ReturnType));
    }

    public void NewObject(MethodReference constructor) => Emit(Instruction.Create(OpCodes.Newobj, constructor), constructor.Parameters.Count, 'O');

    /// <summary>--> native int (a method pointer)</summary>
    public void LoadFunctionPointer(MethodReference method) => Emit(Instruction.Create(OpCodes.Ldftn, method), 0, 'N');

    public void CastClass(TypeReference type) => Emit(Instruction.Create(OpCodes.Castclass, type), 1, 'O');

    public void Box(TypeReference type) => Emit(Instruction.Create(OpCodes.Box, type), 1, 'O');

    // --- control flow ----------------------------------------------------------------------------------------

    public void Branch(Label target)
    {
        if (!_reachable)
        {
            return;
        }
        Agree(target, Shape);
        _il.Append(Instruction.Create(OpCodes.Br, target.Target));
        _reachable = false;
    }

    /// <summary>value --> ; branches when the value is true/non-null/non-zero.</summary>
    public void BranchIfTrue(Label target)
    {
        if (!_reachable)
        {
            return;
        }
        Emit(Instruction.Create(OpCodes.Brtrue, target.Target), 1, '-');
        Agree(target, Shape);
    }

    public void BranchIfFalse(Label target)
    {
        if (!_reachable)
        {
            return;
        }
        Emit(Instruction.Create(OpCodes.Brfalse, target.Target), 1, '-');
        Agree(target, Shape);
    }

    /// <summary>a, b --> ; branches when a == b (references or numbers).</summary>
    public void BranchIfEqual(Label target)
    {
        if (!_reachable)
        {
            return;
        }
        Emit(Instruction.Create(OpCodes.Beq, target.Target), 2, '-');
        Agree(target, Shape);
    }

    public void BranchIfNotEqual(Label target)
    {
        if (!_reachable)
        {
            return;
        }
        Emit(Instruction.Create(OpCodes.Bne_Un, target.Target), 2, '-');
        Agree(target, Shape);
    }

    /// <summary>int32 --> ; jumps to targets[value], or falls through when out of range.</summary>
    public void Switch(Label[] targets)
    {
        if (!_reachable)
        {
            return;
        }
        var instructions = new Instruction[targets.Length];
        for (var i = 0; i < targets.Length; i++)
        {
            instructions[i] = targets[i].Target;
        }
        Emit(Instruction.Create(OpCodes.Switch, instructions), 1, '-');
        foreach (var t in targets)
        {
            Agree(t, Shape);
        }
    }

    /// <summary>object --> value (unboxes a value type)</summary>
    public void UnboxAny(TypeReference type) => Emit(Instruction.Create(OpCodes.Unbox_Any, type), 1, KindOf(type));

    /// <summary>int32, int32 --> int32</summary>
    public void Subtract() => Emit(Instruction.Create(OpCodes.Sub), 2, _stack.Count > 0 ? _stack[^1] : 'I');

    /// <summary>a, b --> a + b (numbers of one kind)</summary>
    public void Add() => Emit(Instruction.Create(OpCodes.Add), 2, _stack.Count > 0 ? _stack[^1] : 'I');

    /// <summary>a, b --> a * b</summary>
    public void Multiply() => Emit(Instruction.Create(OpCodes.Mul), 2, _stack.Count > 0 ? _stack[^1] : 'I');

    /// <summary>a, b --> a / b</summary>
    public void Divide() => Emit(Instruction.Create(OpCodes.Div), 2, _stack.Count > 0 ? _stack[^1] : 'I');

    /// <summary>a --> -a</summary>
    public void Negate() => Emit(Instruction.Create(OpCodes.Neg), 1, _stack.Count > 0 ? _stack[^1] : 'I');

    /// <summary>object --> object or null (isinst)</summary>
    public void IsInstance(TypeReference type) => Emit(Instruction.Create(OpCodes.Isinst, type), 1, 'O');

    /// <summary>address --> ; zeroes a struct (initobj)</summary>
    public void InitObject(TypeReference type) => Emit(Instruction.Create(OpCodes.Initobj, type), 1, '-');

    /// <summary>a, b --> a % b (truncating, rem)</summary>
    public void Remainder() => Emit(Instruction.Create(OpCodes.Rem), 2, _stack.Count > 0 ? _stack[^1] : 'I');

    /// <summary>a, b --> a &amp; b</summary>
    public void And() => Emit(Instruction.Create(OpCodes.And), 2, _stack.Count > 0 ? _stack[^1] : 'I');

    /// <summary>a, b --> a | b</summary>
    public void Or() => Emit(Instruction.Create(OpCodes.Or), 2, _stack.Count > 0 ? _stack[^1] : 'I');

    /// <summary>a, b --> a ^ b</summary>
    public void Xor() => Emit(Instruction.Create(OpCodes.Xor), 2, _stack.Count > 0 ? _stack[^1] : 'I');

    /// <summary>value, int32 count --> value >> count (arithmetic, shr)</summary>
    public void ShiftRight() => Emit(Instruction.Create(OpCodes.Shr), 2, _stack.Count > 1 ? _stack[^2] : 'I');

    /// <summary>number --> float64 (conv.r8; an int64 rounds to nearest, ties to even)</summary>
    public void ConvertToDouble() => Emit(Instruction.Create(OpCodes.Conv_R8), 1, 'D');

    /// <summary>number --> int32 (conv.i4, truncating)</summary>
    public void ConvertToInt32() => Emit(Instruction.Create(OpCodes.Conv_I4), 1, 'I');

    /// <summary>number --> int64 (conv.i8, sign-extending)</summary>
    public void ConvertToInt64() => Emit(Instruction.Create(OpCodes.Conv_I8), 1, 'L');

    /// <summary>a, b --> ; branches when a &lt; b (signed, blt)</summary>
    public void BranchIfLess(Label target) => ConditionalBranch(OpCodes.Blt, target);

    /// <summary>a, b --> ; branches when a &lt;= b (signed, ble)</summary>
    public void BranchIfLessOrEqual(Label target) => ConditionalBranch(OpCodes.Ble, target);

    /// <summary>a, b --> ; branches when a &gt;= b (signed, bge)</summary>
    public void BranchIfGreaterOrEqual(Label target) => ConditionalBranch(OpCodes.Bge, target);

    private void ConditionalBranch(OpCode opcode, Label target)
    {
        if (!_reachable)
        {
            return;
        }
        Emit(Instruction.Create(opcode, target.Target), 2, '-');
        Agree(target, Shape);
    }

    /// <summary>a, b --> ; branches when a &lt;= b or either is NaN (ble.un)</summary>
    public void BranchIfNotGreater(Label target) => ConditionalBranch(OpCodes.Ble_Un, target);

    /// <summary>a, b --> int32 (1 when equal)</summary>
    public void CompareEqual() => Emit(Instruction.Create(OpCodes.Ceq), 2, 'I');

    public void Return()
    {
        if (!_reachable)
        {
            return;
        }
        Emit(Instruction.Create(OpCodes.Ret), _method.ReturnType.MetadataType == MetadataType.Void ? 0 : 1, '-');
        if (_stack.Count != 0)
        {
            throw new InvalidOperationException($"stack depth {_stack.Count} at return in {_method.Name}");
        }
        _reachable = false;
    }

    /// <summary>Checks that every label used as a branch target was marked.</summary>
    public void Finish()
    {
        // A set of the method's instructions: a Contains per branch over the instruction list was quadratic, and the
        // largest part of compiling a big function.
        var marked = new HashSet<Instruction>(_method.Body.Instructions, ReferenceEqualityComparer.Instance);
        foreach (var instruction in _method.Body.Instructions)
        {
            if (instruction.Operand is Instruction target && !marked.Contains(target))
            {
                throw new InvalidOperationException($"branch to an unmarked label in {_method.Name}");
            }
        }
        _method.Body.OptimizeMacros();
    }

    /// <summary>Attaches a sequence point (Python line and column) to the next instruction.</summary>
    public void SequencePoint(Document document, Syntax.Node node)
    {
        if (!_reachable)
        {
            return;
        }
        var next = Instruction.Create(OpCodes.Nop);
        _il.Append(next);
        var sp = new SequencePoint(next, document)
        {
            StartLine = node.Lineno,
            StartColumn = node.ColOffset + 1,
            EndLine = Math.Max(node.EndLineno, node.Lineno),
            EndColumn = node.EndLineno > node.Lineno || node.EndColOffset > node.ColOffset ? node.EndColOffset + 1 : node.ColOffset + 2,
        };
        _method.DebugInformation.SequencePoints.Add(sp);
    }
}
