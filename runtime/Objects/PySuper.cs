namespace PyNet.Runtime;

/// <summary>
/// <c>super(type, obj)</c>: attribute lookup that starts after <see cref="ThisType"/> in the MRO of obj's type (or of
/// obj itself when it is a class), binding what it finds to obj. The compiler passes both arguments for the
/// zero-argument form.
/// </summary>
public sealed class PySuper : PyObject
{
    public static readonly PyType SuperType = new("super", PyType.ObjectType, Init);

    public PySuper(PyType thisType, object? obj)
    {
        ThisType = thisType;
        Obj = obj;
        ObjType = obj is PyType t && t.IsSubtypeOf(thisType) ? t : PyType.Of(obj);
        if (!ObjType.IsSubtypeOf(thisType))
        {
            throw new PyException(PyErrors.TypeError("super(type, obj): obj must be an instance or subtype of type"));
        }
    }

    public PyType ThisType { get; }

    public object? Obj { get; }

    /// <summary>The class whose MRO is searched.</summary>
    public PyType ObjType { get; }

    public override PyType Type => SuperType;

    public bool TryGetAttr(PyStr name, out object? value)
    {
        if (name.Value != "__class__")
        {
            var mro = ObjType.Mro;
            var i = System.Array.IndexOf(mro, ThisType) + 1;
            for (; i > 0 && i < mro.Length; i++)
            {
                if (mro[i].Dict.TryGetValue(name, out var found))
                {
                    var isInstance = !ReferenceEquals(Obj, ObjType);
                    value = found is PyClassMethod cm
                        ? new PyBoundMethod(cm.Function, ObjType)
                        : PyProtocol.DescriptorGet(found, isInstance ? Obj : null, ObjType, isInstance);
                    return true;
                }
            }
        }
        return PyProtocol.GenericGetAttr(this, SuperType, name, out value);
    }

    private static void Init(PyType t)
    {
        t.DefStatic("__new__", (args, kw) =>
        {
            if (args.Length != 3 || args[1] is not PyType thisType)
            {
                throw new PyException(args.Length < 3
                    ? PyErrors.RuntimeError("super(): no arguments")
                    : PyErrors.TypeError($"super() argument 1 must be a type, not {PyErrors.TypeName(args[1])}"));
            }
            return new PySuper(thisType, args[2]);
        });
        t.DefMethod("__repr__", self =>
        {
            var s = (PySuper)self!;
            return new PyStr($"<super: <class '{s.ThisType.Name}'>, <{s.ObjType.Name} object>>");
        });
        t.DefGetSet("__thisclass__", self => ((PySuper)self).ThisType);
        t.DefGetSet("__self__", self => ((PySuper)self).Obj);
        t.DefGetSet("__self_class__", self => ((PySuper)self).ObjType);
    }
}
