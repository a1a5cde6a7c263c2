using System;
using System.Globalization;
using PyNet.Runtime;

namespace PyNet.Cli;

/// <summary>
/// The interpreter options that come before the program (-B, -v, -E, -X pycache_prefix=PATH, and CPython's
/// harmless -u -s -S -q), with the environment variables they stand for: PYTHONDONTWRITEBYTECODE, PYTHONVERBOSE,
/// PYTHONPYCACHEPREFIX. <see cref="Apply"/> puts them into sys (flags, dont_write_bytecode, pycache_prefix).
/// </summary>
internal static class Options
{
    public static bool IgnoreEnvironment { get; private set; }

    private static bool s_dontWriteBytecode;
    private static int s_verbose;
    private static string? s_pycachePrefix;

    /// <summary>Consumes the options at the start of <paramref name="args"/>; returns the index of the first other argument, or -1 after an error.</summary>
    public static int Parse(string[] args)
    {
        var i = 0;
        for (; i < args.Length; i++)
        {
            var a = args[i];
            if (a.Length < 2 || a[0] != '-' || a[1] == '-' || a is "-c" or "-m" or "-V" or "-h" or "-?")
            {
                break;
            }
            for (var j = 1; j < a.Length; j++)
            {
                switch (a[j])
                {
                    case 'B':
                        s_dontWriteBytecode = true;
                        break;
                    case 'v':
                        s_verbose++;
                        break;
                    case 'E':
                        IgnoreEnvironment = true;
                        break;
                    case 'u' or 's' or 'S' or 'q' or 'I':
                        break;
                    case 'X':
                        var option = j + 1 < a.Length ? a[(j + 1)..] : i + 1 < args.Length ? args[++i] : null;
                        if (option == null)
                        {
                            Usage.Fail("Argument expected for the -X option");
                            return -1;
                        }
                        if (option.StartsWith("pycache_prefix=", StringComparison.Ordinal))
                        {
                            s_pycachePrefix = option["pycache_prefix=".Length..];
                        }
                        j = a.Length;
                        break;
                    default:
                        Usage.Fail($"unknown option -{a[j]}");
                        return -1;
                }
            }
        }
        return i;
    }

    /// <summary>Sets sys.flags, sys.dont_write_bytecode and sys.pycache_prefix from the options and the environment.</summary>
    public static void Apply()
    {
        var verbose = s_verbose;
        var dontWrite = s_dontWriteBytecode;
        var prefix = s_pycachePrefix;
        if (!IgnoreEnvironment)
        {
            dontWrite |= !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("PYTHONDONTWRITEBYTECODE"));
            var v = Environment.GetEnvironmentVariable("PYTHONVERBOSE");
            if (!string.IsNullOrEmpty(v))
            {
                verbose = Math.Max(verbose, int.TryParse(v, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : 1);
            }
            var p = Environment.GetEnvironmentVariable("PYTHONPYCACHEPREFIX");
            if (prefix == null && !string.IsNullOrEmpty(p))
            {
                prefix = p;
            }
        }
        Sys.Flags.Verbose = verbose;
        Sys.Flags["dont_write_bytecode"] = dontWrite ? 1 : 0;
        Sys.Flags["ignore_environment"] = IgnoreEnvironment ? 1 : 0;
        Sys.DontWriteBytecode = dontWrite;
        Sys.PycachePrefix = prefix;
    }
}
