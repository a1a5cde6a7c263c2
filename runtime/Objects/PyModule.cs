namespace PyNet.Runtime;

/// <summary>A module object: a namespace dictionary with a name.</summary>
public sealed class PyModule : PyObject, IHasDict
{
    public PyModule(string name, PyDict? dict = null)
    {
        Dict = dict ?? new PyDict();
        Dict[PyStr.Intern("__name__")] = PyStr.Intern(name);
        if (!Dict.ContainsKey(PyStr.Intern("__doc__")))
        {
            Dict[PyStr.Intern("__doc__")] = null;
        }
    }

    public PyDict Dict { get; }

    public PyDict? InstanceDict => Dict;

    public PyDict GetOrCreateDict() => Dict;

    public string Name => Dict.TryGetValue(PyStr.Intern("__name__"), out var n) && n is PyStr s ? s.Value : "?";

    public override PyType Type => PyType.ModuleType;
}
