using System.Collections.Generic;
using System.Linq;

namespace PyNet.Runtime;

/// <summary>C3 linearisation of a class hierarchy, with CPython's error for inconsistent orders.</summary>
internal static class Mro3
{
    public static PyType[] Compute(PyType type, PyType[] bases)
    {
        var sequences = new List<List<PyType>>();
        foreach (var b in bases)
        {
            sequences.Add(new List<PyType>(b.Mro));
        }
        sequences.Add(new List<PyType>(bases));
        var result = new List<PyType> { type };
        while (true)
        {
            sequences.RemoveAll(s => s.Count == 0);
            if (sequences.Count == 0)
            {
                return result.ToArray();
            }
            PyType? candidate = null;
            foreach (var seq in sequences)
            {
                var head = seq[0];
                if (!sequences.Any(s => s.IndexOf(head) > 0))
                {
                    candidate = head;
                    break;
                }
            }
            if (candidate == null)
            {
                var heads = sequences.Select(s => s[0]).Distinct().Select(t => t.Name);
                throw new PyException(PyErrors.InconsistentMro(heads));
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
}
