using System;

namespace PyNet.Runtime;

/// <summary>The <c>sys</c> module.</summary>
public static partial class Sys
{
    public static PyTextFile Stdout { get; set; } = PyTextFile.CreateStdout();

    public static PyTextFile Stderr { get; set; } = PyTextFile.CreateStderr();

    public static PyTextFile Stdin { get; set; } = PyTextFile.CreateStdin();

    private static PyModule? s_module;

    public static PyModule Module => s_module ??= Create();

    /// <summary>sys.version: the language version, the implementation and the .NET it runs on.</summary>
    public static string VersionString { get; } = "3.11.0 (PyNet) [.NET " + Environment.Version + "]";

    public static PyList Argv { get; set; } = new();

    public static PyList Path { get; } = new();

    /// <summary>Appends the folders of the PYTHONPATH environment variable to sys.path, as CPython's start-up does.</summary>
    public static void AppendPythonPath()
    {
        var extra = Environment.GetEnvironmentVariable("PYTHONPATH");
        if (string.IsNullOrEmpty(extra))
        {
            return;
        }
        foreach (var p in extra.Split(System.IO.Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            Path.Append(new PyStr(p));
        }
    }

    public static PyDict Modules { get; } = new();

    /// <summary>The command-line flags (sys.flags): set by the host before the program runs.</summary>
    public static SysFlags Flags { get; } = new();

    /// <summary>sys.dont_write_bytecode, as Python code may have changed it.</summary>
    public static bool DontWriteBytecode
    {
        get => Module.Dict.TryGetValue(PyStr.Intern("dont_write_bytecode"), out var v) && PyProtocol.IsTrue(v);
        set => Module.Dict[PyStr.Intern("dont_write_bytecode")] = value;
    }

    /// <summary>sys.pycache_prefix: where cached modules go instead of __pycache__ folders (null: beside the source).</summary>
    public static string? PycachePrefix
    {
        get => Module.Dict.TryGetValue(PyStr.Intern("pycache_prefix"), out var v) && v is PyStr s ? s.Value : null;
        set => Module.Dict[PyStr.Intern("pycache_prefix")] = value == null ? null : new PyStr(value);
    }

    private static PyModule Create()
    {
        var m = new PyModule("sys");
        var d = m.Dict;
        d[PyStr.Intern("argv")] = Argv;
        d[PyStr.Intern("path")] = Path;
        d[PyStr.Intern("modules")] = Modules;
        d[PyStr.Intern("stdout")] = Stdout;
        d[PyStr.Intern("stderr")] = Stderr;
        d[PyStr.Intern("stdin")] = Stdin;
        d[PyStr.Intern("__stdout__")] = Stdout;
        d[PyStr.Intern("__stderr__")] = Stderr;
        d[PyStr.Intern("maxsize")] = long.MaxValue;
        d[PyStr.Intern("platform")] = PyStr.Intern(OperatingSystem.IsWindows() ? "win32" : OperatingSystem.IsMacOS() ? "darwin" : "linux");
        d[PyStr.Intern("byteorder")] = PyStr.Intern(BitConverter.IsLittleEndian ? "little" : "big");
        d[PyStr.Intern("version_info")] = PyTuple.Create(new object?[] { 3L, 11L, 0L, PyStr.Intern("final"), 0L });
        d[PyStr.Intern("version")] = new PyStr(VersionString);
        d[PyStr.Intern("implementation")] = CreateImplementation();
        d[PyStr.Intern("flags")] = Flags;
        d[PyStr.Intern("dont_write_bytecode")] = false;
        d[PyStr.Intern("pycache_prefix")] = null;
        d[PyStr.Intern("getrecursionlimit")] = PyBuiltinFunction.Create("getrecursionlimit", () => PyInt.Box(PyOps.RecursionLimit));
        d[PyStr.Intern("setrecursionlimit")] = PyBuiltinFunction.Create("setrecursionlimit", n =>
        {
            var limit = PyProtocol.Index(n);
            if (limit < 1)
            {
                throw new PyException(PyErrors.ValueError("recursion limit must be greater or equal than 1"));
            }
            PyOps.RecursionLimit = (int)Math.Min(limit, int.MaxValue);
            return null;
        });
        d[PyStr.Intern("exit")] = new PyBuiltinFunction("exit", (args, kw) =>
            throw new PyException(PyErrors.SystemExit(args.Length == 0 ? null : args[0])));
        d[PyStr.Intern("intern")] = PyBuiltinFunction.Create("intern", s => PyStr.Intern(((PyStr)s!).Value));
        d[PyStr.Intern("exc_info")] = PyBuiltinFunction.Create("exc_info", () =>
        {
            var e = PyThreadState.Current.CurrentHandled;
            return e == null ? PyTuple.Create(new object?[] { null, null, null }) : PyTuple.Create(new object?[] { e.Type, e, e.Traceback });
        });
        d[PyStr.Intern("exception")] = PyBuiltinFunction.Create("exception", () => PyThreadState.Current.CurrentHandled);
        AddInterpreterAttributes(d);
        Modules[PyStr.Intern("sys")] = m;
        Importer.InitBuiltinModule(m);
        Modules[PyStr.Intern("builtins")] = Importer.InitBuiltinModule(Builtins.Module);
        return m;
    }
}
