using Xunit;
using static PyNet.Runtime.Tests.Py;

namespace PyNet.Runtime.Tests.ObjectModel;

/// <summary>Bound methods, builtin function reprs, generic aliases and unions.</summary>
public class MethodAndAliasTests
{
    [Fact]
    public void BuiltinFunctionsAndMethodsShowAsInCPython()
    {
        Assert.Equal("<built-in function len>", Repr(B("len")));
        Assert.Equal("<method 'append' of 'list' objects>", Repr(PyProtocol.GetAttr(PyType.ListType, PyStr.Intern("append"))));
        var bound = PyProtocol.GetAttr(L(), PyStr.Intern("append"));
        Assert.StartsWith("<built-in method append of list object at 0x", Repr(bound));
        Assert.Equal("append", Str(PyProtocol.GetAttr(bound, PyStr.Intern("__name__"))));
        Assert.Equal("list.append", Str(PyProtocol.GetAttr(bound, PyStr.Intern("__qualname__"))));
        Assert.Equal("Ellipsis", Repr(PyEllipsis.Instance));
        Assert.Equal("NotImplemented", Repr(PyNotImplemented.Instance));
    }

    [Fact]
    public void BoundMethodsCompareBySelfIdentityAndFunction()
    {
        var list = L();
        var a = PyProtocol.GetAttr(list, PyStr.Intern("append"));
        var b = PyProtocol.GetAttr(list, PyStr.Intern("append"));
        Assert.NotSame(a, b);
        Assert.True(PyProtocol.Eq(a, b));
        Assert.Equal(PyProtocol.Hash(a), PyProtocol.Hash(b));
        Assert.False(PyProtocol.Eq(a, PyProtocol.GetAttr(L(), PyStr.Intern("append"))));
    }

    [Fact]
    public void SubscriptingBuiltinGenericsMakesGenericAliases()
    {
        var alias = PyProtocol.GetItem(PyType.DictType, T(PyType.StrType, PyProtocol.GetItem(PyType.ListType, PyType.IntType)));
        Assert.Equal("dict[str, list[int]]", Repr(alias));
        Assert.Equal("GenericAlias", PyType.Of(alias).Name);
        Assert.Same(PyType.DictType, PyProtocol.GetAttr(alias, PyStr.Intern("__origin__")));
        Assert.Equal("tuple[int, ...]", Repr(PyProtocol.GetItem(PyType.TupleType, T(PyType.IntType, PyEllipsis.Instance))));
        Assert.Equal("isinstance() argument 2 cannot be a parameterized generic",
            Raises("TypeError", () => global::PyNet.Runtime.Builtins.IsInstance(L(), PyProtocol.GetItem(PyType.ListType, PyType.IntType))));
    }

    [Fact]
    public void TypeUnionFlattensDeduplicatesAndChecksEachArgument()
    {
        var union = PyProtocol.BinaryOp(PyProtocol.BinaryOp(PyType.IntType, PyType.StrType, BinaryOperator.BitOr), null, BinaryOperator.BitOr);
        Assert.Equal("int | str | None", Repr(union));
        Assert.True(global::PyNet.Runtime.Builtins.IsInstance(null, union));
        Assert.True(global::PyNet.Runtime.Builtins.IsInstance(S("x"), union));
        Assert.False(global::PyNet.Runtime.Builtins.IsInstance(1.5, union));
        Assert.True(global::PyNet.Runtime.Builtins.IsSubclass(PyType.BoolType, union));
        Assert.Same(PyType.IntType, PyProtocol.BinaryOp(PyType.IntType, PyType.IntType, BinaryOperator.BitOr));
        Assert.Equal("unsupported operand type(s) for |: 'type' and 'int'",
            Raises("TypeError", () => PyProtocol.BinaryOp(PyType.IntType, 3L, BinaryOperator.BitOr)));
    }

    [Fact]
    public void SequenceRepetitionAcceptsIndexAndNamesTheBadOperand()
    {
        Assert.Equal("can't multiply sequence by non-int of type 'float'",
            Raises("TypeError", () => PyProtocol.BinaryOp(L(1L), 2.0, BinaryOperator.Mult)));
        Assert.Equal("can only concatenate str (not \"int\") to str",
            Raises("TypeError", () => PyProtocol.BinaryOp(S("a"), 1L, BinaryOperator.Add)));
        Assert.Equal("can't concat int to bytes",
            Raises("TypeError", () => PyProtocol.BinaryOp(new PyBytes(new byte[] { 1 }), 1L, BinaryOperator.Add)));
    }

    [Fact]
    public void IntMethodsLeaveFloatOperandsToTheFloat()
    {
        Assert.Same(PyNotImplemented.Instance, M(7L, "__add__", 1.5));
        Assert.Equal(8.5, M(1.5, "__radd__", 7L));
    }
}
