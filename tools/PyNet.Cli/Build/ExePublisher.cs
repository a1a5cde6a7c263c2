using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Runtime.InteropServices;
using System.Security;
using System.Text;
using PyNet.Runtime;

namespace PyNet.Cli.Build;

/// <summary>
/// `pynet build --exe`: a frozen executable through the SDK's own publishing. A generated project (in a temporary
/// folder) references the program's assembly and the PyNet runtime and compiler, and its two-line Main calls the
/// program's entry point; `dotnet publish` makes it single-file and self-contained for this machine's runtime
/// identifier, with invariant globalization (no ICU needed on the target). Only the executable is copied to the output
/// folder. Needs the .NET SDK (and the runtime pack from NuGet, or its local cache) at build time, as PyInstaller
/// needs Python; the executable needs neither .NET nor Python, except CPython's Lib for standard-library imports.
/// </summary>
internal static class ExePublisher
{
    /// <summary>The program's assembly is named NAME.python inside the executable, which is NAME.</summary>
    public const string AssemblySuffix = ".python";

    public static int Publish(string outDir, string name, string assemblyName, byte[] program, bool withCompiler)
    {
        var work = Path.Combine(Path.GetTempPath(), "pynet-exe-" + Guid.NewGuid().ToString("N")[..12]);
        try
        {
            Directory.CreateDirectory(work);
            var programPath = Path.Combine(work, assemblyName + ".dll");
            File.WriteAllBytes(programPath, program);
            File.WriteAllText(Path.Combine(work, name + ".csproj"), Project(name, programPath, withCompiler));
            File.WriteAllText(Path.Combine(work, "Program.cs"), MainSource(assemblyName));
            var publishDir = Path.Combine(work, "publish");
            var (code, log) = RunPublish(Path.Combine(work, name + ".csproj"), publishDir);
            if (code != 0)
            {
                Console.Error.Write(log);
                Console.Error.WriteLine($"pynet build: dotnet publish failed (exit status {code})");
                return 1;
            }
            var exeName = name + (OperatingSystem.IsWindows() ? ".exe" : string.Empty);
            Directory.CreateDirectory(outDir);
            File.Copy(Path.Combine(publishDir, exeName), Path.Combine(outDir, exeName), overwrite: true);
            return 0;
        }
        finally
        {
            try
            {
                Directory.Delete(work, recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }

    private static string Project(string name, string programPath, bool withCompiler)
    {
        var sb = new StringBuilder();
        sb.Append("<Project Sdk=\"Microsoft.NET.Sdk\">\n  <PropertyGroup>\n");
        sb.Append("    <OutputType>Exe</OutputType>\n");
        sb.Append("    <TargetFramework>net").Append(Environment.Version.Major).Append('.').Append(Environment.Version.Minor).Append("</TargetFramework>\n");
        sb.Append("    <AssemblyName>").Append(SecurityElement.Escape(name)).Append("</AssemblyName>\n");
        sb.Append("    <RootNamespace>PyNetFrozen</RootNamespace>\n");
        sb.Append("    <RuntimeIdentifier>").Append(RuntimeInformation.RuntimeIdentifier).Append("</RuntimeIdentifier>\n");
        sb.Append("    <SelfContained>true</SelfContained>\n");
        sb.Append("    <PublishSingleFile>true</PublishSingleFile>\n");
        sb.Append("    <IncludeNativeLibrariesForSelfExtract>true</IncludeNativeLibrariesForSelfExtract>\n");
        sb.Append("    <InvariantGlobalization>true</InvariantGlobalization>\n");
        sb.Append("    <TieredPGO>true</TieredPGO>\n");
        sb.Append("    <DebugType>embedded</DebugType>\n");
        sb.Append("    <ImplicitUsings>disable</ImplicitUsings>\n");
        sb.Append("    <Nullable>disable</Nullable>\n");
        sb.Append("  </PropertyGroup>\n  <ItemGroup>\n");
        // The GC setting of pynet's own runtimeconfig (Directory.Build.props), which `pynet build` copies for apps.
        sb.Append("    <RuntimeHostConfigurationOption Include=\"System.GC.LOHThreshold\" Value=\"8388608\" />\n");
        if (!withCompiler)
        {
            sb.Append("    <RuntimeHostConfigurationOption Include=\"").Append(CompilerLocator.NoCompilerSwitch).Append("\" Value=\"true\" />\n");
        }
        foreach (var file in new[] { programPath }.Concat(AppWriter.RuntimeFiles(withCompiler).Where(f => f.EndsWith(".dll", StringComparison.Ordinal))))
        {
            sb.Append("    <Reference Include=\"").Append(SecurityElement.Escape(Path.GetFileNameWithoutExtension(file)))
                .Append("\" HintPath=\"").Append(SecurityElement.Escape(file)).Append("\" />\n");
        }
        sb.Append("  </ItemGroup>\n</Project>\n");
        return sb.ToString();
    }

    /// <summary>Main runs the program assembly's own entry point (which starts the PyNet runtime).</summary>
    private static string MainSource(string assemblyName) =>
        "internal static class Program\n{\n" +
        "    private static int Main(string[] args) =>\n" +
        $"        (int)System.Reflection.Assembly.Load(\"{assemblyName}\").EntryPoint!.Invoke(null, new object[] {{ args }})!;\n" +
        "}\n";

    private static (int Code, string Log) RunPublish(string project, string publishDir)
    {
        var psi = new ProcessStartInfo(DotnetHost())
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var a in new[] { "publish", project, "-c", "Release", "-o", publishDir, "-nologo", "-v", "quiet" })
        {
            psi.ArgumentList.Add(a);
        }
        using var p = Process.Start(psi) ?? throw new IOException("dotnet publish did not start");
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        p.WaitForExit();
        return (p.ExitCode, stdout.Result + stderr.Result);
    }

    /// <summary>The dotnet host running pynet (it has the SDK pynet was built with), else dotnet on PATH.</summary>
    private static string DotnetHost()
    {
        var process = Environment.ProcessPath;
        return process != null && Path.GetFileNameWithoutExtension(process) == "dotnet" ? process : "dotnet";
    }
}
