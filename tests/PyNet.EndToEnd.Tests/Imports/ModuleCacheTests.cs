using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using PyNet.Compiler.Compilation;
using PyNet.Runtime;

namespace PyNet.EndToEnd.Tests.Imports;

/// <summary>
/// The compiled-module cache (__pycache__/NAME.pynet-311.dll): written on first import, used while the source and
/// the compiler are unchanged, rebuilt silently when stale or damaged, never written when it cannot or must not be,
/// and enough on its own (a sourceless module, or a warm start that never loads the compiler).
/// </summary>
public class ModuleCacheTests
{
    private static readonly Dictionary<string, string?> s_verbose = new() { ["PYTHONVERBOSE"] = "1" };

    private static ImportTree Tree() => new ImportTree().With(
        ("m.py", "X = 'from m'\n"),
        ("main.py", "import m\nprint(m.X)\n"));

    private static void AssertFromCache(ImportTree tree, string module = "m")
    {
        var r = tree.Run(s_verbose, "main.py");
        Assert.Equal(0, r.ExitCode);
        Assert.Contains($"# {tree.CacheOf(module + ".py")} matches {tree.PathOf(module + ".py")}\n", r.Stderr);
        Assert.Contains($"# code object from '{tree.CacheOf(module + ".py")}'\n", r.Stderr);
    }

    [Fact]
    public void FirstImportCompilesAndWritesTheCacheAndTheNextLoadsIt()
    {
        using var tree = Tree();
        var first = tree.Run(s_verbose, "main.py");
        Assert.Equal("from m\n", first.Stdout);
        Assert.Contains($"# code object from {tree.PathOf("m.py")}\n# created '{tree.CacheOf("m.py")}'\nimport 'm' # <_frozen_importlib_external.SourceFileLoader object at ", first.Stderr);
        Assert.True(File.Exists(tree.CacheOf("m.py")));
        Assert.True(File.Exists(tree.CacheOf("main.py")), "the main script is cached too (docs/design.md, Start-up)");
        AssertFromCache(tree);
    }

    [Fact]
    public void ModuleAttributesNameTheCacheFileAndSysImplementationItsTag()
    {
        using var tree = Tree().With(("main.py", "import m, sys\nprint(m.__cached__)\nprint(sys.implementation.name, sys.implementation.cache_tag)\n"));
        var r = tree.Run("main.py");
        Assert.Equal(tree.CacheOf("m.py") + "\npynet pynet-311\n", r.Stdout);
    }

    [Fact]
    public void ASourceChangeWithinTheSameSecondIsCaughtByTheSize()
    {
        using var tree = Tree();
        tree.Run("main.py");
        var source = tree.PathOf("m.py");
        var mtime = File.GetLastWriteTimeUtc(source);
        File.WriteAllText(source, "X = 'changed, longer'\n");
        File.SetLastWriteTimeUtc(source, mtime);
        var r = tree.Run(s_verbose, "main.py");
        Assert.Equal("changed, longer\n", r.Stdout);
        Assert.Contains("# bytecode is stale for 'm'\n", r.Stderr);
        AssertFromCache(tree);
    }

    [Fact]
    public void AnotherCompilerVersionRecompiles()
    {
        using var tree = Tree();
        tree.Run("main.py");
        var cache = tree.CacheOf("m.py");
        var image = File.ReadAllBytes(cache);
        Assert.True(CompiledModuleFile.TryReadHeader(image, out var header));
        Assert.Equal(PythonCompiler.Version, header.CompilerVersion);
        Assert.True(CompiledModuleFile.TryStamp(image, header.Source, "0123456789ABCDEF"));
        File.WriteAllBytes(cache, image);
        var r = tree.Run(s_verbose, "main.py");
        Assert.Equal("from m\n", r.Stdout);
        Assert.Contains("# bytecode is stale for 'm'\n", r.Stderr);
        Assert.Contains($"# code object from {tree.PathOf("m.py")}\n", r.Stderr);
        AssertFromCache(tree);
    }

