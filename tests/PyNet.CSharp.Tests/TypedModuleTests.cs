using System;
using System.Diagnostics;
using System.IO;
using System.Linq;

namespace PyNet.CSharp.Tests;

/// <summary>
/// A Python module compiled as a library and used from C# source compiled by Roslyn against the reference
/// assemblies: typed functions, globals, classes, conversions, exceptions and dynamic.
/// </summary>
public class TypedModuleTests
{
    private const string Geometry = """
        import math

        VERSION = "1.0"
        counter: int = 0
        scale = 2.5
        _hidden = 1

        def add(a: int, b: int) -> int:
            return a + b

        def greet(name: str, greeting: str = "Hello") -> str:
            return f"{greeting}, {name}!"

        def total(values: list[int]) -> int:
            return sum(values)

        def histogram(words: list[str]) -> dict[str, int]:
            counts = {}
            for w in words:
                counts[w] = counts.get(w, 0) + 1
            return counts

        def half(n: int) -> int | None:
            return n // 2 if n % 2 == 0 else None

        def third(n: int) -> "Optional[int]":
            return n // 3 if n % 3 == 0 else None

        def ratio(a: float, b: float) -> float:
            return a / b

        def shout(data: bytes) -> bytes:
            return data.upper()

        def bump() -> int:
            global counter
            counter += 1
            return counter

        def fail(message: str) -> None:
            check(message)

        def check(message):
            raise ValueError(message)

        def wrong() -> int:
            return "not an int"

        def identity(x):
            return x

        def power(base: int, *, exponent: int) -> int:
            return base ** exponent

        class Point:
            def __init__(self, x: float, y: float):
                self.x = x
                self.y = y

            def norm(self) -> float:
                return math.hypot(self.x, self.y)

            def scaled(self, k: float) -> "Point":
                return Point(self.x * k, self.y * k)

            @property
            def quadrant(self) -> int:
                if self.x >= 0:
                    return 1 if self.y >= 0 else 4
                return 2 if self.y >= 0 else 3

            @staticmethod
            def origin() -> "Point":
                return Point(0.0, 0.0)

            def __repr__(self):
                return f"Point({self.x}, {self.y})"

        class Point3(Point):
            def __init__(self, x: float, y: float, z: float = 0.0):
                super().__init__(x, y)
                self.z = z

            def norm(self) -> float:
                return math.sqrt(self.x ** 2 + self.y ** 2 + self.z ** 2)

        def centroid(points: list[Point]) -> Point:
            n = len(points)
            return Point(sum(p.x for p in points) / n, sum(p.y for p in points) / n)

        def describe(p: Point) -> str:
            return repr(p) + " " + type(p).__name__

        origin = Point(0.0, 0.0)
        """;

    private static string RunGeometry(string name, string body, string? ns = null) => CSharpHarness.Run(name, Geometry, $$"""
        using System;
        using System.Collections.Generic;
        using System.Text;
        using PyNet.Runtime;
        {{(ns == null ? "" : "using " + ns + ";")}}

        public static class Probe
        {
            public static string Run()
            {
                var o = new StringBuilder();
                {{body.Replace("geometry.", name + ".")}}
                return o.ToString();
            }
        }
        """, ns);

    [Fact]
    public void TypedFunctionsTakeAndReturnDotNetTypes()
    {
        var output = RunGeometry("geo_calls", """
            long sum = geometry.add(2, 3);
            string hello = geometry.greet("Ada");
            string hi = geometry.greet("Ada", "Hi");
            long total = geometry.total(new List<long> { 1, 2, 3, 4 });
            Dictionary<string, long> counts = geometry.histogram(new List<string> { "a", "b", "a" });
            long? even = geometry.half(10);
            long? odd = geometry.half(7);
            long? three = geometry.third(9);
            double r = geometry.ratio(1, 4);
            byte[] loud = geometry.shout(new byte[] { 97, 98 });
            long p = geometry.power(2, exponent: 10);
            o.Append($"{sum}|{hello}|{hi}|{total}|a={counts["a"]},b={counts["b"]}|{even}|{odd == null}|{three}|{r}|{loud[0]},{loud[1]}|{p}");
            """);
        Assert.Equal("5|Hello, Ada!|Hi, Ada!|10|a=2,b=1|5|True|3|0.25|65,66|1024", output);
    }

    [Fact]
    public void GlobalsAreStaticPropertiesAndTheBodyRunsOnce()
    {
        var output = RunGeometry("geo_globals", """
            string v = geometry.VERSION;
            double s = geometry.scale;
            geometry.bump();
            geometry.bump();
            long c = geometry.counter;
            geometry.counter = 40;
            long next = geometry.bump();
            o.Append($"{v}|{s}|{c}|{next}");
            """);
        Assert.Equal("1.0|2.5|2|41", output);
    }

    [Fact]
    public void ClassesAreConstructibleDotNetClassesAndPythonObjects()
    {
        var output = RunGeometry("geo_classes", """
            var p = new geometry.Point(3, 4);
            var q = p.scaled(2);
            var z = new geometry.Point3(1, 2, 2);
            var flat = new geometry.Point3(3, 4);
            geometry.Point back = geometry.centroid(new List<geometry.Point> { p, q });
            p.x = -3;
            o.Append($"{p.norm()}|{q.x},{q.y}|{z.norm()}|{flat.norm()}|{back}|{p.quadrant}|{geometry.Point.origin()}|");
            o.Append($"{geometry.describe(z)}|{z is geometry.Point}|{z is PyObject}|{geometry.origin.norm()}|{p}");
            """);
        Assert.Equal("5|6,8|3|5|Point(4.5, 6.0)|2|Point(0.0, 0.0)|Point(1.0, 2.0) Point3|True|True|0|Point(-3.0, 4.0)", output);
    }

