using System.Dynamic;
using System.Linq.Expressions;

namespace PyNet.Runtime;

/// <summary>
/// The base of every runtime object that is not one of the CLR values PyNet uses directly (None is null, bool is boxed
/// Boolean, int is boxed Int64 or BigInteger, float is boxed Double, complex is boxed Complex). Foreign .NET objects
/// pass through as themselves; <see cref="PyType.Of"/> finds a type for every value. C# <c>dynamic</c> works on every
/// Python object with Python semantics (<see cref="PyDynamicMetaObject"/>).
/// </summary>
public abstract class PyObject : IDynamicMetaObjectProvider
{
    /// <summary>The Python type of this object (<c>type(x)</c>).</summary>
    public abstract PyType Type { get; }

    DynamicMetaObject IDynamicMetaObjectProvider.GetMetaObject(Expression parameter) => new PyDynamicMetaObject(parameter, this);
}
