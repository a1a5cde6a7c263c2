namespace PyNet.Runtime;

public static partial class PyProtocol
{
    public static readonly PyStr FormatName = PyStr.Intern("__format__");

    /// <summary><c>format(value, spec)</c>: the builtin types' mini-language, or the type's __format__.</summary>
    public static PyStr Format(object? value, PyStr spec)
    {
        var type = PyType.Of(value);
        if (!type.IsHeapType)
        {
            switch (value)
            {
                case PyStr s when spec.Value.Length == 0:
                    return s;
                case PyStr or long or bool or double or System.Numerics.BigInteger:
                    return new PyStr(PyFormatter.FormatBuiltin(value, spec.Value));
            }
        }
        var method = type.Lookup(FormatName);
        if (method == null || ReferenceEquals(method, PyType.ObjectType.Dict[FormatName]))
        {
            if (spec.Value.Length != 0)
            {
                throw new PyException(PyErrors.TypeError($"unsupported format string passed to {type.Name}.__format__"));
            }
            return Str(value);
        }
        var r = CallBound(method, value, spec);
        return r as PyStr ?? throw new PyException(PyErrors.TypeError($"__format__ must return a str, not {PyErrors.TypeName(r)}"));
    }
}
