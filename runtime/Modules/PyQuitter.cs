namespace PyNet.Runtime;

/// <summary>
/// _sitebuiltins.Quitter: the builtins exit and quit that CPython's site module adds. Their repr tells REPL users how
/// to leave; calling one closes sys.stdin and raises SystemExit(code).
/// </summary>
public sealed class PyQuitter : PyObject
{
    private static readonly PyType s_type = new("Quitter", PyType.ObjectType, Init, module: "_sitebuiltins", isBaseType: false);

    private readonly string _name;

    private PyQuitter(string name)
    {
        _name = name;
    }

    public override PyType Type => s_type;

    /// <summary>Adds exit and quit to builtins (as site does unless -S).</summary>
    public static void Install()
    {
        foreach (var name in new[] { "exit", "quit" })
        {
            Builtins.Dict[PyStr.Intern(name)] = new PyQuitter(name);
        }
    }

    private static void Init(PyType t)
    {
        t.DefMethod("__repr__", self => new PyStr($"Use {((PyQuitter)self!)._name}() or Ctrl-D (i.e. EOF) to exit"));
        t.DefMethodVar("__call__", (args, kw) =>
        {
            if (args.Length > 2)
            {
                throw new PyException(PyErrors.TakesFromToPositional("Quitter.__call__", 1, 2, args.Length));
            }
            throw new PyException(PyErrors.SystemExit(args.Length > 1 ? args[1] : null));
        });
    }
}
