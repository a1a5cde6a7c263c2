using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using Xunit;
using static PyNet.Runtime.Tests.Py;

namespace PyNet.Runtime.Tests.Containers;

/// <summary>
/// Iteration order of int sets must match CPython's exactly. Hundreds of generated operation sequences run both here and
/// under python3, and every intermediate repr (and, at the end, the small ints the set contains and its frozenset hash)
/// is compared.
/// </summary>
public class SetOrderOracleTests
{
    private static readonly string[] s_ops = { "add", "add", "add", "discard", "discard", "pop", "update", "ior", "iand", "isub", "ixor", "or", "and", "sub", "xor", "copy", "frozen", "dict", "clear_rare" };

    private const string Interpreter = @"
import json
cases = json.loads(DATA)
for init, ops in cases:
    s = set(init)
    out = [repr(s)]
    for op in ops:
        k = op[0]
        if k == 'add': s.add(op[1])
        elif k == 'discard': s.discard(op[1])
        elif k == 'pop':
            if s: s.pop()
        elif k == 'update': s.update(op[1])
        elif k == 'ior': s |= set(op[1])
        elif k == 'iand': s &= set(op[1])
        elif k == 'isub': s -= set(op[1])
        elif k == 'ixor': s ^= set(op[1])
        elif k == 'or': s = s | set(op[1])
        elif k == 'and': s = s & set(op[1])
        elif k == 'sub': s = s - set(op[1])
        elif k == 'xor': s = s ^ set(op[1])
        elif k == 'copy': s = s.copy()
        elif k == 'frozen': s = set(frozenset(s))
        elif k == 'dict': s = set(dict.fromkeys(op[1]))
        elif k == 'clear_rare': s.clear()
        out.append(k + ' ' + repr(s))
    out.append(str([x for x in range(-40, 40) if x in s]))
    out.append(str(hash(frozenset(s))))
    print(' | '.join(out))
";

    [Fact]
    public void GeneratedSetOperationSequencesIterateInCPythonOrder()
    {
        var rng = new Random(1234);
        var cases = new List<(long[] Init, List<(string Op, long X, long[] Xs)> Ops)>();
        for (var c = 0; c < 400; c++)
        {
            var init = Values(rng, rng.Next(0, c % 7 == 0 ? 120 : 25));
            var ops = new List<(string, long, long[])>();
            var nOps = rng.Next(1, 12);
            for (var i = 0; i < nOps; i++)
            {
                var op = s_ops[rng.Next(s_ops.Length)];
                if (op == "clear_rare" && rng.Next(4) != 0)
                {
                    op = "add";
                }
                ops.Add((op, Value(rng), Values(rng, rng.Next(0, 30))));
            }
            cases.Add((init, ops));
        }
        var json = new StringBuilder("[");
        foreach (var (init, ops) in cases)
        {
            json.Append(CaseJson(init, ops)).Append(',');
        }
        json.Length--;
        json.Append(']');
        var expected = PythonOracle.Run("DATA = '" + json + "'\n" + Interpreter).Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(cases.Count, expected.Length);
        for (var c = 0; c < cases.Count; c++)
        {
            var actual = RunCase(cases[c].Init, cases[c].Ops);
            Assert.True(expected[c] == actual, $"case {c}: {CaseJson(cases[c].Init, cases[c].Ops)}\nexpected: {expected[c]}\nactual:   {actual}");
        }
    }

    private static string RunCase(long[] init, List<(string Op, long X, long[] Xs)> ops)
    {
        object? s = Call(PyType.SetType, Ints(init));
        var output = new List<string> { Repr(s) };
        foreach (var (op, x, xs) in ops)
        {
            var other = Call(PyType.SetType, Ints(xs));
            switch (op)
            {
                case "add":
                    M(s, "add", x);
                    break;
                case "discard":
                    M(s, "discard", x);
                    break;
                case "pop":
                    if (PyProtocol.IsTrue(s))
                    {
                        M(s, "pop");
                    }
                    break;
                case "update":
                    M(s, "update", Ints(xs));
                    break;
                case "ior":
                    s = PyProtocol.InPlaceOp(s, other, BinaryOperator.BitOr);
                    break;
                case "iand":
                    s = PyProtocol.InPlaceOp(s, other, BinaryOperator.BitAnd);
                    break;
                case "isub":
                    s = PyProtocol.InPlaceOp(s, other, BinaryOperator.Sub);
                    break;
                case "ixor":
                    s = PyProtocol.InPlaceOp(s, other, BinaryOperator.BitXor);
                    break;
                case "or":
                    s = PyProtocol.BinaryOp(s, other, BinaryOperator.BitOr);
                    break;
                case "and":
                    s = PyProtocol.BinaryOp(s, other, BinaryOperator.BitAnd);
                    break;
                case "sub":
                    s = PyProtocol.BinaryOp(s, other, BinaryOperator.Sub);
                    break;
                case "xor":
                    s = PyProtocol.BinaryOp(s, other, BinaryOperator.BitXor);
                    break;
                case "copy":
                    s = M(s, "copy");
                    break;
                case "frozen":
                    s = Call(PyType.SetType, Call(PyType.FrozenSetType, s));
                    break;
                case "dict":
                    s = Call(PyType.SetType, M(PyType.DictType, "fromkeys", Ints(xs)));
                    break;
                case "clear_rare":
                    M(s, "clear");
                    break;
            }
            output.Add(op + " " + Repr(s));
        }
        // Membership of the small ints (PySet answers it from a bitmap while every key is an int).
        output.Add("[" + string.Join(", ", Enumerable.Range(-40, 80).Where(x => PyProtocol.Contains(s, (long)x))) + "]");
        output.Add(PyProtocol.Hash(Call(PyType.FrozenSetType, s)).ToString());
        return string.Join(" | ", output);
    }

    private static string CaseJson(long[] init, List<(string Op, long X, long[] Xs)> ops) =>
        "[" + JsonList(init) + ", [" + string.Join(", ", ops.Select(o => $"[\"{o.Op}\", {(o.Op is "add" or "discard" ? o.X.ToString() : JsonList(o.Xs))}]")) + "]]";

    private static string JsonList(long[] values) => "[" + string.Join(", ", values) + "]";

    private static long[] Values(Random rng, int n) => Enumerable.Range(0, n).Select(_ => Value(rng)).ToArray();

    private static long Value(Random rng) => rng.Next(8) switch
    {
        0 => rng.Next(-20, 20),
        1 => rng.Next(0, 8) * 8,
        2 => rng.Next(0, 16) * 32 + rng.Next(2),
        3 => (1L << 40) + rng.Next(100),
        4 => (1L << 61) + rng.Next(-5, 5),
        5 => -1 - rng.Next(3),
        6 => long.MaxValue - rng.Next(3),
        _ => rng.Next(0, 1000),
    };
}
