using System;
using System.Collections.Generic;
using System.Text;

namespace PyNet.Runtime.Tests.Text;

/// <summary>Generated calls of every str method with random strings and arguments, compared with CPython.</summary>
public class StrMethodsDifferentialTests
{
    private static readonly string[] s_pieces =
    {
        "a", "b", "ab", " ", "  ", "\t", "\n", "\r\n", "A", "B", "ß", "Σ", "σ", "😀", "1", "²", "½", "-", "+", "_", ",",
        "é", "İ", "ǆ", "\x1c", "\u2028", "x", "'", "0", ".", "ﬁ", "Hello", "world",
    };

    private static string RandomText(Random rng, int maxPieces = 6)
    {
        var sb = new StringBuilder();
        var n = rng.Next(maxPieces + 1);
        for (var i = 0; i < n; i++)
        {
            sb.Append(s_pieces[rng.Next(s_pieces.Length)]);
        }
        return sb.ToString();
    }

    private static PyVal RandomIndex(Random rng) => rng.Next(5) switch
    {
        0 => PyVal.None,
        1 => PyVal.Int(rng.Next(-12, 12)),
        2 => PyVal.Int(rng.Next(-3, 4)),
        3 => PyVal.Int(rng.Next(0, 8)),
        _ => PyVal.Int(rng.Next(-100, 100)),
    };

    [Fact]
    public void SearchingMethodsMatchCPython()
    {
        var rng = new Random(42);
        var cases = new List<DifferentialCase>();
        var names = new[] { "find", "rfind", "index", "rindex", "count", "startswith", "endswith" };
        for (var i = 0; i < 2500; i++)
        {
            var s = PyVal.Str(RandomText(rng));
            var name = names[rng.Next(names.Length)];
            var sub = rng.Next(10) == 0 && name.EndsWith("with", StringComparison.Ordinal)
                ? PyVal.Tuple(PyVal.Str(RandomText(rng, 2)), PyVal.Str(RandomText(rng, 2)))
                : PyVal.Str(RandomText(rng, 2));
            var args = rng.Next(3) switch
            {
                0 => new[] { sub },
                1 => new[] { sub, RandomIndex(rng) },
                _ => new[] { sub, RandomIndex(rng), RandomIndex(rng) },
            };
            cases.Add(PyVal.Method(s, name, args));
        }
        cases.Add(PyVal.Method(PyVal.Str("abc"), "find", PyVal.Int(1)));
        cases.Add(PyVal.Method(PyVal.Str("abc"), "find"));
        cases.Add(PyVal.Method(PyVal.Str("abc"), "find", PyVal.Str("a"), PyVal.Str("x")));
        cases.Add(PyVal.Method(PyVal.Str("abc"), "startswith", PyVal.Int(1)));
        cases.Add(PyVal.Method(PyVal.Str("abc"), "startswith", PyVal.Tuple(PyVal.Str("a"), PyVal.Int(1))));
        cases.Add(PyVal.Method(PyVal.Str("abc"), "count", PyVal.Str("b"), PyVal.Float(1.5)));
        Differential.AssertAllMatch(cases);
    }

