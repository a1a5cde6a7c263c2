using Xunit;
using static PyNet.Runtime.Tests.Py;

namespace PyNet.Runtime.Tests.ObjectModel;

/// <summary>OSError's errno mapping and ExceptionGroup construction and splitting.</summary>
public class ExceptionModelTests
{
    private static object? Exc(PyType t, params object?[] args) => Call(t, args);

    [Fact]
    public void OSErrorWithAKnownErrnoBecomesTheSubclass()
    {
        var e = Exc(PyExc.OSError, 2L, S("No such file or directory"), S("x"));
        Assert.Same(PyExc.FileNotFoundError, PyType.Of(e));
        Assert.Equal("[Errno 2] No such file or directory: 'x'", Str(e));
        Assert.Equal("FileNotFoundError(2, 'No such file or directory')", Repr(e));
        Assert.Equal("x", Str(PyProtocol.GetAttr(e, PyStr.Intern("filename"))));
        Assert.Null(PyProtocol.GetAttr(Exc(PyExc.OSError, S("plain")), PyStr.Intern("errno")));
        Assert.Same(PyExc.PermissionError, PyErrors.OSErrorFromErrno(13, "Permission denied").Type);
    }

    [Fact]
    public void ExceptionGroupConstructionRules()
    {
        Assert.Same(PyExc.ExceptionGroup, PyType.Of(Exc(PyExc.BaseExceptionGroup, S("m"), L(Exc(PyExc.ValueError)))));
        Assert.Same(PyExc.BaseExceptionGroup, PyType.Of(Exc(PyExc.BaseExceptionGroup, S("m"), L(Exc(PyExc.KeyboardInterrupt)))));
        Assert.Equal("second argument (exceptions) must be a non-empty sequence", Raises("ValueError", () => Exc(PyExc.ExceptionGroup, S("m"), L())));
        Assert.Equal("Cannot nest BaseExceptions in an ExceptionGroup", Raises("TypeError", () => Exc(PyExc.ExceptionGroup, S("m"), L(Exc(PyExc.KeyboardInterrupt)))));
        Assert.Equal("Item 0 of second argument (exceptions) is not an exception", Raises("ValueError", () => Exc(PyExc.ExceptionGroup, S("m"), L(1L))));
    }

    [Fact]
    public void SplitKeepsTheNestingOfMatchedAndRemainingLeaves()
    {
        var inner = Exc(PyExc.ExceptionGroup, S("inner"), L(Exc(PyExc.TypeError, S("b")), Exc(PyExc.ValueError, S("c"))));
        var outer = Exc(PyExc.ExceptionGroup, S("outer"), L(Exc(PyExc.ValueError, S("a")), inner));
        var split = (PyTuple)M(outer, "split", PyExc.ValueError)!;
        Assert.Equal("ExceptionGroup('outer', [ValueError('a'), ExceptionGroup('inner', [ValueError('c')])])", Repr(split[0]));
        Assert.Equal("ExceptionGroup('outer', [ExceptionGroup('inner', [TypeError('b')])])", Repr(split[1]));
        Assert.Equal("outer (2 sub-exceptions)", Str(outer));
        Assert.Null(M(outer, "subgroup", PyExc.OSError));
        Assert.Same(outer, M(outer, "subgroup", PyExc.Exception));
    }
}
