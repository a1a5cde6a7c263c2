using System;
using System.Collections.Generic;
using System.Linq;
using PyNet.Runtime;

namespace PyNet.Cli.Repl;

/// <summary>
/// Tab completion as CPython's rlcompleter does it: a plain name completes from the keywords, the REPL's globals and
/// the builtins; a dotted name "a.b.c" looks up "a.b" (globals, then builtins, then attributes; nothing is called but
/// attribute getters) and completes from dir() of it. Names starting with "_" are offered only when the typed prefix
/// starts with "_". Callables get "(" appended, keywords a space where CPython adds one.
/// </summary>
internal sealed class Completer
{
    private static readonly string[] s_keywords =
    {
        "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue", "def", "del",
        "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in", "is", "lambda", "nonlocal",
        "not", "or", "pass", "raise", "return", "try", "while", "with", "yield",
    };

    /// <summary>Keywords that rlcompleter completes with a space after them (the others stand alone).</summary>
    private static readonly HashSet<string> s_spaced = new(StringComparer.Ordinal)
    {
        "and", "as", "assert", "async", "await", "class", "def", "del", "elif", "except", "for", "from", "global",
        "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "raise", "return", "while", "with", "yield",
    };

    private readonly PyDict _globals;

    public Completer(PyDict globals)
    {
        _globals = globals;
    }

    /// <summary>The replacements for the dotted name that ends at <paramref name="cursor"/>, sorted.</summary>
    public IReadOnlyList<string> Complete(string line, int cursor)
    {
        var before = line[..cursor];
        var word = before[LineEditor.WordStart(before)..];
        try
        {
            var dot = word.LastIndexOf('.');
            return dot < 0 ? CompleteName(word) : CompleteAttribute(word[..dot], word[(dot + 1)..]);
        }
        catch (PyException)
        {
            return Array.Empty<string>();
        }
    }

    private List<string> CompleteName(string prefix)
    {
        var result = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var k in s_keywords.Where(k => k.StartsWith(prefix, StringComparison.Ordinal)))
        {
            result.Add(s_spaced.Contains(k) ? k + " " : k);
        }
        foreach (var dict in new[] { _globals, Builtins.Dict })
        {
            foreach (var (key, value) in dict.Items())
            {
                if (key is PyStr name && name.Value.StartsWith(prefix, StringComparison.Ordinal) && Offered(name.Value, prefix))
                {
                    result.Add(Decorate(name.Value, value));
                }
            }
        }
        return result.ToList();
    }

    private List<string> CompleteAttribute(string expression, string prefix)
    {
        var parts = expression.Split('.');
        if (parts.Any(p => p.Length == 0 || !(char.IsLetter(p[0]) || p[0] == '_')))
        {
            return new List<string>();
        }
        var head = PyStr.Intern(parts[0]);
        if (!_globals.TryGetValue(head, out var value) && !Builtins.Dict.TryGetValue(head, out value))
        {
            return new List<string>();
        }
        foreach (var part in parts.Skip(1))
        {
            value = PyProtocol.GetAttr(value, PyStr.Intern(part));
        }
        var names = (PyList)PyCall.Call(Builtins.Dict[PyStr.Intern("dir")], value)!;
        var result = new SortedSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < names.Count; i++)
        {
            var item = names[i];
            if (item is not PyStr name || !name.Value.StartsWith(prefix, StringComparison.Ordinal) || !Offered(name.Value, prefix))
            {
                continue;
            }
            var attribute = PyProtocol.TryGetAttr(value, name, out var a) ? a : null;
            result.Add(expression + "." + Decorate(name.Value, attribute));
        }
        return result.ToList();
    }

    /// <summary>rlcompleter hides private names unless asked for: "_x" needs a "_" prefix, "__x" a "__" prefix.</summary>
    private static bool Offered(string name, string prefix) =>
        !name.StartsWith('_') || prefix.StartsWith("__", StringComparison.Ordinal) || (prefix.StartsWith('_') && !name.StartsWith("__", StringComparison.Ordinal));

    private static string Decorate(string name, object? value) => value != null && Builtins.IsCallable(value) ? name + "(" : name;
}
