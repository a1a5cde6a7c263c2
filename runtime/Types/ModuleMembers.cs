namespace PyNet.Runtime;

/// <summary>The members of the module type: its repr, as importlib's _module_repr_from_spec writes it.</summary>
internal static class ModuleMembers
{
    internal static void Init(PyType t) => t.DefMethod("__repr__", self => new PyStr(Repr((PyModule)self!)));

    private static string Repr(PyModule m)
    {
        var d = m.Dict;
        var name = PyStr.Repr(d.TryGetValue(PyStr.Intern("__name__"), out var n) && n is PyStr ns ? ns.Value : "?");
        if (d.TryGetValue(PyStr.Intern("__spec__"), out var s) && s is PyModuleSpec spec)
        {
            return spec.Origin == null ? $"<module {name} ({PyProtocol.Repr(spec.Loader)})>"
                : spec.HasLocation ? $"<module {name} from {PyStr.Repr(spec.Origin)}>"
                : $"<module {name} ({spec.Origin})>";
        }
        if (d.TryGetValue(PyStr.Intern("__file__"), out var f) && f is PyStr file)
        {
            return $"<module {name} from {PyStr.Repr(file.Value)}>";
        }
        return $"<module {name}>";
    }
}
