using System.Collections.Generic;

namespace PyNet.Runtime;

/// <summary>C3 linearisation of a class hierarchy, with CPython's error for inconsistent orders.</summary>
internal static class Mro3
{
    /// <summary>
    /// Merges the bases' MROs and the list of bases: repeatedly takes the first head that is in no sequence's tail.
    /// Loops rather than LINQ: builtin types with two bases are made at every start, and a LINQ call here loaded
    /// System.Linq for them.
    /// </summary>
    public static PyType[] Compute(PyType type, PyType[] bases)
    {
        var sequences = new List<List<PyType>>(bases.Length + 1);
        foreach (var b in bases)
        {
            sequences.Add(new List<PyType>(b.Mro));
        }
        sequences.Add(new List<PyType>(bases));
        var result = new List<PyType> { type };
        while (true)
        {
            for (var i = sequences.Count - 1; i >= 0; i--)
            {
                if (sequences[i].Count == 0)
                {
                    sequences.RemoveAt(i);
                }
            }
            if (sequences.Count == 0)
            {
                return result.ToArray();
            }
            PyType? candidate = null;
            foreach (var seq in sequences)
            {
                if (!InSomeTail(sequences, seq[0]))
                {
                    candidate = seq[0];
                    break;
                }
            }
            if (candidate == null)
            {
                throw new PyException(PyErrors.InconsistentMro(HeadNames(sequences)));
            }
            result.Add(candidate);
            foreach (var seq in sequences)
            {
                if (seq[0] == candidate)
                {
                    seq.RemoveAt(0);
                }
            }
        }
    }

    private static bool InSomeTail(List<List<PyType>> sequences, PyType t)
    {
        foreach (var s in sequences)
        {
            if (s.IndexOf(t) > 0)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The distinct heads' names, in order, for the error message.</summary>
    private static List<string> HeadNames(List<List<PyType>> sequences)
    {
        var seen = new List<PyType>();
        var names = new List<string>();
        foreach (var s in sequences)
        {
            if (!seen.Contains(s[0]))
            {
                seen.Add(s[0]);
                names.Add(s[0].Name);
            }
        }
        return names;
    }
}
