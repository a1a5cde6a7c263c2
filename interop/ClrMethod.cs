using System;
using System.Linq;
using System.Reflection;
using System.Text;
using PyNet.Runtime;

namespace PyNet.Interop;

/// <summary>
/// A .NET method group (every overload of one name, or a type's constructors) as a Python callable. Read through an
/// instance it binds (<see cref="ClrBoundMethod"/>); <c>group[int]</c> picks the generic form. Overload resolution
/// runs once per list of argument types: the candidates are cached on the group and their compiled delegates called
/// directly on later calls with the same types.
/// </summary>
public sealed class ClrMethod : PyObject, IPyCallable, IPyDescriptor
{
    public static readonly PyType MethodGroupType = new("method_group", PyType.ObjectType, InitType, module: "clr", isBaseType: false);

    private static readonly object s_noMatch = new();

    private readonly Type[]? _typeArguments;
    private CachedBinding[] _cache = Array.Empty<CachedBinding>();

    public ClrMethod(string name, Type declaringType, MethodBase[] methods, SelfUse selfUse = SelfUse.Target, Type[]? typeArguments = null)
    {
        Name = name;
        DeclaringType = declaringType;
        Methods = methods;
        SelfUse = selfUse;
        _typeArguments = typeArguments;
        HasInstanceForm = selfUse != SelfUse.Target || methods.Any(m => !m.IsStatic && m is not ConstructorInfo);
    }

    public string Name { get; }

    public Type DeclaringType { get; }

    public MethodBase[] Methods { get; }

    public SelfUse SelfUse { get; }

    /// <summary>Whether reading the group through an instance binds it (some overload takes the instance).</summary>
    public bool HasInstanceForm { get; }

    public override PyType Type => MethodGroupType;

    public object? Get(object? instance, PyType owner, bool hasInstance) => hasInstance && HasInstanceForm ? new ClrBoundMethod(this, instance) : this;

    public object? Call(object?[] args, PyStr[]? kwNames) => Invoke(PyOps.Unbound, args, kwNames);

    /// <summary>Calls the group; <paramref name="self"/> is <see cref="PyOps.Unbound"/> for a call through the class.</summary>
    public object? Invoke(object? self, object?[] args, PyStr[]? kwNames)
    {
        var result = TryInvoke(self, args, kwNames);
        if (ReferenceEquals(result, s_noMatch))
        {
            throw new PyException(NoMatchError(self, args, kwNames));
        }
        return result;
    }

    /// <summary>As <see cref="Invoke"/>, but NotImplemented when no overload applies (operators).</summary>
    public object? InvokeOperator(object? self, object? other)
    {
        var result = TryInvoke(self, new[] { other }, null);
        return ReferenceEquals(result, s_noMatch) ? PyNotImplemented.Instance : result;
    }

    private object? TryInvoke(object? self, object?[] args, PyStr[]? kwNames)
    {
        var hasSelf = !ReferenceEquals(self, PyOps.Unbound);
        var effective = args;
        if (hasSelf && SelfUse != SelfUse.Target)
        {
            effective = new object?[args.Length + 1];
            if (SelfUse == SelfUse.FirstArgument)
            {
                effective[0] = self;
                args.CopyTo(effective, 1);
            }
            else
            {
                effective[0] = args[0];
                effective[1] = self;
                args.AsSpan(1).CopyTo(effective.AsSpan(2));
            }
        }
        var hasTarget = hasSelf && SelfUse == SelfUse.Target;
        var candidates = Lookup(effective, kwNames, hasTarget);
        var target = hasTarget ? self : effective.Length > 0 ? effective[0] : null;
        if (target is IPythonSubclass && SelfUse == SelfUse.Target && SubclassBuilder.TryInvokeBase(candidates, target, effective, out var baseResult))
        {
            return baseResult;
        }
        ArgumentConversionException? failure = null;
        foreach (var c in candidates)
        {
            try
            {
                return c.Invoke(self, effective);
            }
            catch (ArgumentConversionException e)
            {
                failure ??= e;
            }
        }
        if (failure != null)
        {
            throw new PyException(failure.Error);
        }
        return s_noMatch;
    }

    private Candidate[] Lookup(object?[] args, PyStr[]? kwNames, bool hasTarget)
    {
        var cache = _cache;
        foreach (var entry in cache)
        {
            if (entry.Matches(args, kwNames, hasTarget))
            {
                return entry.Candidates;
            }
        }
        var types = args.Select(a => a?.GetType()).ToArray();
        var names = kwNames?.Select(k => k.Value).ToArray() ?? Array.Empty<string>();
        var candidates = Overloads.Resolve(Methods, types, names, hasTarget, _typeArguments);
        var added = new CachedBinding(types, kwNames, hasTarget, candidates);
        _cache = cache.Length < 16 ? cache.Append(added).ToArray() : new[] { added };
        return candidates;
    }

