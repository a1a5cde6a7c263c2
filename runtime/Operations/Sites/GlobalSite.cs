namespace PyNet.Runtime;

/// <summary>
/// The inline cache of one global-name load in compiled code (CPython 3.11's LOAD_GLOBAL specialisation). A module
/// global is read at the globals entry where it was last found (one reference comparison). A builtin is read from the
/// builtins dictionary the same way, once this site has seen that the globals lack the name and the globals have not
/// gained or lost a key since (<see cref="PyDict.Version"/>).
/// </summary>
public sealed class GlobalSite
{
    private readonly PyStr _name;
    private int _hint = -1;
    private int _builtinHint = -1;
    private BuiltinBinding? _builtin;

    public GlobalSite(PyStr name)
    {
        _name = name;
    }

    public object? Load(PyDict globals)
    {
        var b = _builtin;
        if (b != null && ReferenceEquals(b.Globals, globals) && b.GlobalsVersion == globals.Version &&
            b.Builtins.TryGetValue(_name, ref _builtinHint, out var value))
        {
            return value;
        }
        if (globals.TryGetValue(_name, ref _hint, out value))
        {
            return value;
        }
        var builtins = PyOps.BuiltinsOf(globals);
        if (builtins.TryGetValue(_name, ref _builtinHint, out value))
        {
            _builtin = new BuiltinBinding(globals, globals.Version, builtins);
            return value;
        }
        return PyOps.SetPending(PyErrors.NameNotDefined(_name.Value));
    }

    private sealed class BuiltinBinding(PyDict globals, int globalsVersion, PyDict builtins)
    {
        public readonly PyDict Globals = globals;
        public readonly int GlobalsVersion = globalsVersion;
        public readonly PyDict Builtins = builtins;
    }
}
