using System;
using System.Collections.Generic;
using System.Globalization;
using PyNet.Runtime;

namespace PyNet.Cli;

/// <summary>What the command line asks for once the interpreter options are read.</summary>
internal enum ProgramKind
{
    /// <summary>No program: the REPL on a terminal, else the program read from stdin.</summary>
    None,
    File,
    Code,
    Module,
    Stdin,
    Help,
    Version,
}

/// <summary>
/// The interpreter options, parsed as CPython's getopt does ("bBc:dEhiIm:OPqRsSuvVW:X:?"): letters combine (-Bv),
/// -c/-m/-W/-X take the rest of the word or the next word, -c and -m end the option list, "-" is stdin, "--" ends the
/// options. Environment variables stand in for options unless -E or -I: PYTHONDONTWRITEBYTECODE, PYTHONVERBOSE,
/// PYTHONPYCACHEPREFIX, PYTHONUNBUFFERED, PYTHONINSPECT, PYTHONWARNINGS, PYTHONSAFEPATH, PYTHONNOUSERSITE.
/// <see cref="Apply"/> puts them into sys (flags, warnoptions, _xoptions, dont_write_bytecode, pycache_prefix).
/// </summary>
internal static class Options
{
    public static bool IgnoreEnvironment { get; private set; }

    /// <summary>-i: the REPL after the program (also PYTHONINSPECT).</summary>
    public static bool Inspect { get; private set; }

    /// <summary>-u: stdout and stderr written through at every write (also PYTHONUNBUFFERED).</summary>
    public static bool Unbuffered { get; private set; }

    /// <summary>-q: no banner in the REPL.</summary>
    public static bool Quiet { get; private set; }

    /// <summary>-P or -I: the script's folder (or the current folder) is not put first on sys.path.</summary>
    public static bool SafePath { get; private set; }

    /// <summary>-V once prints the version, twice (-VV) sys.version.</summary>
    public static int VersionLevel { get; private set; }

    private static bool s_dontWriteBytecode;
    private static bool s_isolated;
    private static bool s_noUserSite;
    private static bool s_noSite;
    private static int s_verbose;
    private static int s_optimize;
    private static int s_bytesWarning;
    private static int s_debug;
    private static readonly List<string> s_warnOptions = new();
    private static readonly List<string> s_xOptions = new();

    /// <summary>
    /// Reads the options at the start of <paramref name="args"/>. Returns the kind of program, with its text (file,
    /// code or module name) in <paramref name="target"/> and the index of the first program argument in
    /// <paramref name="next"/>; null (usage printed) after an error.
    /// </summary>
    public static ProgramKind? Parse(string[] args, out string? target, out int next)
    {
        target = null;
        next = args.Length;
        for (var i = 0; i < args.Length; i++)
        {
            var a = args[i];
            if (a == "-")
            {
                next = i + 1;
                return ProgramKind.Stdin;
            }
            if (a == "--")
            {
                next = i + 1;
                return next < args.Length ? TakeFile(args, next, out target, out next) : ProgramKind.None;
            }
            if (a.StartsWith("--", StringComparison.Ordinal))
            {
                switch (a)
                {
                    case "--help" or "--help-all" or "--help-env" or "--help-xoptions":
                        return ProgramKind.Help;
                    case "--version":
                        VersionLevel++;
                        continue;
                    default:
                        Usage.Fail($"unknown option {a}");
                        return null;
                }
            }
            if (a.Length < 2 || a[0] != '-')
            {
                if (VersionLevel > 0)
                {
                    return ProgramKind.Version;
                }
                return TakeFile(args, i, out target, out next);
            }
            for (var j = 1; j < a.Length; j++)
            {
                var letter = a[j];
                switch (letter)
                {
                    case 'c' or 'm' or 'W' or 'X':
                        var value = j + 1 < a.Length ? a[(j + 1)..] : i + 1 < args.Length ? args[++i] : null;
                        if (value == null)
                        {
                            Usage.Fail($"Argument expected for the -{letter} option");
                            return null;
                        }
                        if (letter is 'c' or 'm')
                        {
                            target = value;
                            next = i + 1;
                            return VersionLevel > 0 ? ProgramKind.Version : letter == 'c' ? ProgramKind.Code : ProgramKind.Module;
                        }
                        (letter == 'W' ? s_warnOptions : s_xOptions).Add(value);
                        j = a.Length;
                        break;
                    case 'h' or '?':
                        return ProgramKind.Help;
                    case 'V':
                        VersionLevel++;
                        break;
                    case 'B':
                        s_dontWriteBytecode = true;
                        break;
                    case 'E':
                        IgnoreEnvironment = true;
                        break;
                    case 'I':
                        s_isolated = true;
                        IgnoreEnvironment = true;
                        SafePath = true;
                        s_noUserSite = true;
                        break;
                    case 'P':
                        SafePath = true;
                        break;
                    case 'i':
                        Inspect = true;
                        break;
                    case 'q':
                        Quiet = true;
                        break;
                    case 's':
                        s_noUserSite = true;
                        break;
                    case 'S':
                        s_noSite = true;
                        break;
                    case 'u':
                        Unbuffered = true;
                        break;
                    case 'v':
                        s_verbose++;
                        break;
                    case 'O':
                        s_optimize++;
                        break;
                    case 'b':
                        s_bytesWarning++;
                        break;
                    case 'd':
                        s_debug++;
                        break;
                    case 'R':
                        break;
                    default:
                        Usage.Fail($"Unknown option: -{letter}");
                        return null;
                }
            }
        }
        return VersionLevel > 0 ? ProgramKind.Version : ProgramKind.None;
    }

