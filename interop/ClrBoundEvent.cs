using System;
using System.Collections.Generic;
using System.Reflection;
using System.Runtime.CompilerServices;
using PyNet.Runtime;

namespace PyNet.Interop;

/// <summary>
/// A .NET event read from an object: <c>obj.Event += handler</c> adds a delegate made from the Python callable and
/// <c>obj.Event -= handler</c> removes the one made for an equal callable. The augmented assignment writes the
/// event back, which <see cref="CheckAssigned"/> accepts only for the event itself.
/// </summary>
public sealed class ClrBoundEvent : PyObject
{
    public static readonly PyType EventType = new("event", PyType.ObjectType, InitType, module: "clr", isBaseType: false);

    private static readonly ConditionalWeakTable<object, List<(EventInfo Event, object? Handler, Delegate Delegate)>> s_handlers = new();

    public ClrBoundEvent(object? target, EventInfo info)
    {
        Target = target;
        Info = info;
    }

    /// <summary>The object whose event this is; null for a static event.</summary>
    public object? Target { get; }

    /// <summary>Where the handlers added from Python are remembered: the object, or the declaring type for a static event.</summary>
    private object HandlerKey => Target ?? Info.DeclaringType!;

    public EventInfo Info { get; }

    public override PyType Type => EventType;

    public static void CheckAssigned(object? target, EventInfo info, object? value)
    {
        if (value is not ClrBoundEvent e || !ReferenceEquals(e.Target, target) || e.Info != info)
        {
            throw new PyException(PyErrors.ClrEventAssign(info.Name));
        }
    }

    private ClrBoundEvent Add(object? handler)
    {
        var d = (Delegate)ClrConverter.ToClr(handler, Info.EventHandlerType!)!;
        Info.AddEventHandler(Target, d);
        s_handlers.GetOrCreateValue(HandlerKey).Add((Info, handler, d));
        return this;
    }

    private ClrBoundEvent Remove(object? handler)
    {
        var list = s_handlers.GetOrCreateValue(HandlerKey);
        var i = list.FindLastIndex(h => h.Event == Info && (ReferenceEquals(h.Handler, handler) || PyProtocol.Eq(h.Handler, handler)));
        if (i >= 0)
        {
            Info.RemoveEventHandler(Target, list[i].Delegate);
            list.RemoveAt(i);
        }
        else if (handler is Delegate d)
        {
            Info.RemoveEventHandler(Target, d);
        }
        return this;
    }

    private static void InitType(PyType t)
    {
        t.DefMethod("__iadd__", (self, h) => ((ClrBoundEvent)self!).Add(h));
        t.DefMethod("__isub__", (self, h) => ((ClrBoundEvent)self!).Remove(h));
        t.DefMethod("__repr__", self => new PyStr($"<event {((ClrBoundEvent)self!).Info.Name} of {ClrNames.FullName(((ClrBoundEvent)self!).Info.DeclaringType!)}>"));
    }
}