    [Fact]
    public void SplittingAndStrippingMethodsMatchCPython()
    {
        var rng = new Random(43);
        var cases = new List<DifferentialCase>();
        for (var i = 0; i < 2500; i++)
        {
            var s = PyVal.Str(RandomText(rng, 8));
            var sep = rng.Next(4) == 0 ? PyVal.None : PyVal.Str(RandomText(rng, 1));
            switch (rng.Next(9))
            {
                case 0:
                    cases.Add(PyVal.Method(s, "split", sep, PyVal.Int(rng.Next(-2, 4))));
                    break;
                case 1:
                    cases.Add(PyVal.Method(s, "rsplit", sep, PyVal.Int(rng.Next(-2, 4))));
                    break;
                case 2:
                    cases.Add(PyVal.MethodKw(s, rng.Next(2) == 0 ? "split" : "rsplit", Array.Empty<PyVal>(), ("maxsplit", PyVal.Int(rng.Next(0, 3)))));
                    break;
                case 3:
                    cases.Add(PyVal.Method(s, new[] { "strip", "lstrip", "rstrip" }[rng.Next(3)], rng.Next(2) == 0 ? PyVal.None : PyVal.Str(RandomText(rng, 2))));
                    break;
                case 4:
                    cases.Add(PyVal.Method(s, new[] { "strip", "lstrip", "rstrip" }[rng.Next(3)]));
                    break;
                case 5:
                    cases.Add(PyVal.Method(s, rng.Next(2) == 0 ? "partition" : "rpartition", sep));
                    break;
                case 6:
                    cases.Add(PyVal.Method(s, "splitlines", PyVal.Bool(rng.Next(2) == 0)));
                    break;
                case 7:
                    cases.Add(PyVal.Method(s, "replace", PyVal.Str(RandomText(rng, 1)), PyVal.Str(RandomText(rng, 2)), PyVal.Int(rng.Next(-1, 4))));
                    break;
                default:
                    cases.Add(PyVal.Method(s, rng.Next(2) == 0 ? "removeprefix" : "removesuffix", PyVal.Str(RandomText(rng, 2))));
                    break;
            }
        }
        cases.Add(PyVal.Method(PyVal.Str("a,b"), "join", PyVal.List(PyVal.Str("x"), PyVal.Str("y"), PyVal.Str("z"))));
        cases.Add(PyVal.Method(PyVal.Str(","), "join", PyVal.List(PyVal.Str("x"), PyVal.Int(1))));
        cases.Add(PyVal.Method(PyVal.Str(","), "join", PyVal.Int(1)));
        cases.Add(PyVal.Method(PyVal.Str("abc"), "split", PyVal.Str("")));
        cases.Add(PyVal.Method(PyVal.Str("abc"), "split", PyVal.Int(1)));
        cases.Add(PyVal.Method(PyVal.Str("abc"), "strip", PyVal.Int(1)));
        cases.Add(PyVal.Method(PyVal.Str("abc"), "split", PyVal.Str("a"), PyVal.Int(1), PyVal.Int(2)));
        cases.Add(PyVal.MethodKw(PyVal.Str("abc"), "split", Array.Empty<PyVal>(), ("foo", PyVal.Int(1))));
        cases.Add(PyVal.MethodKw(PyVal.Str("abc"), "split", new[] { PyVal.Str("b") }, ("sep", PyVal.Int(1))));
        Differential.AssertAllMatch(cases);
    }

    [Fact]
    public void CaseClassificationAndPaddingMethodsMatchCPython()
    {
        var rng = new Random(44);
        var cases = new List<DifferentialCase>();
        var noArg = new[]
        {
            "upper", "lower", "casefold", "swapcase", "capitalize", "title", "isupper", "islower", "istitle", "isspace",
            "isalpha", "isalnum", "isdecimal", "isdigit", "isnumeric", "isascii", "isprintable", "isidentifier",
        };
        for (var i = 0; i < 2500; i++)
        {
            var s = PyVal.Str(RandomText(rng, 5));
            switch (rng.Next(6))
            {
                case 0:
                case 1:
                    cases.Add(PyVal.Method(s, noArg[rng.Next(noArg.Length)]));
                    break;
                case 2:
                    cases.Add(PyVal.Method(s, new[] { "center", "ljust", "rjust" }[rng.Next(3)], PyVal.Int(rng.Next(-1, 15))));
                    break;
                case 3:
                    cases.Add(PyVal.Method(s, new[] { "center", "ljust", "rjust" }[rng.Next(3)], PyVal.Int(rng.Next(-1, 15)), PyVal.Str(new[] { "*", "😀", "ab", "" }[rng.Next(4)])));
                    break;
                case 4:
                    cases.Add(PyVal.Method(s, "zfill", PyVal.Int(rng.Next(-1, 12))));
                    break;
                default:
                    cases.Add(PyVal.Method(s, "expandtabs", PyVal.Int(rng.Next(-1, 9))));
                    break;
            }
        }
        foreach (var word in new[] { "ΟΔΟΣ", "ΣΑΣ ΣΑΣ", "Σ", "aΣ.", "they're bill's", "ǆemal", "ﬁsh", "İstanbul", "hello WORLD 2x", "ß" })
        {
            foreach (var m in new[] { "upper", "lower", "casefold", "swapcase", "capitalize", "title", "istitle" })
            {
                cases.Add(PyVal.Method(PyVal.Str(word), m));
            }
        }
        Differential.AssertAllMatch(cases);
    }

