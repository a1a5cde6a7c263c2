using System.Collections.Generic;

namespace PyNet.Runtime;

/// <summary>sys.flags: the interpreter's command-line flags, read-only from Python.</summary>
public sealed class SysFlags : PyObject
{
    private static readonly string[] s_names =
    {
        "debug", "inspect", "interactive", "optimize", "dont_write_bytecode", "no_user_site", "no_site",
        "ignore_environment", "verbose", "bytes_warning", "quiet", "hash_randomization", "isolated", "dev_mode",
        "utf8_mode", "warn_default_encoding", "safe_path", "int_max_str_digits",
    };

    /// <summary>The flags CPython shows as bools rather than ints.</summary>
    private static readonly HashSet<string> s_bools = new() { "dev_mode", "safe_path" };

    private static readonly PyType s_type = new("flags", PyType.ObjectType, Init, module: "sys", isBaseType: false);

    private readonly Dictionary<string, long> _values = new() { ["hash_randomization"] = 1, ["utf8_mode"] = 1, ["int_max_str_digits"] = -1 };

    public override PyType Type => s_type;

    /// <summary>-v: the number of times it was given (or PYTHONVERBOSE's value).</summary>
    public int Verbose
    {
        get => (int)this["verbose"];
        set => this["verbose"] = value;
    }

    public long this[string name]
    {
        get => _values.TryGetValue(name, out var v) ? v : 0;
        set => _values[name] = value;
    }

    private object Get(string name) => s_bools.Contains(name) ? this[name] != 0 : PyInt.Box(this[name]);

    private static void Init(PyType t)
    {
        foreach (var name in s_names)
        {
            var n = name;
            t.DefGetSet(n, self => ((SysFlags)self).Get(n));
        }
        t.DefMethod("__repr__", self =>
        {
            var f = (SysFlags)self!;
            var parts = new string[s_names.Length];
            for (var i = 0; i < s_names.Length; i++)
            {
                parts[i] = s_names[i] + "=" + PyProtocol.Repr(f.Get(s_names[i]));
            }
            return new PyStr("sys.flags(" + string.Join(", ", parts) + ")");
        });
    }
}
