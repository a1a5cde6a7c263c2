using System.Linq;

namespace PyNet.Runtime;

public static partial class Sys
{
    /// <summary>sys.implementation.cache_tag: names the files in __pycache__ (m.pynet-311.dll).</summary>
    public const string CacheTag = "pynet-311";

    private static readonly PyType s_namespaceType = new("SimpleNamespace", PyType.ObjectType, InitNamespace, module: "types", isBaseType: false);

    /// <summary>sys.implementation: a types.SimpleNamespace with name, cache_tag, version and hexversion.</summary>
    private static PyInstance CreateImplementation()
    {
        var ns = new PyInstance(s_namespaceType);
        var d = ns.GetOrCreateDict();
        d[PyStr.Intern("name")] = PyStr.Intern("pynet");
        d[PyStr.Intern("cache_tag")] = PyStr.Intern(CacheTag);
        d[PyStr.Intern("version")] = PyTuple.Create(new object?[] { 3L, 11L, 0L, PyStr.Intern("final"), 0L });
        d[PyStr.Intern("hexversion")] = PyInt.Box(0x030B00F0);
        d[PyStr.Intern("_multiarch")] = PyStr.Intern("x86_64-linux-gnu");
        return ns;
    }

    private static void InitNamespace(PyType t) =>
        t.DefMethod("__repr__", self =>
        {
            var d = ((PyInstance)self!).GetOrCreateDict();
            var parts = d.Items().Select(kv => PyProtocol.Str(kv.Key).Value + "=" + PyProtocol.Repr(kv.Value));
            return new PyStr("namespace(" + string.Join(", ", parts) + ")");
        });
}
