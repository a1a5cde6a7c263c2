using System;

namespace PyNet.Runtime;

public partial class PyType
{
    private OperatorMethods? _operatorMethods;

    /// <summary>
    /// What the type's MRO gives for the binary operator's method (<c>__add__</c> for <see cref="BinaryOperator.Add"/>),
    /// or null: the lookup <c>a + b</c> makes for the left operand, remembered per operator for the type's current
    /// version (versions are unique and change on every mutation of the type or its bases).
    /// </summary>
    internal object? BinaryOperatorMethod(BinaryOperator op)
    {
        var cache = _operatorMethods;
        var version = Version;
        if (cache == null || cache.Version != version)
        {
            _operatorMethods = cache = new OperatorMethods(version);
        }
        var method = cache.Methods[(int)op];
        if (ReferenceEquals(method, PyOps.Unbound))
        {
            cache.Methods[(int)op] = method = Lookup(PyProtocol.OperatorMethodName(op));
        }
        return method;
    }

    /// <summary>The operator methods found for one version of a type; Unbound marks those not looked up yet.</summary>
    private sealed class OperatorMethods
    {
        public OperatorMethods(int version)
        {
            Version = version;
            Array.Fill(Methods, PyOps.Unbound);
        }

        public int Version { get; }

        public object?[] Methods { get; } = new object?[(int)BinaryOperator.FloorDiv + 1];
    }
}
