using System;

namespace PyNet.Runtime;

/// <summary>The attributes of <c>sys</c> that describe the interpreter, which the standard library reads at import.</summary>
public static partial class Sys
{
    public static readonly PyType VersionInfoType = PyStructSequence.NewType("version_info", "sys",
        new[] { "major", "minor", "micro", "releaselevel", "serial" });

    public static readonly PyType FloatInfoType = PyStructSequence.NewType("float_info", "sys", new[]
    {
        "max", "max_exp", "max_10_exp", "min", "min_exp", "min_10_exp", "dig", "mant_dig", "epsilon", "radix", "rounds",
    });

    public static readonly PyType HashInfoType = PyStructSequence.NewType("hash_info", "sys", new[]
    {
        "width", "modulus", "inf", "nan", "imag", "algorithm", "hash_bits", "seed_bits", "cutoff",
    });

    /// <summary>PyNet's version of the language (3.11) and the cache tag of compiled modules.</summary>
    private const long HexVersion = 0x030B00F0;

    /// <summary>
    /// sys.executable, when the host knows better than the process's own executable (the CLI: the pynet launcher, so
    /// that subprocesses started with sys.executable run PyNet). Set before the sys module is first used.
    /// </summary>
    public static string? Executable { get; set; }

    private static void AddInterpreterAttributes(PyDict d)
    {
        void Set(string name, object? value) => d[PyStr.Intern(name)] = value;
        var version = PyStructSequence.New(VersionInfoType, PyInt.Box(3), PyInt.Box(11), PyInt.Zero, PyStr.Intern("final"), PyInt.Zero);
        Set("version_info", version);
        Set("hexversion", PyInt.Box(HexVersion));
        Set("api_version", PyInt.Box(1013));
        Set("float_info", PyStructSequence.New(FloatInfoType,
            double.MaxValue, PyInt.Box(1024), PyInt.Box(308), 2.2250738585072014e-308, PyInt.Box(-1021), PyInt.Box(-307), PyInt.Box(15),
            PyInt.Box(53), 2.220446049250313e-16, PyInt.Box(2), PyInt.One));
        Set("hash_info", PyStructSequence.New(HashInfoType,
            PyInt.Box(64), PyInt.Box(PyHash.Modulus), PyInt.Box(PyHash.Inf), PyInt.Zero, PyInt.Box(1000003), PyStr.Intern("siphash13"),
            PyInt.Box(64), PyInt.Box(128), PyInt.Zero));
        Set("float_repr_style", PyStr.Intern("short"));
        Set("maxunicode", PyInt.Box(0x10FFFF));
        Set("warnoptions", new PyList());
        Set("_xoptions", new PyDict());
        Set("meta_path", new PyList());
        Set("path_hooks", new PyList());
        Set("path_importer_cache", new PyDict());
        Set("abiflags", PyStr.Intern(string.Empty));
        Set("platlibdir", PyStr.Intern("lib"));
        var prefix = new PyStr(AppContext.BaseDirectory.TrimEnd('/', '\\'));
        Set("prefix", prefix);
        Set("base_prefix", prefix);
        Set("exec_prefix", prefix);
        Set("base_exec_prefix", prefix);
        var executable = new PyStr(Executable ?? Environment.ProcessPath ?? string.Empty);
        Set("executable", executable);
        Set("_base_executable", executable);
        Set("orig_argv", new PyList());
        Set("copyright", new PyStr("Copyright (c) PyNet authors; Python is Copyright (c) Python Software Foundation."));
        var names = Importer.BuiltinModuleNames;
        var nameItems = new object?[names.Count];
        for (var i = 0; i < nameItems.Length; i++)
        {
            nameItems[i] = new PyStr(names[i]);
        }
        Set("builtin_module_names", PyTuple.Create(nameItems));
        Set("getdefaultencoding", PyBuiltinFunction.Create("getdefaultencoding", () => PyStr.Intern("utf-8")));
        Set("getfilesystemencoding", PyBuiltinFunction.Create("getfilesystemencoding", () => PyStr.Intern("utf-8")));
        Set("getfilesystemencodeerrors", PyBuiltinFunction.Create("getfilesystemencodeerrors", () => PyStr.Intern("surrogateescape")));
        Set("getrefcount", PyBuiltinFunction.Create("getrefcount", o => PyInt.Box(2)));
        Set("getsizeof", new PyBuiltinFunction("getsizeof", (args, kw) => PyInt.Box(64)));
        Set("is_finalizing", PyBuiltinFunction.Create("is_finalizing", () => false));
        Set("audit", new PyBuiltinFunction("audit", (args, kw) => null));
        Set("addaudithook", PyBuiltinFunction.Create("addaudithook", hook => null));
        Set("getswitchinterval", PyBuiltinFunction.Create("getswitchinterval", () => 0.005));
        Set("setswitchinterval", PyBuiltinFunction.Create("setswitchinterval", interval => null));
        Set("get_int_max_str_digits", PyBuiltinFunction.Create("get_int_max_str_digits", () => PyInt.Box(4300)));
        // No frame objects: callers (namedtuple, typing, warnings) treat ValueError as "no caller frame".
        Set("_getframe", new PyBuiltinFunction("_getframe", (args, kw) => throw new PyException(PyErrors.ValueError("call stack is not deep enough"))));
        var excepthook = PyBuiltinFunction.Create("excepthook", (type, value, traceback) =>
        {
            var text = value is PyBaseException e ? TracebackPrinter.Format(e) : PyProtocol.Str(value).Value + "\n";
            PyCall.Call(PyProtocol.GetAttr(Module.Dict[PyStr.Intern("stderr")], PyStr.Intern("write")), new PyStr(text));
            return null;
        });
        Set("excepthook", excepthook);
        Set("__excepthook__", excepthook);
        Set("displayhook", PyBuiltinFunction.Create("displayhook", value =>
        {
            if (value != null)
            {
                Stdout.Write(PyProtocol.Repr(value) + "\n");
                Builtins.Module.Dict[PyStr.Intern("_")] = value;
            }
            return null;
        }));
    }
}
