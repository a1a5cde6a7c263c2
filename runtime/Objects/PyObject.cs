namespace PyNet.Runtime;

/// <summary>
/// The base of every runtime object that is not one of the CLR values PyNet uses directly (None is null, bool is boxed
/// Boolean, int is boxed Int64 or BigInteger, float is boxed Double, complex is boxed Complex). Foreign .NET objects
/// pass through as themselves; <see cref="PyType.Of"/> finds a type for every value.
/// </summary>
public abstract class PyObject
{
    /// <summary>The Python type of this object (<c>type(x)</c>).</summary>
    public abstract PyType Type { get; }
}
