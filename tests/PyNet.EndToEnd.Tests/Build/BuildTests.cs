using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Runtime.Loader;
using System.Text;
using PyNet.EndToEnd.Tests.Imports;
using PyNet.Runtime;

namespace PyNet.EndToEnd.Tests.Build;

/// <summary>
/// `pynet build app.py -o out/app.dll`: the built program runs with `dotnet out/app.dll ARGS` after every .py file
/// is deleted, and behaves as CPython (and `pynet run`) on the sources: stdout, stderr (tracebacks with the original
/// file names, lines and source text) and exit code.
/// </summary>
public class BuildTests
{
    private static readonly string[][] s_argumentSets = [[], ["4"], ["2"], ["7"]];

    [Fact]
    public void BuiltProgramWithoutSourcesBehavesAsPythonOnTheSources()
    {
        using var tree = ZooProgram.Create();
        var expected = s_argumentSets.Select(a => PythonReference.Run(tree.Root, ["app.py", .. a])).ToArray();
        Assert.Contains("ValueError: pet5 is too old (6) for a zoo of 7", expected[3].Stderr);
        Assert.Equal(2, expected[2].ExitCode);
        for (var i = 0; i < s_argumentSets.Length; i++)
        {
            var run = tree.Run(["run", "app.py", .. s_argumentSets[i]]);
            AssertSame(expected[i], run);
        }

        var build = BuiltApp.Build(tree, "app.py", "-o", "out/app.dll");
        Assert.Equal(string.Empty, build.Stderr);
        Assert.Equal(0, build.ExitCode);
        BuiltApp.DeleteAllBut(tree, "out");
        Assert.Empty(Directory.GetFiles(tree.Root, "*.py", SearchOption.AllDirectories));
        Assert.Equal(["PyNet.Runtime.dll", "app.dll", "app.runtimeconfig.json"], new[] { "app.dll", "app.runtimeconfig.json", "PyNet.Runtime.dll" }
            .Where(f => File.Exists(Path.Combine(tree.Root, "out", f))).Order(StringComparer.Ordinal));

        for (var i = 0; i < s_argumentSets.Length; i++)
        {
            var built = BuiltApp.RunDll(tree.Root, "out/app.dll", s_argumentSets[i]);
            AssertSame(expected[i], built);
        }
    }

    [Fact]
    public void SysArgvZeroIsTheProgramAndMainFileIsBesideIt()
    {
        using var tree = new ImportTree().With(("prog.py", "import sys\nprint(sys.argv)\nprint(__file__)\nprint(__name__, sys.path[0])\n"));
        Assert.Equal(0, BuiltApp.Build(tree, "prog.py", "-o", "bin/prog.dll").ExitCode);
        var run = BuiltApp.RunDll(tree.Root, "bin/prog.dll", "a b", "-c");
        var bin = Path.Combine(tree.Root, "bin");
        Assert.Equal($"['{Path.Combine(bin, "prog.dll")}', 'a b', '-c']\n{Path.Combine(bin, "prog.py")}\n__main__ {bin}\n", run.Stdout);
    }

