namespace PyNet.Runtime;

/// <summary>
/// <c>types.MappingProxyType</c>: a read-only view of a mapping, what <c>cls.__dict__</c> returns so that class
/// attributes change only through setattr (which keeps the type's lookup cache valid).
/// </summary>
public sealed class PyMappingProxy : PyObject
{
    public static readonly PyType MappingProxyType = new("mappingproxy", PyType.ObjectType, Init, isBaseType: false);

    public PyMappingProxy(object mapping)
    {
        Mapping = mapping;
    }

    public object Mapping { get; }

    public override PyType Type => MappingProxyType;

    private static object Of(object? self) => ((PyMappingProxy)self!).Mapping;

    private static object? CallOn(object? self, string method, params object?[] args) =>
        PyCall.Call(PyProtocol.GetAttr(Of(self), PyStr.Intern(method)), args, null);

    private static void Init(PyType t)
    {
        t.DefStatic("__new__", (args, kw) =>
        {
            if (args.Length != 2)
            {
                throw new PyException(PyErrors.TakesExactlyArguments("mappingproxy", 1, args.Length - 1));
            }
            var mapping = args[1];
            if (mapping is PyList or PyTuple || !PyProtocol.TryGetAttr(mapping, PyStr.Intern("keys"), out _) || !PyProtocol.TryGetAttr(mapping, PyProtocol.GetItemName, out _))
            {
                throw new PyException(PyErrors.MappingProxyArgument(mapping));
            }
            return new PyMappingProxy(mapping!);
        });
        t.DefMethod("__getitem__", (self, key) => PyProtocol.GetItem(Of(self), key));
        t.DefMethod("__contains__", (self, key) => PyProtocol.Contains(Of(self), key));
        t.DefMethod("__len__", self => PyInt.Box(PyProtocol.Len(Of(self))));
        t.DefMethod("__iter__", self => PyProtocol.Iter(Of(self)));
        t.DefMethod("__repr__", self => new PyStr("mappingproxy(" + PyProtocol.Repr(Of(self)) + ")"));
        t.DefMethod("__str__", self => PyProtocol.Str(Of(self)));
        t.DefMethod("__eq__", (self, other) => PyProtocol.RichCompare(Of(self), other is PyMappingProxy p ? p.Mapping : other, CompareOperator.Eq));
        t.DefMethod("__or__", (self, other) => PyProtocol.BinaryOpOrNotImplemented(Of(self), other is PyMappingProxy p ? p.Mapping : other, BinaryOperator.BitOr));
        t.DefMethod("__ror__", (self, other) => PyProtocol.BinaryOpOrNotImplemented(other, Of(self), BinaryOperator.BitOr));
        t.DefMethodVar("get", (args, kw) => CallOn(args[0], "get", args[1..]));
        t.DefMethod("keys", self => CallOn(self, "keys"));
        t.DefMethod("values", self => CallOn(self, "values"));
        t.DefMethod("items", self => CallOn(self, "items"));
        t.DefMethod("copy", self => CallOn(self, "copy"));
        t.DefMethod("__reversed__", self => CallOn(self, "__reversed__"));
        t.DefValue("__hash__", null);
    }
}
