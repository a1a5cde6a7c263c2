namespace PyNet.Runtime;

/// <summary>
/// A slot of a class with <c>__slots__</c> (CPython's member_descriptor): a data descriptor reading and writing one
/// entry of the instance's slot array.
/// </summary>
public sealed class PyMemberDescriptor : PyObject
{
    public static readonly PyType MemberDescriptorType = new("member_descriptor", PyType.ObjectType, Init, isBaseType: false);

    public PyMemberDescriptor(string name, PyType owner, int index)
    {
        Name = name;
        Owner = owner;
        Index = index;
    }

    public string Name { get; }

    public PyType Owner { get; }

    /// <summary>The position in <see cref="PyInstance.Slots"/>.</summary>
    public int Index { get; }

    public override PyType Type => MemberDescriptorType;

    public object? Get(object? instance)
    {
        CheckInstance(instance);
        object? v;
        if (instance is PyInstance { Slots: { } slots })
        {
            v = slots[Index];
        }
        else if (instance is not IHasDict { InstanceDict: { } dict } || !dict.TryGetValue(PyStr.Intern(Name), out v))
        {
            v = PyOps.Unbound;
        }
        return ReferenceEquals(v, PyOps.Unbound) ? throw new PyException(PyErrors.NoAttribute(instance, Name)) : v;
    }

    public void Set(object? instance, object? value, bool delete)
    {
        CheckInstance(instance);
        if (instance is PyInstance { Slots: { } slots })
        {
            if (delete && ReferenceEquals(slots[Index], PyOps.Unbound))
            {
                throw new PyException(PyErrors.NoAttribute(instance, Name));
            }
            slots[Index] = delete ? PyOps.Unbound : value;
            return;
        }
        // Instances of other builtin layouts (exceptions, ...) keep their slot values in the instance dictionary.
        var dict = ((IHasDict)instance!).GetOrCreateDict();
        if (delete)
        {
            if (!dict.Remove(PyStr.Intern(Name)))
            {
                throw new PyException(PyErrors.NoAttribute(instance, Name));
            }
            return;
        }
        dict[PyStr.Intern(Name)] = value;
    }

    private void CheckInstance(object? instance)
    {
        if (!PyType.Of(instance).IsSubtypeOf(Owner) || (instance is not PyInstance { Slots: not null } && instance is not IHasDict))
        {
            throw new PyException(PyErrors.DescriptorNeedsObject(Name, Owner.Name, instance));
        }
    }

    private static void Init(PyType t)
    {
        t.DefMethod("__repr__", self =>
        {
            var d = (PyMemberDescriptor)self!;
            return new PyStr($"<member '{d.Name}' of '{d.Owner.Name}' objects>");
        });
        t.DefMethodVar("__get__", (args, kw) => args.Length is < 2 or > 3
            ? throw new PyException(PyErrors.ExpectedArguments("__get__", 2, args.Length - 1))
            : args[1] == null ? args[0] : ((PyMemberDescriptor)args[0]!).Get(args[1]));
        t.DefMethod("__set__", (self, instance, value) =>
        {
            ((PyMemberDescriptor)self!).Set(instance, value, false);
            return null;
        });
        t.DefMethod("__delete__", (self, instance) =>
        {
            ((PyMemberDescriptor)self!).Set(instance, null, true);
            return null;
        });
        t.DefGetSet("__name__", self => new PyStr(((PyMemberDescriptor)self).Name));
        t.DefGetSet("__qualname__", self => new PyStr(((PyMemberDescriptor)self).Owner.QualName + "." + ((PyMemberDescriptor)self).Name));
        t.DefGetSet("__objclass__", self => ((PyMemberDescriptor)self).Owner);
    }
}
