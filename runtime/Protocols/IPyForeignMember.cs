namespace PyNet.Runtime;

/// <summary>
/// A class attribute defined outside the runtime (the interop layer's .NET method groups, events): binds itself when
/// read through an instance or its class, as a descriptor's __get__ does. <see cref="PyProtocol.DescriptorGet"/>
/// calls it.
/// </summary>
public interface IPyDescriptor
{
    object? Get(object? instance, PyType owner, bool hasInstance);
}

/// <summary>A descriptor defined in C# that also takes stores and deletes: it wins over an instance dict.</summary>
public interface IPyDataDescriptor : IPyDescriptor
{
    void Set(object? instance, object? value, bool delete);
}

/// <summary>
/// A callable defined outside the runtime: <see cref="PyCall.Call(object?, object?[], PyStr[])"/> calls it directly,
/// without looking up __call__ and copying the arguments behind a self.
/// </summary>
public interface IPyCallable
{
    object? Call(object?[] args, PyStr[]? kwNames);
}
