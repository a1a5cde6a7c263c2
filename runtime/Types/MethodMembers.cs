namespace PyNet.Runtime;

/// <summary>The members of <c>method</c> (a bound Python function) and <c>builtin_function_or_method</c>.</summary>
public static class MethodMembers
{
    private static readonly PyStr s_name = PyStr.Intern("__name__");
    private static readonly PyStr s_qualName = PyStr.Intern("__qualname__");
    private static readonly PyStr s_doc = PyStr.Intern("__doc__");
    private static readonly PyStr s_module = PyStr.Intern("__module__");

    internal static void InitMethod(PyType t)
    {
        t.DefGetSet("__self__", self => ((PyBoundMethod)self).Self);
        t.DefGetSet("__func__", self => ((PyBoundMethod)self).Function);
        t.DefGetSet("__name__", self => PyProtocol.GetAttr(((PyBoundMethod)self).Function, s_name));
        t.DefGetSet("__qualname__", self => PyProtocol.GetAttr(((PyBoundMethod)self).Function, s_qualName));
        t.DefGetSet("__doc__", self => PyProtocol.GetAttr(((PyBoundMethod)self).Function, s_doc));
        t.DefGetSet("__module__", self => PyProtocol.GetAttr(((PyBoundMethod)self).Function, s_module));
        t.DefMethod("__repr__", self =>
        {
            var m = (PyBoundMethod)self!;
            var name = PyProtocol.TryGetAttr(m.Function, s_qualName, out var q) && q is PyStr qs ? qs.Value : "?";
            return new PyStr($"<bound method {name} of {PyProtocol.Repr(m.Self)}>");
        });
        t.DefMethod("__eq__", (a, b) => b is PyBoundMethod mb ? Same((PyBoundMethod)a!, mb) : PyNotImplemented.Instance);
        t.DefMethod("__ne__", (a, b) => b is PyBoundMethod mb ? !Same((PyBoundMethod)a!, mb) : PyNotImplemented.Instance);
        t.DefMethod("__hash__", self =>
        {
            var m = (PyBoundMethod)self!;
            return PyInt.Box(ObjectMembers.IdentityHash(m.Self ?? m) ^ PyProtocol.Hash(m.Function));
        });
    }

    internal static void InitBuiltin(PyType t)
    {
        t.DefGetSet("__self__", self => self is PyBoundMethod m ? m.Self : null);
        t.DefGetSet("__name__", self => new PyStr(Function(self).Name));
        t.DefGetSet("__qualname__", self => Function(self) is var f && f.Owner != null ? new PyStr(f.Owner.Name + "." + f.Name) : new PyStr(f.Name));
        t.DefGetSet("__doc__", self => Function(self).Doc is { } doc ? new PyStr(doc) : null);
        t.DefGetSet("__module__", self => null);
        t.DefGetSet("__text_signature__", self => null);
        t.DefMethod("__repr__", self => self is PyBoundMethod m
            ? new PyStr($"<built-in method {Function(m).Name} of {PyErrors.TypeName(m.Self)} object at 0x{ObjectMembers.IdentityHash(m.Self ?? m) << 4:x12}>")
            : new PyStr($"<built-in function {Function(self).Name}>"));
        t.DefMethod("__eq__", (a, b) => a is PyBoundMethod ma && b is PyBoundMethod mb ? Same(ma, mb) : ReferenceEquals(a, b));
        t.DefMethod("__hash__", self => PyInt.Box(self is PyBoundMethod m ? ObjectMembers.IdentityHash(m.Self ?? m) ^ ObjectMembers.IdentityHash(m.Function!) : ObjectMembers.IdentityHash(self!)));
    }

    private static PyBuiltinFunction Function(object? self) => self is PyBoundMethod m ? (PyBuiltinFunction)m.Function! : (PyBuiltinFunction)self!;

    private static bool Same(PyBoundMethod a, PyBoundMethod b) => ReferenceEquals(a.Self, b.Self) && PyProtocol.Eq(a.Function, b.Function);
}
