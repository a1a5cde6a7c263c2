using System.Runtime.CompilerServices;

namespace PyNet.Runtime;

/// <summary>
/// The inline cache of one <c>obj.name</c> load in compiled code (CPython 3.11's LOAD_ATTR specialisation). For
/// instances of classes with the default attribute protocol it remembers, per type version, how the attribute
/// resolves: through a data descriptor of the class, or the instance's own attributes (read at the index the
/// instance's layout gives, cached per layout; or a materialised dict probed at the entry where the name was last
/// found) falling back to the class attribute. For modules and exceptions it probes their dictionary the same way,
/// and for functions their dict when the function type lacks the name.
/// Anything else, and every miss, takes <see cref="PyOps.GetAttr"/>. Never throws: errors return
/// <see cref="PyOps.Raised"/> with the exception pending, like every entry compiled code calls.
/// </summary>
public sealed class GetAttrSite : InstanceAttributeSite
{
    private int _moduleHint = -1;

    public GetAttrSite(PyStr name)
        : base(name)
    {
    }

    /// <summary>
    /// The load. Its first lines are the hit on an instance attribute (a cached shape for the instance's class and
    /// version, and the instance's layout that shape last saw): a small method with no calls, so that the common case
    /// pays no frame set-up for the general path's calls and out-parameters.
    /// </summary>
    public object? Get(object? obj)
    {
        if (obj is PyInstance instance && CachedShape(instance.Type) is { LoadSlot: { } slot } && ReferenceEquals(slot.Layout, instance.Layout))
        {
            return instance.GetValue(slot.Index);
        }
        return GetGeneral(obj);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private object? GetGeneral(object? obj)
    {
        if (obj is PyInstance instance)
        {
            var shape = ShapeOf(instance.Type);
            if (shape == null || shape.General)
            {
                return PyOps.GetAttr(obj, Name);
            }
            if (shape.DataDescriptor == null)
            {
                if (instance.Layout is { } layout)
                {
                    var slot = shape.SlotFor(layout, Name);
                    if (slot.Index >= 0)
                    {
                        return instance.GetValue(slot.Index);
                    }
                }
                else if (instance.DictOrNull!.TryGetValue(Name, ref shape.Hint, out var value))
                {
                    return value;
                }
                if (shape.ClassAttribute is PyFunction f)
                {
                    return new PyBoundMethod(f, obj);
                }
                if (shape.ClassAttributeIsPlain)
                {
                    return shape.ClassAttribute;
                }
            }
            else if (shape.DataDescriptor is PyProperty { Getter: PyFunction getter } && !shape.HasGetAttrHook)
            {
                return PyOps.Call1(getter, obj);
            }
        }
        else if (obj is PyModule module && module.Dict.TryGetValue(Name, ref _moduleHint, out var value))
        {
            return value;
        }
        else if (obj is PyBaseException { InstanceDict: { } dict } exception && ShapeOf(exception.Type) is { General: false, DataDescriptor: null } shape
            && dict.TryGetValue(Name, ref shape.Hint, out var own))
        {
            // error.field: an attribute its class's __init__ stored in the exception's __dict__.
            return own;
        }
        else if (obj is PyFunction { InstanceDict: { } functionDict } && IsFunctionOwnAttribute &&
            functionDict.TryGetValue(Name, ref FunctionHint, out var functionAttribute))
        {
            // A function attribute (wrapper.calls): not on the function type, so only in the function's dict.
            return functionAttribute;
        }
        return PyOps.GetAttr(obj, Name);
    }
}
