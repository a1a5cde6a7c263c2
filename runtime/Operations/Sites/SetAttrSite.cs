using System.Runtime.CompilerServices;

namespace PyNet.Runtime;

/// <summary>
/// The inline cache of one <c>obj.name = value</c> store in compiled code. For instances of classes with the default
/// __setattr__, an instance dictionary and no data descriptor for the name, it stores straight into the instance's
/// values at the index its layout gives (or appends the name, moving the instance to the next layout), or into a
/// materialised dict at the entry where the name was last found; instances of exception classes store into their
/// dict the same way, and a function's own attribute (a name the function type lacks) goes into the function's dict.
/// Anything else takes <see cref="PyOps.SetAttr"/>.
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
        // The hit, as in GetAttrSite.Get: a cached shape for the instance's class, and the layout it last stored into.
        if (obj is PyInstance instance && CachedShape(instance.Type) is { StoresInInstance: true, StoreSlot: { } cached } &&
            ReferenceEquals(cached.Layout, instance.Layout))
        {
            if (cached.Next != null)
            {
                instance.Append(cached.Next, value);
            }
            else
            {
                instance.SetValue(cached.Index, value);
            }
            return null;
        }
        return SetGeneral(obj, value);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private object? SetGeneral(object? obj, object? value)
    {
        if (obj is PyInstance instance && ShapeOf(instance.Type) is { StoresInInstance: true } shape)
        {
            if (instance.Layout is { } layout)
            {
                var slot = shape.StoreSlotFor(layout, Name);
                if (slot.Next != null)
                {
                    instance.Append(slot.Next, value);
                    return null;
                }
                if (slot.Index >= 0)
                {
                    instance.SetValue(slot.Index, value);
                    return null;
                }
            }
            else
            {
                instance.DictOrNull!.SetValue(Name, ref shape.Hint, value);
                return null;
            }
        }
        else if (obj is PyBaseException exception && ShapeOf(exception.Type) is { StoresInInstance: true } exceptionShape)
        {
            // self.field = value in an exception class's __init__: into the exception's __dict__.
            exception.GetOrCreateDict().SetValue(Name, ref exceptionShape.Hint, value);
            return null;
        }
        if (obj is PyFunction function && IsFunctionOwnAttribute)
        {
            function.GetOrCreateDict().SetValue(Name, ref FunctionHint, value);
            return null;
        }
        return PyOps.SetAttr(obj, Name, value);
    }
}
