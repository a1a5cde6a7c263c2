using System;
using System.Diagnostics;
using System.IO;

namespace PyNet.CSharp.Tests;

/// <summary>The output of `pynet build` (the CLI, as a process) referenced by C#, after the .py files are deleted.</summary>
public class BuiltModuleTests
{
    [Fact]
    public void PynetBuildOutputIsATypedLibraryWithItsImportsAndSources()
    {
        var dir = Directory.CreateTempSubdirectory("pynet-built-module-").FullName;
        File.WriteAllText(Path.Combine(dir, "inventory.py"), """
            from units import to_grams

            class Item:
                def __init__(self, name: str, weight_kg: float):
                    self.name = name
                    self.weight_kg = weight_kg

                def grams(self) -> int:
                    return to_grams(self.weight_kg)

            def heaviest(items: list[Item]) -> Item:
                return max(items, key=lambda i: i.weight_kg)

            def check(item: Item) -> None:
                if item.weight_kg <= 0:
                    raise ValueError(f"{item.name} weighs nothing")
            """);
        File.WriteAllText(Path.Combine(dir, "units.py"), "def to_grams(kg):\n    return round(kg * 1000)\n");
        var start = new ProcessStartInfo("dotnet", new[] { Path.Combine(AppContext.BaseDirectory, "pynet.dll"), "build", "inventory.py", "-o", "out/inventory.dll", "--namespace", "Warehouse" })
        {
            WorkingDirectory = dir,
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        };
        using (var build = Process.Start(start)!)
        {
            var errors = build.StandardError.ReadToEnd();
            build.WaitForExit();
            Assert.True(build.ExitCode == 0, "pynet build failed: " + errors);
        }
        File.Delete(Path.Combine(dir, "inventory.py"));
        File.Delete(Path.Combine(dir, "units.py"));

        var output = CSharpHarness.RunAgainstFile(Path.Combine(dir, "out", "inventory.dll"), """
            using System.Collections.Generic;
            using PyNet.Runtime;
            using Warehouse;

            public static class Probe
            {
                public static string Run()
                {
                    var box = new inventory.Item("box", 1.25);
                    var feather = new inventory.Item("feather", 0.0);
                    var top = inventory.heaviest(new List<inventory.Item> { feather, box });
                    try
                    {
                        inventory.check(feather);
                        return "no error";
                    }
                    catch (PythonException e)
                    {
                        return $"{box.grams()}|{top.name}|{e.PythonTypeName}: {e.PythonMessage}\n{e.PythonTraceback}";
                    }
                }
            }
            """);
        var lines = output.Split('\n');
        Assert.Equal("1250|box|ValueError: feather weighs nothing", lines[0]);
        Assert.Equal("Traceback (most recent call last):", lines[1]);
        Assert.EndsWith("inventory.py\", line 16, in check", lines[2]);
        Assert.Equal("    raise ValueError(f\"{item.name} weighs nothing\")", lines[3]);
        Assert.Equal("ValueError: feather weighs nothing", lines[4]);
    }
}