    [Fact]
    public void EncodeTranslateAndConstructorMatchCPython()
    {
        var rng = new Random(45);
        var cases = new List<DifferentialCase>();
        var encodings = new[] { "utf-8", "ascii", "latin-1", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-be", "UTF8", "bogus" };
        var errors = new[] { "strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace", "surrogateescape", "bogus" };
        for (var i = 0; i < 800; i++)
        {
            var text = RandomText(rng, 4) + (rng.Next(8) == 0 ? "\udcff" : string.Empty);
            cases.Add(PyVal.Method(PyVal.Str(text), "encode", PyVal.Str(encodings[rng.Next(encodings.Length)]), PyVal.Str(errors[rng.Next(errors.Length)])));
        }
        for (var i = 0; i < 800; i++)
        {
            // Byte values whose UTF-16/32 readings are characters Unicode 14 (CPython 3.11) and .NET classify alike.
            var alphabet = new byte[] { 0x00, 0x41, 0x7F, 0x80, 0xC3, 0xB1, 0xD8, 0xDC, 0xFF, 0x0A, 0xE2, 0x82, 0xAC, 0xF0, 0x90 };
            var data = new byte[rng.Next(7)];
            for (var k = 0; k < data.Length; k++)
            {
                data[k] = alphabet[rng.Next(alphabet.Length)];
            }
            if (rng.Next(2) == 0)
            {
                data = Encoding.UTF8.GetBytes(RandomText(rng, 3));
            }
            cases.Add(PyVal.Builtin("str", PyVal.Bytes(data), PyVal.Str(encodings[rng.Next(encodings.Length)]), PyVal.Str(errors[rng.Next(errors.Length - 2)])));
        }
        var table = PyVal.Dict((PyVal.Int('a'), PyVal.Str("xyz")), (PyVal.Int('b'), PyVal.None), (PyVal.Int('c'), PyVal.Int('C')));
        cases.Add(PyVal.Method(PyVal.Str("abcabd"), "translate", table));
        cases.Add(PyVal.Method(PyVal.Str("abc"), "translate", PyVal.Dict((PyVal.Int('a'), PyVal.Float(1.5)))));
        cases.Add(PyVal.MethodKw(PyVal.Type("str"), "maketrans", new[] { PyVal.Str("ab"), PyVal.Str("cd"), PyVal.Str("e") }));
        cases.Add(PyVal.Method(PyVal.Type("str"), "maketrans", PyVal.Dict((PyVal.Str("a"), PyVal.Str("b")), (PyVal.Int(5), PyVal.None))));
        cases.Add(PyVal.Method(PyVal.Type("str"), "maketrans", PyVal.Str("ab"), PyVal.Str("c")));
        cases.Add(PyVal.Method(PyVal.Type("str"), "maketrans", PyVal.Int(1)));
        cases.Add(PyVal.Builtin("str", PyVal.Str("a"), PyVal.Str("utf-8")));
        cases.Add(PyVal.Builtin("str", PyVal.Int(1), PyVal.Str("utf-8")));
        cases.Add(PyVal.Builtin("str", PyVal.Float(1.5)));
        cases.Add(PyVal.Builtin("str"));
        Differential.AssertAllMatch(cases);
    }
}