    private static ProgramKind TakeFile(string[] args, int index, out string? target, out int next)
    {
        target = args[index];
        next = index + 1;
        return VersionLevel > 0 ? ProgramKind.Version : ProgramKind.File;
    }

    /// <summary>sys.pycache_prefix as the options and the environment set it: -X pycache_prefix=DIR, else PYTHONPYCACHEPREFIX.</summary>
    public static string? PycachePrefix()
    {
        string? prefix = IgnoreEnvironment ? null : Environment.GetEnvironmentVariable("PYTHONPYCACHEPREFIX");
        foreach (var x in s_xOptions)
        {
            if (x.StartsWith("pycache_prefix=", StringComparison.Ordinal))
            {
                prefix = x["pycache_prefix=".Length..];
            }
        }
        return string.IsNullOrEmpty(prefix) ? null : prefix;
    }

    /// <summary>Sets sys.flags, sys.warnoptions, sys._xoptions, sys.dont_write_bytecode and sys.pycache_prefix.</summary>
    public static void Apply(ProgramKind kind)
    {
        var verbose = s_verbose;
        var dontWrite = s_dontWriteBytecode;
        var warnOptions = new List<string>();
        if (!IgnoreEnvironment)
        {
            dontWrite |= IsSet("PYTHONDONTWRITEBYTECODE");
            verbose = Math.Max(verbose, Level("PYTHONVERBOSE"));
            Unbuffered |= IsSet("PYTHONUNBUFFERED");
            Inspect |= IsSet("PYTHONINSPECT");
            SafePath |= IsSet("PYTHONSAFEPATH");
            s_noUserSite |= IsSet("PYTHONNOUSERSITE");
            s_optimize = Math.Max(s_optimize, Level("PYTHONOPTIMIZE"));
            var warnings = Environment.GetEnvironmentVariable("PYTHONWARNINGS");
            if (!string.IsNullOrEmpty(warnings))
            {
                warnOptions.AddRange(warnings.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
            }
        }
        warnOptions.AddRange(s_warnOptions);
        if (s_bytesWarning > 0)
        {
            warnOptions.Add(s_bytesWarning > 1 ? "error::BytesWarning" : "default::BytesWarning");
        }
        var xoptions = new PyDict();
        var devMode = false;
        foreach (var x in s_xOptions)
        {
            var eq = x.IndexOf('=');
            var key = eq < 0 ? x : x[..eq];
            xoptions[new PyStr(key)] = eq < 0 ? true : new PyStr(x[(eq + 1)..]);
            devMode |= key == "dev";
        }
        if (devMode)
        {
            // -X dev shows every warning by default, as CPython's dev mode does.
            warnOptions.Insert(0, "default");
        }

        var flags = Sys.Flags;
        flags.Verbose = verbose;
        flags["dont_write_bytecode"] = dontWrite ? 1 : 0;
        flags["ignore_environment"] = IgnoreEnvironment ? 1 : 0;
        flags["inspect"] = Inspect ? 1 : 0;
        flags["interactive"] = Inspect || (kind == ProgramKind.None && !Console.IsInputRedirected) ? 1 : 0;
        flags["isolated"] = s_isolated ? 1 : 0;
        flags["no_user_site"] = s_noUserSite ? 1 : 0;
        flags["no_site"] = s_noSite ? 1 : 0;
        flags["quiet"] = Quiet ? 1 : 0;
        flags["optimize"] = s_optimize;
        flags["bytes_warning"] = s_bytesWarning;
        flags["debug"] = s_debug;
        flags["safe_path"] = SafePath ? 1 : 0;
        flags["dev_mode"] = devMode ? 1 : 0;
        Sys.DontWriteBytecode = dontWrite;
        Sys.PycachePrefix = PycachePrefix();
        var sys = Sys.Module.Dict;
        var warnList = new PyList();
        foreach (var w in warnOptions)
        {
            warnList.Append(new PyStr(w));
        }
        sys[PyStr.Intern("warnoptions")] = warnList;
        sys[PyStr.Intern("_xoptions")] = xoptions;
        if (!s_noSite)
        {
            PyQuitter.Install();
        }
        if (Unbuffered)
        {
            Sys.Stdout.WriteThrough = true;
            Sys.Stderr.WriteThrough = true;
        }
    }

    private static bool IsSet(string name) => !string.IsNullOrEmpty(Environment.GetEnvironmentVariable(name));

    /// <summary>A PYTHON* variable that counts: its integer value, or 1 for any other non-empty text.</summary>
    private static int Level(string name)
    {
        var v = Environment.GetEnvironmentVariable(name);
        if (string.IsNullOrEmpty(v))
        {
            return 0;
        }
        return int.TryParse(v, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n >= 0 ? n : 1;
    }
}
