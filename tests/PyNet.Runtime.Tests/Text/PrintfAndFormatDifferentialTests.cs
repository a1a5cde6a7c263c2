using System;
using System.Collections.Generic;
using System.Text;

namespace PyNet.Runtime.Tests.Text;

/// <summary>Generated printf-style (<c>%</c>) and <c>str.format</c> cases compared with CPython.</summary>
public class PrintfAndFormatDifferentialTests
{
    private static PyVal RandomArgument(Random rng) => rng.Next(9) switch
    {
        0 => PyVal.Int(rng.Next(-100000, 100000)),
        1 => PyVal.Float(NumberGen.Float(rng)),
        2 => PyVal.Str(new[] { "abc", "", "é😀", "x" }[rng.Next(4)]),
        3 => PyVal.Int(NumberGen.Int(rng) is long l ? l : 7),
        4 => PyVal.Bool(rng.Next(2) == 0),
        5 => PyVal.None,
        6 => PyVal.Int(rng.Next(0, 200)),
        7 => PyVal.Float(rng.Next(-1000, 1000) / 8.0),
        _ => PyVal.Tuple(PyVal.Int(1), PyVal.Str("t")),
    };

    private static string RandomDirective(Random rng, out int stars)
    {
        var sb = new StringBuilder("%");
        stars = 0;
        foreach (var flag in "-+ #0")
        {
            if (rng.Next(6) == 0)
            {
                sb.Append(flag);
            }
        }
        switch (rng.Next(4))
        {
            case 0:
                sb.Append(rng.Next(15));
                break;
            case 1 when rng.Next(3) == 0:
                sb.Append('*');
                stars++;
                break;
        }
        switch (rng.Next(4))
        {
            case 0:
                sb.Append('.').Append(rng.Next(12));
                break;
            case 1 when rng.Next(3) == 0:
                sb.Append(".*");
                stars++;
                break;
        }
        sb.Append("diouxXeEfFgGcrsa%"[rng.Next(17)]);
        return sb.ToString();
    }

    [Fact]
    public void PercentFormattingMatchesCPython()
    {
        var rng = new Random(77);
        var cases = new List<DifferentialCase>();
        for (var i = 0; i < 3000; i++)
        {
            var directives = rng.Next(1, 3);
            var format = new StringBuilder(rng.Next(3) == 0 ? "x=" : string.Empty);
            var args = new List<PyVal>();
            for (var d = 0; d < directives; d++)
            {
                format.Append(RandomDirective(rng, out var stars)).Append(rng.Next(2) == 0 ? " " : "|");
                for (var s = 0; s < stars; s++)
                {
                    args.Add(PyVal.Int(rng.Next(-8, 12)));
                }
                args.Add(RandomArgument(rng));
            }
            if (rng.Next(15) == 0 && args.Count > 0)
            {
                args.RemoveAt(args.Count - 1);
            }
            if (rng.Next(15) == 0)
            {
                args.Add(PyVal.Int(1));
            }
            var fmt = PyVal.Str(format.ToString());
            var argument = args.Count == 1 && rng.Next(2) == 0 ? args[0] : PyVal.Tuple(args.ToArray());
            cases.Add(PyVal.BinaryOp(fmt, "%", BinaryOperator.Mod, argument));
        }
        var d1 = PyVal.Dict((PyVal.Str("a"), PyVal.Int(1)), (PyVal.Str("b"), PyVal.Float(2.5)));
        foreach (var f in new[] { "%(a)s %(b).2f", "%(a)d%%", "%(c)s", "%(a", "%(a)*d", "%s %(a)s", "%(a)s %s", "%(a(b))s" })
        {
            cases.Add(PyVal.BinaryOp(PyVal.Str(f), "%", BinaryOperator.Mod, d1));
        }
        foreach (var (f, a) in new[] { ("%(a)s", PyVal.Int(5)), ("%s", PyVal.List(PyVal.Int(1))), ("%y", PyVal.Int(1)), ("%", PyVal.Tuple()), ("%5", PyVal.Int(1)), ("%c", PyVal.Str("ab")), ("%c", PyVal.Int(0x110000)), ("%d", PyVal.Str("3")), ("%x", PyVal.Float(3.0)), ("%f", PyVal.Str("x")), ("%*d", PyVal.Tuple(PyVal.Str("a"), PyVal.Int(1))), ("%d", PyVal.Float(double.PositiveInfinity)), ("%d", PyVal.Float(double.NaN)), ("%i", PyVal.Complex(1, 2)) })
        {
            cases.Add(PyVal.BinaryOp(PyVal.Str(f), "%", BinaryOperator.Mod, a));
        }
        Differential.AssertAllMatch(cases);
    }

    [Fact]
    public void StrFormatMatchesCPython()
    {
        var cases = new List<DifferentialCase>();
        var args = new[] { PyVal.Int(42), PyVal.Float(3.14159), PyVal.Str("hi"), PyVal.List(PyVal.Int(7), PyVal.Int(8)) };
        var kw = new (string, PyVal)[] { ("name", PyVal.Str("Ann")), ("d", PyVal.Dict((PyVal.Str("k"), PyVal.Int(1)), (PyVal.Int(0), PyVal.Str("zero")))), ("w", PyVal.Int(8)) };
        var templates = new[]
        {
            "{} {} {}", "{0} {1} {0}", "{2!r:>6}|{2!s}|{2!a}", "{name:^{w}}", "{0:{w}.{1}}", "{3[1]}", "{d[k]} {d[0]}", "{0.real}",
            "{{}} {{{0}}}", "{", "}", "{0", "{0!", "{0!}", "{0!x}", "{0!rr}", "{0:{1:{2}}}", "{}{0}", "{0}{}", "{9}", "{nope}",
            "{0.}", "{0[}", "{3[0]x}", "{0:d}", "{2:d}", "{1:.2%}", "{0:#x}", "{0:{w}}", "{name!r}", "{:{}}", "{0{}}",
            "{99999999999999999999999}", "{0:,}", "{1:_.3f}", "{!}", "{2[0]}", "{3[-1]}", "{0:{}}", "a{0}b{1}c", "{0[ ]}",
            "{:}", "{0:}}", "x{{y", "{0:0{w}}", "{name.__class__.__name__}",
        };
        foreach (var template in templates)
        {
            cases.Add(PyVal.MethodKw(PyVal.Str(template), "format", args, kw));
        }
        var mapping = PyVal.Dict((PyVal.Str("a"), PyVal.Int(1)), (PyVal.Str("b"), PyVal.Str("x")));
        foreach (var template in new[] { "{a}-{b}", "{}", "{0}", "{c}", "{a:>4}{b!r}" })
        {
            cases.Add(PyVal.Method(PyVal.Str(template), "format_map", mapping));
        }
        cases.Add(PyVal.Method(PyVal.Str("{a}"), "format_map", PyVal.List()));
        Differential.AssertAllMatch(cases);
    }
}