    [Fact]
    public void IncludeAddsDynamicallyImportedModulesAndAMissingOneRaisesModuleNotFoundError()
    {
        using var tree = new ImportTree().With(
            ("app.py", """
                import importlib, sys
                for name in sys.argv[1:]:
                    try:
                        print(name, importlib.import_module("plugins." + name).run())
                    except ModuleNotFoundError as e:
                        print(name, "missing:", e)

                """),
            ("plugins/__init__.py", "LOADED = []\n"),
            ("plugins/alpha.py", "def run():\n    return 'alpha ran'\n"),
            ("plugins/beta.py", "from .common import shout\n\ndef run():\n    return shout('beta')\n"),
            ("plugins/common.py", "def shout(s):\n    return s.upper() + '!'\n"));
        var expected = PythonReference.Run(tree.Root, "app.py", "alpha", "beta");
        Assert.Equal("alpha alpha ran\nbeta BETA!\n", expected.Stdout);

        Assert.Equal(0, BuiltApp.Build(tree, "app.py", "-o", "plain/app.dll").ExitCode);
        Assert.Equal(0, BuiltApp.Build(tree, "app.py", "-o", "one/app.dll", "--include", "plugins.alpha").ExitCode);
        Assert.Equal(0, BuiltApp.Build(tree, "app.py", "-o", "all/app.dll", "--include-dir", "plugins").ExitCode);
        var missing = BuiltApp.Build(tree, "app.py", "-o", "bad/app.dll", "--include", "plugins.gamma");
        Assert.Equal(1, missing.ExitCode);
        Assert.Equal("pynet build: --include plugins.gamma: no module named 'plugins.gamma' in the program's folders\n", missing.Stderr);
        Assert.False(Directory.Exists(tree.PathOf("bad")));
        Directory.Delete(tree.PathOf("plugins"), recursive: true);
        File.Delete(tree.PathOf("app.py"));

        Assert.Equal("alpha missing: No module named 'plugins'\n", BuiltApp.RunDll(tree.Root, "plain/app.dll", "alpha").Stdout);
        Assert.Equal("alpha alpha ran\nbeta missing: No module named 'plugins.beta'\n", BuiltApp.RunDll(tree.Root, "one/app.dll", "alpha", "beta").Stdout);
        AssertSame(expected, BuiltApp.RunDll(tree.Root, "all/app.dll", "alpha", "beta"));
    }

    [Fact]
    public void ExecAndStandardLibraryImportsUseTheShippedCompiler()
    {
        using var tree = new ImportTree().With(("app.py", """
            from collections import Counter
            ns = {}
            exec("def twice(x):\n    return 2 * x\n", ns)
            print(ns["twice"](21), eval("1 + 2"), Counter("abracadabra").most_common(2))

            """));
        var expected = PythonReference.Run(tree.Root, "app.py");
        Assert.Equal(0, BuiltApp.Build(tree, "app.py", "-o", "out/app.dll").ExitCode);
        File.Delete(tree.PathOf("app.py"));
        AssertSame(expected, BuiltApp.RunDll(tree.Root, "out/app.dll"));
    }

