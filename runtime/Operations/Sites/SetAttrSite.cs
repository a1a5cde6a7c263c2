namespace PyNet.Runtime;

/// <summary>
/// The inline cache of one <c>obj.name = value</c> store in compiled code. For instances of classes with the default
/// __setattr__, an instance dictionary and no data descriptor for the name, it stores straight into the instance
/// dictionary at the entry where the name was last found; anything else takes <see cref="PyOps.SetAttr"/>.
/// </summary>
public sealed class SetAttrSite : InstanceAttributeSite
{
    public SetAttrSite(PyStr name)
        : base(name)
    {
    }

    /// <summary>Returns null, or <see cref="PyOps.Raised"/> with the exception pending.</summary>
    public object? Set(object? obj, object? value)
    {
        if (obj is PyInstance instance && ShapeOf(instance.Type) is { StoresInDict: true } shape)
        {
            instance.GetOrCreateDict().SetValue(Name, ref shape.Hint, value);
            return null;
        }
        return PyOps.SetAttr(obj, Name, value);
    }
}