    [Fact]
    public void InstancesCreatedInPythonAreTheDotNetClass()
    {
        var output = RunGeometry("geo_identity", """
            object made = geometry.identity(geometry.Point.origin());
            var p = new geometry.Point(1, 1);
            object same = geometry.identity(p);
            o.Append($"{made.GetType().Name}|{ReferenceEquals(p, same)}");
            """);
        Assert.Equal("Point|True", output);
    }

    [Fact]
    public void ConversionsAreChecked()
    {
        var output = RunGeometry("geo_checked", """
            try { geometry.add(long.MaxValue, 1); } catch (OverflowException e) { o.Append("overflow: " + e.Message + "|"); }
            try { geometry.wrong(); } catch (InvalidCastException e) { o.Append("cast: " + e.Message + "|"); }
            try { geometry.total(new List<long>()); o.Append("empty ok|"); } catch (Exception e) { o.Append(e.GetType().Name); }
            """);
        Assert.Equal("overflow: Python int 9223372036854775808 does not fit in Int64|cast: cannot convert Python str to Int64|empty ok|", output);
    }

    [Fact]
    public void PythonExceptionsCarryTypeMessageAndTraceback()
    {
        var output = RunGeometry("geo_errors", """
            try
            {
                geometry.fail("boom");
            }
            catch (PythonException e)
            {
                o.Append(e.PythonTypeName + "\n" + e.PythonMessage + "\n" + e.Message + "\n" + e.IsInstanceOf("Exception") + "\n" + e.PythonTraceback);
            }
            """);
        var lines = output.Split('\n');
        Assert.Equal("ValueError", lines[0]);
        Assert.Equal("boom", lines[1]);
        Assert.Equal("ValueError: boom", lines[2]);
        Assert.Equal("True", lines[3]);
        // The frames are the module's, as CPython prints them for the same call.
        var expected = CPythonTraceback("geo_errors", "fail('boom')");
        Assert.Equal(expected, string.Join("\n", lines.Skip(4)).TrimEnd());
    }

    [Fact]
    public void DynamicWorksOverPythonObjects()
    {
        var output = RunGeometry("geo_dynamic", """
            dynamic p = geometry.identity(new geometry.Point(6, 8));
            dynamic list = geometry.identity(new List<long> { 10, 20, 30 });
            dynamic f = geometry.identity(geometry.identity((Func<long, long>)(x => x * 3)));
            double n = p.norm();
            dynamic q = p.scaled(0.5);
            p.label = "named";
            string label = p.label;
            long first = list[0];
            list[1] = 21;
            list.append(40);
            long len = list.__len__();
            long tripled = f(7);
            dynamic sum = list[0] + 5;
            o.Append($"{n}|{q.x}|{label}|{first}|{list[1]}|{len}|{tripled}|{sum}|{(string)p.__class__.__name__}");
            """);
        Assert.Equal("10|3|named|10|21|4|21|15|Point", output);
    }

    [Fact]
    public void NamespaceOptionPutsTheClassInTheNamespace()
    {
        var output = RunGeometry("geo_ns", "o.Append(geometry.add(20, 22));", ns: "Acme.Shapes");
        Assert.Equal("42", output);
    }

    [Fact]
    public void PrivateNamesAreNotPartOfTheSurface()
    {
        var module = CSharpHarness.BuildModule("geo_private", Geometry);
        var (errors, _) = CSharpHarness.CompileCSharp("public static class Probe { public static object Run() => geo_private._hidden; }", module, "geo_private");
        Assert.Contains(errors, e => e.Contains("CS0117", StringComparison.Ordinal));
    }

    [Fact]
    public void BuiltAssemblyReferencesOnlyPublicFrameworkAssemblies()
    {
        var module = CSharpHarness.BuildModule("geo_refs", Geometry);
        using var pe = new System.Reflection.PortableExecutable.PEReader(new MemoryStream(module));
        var metadata = System.Reflection.Metadata.PEReaderExtensions.GetMetadataReader(pe);
        var names = metadata.AssemblyReferences.Select(h => metadata.GetString(metadata.GetAssemblyReference(h).Name)).ToList();
        Assert.DoesNotContain("System.Private.CoreLib", names);
        Assert.Contains("System.Runtime", names);
        Assert.Contains("PyNet.Runtime", names);
    }

    /// <summary>The traceback python3 prints for <paramref name="call"/> on the module, without the caller's own frame.</summary>
    private static string CPythonTraceback(string module, string call)
    {
        var start = new ProcessStartInfo("python3", new[] { "-c", $"import {module}; {module}.{call}" })
        {
            WorkingDirectory = CSharpHarness.WorkFolder,
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        };
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEnd();
        process.WaitForExit();
        var lines = stderr.TrimEnd().Split('\n').ToList();
        // Drop the '  File "<string>", line 1, in <module>' frame: C# made that call.
        var caller = lines.FindIndex(l => l.StartsWith("  File \"<string>\"", StringComparison.Ordinal));
        lines.RemoveRange(caller, 1);
        return string.Join("\n", lines);
    }
}
