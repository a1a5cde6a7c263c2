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

/// <summary>An instance of a class defined in Python whose layout is plain <c>object</c>.</summary>
public class PyInstance : PyObject, IHasDict, ITypeAssignable
{
    private PyType _type;

    public PyInstance(PyType type)
    {
        _type = type;
        if (type.SlotCount > 0)
        {
            Slots = new object?[type.SlotCount];
            System.Array.Fill(Slots, PyOps.Unbound);
        }
    }

    /// <summary>The values of the <c>__slots__</c> of the type and its bases (unset entries hold <see cref="PyOps.Unbound"/>).</summary>
    public object?[]? Slots { get; private set; }

    public PyDict? InstanceDict { get; set; }

    public PyDict GetOrCreateDict() => InstanceDict ??= new PyDict();

    public override PyType Type => _type;

    public void SetType(PyType type) => _type = type;
}
