namespace PyNet.Runtime;

/// <summary><c>collections.defaultdict</c>: a dict whose missing keys get <c>default_factory()</c>.</summary>
public sealed class PyDefaultDict : PyDict, IHasDict
{
    public static readonly PyType DefaultDictType = new("defaultdict", PyType.DictType, Init, "collections");

    private readonly PyType _type;

    public PyDefaultDict(PyType type, object? factory)
    {
        _type = type;
        Factory = factory;
    }

    public override PyType Type => _type;

    public object? Factory { get; set; }

    public PyDict? InstanceDict { get; set; }

    public PyDict GetOrCreateDict() => InstanceDict ??= new PyDict();

    private object? Missing(object? key)
    {
        if (Factory == null)
        {
            throw new PyException(PyErrors.KeyError(key));
        }
        var value = PyCall.Call(Factory);
        PyProtocol.SetItem(this, key, value);
        return value;
    }

    private PyDefaultDict CopyDefault()
    {
        var copy = new PyDefaultDict(_type, Factory);
        DictMembers.Update(copy, this);
        return copy;
    }

    private static void Init(PyType t)
    {
        t.InstanceFactory = static type => new PyDefaultDict(type, null);
        t.DefStatic("__new__", (args, kw) => new PyDefaultDict((PyType)args[0]!, null));
        t.DefMethodVar("__init__", (args, kw) =>
        {
            var self = (PyDefaultDict)args[0]!;
            var nPos = args.Length - (kw?.Length ?? 0);
            var rest = args;
            if (nPos > 1)
            {
                var factory = args[1];
                if (factory != null && !Builtins.IsCallable(factory))
                {
                    throw new PyException(PyErrors.DefaultFactoryNotCallable());
                }
                self.Factory = factory;
                rest = new object?[args.Length - 1];
                rest[0] = self;
                System.Array.Copy(args, 2, rest, 1, args.Length - 2);
            }
            DictMembers.UpdateWithArguments(self, rest, kw, "defaultdict");
            return null;
        });
        t.DefMethod("__missing__", (self, key) => ((PyDefaultDict)self!).Missing(key));
        t.DefGetSet("default_factory", self => ((PyDefaultDict)self).Factory, (self, v) => ((PyDefaultDict)self).Factory = v);
        t.DefMethod("copy", self => ((PyDefaultDict)self!).CopyDefault());
        t.DefMethod("__copy__", self => ((PyDefaultDict)self!).CopyDefault());
        t.DefMethod("__repr__", self =>
        {
            var d = (PyDefaultDict)self!;
            var factory = d.Factory == null ? "None" : PyProtocol.ReprGuarded(d.Factory, "...", () => PyProtocol.Repr(d.Factory));
            return new PyStr($"{d.Type.Name}({factory}, {DictMembers.Repr(d)})");
        });
        t.DefMethod("__reduce__", self =>
        {
            var d = (PyDefaultDict)self!;
            var args = d.Factory == null ? PyTuple.Empty : PyTuple.Create(d.Factory);
            return PyTuple.Create(new object?[] { d.Type, args, null, null, new PyDictIterator(d, PyDictIterator.Kind.Items) });
        });
        t.DefMethod("__or__", (a, b) =>
        {
            if (a is not PyDefaultDict da || b is not PyDict)
            {
                return PyNotImplemented.Instance;
            }
            var merged = da.CopyDefault();
            DictMembers.Update(merged, b);
            return merged;
        });
        t.DefMethod("__ror__", (a, b) =>
        {
            if (a is not PyDefaultDict da || b is not PyDict db)
            {
                return PyNotImplemented.Instance;
            }
            var merged = new PyDefaultDict(da._type, da.Factory);
            DictMembers.Update(merged, db);
            DictMembers.Update(merged, da);
            return merged;
        });
        PyGenericAlias.DefClassGetItem(t);
    }
}
