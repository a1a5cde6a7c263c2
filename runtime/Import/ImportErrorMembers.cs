namespace PyNet.Runtime;

/// <summary>ImportError's members: __init__(*args, name=None, path=None), msg, name, path, and __str__ (msg when set).</summary>
internal static class ImportErrorMembers
{
    internal static void Init(PyType t)
    {
        t.DefMethodVar("__init__", (args, kw) =>
        {
            var e = (PyBaseException)args[0]!;
            var positional = args.Length - (kw?.Length ?? 0);
            e.Args = PyTuple.Create(args[1..positional]);
            object? name = null;
            object? path = null;
            for (var i = 0; i < (kw?.Length ?? 0); i++)
            {
                switch (kw![i].Value)
                {
                    case "name":
                        name = args[positional + i];
                        break;
                    case "path":
                        path = args[positional + i];
                        break;
                    default:
                        throw new PyException(PyErrors.InvalidKeywordFor(kw[i].Value, e.Type.Name));
                }
            }
            e.SetField("msg", positional == 2 ? args[1] : null);
            e.SetField("name", name);
            e.SetField("path", path);
            return null;
        });
        Field(t, "msg");
        Field(t, "name");
        Field(t, "path");
        t.DefMethod("__str__", self =>
        {
            var e = (PyBaseException)self!;
            return e.GetField("msg") is PyStr msg ? msg : new PyStr(ExceptionMembers.StrOf(e));
        });
    }

    private static void Field(PyType t, string name) =>
        t.DefGetSet(name, self => ((PyBaseException)self).GetField(name), (self, v) => ((PyBaseException)self).SetField(name, v));
}
