using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.Json;

namespace PyNet.Runtime.Tests.Text;

/// <summary>One differential case: a Python expression and the C# evaluation that must give the same repr.</summary>
public sealed record DifferentialCase(string PythonExpression, Func<object?> Evaluate);

/// <summary>
/// Evaluates many cases with one python3 process and compares each repr (or exception type and message) with the
/// runtime's result. Floats travel to Python as bit patterns (<c>f(bits)</c>) so both sides see the same value.
/// </summary>
public static class Differential
{
    private const string Prelude = """
        import json, struct, sys
        def f(bits):
            return struct.unpack('<d', struct.pack('<Q', bits))[0]
        def run(exprs):
            out = []
            for e in exprs:
                try:
                    r = repr(eval(e))
                except Exception as ex:
                    r = '!' + type(ex).__name__ + ': ' + str(ex)
                out.append(json.dumps(r))
            sys.stdout.write('\n'.join(out) + '\n')
        """;

    /// <summary>The Python source for a float value with the exact bits of <paramref name="d"/>.</summary>
    public static string Float(double d) => "f(" + BitConverter.DoubleToUInt64Bits(d).ToString(CultureInfo.InvariantCulture) + ")";

    /// <summary>A Python string literal for <paramref name="s"/>, ASCII only, one escape per code point.</summary>
    public static string Str(string s)
    {
        var sb = new StringBuilder("\"");
        for (var i = 0; i < s.Length; i++)
        {
            int cp = s[i];
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                cp = char.ConvertToUtf32(s[i], s[i + 1]);
                i++;
            }
            if (cp is '\\' or '"')
            {
                sb.Append('\\').Append((char)cp);
            }
            else if (cp >= 0x20 && cp < 0x7f)
            {
                sb.Append((char)cp);
            }
            else
            {
                sb.Append("\\U").Append(cp.ToString("x8", CultureInfo.InvariantCulture));
            }
        }
        return sb.Append('"').ToString();
    }

    public static string Outcome(Func<object?> evaluate)
    {
        try
        {
            return PyProtocol.Repr(evaluate());
        }
        catch (PyException e)
        {
            return "!" + e.PythonTypeName + ": " + global::PyNet.Runtime.Builtins.StrOf(e.Value);
        }
    }

    /// <summary>
    /// Runs every case; returns the mismatches as readable lines. For debugging a crash, PYNET_DIFF_TRACE=file appends
    /// each expression to the file before it runs, and PYNET_DIFF_ONLY=n runs only case n.
    /// </summary>
    public static List<string> Compare(IReadOnlyList<DifferentialCase> cases)
    {
        var script = new StringBuilder(Prelude);
        script.Append("\nrun([\n");
        foreach (var c in cases)
        {
            script.Append(Str(c.PythonExpression)).Append(",\n");
        }
        script.Append("])\n");
        var lines = PythonOracle.Run(script.ToString()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(cases.Count, lines.Length);
        var mismatches = new List<string>();
        for (var i = 0; i < cases.Count; i++)
        {
            var expected = JsonSerializer.Deserialize<string>(lines[i])!;
            string actual;
            if (Environment.GetEnvironmentVariable("PYNET_DIFF_ONLY") is { } only && only != i.ToString(CultureInfo.InvariantCulture))
            {
                continue;
            }
            var trace = Environment.GetEnvironmentVariable("PYNET_DIFF_TRACE");
            if (trace != null)
            {
                System.IO.File.AppendAllText(trace, cases[i].PythonExpression + "\n");
            }
            try
            {
                actual = Outcome(cases[i].Evaluate);
            }
            catch (Exception e) when (e is not PyException)
            {
                actual = "!CLR " + e.GetType().Name + ": " + e.Message;
            }
            if (expected != actual)
            {
                mismatches.Add($"{cases[i].PythonExpression}\n    python: {expected}\n    pynet:  {actual}");
            }
        }
        return mismatches;
    }

    public static void AssertAllMatch(IReadOnlyList<DifferentialCase> cases)
    {
        var mismatches = Compare(cases);
        Assert.True(mismatches.Count == 0, $"{mismatches.Count} of {cases.Count} cases differ:\n" + string.Join("\n", mismatches.Take(40)));
    }
}
