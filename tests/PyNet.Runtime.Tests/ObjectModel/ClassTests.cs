using Xunit;
using static PyNet.Runtime.Tests.Py;

namespace PyNet.Runtime.Tests.ObjectModel;

/// <summary>Classes made as type(name, bases, ns) does: slots, __class__ assignment, hashing, attribute hooks.</summary>
public class ClassTests
{
    private static PyType Class(string name, PyType[] bases, params (string Name, object? Value)[] members)
    {
        var ns = new PyDict();
        ns[PyStr.Intern("__module__")] = PyStr.Intern("__main__");
        foreach (var (n, v) in members)
        {
            ns[PyStr.Intern(n)] = v;
        }
        return (PyType)Call(PyType.TypeType, S(name), PyTuple.Create(System.Array.ConvertAll(bases, b => (object?)b)), ns)!;
    }

    private static PyType Class(string name, params (string Name, object? Value)[] members) => Class(name, System.Array.Empty<PyType>(), members);

    [Fact]
    public void SlotsGiveMemberDescriptorsAndNoDict()
    {
        var p = Class("P", ("__slots__", T(S("x"), S("y"))));
        var obj = Call(p);
        PyProtocol.SetAttr(obj, PyStr.Intern("x"), 1L);
        Assert.Equal(1L, PyProtocol.GetAttr(obj, PyStr.Intern("x")));
        Assert.Equal("member_descriptor", PyType.Of(PyProtocol.GetAttr(p, PyStr.Intern("x"))).Name);
        Assert.Equal("'P' object has no attribute 'z'", Raises("AttributeError", () => PyProtocol.SetAttr(obj, PyStr.Intern("z"), 1L)));
        Assert.Equal("'P' object has no attribute 'y'", Raises("AttributeError", () => PyProtocol.GetAttr(obj, PyStr.Intern("y"))));
        Assert.False(PyProtocol.TryGetAttr(obj, PyStr.Intern("__dict__"), out _));
    }

    [Fact]
    public void SubclassWithoutSlotsGetsADictAndKeepsParentSlots()
    {
        var p = Class("P", ("__slots__", T(S("x"))));
        var child = Class("C", new[] { p });
        var obj = Call(child);
        PyProtocol.SetAttr(obj, PyStr.Intern("x"), 1L);
        PyProtocol.SetAttr(obj, PyStr.Intern("extra"), 2L);
        Assert.Equal("{'extra': 2}", Repr(PyProtocol.GetAttr(obj, PyStr.Intern("__dict__"))));
    }

    [Fact]
    public void SlotConflictingWithClassVariableIsRejected()
    {
        Assert.Equal("'x' in __slots__ conflicts with class variable",
            Raises("ValueError", () => Class("Bad", ("__slots__", T(S("x"))), ("x", 1L))));
    }

    [Fact]
    public void ClassAssignmentNeedsTheSameLayout()
    {
        var a = Class("A");
        var b = Class("B");
        var slotted = Class("S", ("__slots__", T(S("v"))));
        var obj = Call(a);
        PyProtocol.SetAttr(obj, PyStr.Intern("__class__"), b);
        Assert.Same(b, PyType.Of(obj));
        Assert.Equal("__class__ assignment: 'S' object layout differs from 'B'",
            Raises("TypeError", () => PyProtocol.SetAttr(obj, PyStr.Intern("__class__"), slotted)));
        Assert.Equal("__class__ assignment only supported for mutable types or ModuleType subclasses",
            Raises("TypeError", () => PyProtocol.SetAttr(Call(a), PyStr.Intern("__class__"), PyType.IntType)));
    }

    [Fact]
    public void EqWithoutHashMakesInstancesUnhashable()
    {
        var eqOnly = Class("EqOnly", ("__eq__", PyBuiltinFunction.Create("__eq__", (x, y) => true, true)));
        Assert.Equal("unhashable type: 'EqOnly'", Raises("TypeError", () => PyProtocol.Hash(Call(eqOnly))));
    }

    [Fact]
    public void ObjectInstancesHaveNoDict()
    {
        var o = Call(PyType.ObjectType);
        Assert.Equal("'object' object has no attribute 'attr'", Raises("AttributeError", () => PyProtocol.SetAttr(o, PyStr.Intern("attr"), 1L)));
    }

    [Fact]
    public void TypeDictIsAReadOnlyMappingProxy()
    {
        var a = Class("A", ("x", 1L));
        var proxy = PyProtocol.GetAttr(a, PyStr.Intern("__dict__"));
        Assert.Equal("mappingproxy", PyType.Of(proxy).Name);
        Assert.Equal(1L, PyProtocol.GetItem(proxy, S("x")));
        Assert.Equal("'mappingproxy' object does not support item assignment", Raises("TypeError", () => PyProtocol.SetItem(proxy, S("y"), 2L)));
    }

    [Fact]
    public void InconsistentMroMessageSpansTwoLinesAsInCPython()
    {
        var x = Class("X");
        var y = Class("Y", new[] { x });
        Assert.Equal("Cannot create a consistent method resolution\norder (MRO) for bases X, Y",
            Raises("TypeError", () => Class("Z", new[] { x, y })));
    }
}
