using System.Globalization;

namespace PyNet.Runtime;

/// <summary>
/// The <c>_sre</c> module under <c>re</c>. re._parser and re._compiler run as in CPython (so errors and flags are
/// CPython's), but <c>_sre.compile</c> ignores the SRE code and hands the pattern text, rewritten by
/// <see cref="SreTranslator"/>, to .NET's backtracking regex engine (see docs/design.md, "Regular expressions").
/// </summary>
public static class SreModule
{
    public const int Magic = 20220615;

    public static PyModule Create()
    {
        var d = new PyDict();
        var m = new PyModule("_sre", d);
        d[PyStr.Intern("MAGIC")] = PyInt.Box(Magic);
        d[PyStr.Intern("CODESIZE")] = PyInt.Box(4);
        d[PyStr.Intern("MAXREPEAT")] = PyInt.Box(4294967295L);
        d[PyStr.Intern("MAXGROUPS")] = PyInt.Box(1073741823L);
        NativeTypes.Def(d, PyBuiltinFunction.Create("getcodesize", () => PyInt.Box(4)));
        NativeTypes.Def(d, PyBuiltinFunction.Create("ascii_iscased", ch => IsAsciiLetter(PyProtocol.Index(ch))));
        NativeTypes.Def(d, PyBuiltinFunction.Create("unicode_iscased", ch => IsCased((int)PyProtocol.Index(ch))));
        NativeTypes.Def(d, PyBuiltinFunction.Create("ascii_tolower", ch =>
        {
            var c = PyProtocol.Index(ch);
            return PyInt.Box(c is >= 'A' and <= 'Z' ? c + 32 : c);
        }));
        NativeTypes.Def(d, PyBuiltinFunction.Create("unicode_tolower", ch => PyInt.Box(Lower((int)PyProtocol.Index(ch)))));
        NativeTypes.Def(d, new PyBuiltinFunction("compile", (args, kw) =>
        {
            Builtins.NoKeywords("compile", kw);
            if (args.Length != 6)
            {
                throw new PyException(PyErrors.ArgumentCountRange("compile", 6, 6, args.Length));
            }
            return new PySrePattern(args[0], (int)PyProtocol.Index(args[1]), (int)PyProtocol.Index(args[3]), args[4] as PyDict ?? new PyDict(), args[5]);
        }));
        return m;
    }

    private static bool IsAsciiLetter(long c) => c is >= 'a' and <= 'z' or >= 'A' and <= 'Z';

    private static int Lower(int cp) => cp > 0x10FFFF || cp is >= 0xD800 and <= 0xDFFF ? cp : char.ConvertToUtf32(char.ConvertFromUtf32(cp).ToLowerInvariant(), 0);

    private static int Upper(int cp) => cp > 0x10FFFF || cp is >= 0xD800 and <= 0xDFFF ? cp : char.ConvertToUtf32(char.ConvertFromUtf32(cp).ToUpperInvariant(), 0);

    private static bool IsCased(int cp) => Lower(cp) != cp || Upper(cp) != cp;

    internal static string FlagsRepr(int flags, bool bytes)
    {
        if (!bytes)
        {
            flags &= ~32;
        }
        var names = new[] { (1, "re.TEMPLATE"), (2, "re.IGNORECASE"), (4, "re.LOCALE"), (8, "re.MULTILINE"), (16, "re.DOTALL"), (32, "re.UNICODE"), (64, "re.VERBOSE"), (128, "re.DEBUG"), (256, "re.ASCII") };
        var parts = new System.Collections.Generic.List<string>();
        foreach (var (bit, name) in names)
        {
            if ((flags & bit) != 0)
            {
                parts.Add(name);
                flags &= ~bit;
            }
        }
        if (flags != 0)
        {
            parts.Add("0x" + flags.ToString("x", CultureInfo.InvariantCulture));
        }
        return string.Join("|", parts);
    }
}
