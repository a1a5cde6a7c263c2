using System.Linq;

namespace PyNet.Runtime;

/// <summary><c>types.SimpleNamespace</c> (the type of <c>sys.implementation</c>): attributes set from keywords.</summary>
public static class PySimpleNamespace
{
    public static readonly PyType SimpleNamespaceType = new("SimpleNamespace", PyType.ObjectType, Init, module: "types");

    /// <summary>A namespace with the given attributes.</summary>
    public static PyInstance Create(params (string Name, object? Value)[] attributes)
    {
        var ns = new PyInstance(SimpleNamespaceType);
        var d = ns.GetOrCreateDict();
        foreach (var (name, value) in attributes)
        {
            d[PyStr.Intern(name)] = value;
        }
        return ns;
    }

    private static void Init(PyType t)
    {
        t.DefMethodVar("__init__", (args, kw) =>
        {
            if (args.Length - (kw?.Length ?? 0) > 1)
            {
                throw new PyException(PyErrors.TypeError("no positional arguments expected"));
            }
            var d = ((IHasDict)args[0]!).GetOrCreateDict();
            for (var k = 0; k < (kw?.Length ?? 0); k++)
            {
                d[kw![k]] = args[args.Length - kw.Length + k];
            }
            return null;
        });
        t.DefMethod("__repr__", self =>
        {
            var name = ReferenceEquals(PyType.Of(self), SimpleNamespaceType) ? "namespace" : PyType.Of(self).Name;
            return new PyStr(PyProtocol.ReprGuarded(self!, name + "(...)", () =>
            {
                var d = ((IHasDict)self!).GetOrCreateDict();
                var parts = d.Items().Select(kv => $"{((PyStr)kv.Key!).Value}={PyProtocol.Repr(kv.Value)}");
                return $"{name}({string.Join(", ", parts)})";
            }));
        });
        t.DefMethod("__eq__", (a, b) => PyType.Of(b).IsSubtypeOf(SimpleNamespaceType)
            ? PyProtocol.Eq(((IHasDict)a!).GetOrCreateDict(), ((IHasDict)b!).GetOrCreateDict())
            : PyNotImplemented.Instance);
        t.DefValue("__hash__", null);
    }
}
