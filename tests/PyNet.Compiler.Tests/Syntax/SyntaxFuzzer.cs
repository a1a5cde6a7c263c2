using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Text;
using PyNet.Compiler.Syntax;

namespace PyNet.Compiler.Tests.Syntax;

/// <summary>
/// Feeds the front end mutated Python sources (bytes, tokens and lines deleted, duplicated, swapped, truncated) and
/// deeply nested brackets and operators. Every input must end in a tree, a <see cref="PythonSyntaxError"/> or a
/// <see cref="ParserRecursionError"/>, within a second; anything else is reported as a failure.
/// </summary>
internal sealed class SyntaxFuzzer
{
    private static readonly string[] s_fragments =
    [
        "(", ")", "[", "]", "{", "}", ":", ",", ";", "\n", "    ", "\t", "\\\n", "'", "\"", "'''", "f'{", "}", "=", ":=", "*", "**",
        "lambda", "if", "else", "for", "in", "async", "await", "yield", "match", "case", "_", "def", "class", "@", ".", "...",
        "0x", "1e", "1_", "j", "#", "\u00e9", "\u20ac", "\0", "\r", "\f", "not", "is", "->", "except*", "global x",
    ];

    private readonly Random _random;
    private readonly List<byte[]> _seeds;

    public SyntaxFuzzer(int seed, IEnumerable<string> seeds)
    {
        _random = new Random(seed);
        _seeds = new List<byte[]>();
        foreach (var s in seeds)
        {
            _seeds.Add(Encoding.UTF8.GetBytes(s));
        }
    }

    public List<string> Run(int count)
    {
        var failures = new List<string>();
        for (var i = 0; i < count; i++)
        {
            var input = i % 50 == 0 ? Nested(i) : Mutate(_seeds[_random.Next(_seeds.Count)]);
            var watch = Stopwatch.StartNew();
            try
            {
                var tree = PythonParser.ParseModule(input, "<fuzz>");
                if (input.Length < 20_000)
                {
                    AstDumper.Dump(tree, true);
                }
            }
            catch (PythonSyntaxError)
            {
            }
            catch (ParserRecursionError)
            {
            }
            catch (Exception e)
            {
                failures.Add($"input #{i}: {e.GetType().Name}: {e.Message}\n{Show(input)}\n{e.StackTrace}");
            }
            if (watch.Elapsed.TotalSeconds > 1)
            {
                failures.Add($"input #{i} took {watch.Elapsed.TotalSeconds:F1} s\n{Show(input)}");
            }
        }
        return failures;
    }

    private static string Show(byte[] input)
    {
        var text = Encoding.UTF8.GetString(input);
        return text.Length > 400 ? text[..400] + "..." : text;
    }

    private byte[] Nested(int i)
    {
        var depth = _random.Next(1, 10_001);
        var (open, middle, close) = (i / 50 % 8) switch
        {
            0 => ("(", "x", ")"),
            1 => ("[", "x", "]"),
            2 => ("{", "x", "}"),
            3 => ("-", "x", string.Empty),
            4 => ("not ", "x", string.Empty),
            5 => ("lambda:", "x", string.Empty),
            6 => ("f(", "x", ")"),
            _ => ("x.a", string.Empty, "+x"),
        };
        var sb = new StringBuilder();
        for (var k = 0; k < depth; k++)
        {
            sb.Append(open);
        }
        sb.Append(middle);
        for (var k = 0; k < depth; k++)
        {
            sb.Append(close);
        }
        return Encoding.UTF8.GetBytes(sb.ToString());
    }

    private byte[] Mutate(byte[] seed)
    {
        var data = new List<byte>(seed);
        var steps = _random.Next(1, 4);
        for (var s = 0; s < steps && data.Count > 0; s++)
        {
            var at = _random.Next(data.Count);
            switch (_random.Next(8))
            {
                case 0:
                    data.RemoveRange(at, Math.Min(_random.Next(1, 8), data.Count - at));
                    break;
                case 1:
                    {
                        var length = Math.Min(_random.Next(1, 40), data.Count - at);
                        data.InsertRange(at, data.GetRange(at, length));
                        break;
                    }
                case 2:
                    data.InsertRange(at, Encoding.UTF8.GetBytes(s_fragments[_random.Next(s_fragments.Length)]));
                    break;
                case 3:
                    data.RemoveRange(at, data.Count - at);
                    break;
                case 4:
                    data = SwapLines(data);
                    break;
                case 5:
                    data = DeleteOrDuplicateLine(data, duplicate: _random.Next(2) == 0);
                    break;
                case 6:
                    data[at] = (byte)_random.Next(256);
                    break;
                default:
                    {
                        var other = _random.Next(data.Count);
                        (data[at], data[other]) = (data[other], data[at]);
                        break;
                    }
            }
        }
        return data.ToArray();
    }

    private List<byte> SwapLines(List<byte> data)
    {
        var lines = Encoding.UTF8.GetString(data.ToArray()).Split('\n');
        if (lines.Length > 1)
        {
            var a = _random.Next(lines.Length);
            var b = _random.Next(lines.Length);
            (lines[a], lines[b]) = (lines[b], lines[a]);
        }
        return new List<byte>(Encoding.UTF8.GetBytes(string.Join('\n', lines)));
    }

    private List<byte> DeleteOrDuplicateLine(List<byte> data, bool duplicate)
    {
        var lines = new List<string>(Encoding.UTF8.GetString(data.ToArray()).Split('\n'));
        var at = _random.Next(lines.Count);
        if (duplicate)
        {
            lines.Insert(at, lines[at]);
        }
        else
        {
            lines.RemoveAt(at);
        }
        return new List<byte>(Encoding.UTF8.GetBytes(string.Join('\n', lines)));
    }
}
