using System.Collections.Generic;
using Mono.Cecil.Cil;

namespace PyNet.Compiler.Emit.CodeGen;

/// <summary>
/// Which IL locals are live (may be read before being written) at given instructions of a finished method body: the
/// classic backward data-flow problem, live-in = use ∪ (live-out − def), iterated to a fixed point over the
/// instructions. A generator saves and restores only these locals at each yield. Compiled bodies use no .NET
/// exception handling, so every control transfer is an explicit branch, switch or return and the flow graph read
/// from the instructions is complete. Taking a local's address counts as a read and never as a write (except to zero it with initobj), so the answer
/// can only err towards "live", which is safe.
/// </summary>
internal static class LocalLiveness
{
    /// <summary>
    /// For each instruction in <paramref name="points"/>, the locals live on entry to it. A branch to an instruction
    /// not in the body yet but in <paramref name="continuations"/> continues at the instruction it maps to (a yield's
    /// SAVE block, whose locals are those live where the generator resumes); a branch to any other instruction not in
    /// the body leaves the part analysed (a generator's RESTORE blocks define what they load).
    /// </summary>
    public static List<List<VariableDefinition>> LiveAt(MethodBody body, IReadOnlyList<Instruction> points, IReadOnlyDictionary<Instruction, Instruction> continuations)
    {
        var instructions = body.Instructions;
        var count = instructions.Count;
        var words = (body.Variables.Count + 63) / 64;
        var index = new Dictionary<Instruction, int>(count);
        for (var i = 0; i < count; i++)
        {
            index[instructions[i]] = i;
        }
        var uses = new int[count];
        var defs = new int[count];
        var successors = new int[count][];
        for (var i = 0; i < count; i++)
        {
            var instruction = instructions[i];
            (uses[i], defs[i]) = Access(instruction);
            successors[i] = Successors(instruction, i, count, index, continuations);
        }

        var live = new ulong[count * words];
        var scratch = new ulong[words];
        bool changed;
        do
        {
            changed = false;
            for (var i = count - 1; i >= 0; i--)
            {
                System.Array.Clear(scratch);
                foreach (var s in successors[i])
                {
                    for (var w = 0; w < words; w++)
                    {
                        scratch[w] |= live[s * words + w];
                    }
                }
                if (defs[i] >= 0)
                {
                    scratch[defs[i] >> 6] &= ~(1UL << (defs[i] & 63));
                }
                if (uses[i] >= 0)
                {
                    scratch[uses[i] >> 6] |= 1UL << (uses[i] & 63);
                }
                for (var w = 0; w < words; w++)
                {
                    if (live[i * words + w] != scratch[w])
                    {
                        live[i * words + w] = scratch[w];
                        changed = true;
                    }
                }
            }
        }
        while (changed);

        var result = new List<List<VariableDefinition>>(points.Count);
        foreach (var point in points)
        {
            var at = index[point];
            var set = new List<VariableDefinition>();
            for (var v = 0; v < body.Variables.Count; v++)
            {
                if ((live[at * words + (v >> 6)] & (1UL << (v & 63))) != 0)
                {
                    set.Add(body.Variables[v]);
                }
            }
            result.Add(set);
        }
        return result;
    }

    /// <summary>The local an instruction reads and the one it writes (-1: none).</summary>
    private static (int Use, int Def) Access(Instruction instruction)
    {
        var code = instruction.OpCode.Code;
        return code switch
        {
            Code.Ldloc_0 => (0, -1),
            Code.Ldloc_1 => (1, -1),
            Code.Ldloc_2 => (2, -1),
            Code.Ldloc_3 => (3, -1),
            // ldloca; initobj overwrites the whole local (a PyNum built in place): a write.
            Code.Ldloca or Code.Ldloca_S when instruction.Next?.OpCode.Code == Code.Initobj => (-1, ((VariableDefinition)instruction.Operand).Index),
            Code.Ldloc or Code.Ldloc_S or Code.Ldloca or Code.Ldloca_S => (((VariableDefinition)instruction.Operand).Index, -1),
            Code.Stloc_0 => (-1, 0),
            Code.Stloc_1 => (-1, 1),
            Code.Stloc_2 => (-1, 2),
            Code.Stloc_3 => (-1, 3),
            Code.Stloc or Code.Stloc_S => (-1, ((VariableDefinition)instruction.Operand).Index),
            _ => (-1, -1),
        };
    }

    /// <summary>The instructions control may pass to next.</summary>
    private static int[] Successors(Instruction instruction, int at, int count, Dictionary<Instruction, int> index, IReadOnlyDictionary<Instruction, Instruction> continuations)
    {
        var next = at + 1 < count ? new[] { at + 1 } : System.Array.Empty<int>();
        var targets = new List<int>();
        switch (instruction.OpCode.FlowControl)
        {
            case FlowControl.Branch:
                AddTarget(targets, (Instruction)instruction.Operand, index, continuations);
                return targets.ToArray();
            case FlowControl.Cond_Branch:
                targets.AddRange(next);
                if (instruction.Operand is Instruction[] cases)
                {
                    foreach (var c in cases)
                    {
                        AddTarget(targets, c, index, continuations);
                    }
                }
                else
                {
                    AddTarget(targets, (Instruction)instruction.Operand, index, continuations);
                }
                return targets.ToArray();
            case FlowControl.Return:
            case FlowControl.Throw:
                return System.Array.Empty<int>();
            default:
                return next;
        }
    }

    private static void AddTarget(List<int> targets, Instruction target, Dictionary<Instruction, int> index, IReadOnlyDictionary<Instruction, Instruction> continuations)
    {
        if (index.TryGetValue(target, out var i) || continuations.TryGetValue(target, out var next) && index.TryGetValue(next, out i))
        {
            targets.Add(i);
        }
    }
}