    private PyBaseException NoMatchError(object? self, object?[] args, PyStr[]? kwNames)
    {
        var shown = args.Select(PyErrors.TypeName).ToList();
        if (kwNames != null)
        {
            for (var k = 0; k < kwNames.Length; k++)
            {
                var i = args.Length - kwNames.Length + k;
                shown[i] = kwNames[k].Value + "=" + shown[i];
            }
        }
        return PyErrors.ClrNoOverload(ClrNames.TypeName(DeclaringType) + "." + Name, shown, Methods.Select(ClrNames.Signature));
    }

    /// <summary>group[T, ...]: the overloads that are generic methods with that many type parameters, instantiated.</summary>
    public ClrMethod MakeGeneric(object? key)
    {
        var types = ClrTypes.TypeArguments(key);
        var generic = Methods.OfType<MethodInfo>().Where(m => m.IsGenericMethodDefinition && m.GetGenericArguments().Length == types.Length).ToArray();
        if (generic.Length == 0)
        {
            throw new PyException(PyErrors.ClrNoGenericArity(ClrNames.TypeName(DeclaringType) + "." + Name, types.Length));
        }
        return new ClrMethod(Name, DeclaringType, generic, SelfUse, types);
    }

    public string Doc()
    {
        var text = new StringBuilder();
        foreach (var m in Methods)
        {
            text.Append(ClrNames.Signature(m)).Append('\n');
        }
        return text.ToString();
    }

    private static void InitType(PyType t)
    {
        t.DefMethodVar("__call__", (args, kw) => ((ClrMethod)args[0]!).Invoke(PyOps.Unbound, args[1..], kw));
        t.DefMethod("__getitem__", (self, key) => ((ClrMethod)self!).MakeGeneric(key));
        t.DefMethodVar("__get__", (args, kw) =>
        {
            var instance = args.Length > 1 ? args[1] : null;
            var owner = args.Length > 2 && args[2] is PyType o ? o : PyType.Of(instance);
            return ((ClrMethod)args[0]!).Get(instance, owner, instance != null);
        });
        t.DefMethod("__repr__", self => new PyStr($"<method group {((ClrMethod)self!).Name} of {ClrNames.FullName(((ClrMethod)self!).DeclaringType)}>"));
        t.DefGetSet("__doc__", self => new PyStr(((ClrMethod)self).Doc()));
        t.DefGetSet("__name__", self => new PyStr(((ClrMethod)self).Name));
        t.DefGetSet("Overloads", self => PyTuple.Create(((ClrMethod)self).Methods.Select(m => (object?)new PyStr(ClrNames.Signature(m))).ToArray()));
    }

    /// <summary>One cached resolution: the argument types it was made for and the ranked candidates.</summary>
    private sealed class CachedBinding
    {
        private readonly Type?[] _types;
        private readonly PyStr[]? _kwNames;
        private readonly bool _hasTarget;

        public CachedBinding(Type?[] types, PyStr[]? kwNames, bool hasTarget, Candidate[] candidates)
        {
            _types = types;
            _kwNames = kwNames;
            _hasTarget = hasTarget;
            Candidates = candidates;
        }

        public Candidate[] Candidates { get; }

        public bool Matches(object?[] args, PyStr[]? kwNames, bool hasTarget)
        {
            if (args.Length != _types.Length || hasTarget != _hasTarget)
            {
                return false;
            }
            for (var i = 0; i < args.Length; i++)
            {
                if (args[i]?.GetType() != _types[i])
                {
                    return false;
                }
            }
            if ((kwNames?.Length ?? 0) != (_kwNames?.Length ?? 0))
            {
                return false;
            }
            for (var i = 0; i < (kwNames?.Length ?? 0); i++)
            {
                if (kwNames![i].Value != _kwNames![i].Value)
                {
                    return false;
                }
            }
            return true;
        }
    }
}

/// <summary>A method group bound to the object it was read from.</summary>
public sealed class ClrBoundMethod : PyObject, IPyCallable
{
    public static readonly PyType BoundMethodType = new("bound_method_group", PyType.ObjectType, InitType, module: "clr", isBaseType: false);

    public ClrBoundMethod(ClrMethod method, object? self)
    {
        Method = method;
        Self = self;
    }

    public ClrMethod Method { get; }

    public object? Self { get; }

    public override PyType Type => BoundMethodType;

    public object? Call(object?[] args, PyStr[]? kwNames) => Method.Invoke(Self, args, kwNames);

    private static void InitType(PyType t)
    {
        t.DefMethodVar("__call__", (args, kw) => ((ClrBoundMethod)args[0]!).Call(args[1..], kw));
        t.DefMethod("__getitem__", (self, key) => new ClrBoundMethod(((ClrBoundMethod)self!).Method.MakeGeneric(key), ((ClrBoundMethod)self!).Self));
        t.DefMethod("__repr__", self => new PyStr($"<bound method group {((ClrBoundMethod)self!).Method.Name} of {ClrNames.FullName(((ClrBoundMethod)self!).Method.DeclaringType)}>"));
        t.DefGetSet("__doc__", self => new PyStr(((ClrBoundMethod)self).Method.Doc()));
        t.DefGetSet("__name__", self => new PyStr(((ClrBoundMethod)self).Method.Name));
    }
}
