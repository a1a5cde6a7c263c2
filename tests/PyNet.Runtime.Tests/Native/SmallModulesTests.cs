using Xunit;
using static PyNet.Runtime.Tests.Py;

namespace PyNet.Runtime.Tests.Native;

/// <summary>_string, errno, _thread, _weakref and _abc.</summary>
public class SmallModulesTests
{
    private static object? F(PyModule m, string name) => m.Dict[PyStr.Intern(name)];

    [Fact]
    public void FormatterParserSplitsLikeStrFormat()
    {
        var m = StringModule.Create();
        var ours = Repr(PyList.FromArray(global::PyNet.Runtime.Builtins.ToArray(Call(F(m, "formatter_parser"), S("a{0!r:>{w}}b{{c}}d{x.y[0]}")))));
        var split = (PyTuple)Call(F(m, "formatter_field_name_split"), S("a.b[0][k]"))!;
        var expected = PythonOracle.Run("""
            import _string
            print(list(_string.formatter_parser("a{0!r:>{w}}b{{c}}d{x.y[0]}")))
            f, rest = _string.formatter_field_name_split("a.b[0][k]")
            print(f, list(rest))
            """);
        Assert.Equal(expected, ours + "\n" + Str(split[0]) + " " + Repr(PyList.FromArray(global::PyNet.Runtime.Builtins.ToArray(split[1]))) + "\n");
        Assert.Equal("Single '}' encountered in format string", Raises("ValueError", () => global::PyNet.Runtime.Builtins.ToArray(Call(F(m, "formatter_parser"), S("a}")))));
        Assert.Equal("expected '}' before end of string", Raises("ValueError", () => global::PyNet.Runtime.Builtins.ToArray(Call(F(m, "formatter_parser"), S("{a")))));
    }

    [Fact]
    public void ErrnoMatchesCPython()
    {
        var m = ErrnoModule.Create();
        var expected = PythonOracle.Run("import errno; print(errno.ENOENT, errno.errorcode[11], errno.EWOULDBLOCK, len(errno.errorcode))");
        Assert.Equal(expected, $"{Repr(F(m, "ENOENT"))} {Str(PyProtocol.GetItem(F(m, "errorcode"), 11L))} {Repr(F(m, "EWOULDBLOCK"))} {Repr(Call(B("len"), F(m, "errorcode")))}\n");
    }

    [Fact]
    public void LocksAndReentrantLocks()
    {
        var m = ThreadModule.Create();
        var lk = Call(F(m, "allocate_lock"));
        Assert.Equal(true, M(lk, "acquire"));
        Assert.Equal(false, M(lk, "acquire", false));
        M(lk, "release");
        Assert.Equal("release unlocked lock", Raises("RuntimeError", () => M(lk, "release")));
        var rl = Call(F(m, "RLock"));
        Assert.Equal(true, M(rl, "acquire"));
        Assert.Equal(true, M(rl, "acquire"));
        M(rl, "release");
        M(rl, "release");
        Assert.Equal("cannot release un-acquired lock", Raises("RuntimeError", () => M(rl, "release")));
    }

    [Fact]
    public void WeakReferencesCompareByReferent()
    {
        var m = WeakrefModule.Create();
        var cls = Call(B("type"), S("C"), T(), new PyDict());
        var instance = Call(cls);
        var r1 = Call(F(m, "ref"), instance);
        var r2 = Call(F(m, "ref"), instance);
        Assert.Same(instance, Call(r1));
        Assert.True(PyProtocol.Eq(r1, r2));
        Assert.Equal(PyProtocol.Hash(instance), PyProtocol.Hash(r1));
        Assert.Equal("cannot create weak reference to 'int' object", Raises("TypeError", () => Call(F(m, "ref"), 1L)));
    }
}