    [Fact]
    public void ProgramThatCompilesNothingRunsWithoutTheCompiler()
    {
        using var tree = new ImportTree().With(
            ("app.py", "import sys, helper\nprint(helper.greet(sys.argv[1]))\nexec('x = 1')\n"),
            ("helper.py", "def greet(name):\n    return f'hello {name}'\n"));
        Assert.Equal(0, BuiltApp.Build(tree, "app.py", "-o", "out/app.dll", "--no-compiler").ExitCode);
        Assert.Equal(["PyNet.Runtime.dll", "app.dll"], Directory.GetFiles(tree.PathOf("out"), "*.dll").Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.False(File.Exists(tree.PathOf("out/PyNet.Compiler.dll")));
        var run = BuiltApp.RunDll(tree.Root, "out/app.dll", "world");
        Assert.Equal("hello world\n", run.Stdout);
        Assert.EndsWith("RuntimeError: no compiler is available to compile source at run time\n", run.Stderr);
        Assert.Equal(1, run.ExitCode);
    }

    [Fact]
    public void StarImportFromAPackageBringsTheSubmodulesItsAllNames()
    {
        using var tree = new ImportTree().With(
            ("app.py", "from tools import *\nprint(hammer.use(), saw.use(), sorted(k for k in dir() if not k.startswith('_')))\n"),
            ("tools/__init__.py", "__all__ = ['hammer', 'saw']\n"),
            ("tools/hammer.py", "def use():\n    return 'bang'\n"),
            ("tools/saw.py", "from . import hammer\n\ndef use():\n    return 'zz' + hammer.use()\n"),
            ("tools/unused.py", "this is not python\n"));
        var expected = PythonReference.Run(tree.Root, "app.py");
        Assert.Equal("bang zzbang ['hammer', 'saw']\n", expected.Stdout);
        Assert.Equal(0, BuiltApp.Build(tree, "app.py", "-o", "out/app.dll").ExitCode);
        BuiltApp.DeleteAllBut(tree, "out");
        AssertSame(expected, BuiltApp.RunDll(tree.Root, "out/app.dll"));
    }

    [Fact]
    public void SyntaxErrorInAnyModuleFailsTheBuildAsCPythonReportsItAndWritesNothing()
    {
        using var tree = new ImportTree().With(
            ("app.py", "import pkg\nprint(pkg.VALUE)\n"),
            ("pkg/__init__.py", "from .inner import VALUE\n"),
            ("pkg/inner.py", "def f():\n    x = (1,\n    return x\nVALUE = 1\n"),
            ("out/app.dll", "an earlier build\n"),
            ("out/notes.txt", "kept\n"));
        var before = Snapshot(tree.PathOf("out"));
        var expected = PythonReference.Run(tree.Root, "-m", "py_compile", tree.PathOf("pkg/inner.py"));
        Assert.Contains("SyntaxError: '(' was never closed", expected.Stderr);

        var build = BuiltApp.Build(tree, "app.py", "-o", "out/app.dll");
        Assert.Equal(1, build.ExitCode);
        Assert.Equal(expected.Stderr, build.Stderr);
        Assert.Equal(before, Snapshot(tree.PathOf("out")));

        tree.Write("pkg/inner.py", "def f():\n    nonlocal x\n");
        var compileStage = BuiltApp.Build(tree, "app.py", "-o", "fresh/app.dll");
        Assert.Equal(1, compileStage.ExitCode);
        Assert.Equal(PythonReference.Run(tree.Root, "-m", "py_compile", tree.PathOf("pkg/inner.py")).Stderr, compileStage.Stderr);
        Assert.False(Directory.Exists(tree.PathOf("fresh")));
    }

    [Fact]
    public void StackTracesOfBuiltCodeShowThePythonFileAndLine()
    {
        using var tree = new ImportTree().With(
            ("probe.py", "import _build_probe\n\ndef outer():\n    return inner() + 1\n\ndef inner():\n    return _build_probe.stack()\n\nRESULT = outer()\n"));
        Assert.Equal(0, BuiltApp.Build(tree, "probe.py", "-o", "out/probe.dll").ExitCode);
        BuiltApp.DeleteAllBut(tree, "out");

        // The .NET stack seen from a C# function that the Python code calls, with the built assembly's embedded PDB.
        string? stack = null;
        Importer.RegisterBuiltin("_build_probe", () =>
        {
            var module = new PyModule("_build_probe");
            module.Dict[new PyStr("stack")] = PyBuiltinFunction.Create("stack", () =>
            {
                stack = Environment.StackTrace;
                return (object)1L;
            });
            return module;
        });
        var context = new AssemblyLoadContext("build-probe", isCollectible: true);
        var assembly = context.LoadFromAssemblyPath(Path.Combine(tree.Root, "out", "probe.dll"));
        var body = assembly.GetExportedTypes().Select(t => t.GetMethod("Body")).Single(m => m != null)!;
        var globals = new PyDict { [new PyStr("__builtins__")] = Builtins.Module, [new PyStr("__name__")] = new PyStr("probe") };
        var result = body.Invoke(null, [globals, globals]);
        Assert.NotSame(PyOps.Raised, result);
        Assert.Equal(2L, globals[new PyStr("RESULT")]);
        var source = tree.PathOf("probe.py");
        Assert.Contains($"in {source}:line 7", stack);
        Assert.Contains($"in {source}:line 4", stack);
        Assert.Contains($"in {source}:line 9", stack);
        Assert.Equal(tree.PathOf("probe.py"), Assert.Single(PdbSources(Path.Combine(tree.Root, "out", "probe.dll"))).Key);
    }

    [Fact]
    public void EveryBuiltModuleCarriesItsSourceInItsPortablePdb()
    {
        using var tree = ZooProgram.Create();
        Assert.Equal(0, BuiltApp.Build(tree, "app.py", "-o", "out/app.dll").ExitCode);
        var app = Path.Combine(tree.Root, "out", "app.dll");
        Assert.Equal(File.ReadAllText(tree.PathOf("app.py")), PdbSources(app)[tree.PathOf("app.py")]);
        using var program = File.OpenRead(app);
        using var pe = new PEReader(program);
        var metadata = pe.GetMetadataReader();
        var frozen = metadata.ManifestResources.Select(h => metadata.GetManifestResource(h)).ToList();
        var names = frozen.Select(r => metadata.GetString(r.Name)).Where(n => n.StartsWith("pynet.frozen.", StringComparison.Ordinal)).Order(StringComparer.Ordinal);
        Assert.Equal(
            ["pynet.frozen.module:report", "pynet.frozen.module:zoo.animals.base", "pynet.frozen.module:zoo.animals.kinds", "pynet.frozen.module:zoo.keeper",
                "pynet.frozen.package:zoo", "pynet.frozen.package:zoo.animals"],
            names);
        var assembly = new AssemblyLoadContext("build-pdb", isCollectible: true).LoadFromAssemblyPath(app);
        using var kinds = assembly.GetManifestResourceStream("pynet.frozen.module:zoo.animals.kinds")!;
        var image = Path.Combine(tree.Root, "kinds.dll");
        using (var copy = File.Create(image))
        {
            kinds.CopyTo(copy);
        }
        Assert.Equal(File.ReadAllText(tree.PathOf("zoo/animals/kinds.py")), PdbSources(image)[tree.PathOf("zoo/animals/kinds.py")]);
    }

    /// <summary>The documents of an assembly's embedded portable PDB, with their embedded source text.</summary>
    private static Dictionary<string, string> PdbSources(string assemblyPath)
    {
        var embeddedSource = new Guid("0E8A571B-6926-466E-B4AD-8AB04611F5FE");
        using var stream = File.OpenRead(assemblyPath);
        using var pe = new PEReader(stream);
        var entry = pe.ReadDebugDirectory().Single(d => d.Type == DebugDirectoryEntryType.EmbeddedPortablePdb);
        using var provider = pe.ReadEmbeddedPortablePdbDebugDirectoryData(entry);
        var pdb = provider.GetMetadataReader();
        Assert.Contains(pdb.MethodDebugInformation.Select(pdb.GetMethodDebugInformation), m => !m.SequencePointsBlob.IsNil);
        var sources = new Dictionary<string, string>();
        foreach (var handle in pdb.Documents)
        {
            var document = pdb.GetDocument(handle);
            foreach (var info in pdb.GetCustomDebugInformation(handle).Select(pdb.GetCustomDebugInformation).Where(i => pdb.GetGuid(i.Kind) == embeddedSource))
            {
                var blob = pdb.GetBlobBytes(info.Value);
                var format = BitConverter.ToInt32(blob, 0);
                var text = format == 0 ? blob[4..] : Inflate(blob[4..], format);
                sources[pdb.GetString(document.Name)] = Encoding.UTF8.GetString(text);
            }
        }
        return sources;
    }

    private static byte[] Inflate(byte[] compressed, int size)
    {
        using var inflater = new DeflateStream(new MemoryStream(compressed), CompressionMode.Decompress);
        var result = new byte[size];
        inflater.ReadExactly(result);
        return result;
    }

    private static string Snapshot(string dir) => string.Join("\n", Directory.GetFiles(dir, "*", SearchOption.AllDirectories)
        .Order(StringComparer.Ordinal).Select(f => f + " " + File.GetLastWriteTimeUtc(f).Ticks + " " + Convert.ToHexString(File.ReadAllBytes(f))));

    private static void AssertSame(PyNetProcess.Result expected, PyNetProcess.Result actual)
    {
        Assert.Equal(expected.Stdout, actual.Stdout);
        Assert.Equal(expected.Stderr, actual.Stderr);
        Assert.Equal(expected.ExitCode, actual.ExitCode);
    }
}
