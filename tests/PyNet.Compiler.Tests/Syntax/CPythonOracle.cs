using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Text.Json;

namespace PyNet.Compiler.Tests.Syntax;

/// <summary>What CPython's parser reports for one snippet (null fields when it accepts the snippet).</summary>
internal sealed record CPythonError(string Type, string Message, int? Lineno, int? Offset, int? EndLineno, int? EndOffset);

/// <summary>Runs python3 once over a whole snippet file (cpython_errors.py) and returns its verdicts in order.</summary>
internal static class CPythonOracle
{
    public static bool IsAvailable { get; } = Probe();

    public static List<(CPythonError? Parse, CPythonError? Compile)> Run(string snippetFile)
    {
        var script = Path.Combine(RepoPaths.Root, "tests", "PyNet.Compiler.Tests", "Syntax", "cpython_errors.py");
        var psi = new ProcessStartInfo("python3", $"\"{script}\" \"{snippetFile}\"")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(psi)!;
        var output = process.StandardOutput.ReadToEnd();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException("cpython_errors.py failed: " + error);
        }
        var results = new List<(CPythonError?, CPythonError?)>();
        foreach (var line in output.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            using var doc = JsonDocument.Parse(line);
            results.Add((Read(doc.RootElement.GetProperty("parse")), Read(doc.RootElement.GetProperty("compile"))));
        }
        return results;
    }

    private static CPythonError? Read(JsonElement e)
    {
        if (e.ValueKind == JsonValueKind.Null)
        {
            return null;
        }
        static int? Int(JsonElement e, string name) => e.GetProperty(name).ValueKind == JsonValueKind.Number ? e.GetProperty(name).GetInt32() : null;
        return new CPythonError(e.GetProperty("type").GetString()!, e.GetProperty("msg").GetString()!, Int(e, "lineno"), Int(e, "offset"), Int(e, "end_lineno"), Int(e, "end_offset"));
    }

    private static bool Probe()
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo("python3", "--version") { RedirectStandardOutput = true, RedirectStandardError = true })!;
            process.WaitForExit();
            return process.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }
}