    [Fact]
    public void TheRuntimeComputesTheCompilerVersionWithoutLoadingTheCompiler()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "PyNet.Compiler.dll");
        Assert.Equal(PythonCompiler.Version, LazyCompilerService.ComputeVersion(path));
    }

    [Fact]
    public void TheModuleVersionIdIsReadFromAnAssemblyFile()
    {
        foreach (var assembly in new[] { typeof(PyOps).Assembly, typeof(PythonCompiler).Assembly, typeof(Mono.Cecil.AssemblyDefinition).Assembly })
        {
            Assert.True(ModuleVersionIdReader.TryRead(assembly.Location, out var mvid), assembly.Location);
            Assert.Equal(assembly.ManifestModule.ModuleVersionId, mvid);
        }
    }

    [Fact]
    public void AFileThatIsNotAnAssemblyHasNoModuleVersionId()
    {
        using var tree = Tree();
        var compiler = File.ReadAllBytes(typeof(PythonCompiler).Assembly.Location);
        var cases = new Dictionary<string, byte[]>
        {
            ["missing.dll"] = Array.Empty<byte>(),
            ["empty.dll"] = Array.Empty<byte>(),
            ["text.dll"] = "MZ but not a portable executable at all"u8.ToArray(),
            ["truncated.dll"] = compiler[..300],
            ["headers-only.dll"] = compiler[..4096],
        };
        foreach (var (name, bytes) in cases)
        {
            if (name != "missing.dll")
            {
                File.WriteAllBytes(tree.PathOf(name), bytes);
            }
            Assert.False(ModuleVersionIdReader.TryRead(tree.PathOf(name), out _), name);
            Assert.Null(LazyCompilerService.ComputeVersion(tree.PathOf(name)));
        }
    }

    [Theory]
    [InlineData("truncated")]
    [InlineData("corrupt")]
    [InlineData("foreign")]
    [InlineData("empty")]
    public void ADamagedOrForeignCacheFileIsIgnoredAndRebuiltSilently(string damage)
    {
        using var tree = Tree();
        tree.Run("main.py");
        var cache = tree.CacheOf("m.py");
        var image = File.ReadAllBytes(cache);
        switch (damage)
        {
            case "truncated":
                File.WriteAllBytes(cache, image[..(image.Length / 2)]);
                break;
            case "corrupt":
                for (var i = image.Length / 2; i < image.Length / 2 + 64; i++)
                {
                    image[i] ^= 0x5A;
                }
                File.WriteAllBytes(cache, image);
                break;
            case "foreign":
                File.Copy(typeof(PyOps).Assembly.Location, cache, overwrite: true);
                break;
            default:
                File.WriteAllBytes(cache, Array.Empty<byte>());
                break;
        }
        var r = tree.Run("main.py");
        Assert.Equal("from m\n", r.Stdout);
        Assert.Equal(string.Empty, r.Stderr);
        Assert.Equal(0, r.ExitCode);
        AssertFromCache(tree);
    }

    [Fact]
    public void AFolderThatCannotHoldTheCacheLeavesTheModuleInMemoryQuietly()
    {
        // Tests run as root, who can write anywhere: a file where __pycache__ should be makes the folder unusable.
        using var tree = Tree().With(("__pycache__", "not a folder"));
        var userCache = tree.PathOf("usercache");
        var env = new Dictionary<string, string?> { ["XDG_CACHE_HOME"] = userCache };
        var r = tree.Run(env, "main.py");
        Assert.Equal("from m\n", r.Stdout);
        Assert.Equal(string.Empty, r.Stderr);
        var traced = tree.Run(new Dictionary<string, string?>(env) { ["PYTHONVERBOSE"] = "1" }, "main.py");
        Assert.Contains($"# could not create '{tree.CacheOf("m.py")}': ", traced.Stderr);
        Assert.Equal("not a folder", File.ReadAllText(tree.PathOf("__pycache__")));
        Assert.Empty(Directory.GetFiles(tree.Root, "*.tmp", SearchOption.AllDirectories));
        // Only the main script goes to the user's cache folder (next test); an imported module stays in memory.
        Assert.Equal(new[] { "main.pynet-311.dll" }, Directory.GetFiles(userCache, "*", SearchOption.AllDirectories).Select(Path.GetFileName));
    }

    [Fact]
    public void AScriptWhoseFolderCannotHoldTheCacheIsCachedInTheUsersCacheFolder()
    {
        using var tree = new ImportTree().With(("__pycache__", "not a folder"), ("app.py", "print('app', __file__.endswith('app.py'))\n"));
        var userCache = tree.PathOf("usercache");
        var env = new Dictionary<string, string?> { ["XDG_CACHE_HOME"] = userCache, ["PYNET_SHOW_ASSEMBLIES"] = "1" };
        var cold = tree.Run(env, "app.py");
        Assert.Equal("app True\n", cold.Stdout);
        Assert.Contains("# assembly PyNet.Compiler\n", cold.Stderr);
        var cached = Path.Combine(userCache, "pynet", tree.Root.TrimStart('/'), "app.pynet-311.dll");
        Assert.True(File.Exists(cached), cached);
        var warm = tree.Run(env, "app.py");
        Assert.Equal("app True\n", warm.Stdout);
        Assert.DoesNotContain("# assembly PyNet.Compiler\n", warm.Stderr);

        // A damaged or stale file there is rebuilt, never trusted.
        File.WriteAllBytes(cached, new byte[] { 1, 2, 3 });
        Assert.Equal("app True\n", tree.Run(env, "app.py").Stdout);
        Assert.True(ModuleCache.IsCompiledModule(cached));
        var source = tree.PathOf("app.py");
        File.WriteAllText(source, "print('edited')\n");
        File.SetLastWriteTimeUtc(source, File.GetLastWriteTimeUtc(source).AddSeconds(2));
        Assert.Equal("edited\n", tree.Run(env, "app.py").Stdout);
        var again = tree.Run(env, "app.py");
        Assert.Equal("edited\n", again.Stdout);
        Assert.DoesNotContain("# assembly PyNet.Compiler\n", again.Stderr);

        // -B writes nothing, and a pycache prefix replaces the user's folder.
        Directory.Delete(userCache, recursive: true);
        Assert.Equal("edited\n", tree.Run(env, "-B", "app.py").Stdout);
        Assert.False(Directory.Exists(userCache));
        var prefix = tree.PathOf("prefix");
        Assert.Equal("edited\n", tree.Run(new Dictionary<string, string?>(env) { ["PYTHONPYCACHEPREFIX"] = prefix }, "app.py").Stdout);
        Assert.False(Directory.Exists(userCache));
        Assert.NotEmpty(Directory.GetFiles(prefix, "app.pynet-311.dll", SearchOption.AllDirectories));
    }

    [Fact]
    public void DashBAndPythonDontWriteBytecodeWriteNothing()
    {
        using var tree = Tree().With(("main.py", "import m, sys\nprint(m.X, sys.dont_write_bytecode, sys.flags.dont_write_bytecode)\n"));
        Assert.Equal("from m True 1\n", tree.Run("-B", "main.py").Stdout);
        Assert.False(Directory.Exists(tree.PathOf("__pycache__")));
        Assert.Equal("from m True 1\n", tree.Run(new Dictionary<string, string?> { ["PYTHONDONTWRITEBYTECODE"] = "1" }, "main.py").Stdout);
        Assert.False(Directory.Exists(tree.PathOf("__pycache__")));
    }

    [Fact]
    public void PythonPycachePrefixMirrorsTheSourceFolderUnderThePrefix()
    {
        using var tree = Tree().With(("main.py", "import m, sys\nprint(m.__cached__ == sys.pycache_prefix + m.__file__[:-3] + '.pynet-311.dll')\n"));
        var prefix = tree.PathOf("prefix");
        var env = new Dictionary<string, string?> { ["PYTHONPYCACHEPREFIX"] = prefix };
        Assert.Equal("True\n", tree.Run(env, "main.py").Stdout);
        var expected = Path.Combine(prefix, tree.Root.TrimStart('/'), "m.pynet-311.dll");
        Assert.True(File.Exists(expected), expected);
        Assert.False(Directory.Exists(tree.PathOf("__pycache__")));
        Assert.Equal("True\n", tree.Run(new[] { "-X", "pycache_prefix=" + prefix, "main.py" }).Stdout);
    }

    [Fact]
    public void ACompiledModuleImportsWithoutItsSource()
    {
        using var tree = Tree();
        tree.Run("main.py");
        using var other = new ImportTree().With(("main.py", "import m\nprint(m.X, m.__file__.endswith('m.dll'))\n"));
        File.Copy(tree.CacheOf("m.py"), other.PathOf("m.dll"));
        var r = other.Run(s_verbose, "main.py");
        Assert.Equal("from m True\n", r.Stdout);
        Assert.Contains($"# code object from '{other.PathOf("m.dll")}'\nimport 'm' # <_frozen_importlib_external.SourcelessFileLoader object at ", r.Stderr);
    }

    [Fact]
    public void AnAssemblyThatIsNotAPyNetModuleIsNotImported()
    {
        using var tree = new ImportTree().With(("main.py", "try:\n    import notamodule\nexcept ModuleNotFoundError as e:\n    print(e)\n"));
        File.Copy(typeof(PyOps).Assembly.Location, tree.PathOf("notamodule.dll"));
        Assert.Equal("No module named 'notamodule'\n", tree.Run("main.py").Stdout);
    }

    [Fact]
    public void AWarmStartDoesNotLoadTheCompiler()
    {
        using var tree = new ImportTree().With(
            ("app.py", "import m, pkg.sub\nprint(m.X, pkg.sub.Y)\n"),
            ("m.py", "X = 1\n"),
            ("pkg/__init__.py", string.Empty),
            ("pkg/sub.py", "Y = 2\n"));
        var env = new Dictionary<string, string?> { ["PYNET_SHOW_ASSEMBLIES"] = "1" };
        var cold = tree.Run(env, "-m", "app");
        Assert.Equal("1 2\n", cold.Stdout);
        Assert.Contains("# assembly PyNet.Compiler\n", cold.Stderr);
        var warm = tree.Run(env, "-m", "app");
        Assert.Equal("1 2\n", warm.Stdout);
        Assert.Contains("# assembly PyNet.Runtime\n", warm.Stderr);
        Assert.DoesNotContain("# assembly PyNet.Compiler\n", warm.Stderr);
        Assert.DoesNotContain("# assembly Mono.Cecil\n", warm.Stderr);
    }

    [Fact]
    public void AScriptRunTwiceRunsFromTheCacheWithoutTheCompiler()
    {
        using var tree = new ImportTree().With(("app.py", "import m\nprint(__name__, m.X)\n"), ("m.py", "X = 1\n"));
        var env = new Dictionary<string, string?> { ["PYNET_SHOW_ASSEMBLIES"] = "1" };
        Assert.Equal("__main__ 1\n", tree.Run(env, "app.py").Stdout);
        Assert.True(File.Exists(tree.CacheOf("app.py")));
        var warm = tree.Run(env, "app.py");
        Assert.Equal("__main__ 1\n", warm.Stdout);
        Assert.DoesNotContain("# assembly PyNet.Compiler\n", warm.Stderr);
        var edited = tree.PathOf("app.py");
        File.WriteAllText(edited, "print('edited')\n");
        File.SetLastWriteTimeUtc(edited, File.GetLastWriteTimeUtc(edited).AddSeconds(2));
        Assert.Equal("edited\n", tree.Run("app.py").Stdout);
    }

    [Fact]
    public void AColdScriptIsCompiledOnceAndItsSyntaxErrorReportedAsBefore()
    {
        // A cold script is compiled on a second thread while the runtime starts (tools/PyNet.Cli/ScriptHeadStart.cs).
        using var tree = new ImportTree().With(("app.py", "import m\nprint(__name__, m.X)\n"), ("m.py", "X = 1\n"), ("bad.py", "x = (1,\n"));
        var r = tree.Run(s_verbose, "-B", "app.py");
        Assert.Equal("__main__ 1\n", r.Stdout);
        Assert.Single(Regex.Matches(r.Stderr, "# code object from .*app\\.py\n"));
        Assert.False(File.Exists(tree.CacheOf("app.py")));
        var bad = tree.Run("bad.py");
        Assert.Equal(1, bad.ExitCode);
        Assert.Equal($"  File \"{tree.PathOf("bad.py")}\", line 1\n    x = (1,\n        ^\nSyntaxError: '(' was never closed\n", bad.Stderr);
    }

    [Fact]
    public void AScriptCachedUnderAPycachePrefixRunsWithoutTheCompiler()
    {
        using var tree = new ImportTree().With(("app.py", "print('app')\n"));
        foreach (var viaOption in new[] { false, true })
        {
            var prefix = tree.PathOf(viaOption ? "cache-x" : "cache-env");
            var env = new Dictionary<string, string?> { ["PYNET_SHOW_ASSEMBLIES"] = "1" };
            string[] args = viaOption ? new[] { "-X", "pycache_prefix=" + prefix, "app.py" } : new[] { "app.py" };
            if (!viaOption)
            {
                env["PYTHONPYCACHEPREFIX"] = prefix;
            }
            Assert.Contains("# assembly PyNet.Compiler\n", tree.Run(env, args).Stderr);
            Assert.NotEmpty(Directory.GetFiles(prefix, "app.pynet-311.dll", SearchOption.AllDirectories));
            var warm = tree.Run(env, args);
            Assert.Equal("app\n", warm.Stdout);
            Assert.DoesNotContain("# assembly PyNet.Compiler\n", warm.Stderr);
        }
    }

    [Fact]
    public void SixteenProcessesImportingAFreshModuleAtOnceAllSucceed()
    {
        using var tree = new ImportTree().With(
            ("shared.py", string.Join('\n', Enumerable.Range(0, 200).Select(i => $"def f{i}(x):\n    return x + {i}")) + "\n"),
            ("main.py", "import shared\nprint(shared.f199(1))\n"));
        var processes = Enumerable.Range(0, 16).Select(_ => tree.Start(null, "main.py")).ToList();
        var results = processes.Select(p =>
        {
            using (p)
            {
                return ImportTree.Finish(p, new[] { "main.py" });
            }
        }).ToList();
        Assert.All(results, r =>
        {
            Assert.Equal(string.Empty, r.Stderr);
            Assert.Equal("200\n", r.Stdout);
            Assert.Equal(0, r.ExitCode);
        });
        var image = File.ReadAllBytes(tree.CacheOf("shared.py"));
        Assert.True(CompiledModuleFile.TryReadHeader(image, out var header) && CompiledModuleFile.IsIntact(image, header));
        Assert.Empty(Directory.GetFiles(tree.PathOf("__pycache__"), "*.tmp"));
        AssertFromCache(tree, "shared");
    }

    [Fact]
    public void CompileallPrecompilesATreeAndSkipsWhatIsUpToDate()
    {
        using var tree = Tree().With(("pkg/__init__.py", string.Empty), ("pkg/inner.py", "Z = 3\n"));
        var r = tree.Run("compileall", ".");
        Assert.Equal(
            "Listing '.'...\nCompiling './m.py'...\nCompiling './main.py'...\nListing './pkg'...\nCompiling './pkg/__init__.py'...\nCompiling './pkg/inner.py'...\n",
            r.Stdout);
        Assert.Equal(0, r.ExitCode);
        Assert.True(File.Exists(tree.CacheOf("pkg/inner.py")));
        Assert.Equal("Listing '.'...\nListing './pkg'...\n", tree.Run("compileall", ".").Stdout);
        AssertFromCache(tree);
        tree.Write("bad.py", "x = (\n");
        var bad = tree.Run("compileall", "-q", ".");
        Assert.Equal(1, bad.ExitCode);
        Assert.Equal("*** Error compiling './bad.py'...\n  File \"./bad.py\", line 1\n    x = (\n        ^\nSyntaxError: '(' was never closed\n\n", bad.Stdout);
    }
}
