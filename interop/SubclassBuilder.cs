using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Reflection.Emit;
using PyNet.Runtime;

namespace PyNet.Interop;

/// <summary>
/// Python classes that derive from .NET classes or implement .NET interfaces. On the first instantiation, a real
/// .NET subclass is emitted (System.Reflection.Emit, a collectible assembly): it derives from the .NET base, lists
/// the interfaces, implements <see cref="IPythonSubclass"/> (its Python class and instance dict), mirrors the base
/// constructors with the Python class as an extra first parameter, and overrides every abstract member, every
/// interface member, and each virtual member the Python class defines with a body that calls
/// <see cref="SubclassDispatch"/>, which finds the Python method and converts the values both ways.
/// </summary>
public static class SubclassBuilder
{
    private static readonly object s_lock = new();
    private static readonly Dictionary<PyType, Type> s_generated = new(ReferenceEqualityComparer.Instance);
    private static ModuleBuilder? s_module;
    private static int s_counter;

    public static Type? ClrTypeFor(PyType t)
    {
        lock (s_lock)
        {
            return s_generated.TryGetValue(t, out var g) ? g : null;
        }
    }

    /// <summary>__new__ of a Python class below a .NET class: a new instance of the emitted subclass.</summary>
    public static object Construct(PyType cls, ClrType clrBase, object?[] args, PyStr[]? kw)
    {
        var generated = GetOrBuild(cls);
        var ctors = generated.GetConstructors();
        var group = new ClrMethod(clrBase.Name, generated, ctors);
        var withType = args.Prepend(cls).ToArray();
        try
        {
            return group.Invoke(PyOps.Unbound, withType, kw)!;
        }
        catch (PyException) when (args.Length > 0 && ctors.Any(c => c.GetParameters().Length == 1))
        {
            // The Python __init__ takes its own arguments: build the .NET part with the parameterless constructor.
            return group.Invoke(PyOps.Unbound, new object?[] { cls }, null)!;
        }
    }

    private static Type GetOrBuild(PyType cls)
    {
        lock (s_lock)
        {
            if (!s_generated.TryGetValue(cls, out var generated))
            {
                generated = Build(cls);
                s_generated[cls] = generated;
            }
            return generated;
        }
    }

    private static Type Build(PyType cls)
    {
        var clrTypes = cls.Mro.OfType<ClrType>().Select(t => t.ClrRuntimeType).ToList();
        var baseType = clrTypes.FirstOrDefault(t => t.IsClass) ?? typeof(object);
        if (baseType.IsSealed)
        {
            throw new PyException(PyErrors.TypeError($"type '{ClrNames.TypeName(baseType)}' is not an acceptable base type"));
        }
        var interfaces = clrTypes.Where(t => t.IsInterface).ToList();
        s_module ??= AssemblyBuilder.DefineDynamicAssembly(new AssemblyName("PyNet.Subclasses"), AssemblyBuilderAccess.RunAndCollect)
            .DefineDynamicModule("PyNet.Subclasses");
        var tb = s_module.DefineType($"PyNet.Subclasses.{cls.Name}_{++s_counter}", TypeAttributes.Public | TypeAttributes.Class, baseType,
            interfaces.Append(typeof(IPythonSubclass)).ToArray());
        var typeField = tb.DefineField("_pythonType", typeof(PyType), FieldAttributes.Private);
        var dictField = tb.DefineField("_dict", typeof(PyDict), FieldAttributes.Private);
        DefineSubclassMembers(tb, typeField, dictField);
        foreach (var ctor in baseType.GetConstructors(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance).Where(c => c.IsPublic || c.IsFamily || c.IsFamilyOrAssembly))
        {
            DefineConstructor(tb, ctor, typeField);
        }
        var pythonNames = PythonMethods(cls);
        var done = new HashSet<string>();
        foreach (var m in baseType.GetMethods(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance)
            .Where(m => m.IsVirtual && !m.IsFinal && (m.IsPublic || m.IsFamily || m.IsFamilyOrAssembly)))
        {
            var pythonName = PythonName(m);
            if ((m.IsAbstract || pythonNames.TryGetValue(pythonName, out var arity) && (arity < 0 || arity == m.GetParameters().Length || m.IsSpecialName))
                && done.Add(Key(m)))
            {
                DefineOverride(tb, m, pythonName, MethodAttributes.Virtual | (m.IsPublic ? MethodAttributes.Public : MethodAttributes.Family));
                if (!m.IsAbstract && !m.GetParameters().Any(p => p.ParameterType.IsByRef))
                {
                    DefineBaseCall(tb, m);
                }
            }
        }
        foreach (var m in interfaces.SelectMany(i => i.GetInterfaces().Append(i)).Distinct().SelectMany(i => i.GetMethods()))
        {
            var implemented = baseType.GetInterfaces().Contains(m.DeclaringType!) && !pythonNames.ContainsKey(PythonName(m));
            if (!implemented)
            {
                var mb = DefineOverride(tb, m, PythonName(m), MethodAttributes.Virtual | MethodAttributes.Private | MethodAttributes.Final | MethodAttributes.NewSlot,
                    m.DeclaringType!.FullName + "." + m.Name);
                tb.DefineMethodOverride(mb, m);
            }
        }
        return tb.CreateType();
    }

    private const string BaseCallPrefix = "__base_";

    /// <summary>
    /// <c>public static R __base_M(Self self, P0 p0, ...) => self.base::M(p0, ...)</c>: the .NET implementation the
    /// Python override replaced, for super().M(...) and Base.M(self, ...) from Python.
    /// </summary>
    private static void DefineBaseCall(TypeBuilder tb, MethodInfo m)
    {
        var ps = m.GetParameters();
        var mb = tb.DefineMethod(BaseCallPrefix + m.Name, MethodAttributes.Public | MethodAttributes.Static | MethodAttributes.HideBySig, m.ReturnType,
            ps.Select(p => p.ParameterType).Prepend(tb).ToArray());
        var il = mb.GetILGenerator();
        for (var i = 0; i <= ps.Length; i++)
        {
            il.Emit(OpCodes.Ldarg, (short)i);
        }
        il.Emit(OpCodes.Call, m);
        il.Emit(OpCodes.Ret);
    }

    /// <summary>
    /// A .NET method group called on an instance of an emitted subclass: a virtual method the Python class overrides
    /// runs its .NET implementation (through the emitted __base_ method) instead of dispatching back to Python, so
    /// super().M() works. False when no candidate has such an override (the ordinary call applies).
    /// </summary>
    public static bool TryInvokeBase(Candidate[] candidates, object target, object?[] args, out object? result)
    {
        foreach (var c in candidates)
        {
            if (c.Method is not MethodInfo { IsVirtual: true, IsStatic: false } m || c.ExpandFrom >= 0)
            {
                continue;
            }
            var ps = m.GetParameters();
            var helper = target.GetType().GetMethod(BaseCallPrefix + m.Name, BindingFlags.Public | BindingFlags.Static, null,
                ps.Select(p => p.ParameterType).Prepend(target.GetType()).ToArray(), null);
            if (helper == null || c.Sources.Any(s => s == Candidate.Out))
            {
                continue;
            }
            var values = new object?[ps.Length + 1];
            values[0] = target;
            for (var i = 0; i < ps.Length; i++)
            {
                values[i + 1] = c.Sources[i] >= 0 ? ClrConverter.ToClr(args[c.Sources[i]], ps[i].ParameterType) : ps[i].DefaultValue;
            }
            try
            {
                result = ClrConverter.FromObject(helper.Invoke(null, values));
            }
            catch (TargetInvocationException e) when (e.InnerException != null)
            {
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e.InnerException).Throw();
                throw;
            }
            return true;
        }
        result = null;
        return false;
    }

    private static string Key(MethodInfo m) => m.Name + "(" + string.Join(",", m.GetParameters().Select(p => p.ParameterType.FullName)) + ")";

    /// <summary>The Python name a .NET member answers to: a property accessor get_X/set_X to X.</summary>
    private static string PythonName(MethodInfo m) => m.IsSpecialName && (m.Name.StartsWith("get_", StringComparison.Ordinal) || m.Name.StartsWith("set_", StringComparison.Ordinal))
        ? m.Name[4..] : m.Name;

    /// <summary>The names the Python class (and its Python bases) define, with the positional arity of functions (-1 when not a plain function).</summary>
    private static Dictionary<string, int> PythonMethods(PyType cls)
    {
        var result = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var t in cls.Mro.Where(t => t.IsHeapType))
        {
            foreach (var key in t.Dict.Keys().OfType<PyStr>())
            {
                var value = t.Dict[key];
                result.TryAdd(key.Value, value is PyFunction f && !f.Code.HasVarArgs ? f.Code.ArgCount - 1 : -1);
            }
        }
        return result;
    }

    private static void DefineSubclassMembers(TypeBuilder tb, FieldInfo typeField, FieldInfo dictField)
    {
        const MethodAttributes attributes = MethodAttributes.Public | MethodAttributes.Virtual | MethodAttributes.Final | MethodAttributes.HideBySig | MethodAttributes.NewSlot;
        var getType = tb.DefineMethod("get_PythonType", attributes, typeof(PyType), Type.EmptyTypes);
        var il = getType.GetILGenerator();
        il.Emit(OpCodes.Ldarg_0);
        il.Emit(OpCodes.Ldfld, typeField);
        il.Emit(OpCodes.Ret);
        tb.DefineMethodOverride(getType, typeof(IPythonSubclass).GetProperty(nameof(IPythonSubclass.PythonType))!.GetMethod!);
        var getDict = tb.DefineMethod("get_InstanceDict", attributes, typeof(PyDict), Type.EmptyTypes);
        il = getDict.GetILGenerator();
        il.Emit(OpCodes.Ldarg_0);
        il.Emit(OpCodes.Ldfld, dictField);
        il.Emit(OpCodes.Ret);
        tb.DefineMethodOverride(getDict, typeof(IHasDict).GetProperty(nameof(IHasDict.InstanceDict))!.GetMethod!);
        var create = tb.DefineMethod("GetOrCreateDict", attributes, typeof(PyDict), Type.EmptyTypes);
        il = create.GetILGenerator();
        var has = il.DefineLabel();
        il.Emit(OpCodes.Ldarg_0);
        il.Emit(OpCodes.Ldfld, dictField);
        il.Emit(OpCodes.Brtrue_S, has);
        il.Emit(OpCodes.Ldarg_0);
        il.Emit(OpCodes.Newobj, typeof(PyDict).GetConstructor(Type.EmptyTypes)!);
        il.Emit(OpCodes.Stfld, dictField);
        il.MarkLabel(has);
        il.Emit(OpCodes.Ldarg_0);
        il.Emit(OpCodes.Ldfld, dictField);
        il.Emit(OpCodes.Ret);
        tb.DefineMethodOverride(create, typeof(IHasDict).GetMethod(nameof(IHasDict.GetOrCreateDict))!);
    }

    private static void DefineConstructor(TypeBuilder tb, ConstructorInfo baseCtor, FieldInfo typeField)
    {
        var ps = baseCtor.GetParameters();
        var cb = tb.DefineConstructor(MethodAttributes.Public, CallingConventions.Standard, ps.Select(p => p.ParameterType).Prepend(typeof(PyType)).ToArray());
        cb.DefineParameter(1, ParameterAttributes.None, "pythonType");
        for (var i = 0; i < ps.Length; i++)
        {
            cb.DefineParameter(i + 2, ps[i].Attributes & ~ParameterAttributes.HasDefault, ps[i].Name);
        }
        var il = cb.GetILGenerator();
        il.Emit(OpCodes.Ldarg_0);
        il.Emit(OpCodes.Ldarg_1);
        il.Emit(OpCodes.Stfld, typeField);
        il.Emit(OpCodes.Ldarg_0);
        for (var i = 0; i < ps.Length; i++)
        {
            il.Emit(OpCodes.Ldarg, (short)(i + 2));
        }
        il.Emit(OpCodes.Call, baseCtor);
        il.Emit(OpCodes.Ret);
    }

    /// <summary>
    /// An override whose body is <c>return SubclassDispatch.Invoke&lt;R&gt;(this, "name", new object[] { args... });</c>
    /// (InvokeVoid for void methods).
    /// </summary>
    private static MethodBuilder DefineOverride(TypeBuilder tb, MethodInfo m, string pythonName, MethodAttributes access, string? name = null)
    {
        var ps = m.GetParameters();
        var mb = tb.DefineMethod(name ?? m.Name, access | MethodAttributes.HideBySig | (m.Attributes & MethodAttributes.SpecialName), m.ReturnType,
            ps.Select(p => p.ParameterType).ToArray());
        var il = mb.GetILGenerator();
        il.Emit(OpCodes.Ldarg_0);
        il.Emit(OpCodes.Ldstr, pythonName);
        il.Emit(OpCodes.Ldc_I4, m.IsSpecialName && m.Name.StartsWith("get_", StringComparison.Ordinal) ? 1 : m.IsSpecialName && m.Name.StartsWith("set_", StringComparison.Ordinal) ? 2 : 0);
        il.Emit(OpCodes.Ldc_I4, ps.Length);
        il.Emit(OpCodes.Newarr, typeof(object));
        for (var i = 0; i < ps.Length; i++)
        {
            il.Emit(OpCodes.Dup);
            il.Emit(OpCodes.Ldc_I4, i);
            il.Emit(OpCodes.Ldarg, (short)(i + 1));
            var type = ps[i].ParameterType;
            if (type.IsByRef)
            {
                type = type.GetElementType()!;
                il.Emit(OpCodes.Ldobj, type);
            }
            if (type.IsValueType)
            {
                il.Emit(OpCodes.Box, type);
            }
            il.Emit(OpCodes.Stelem_Ref);
        }
        if (m.ReturnType == typeof(void))
        {
            il.Emit(OpCodes.Call, typeof(SubclassDispatch).GetMethod(nameof(SubclassDispatch.InvokeVoid))!);
        }
        else
        {
            il.Emit(OpCodes.Call, typeof(SubclassDispatch).GetMethod(nameof(SubclassDispatch.Invoke))!.MakeGenericMethod(m.ReturnType));
        }
        il.Emit(OpCodes.Ret);
        return mb;
    }
}

/// <summary>The bodies of emitted overrides: calls the Python class's member with the arguments as Python values.</summary>
public static class SubclassDispatch
{
    public static T Invoke<T>(object self, string name, int accessor, object?[] args) => DelegateFactory.Result<T>(Call(self, name, accessor, args));

    public static void InvokeVoid(object self, string name, int accessor, object?[] args) => Call(self, name, accessor, args);

    private static object? Call(object self, string name, int accessor, object?[] args)
    {
        var key = new PyStr(name);
        var type = PyType.Of(self);
        var found = type.Lookup(key);
        if (found == null || found is ClrMethod)
        {
            throw new PyException(PyErrors.New(PyExc.NotImplementedError, $"{type.Name}.{name} is abstract in .NET and not defined in Python"));
        }
        switch (accessor)
        {
            case 1:
                return PyProtocol.GetAttr(self, key);
            case 2:
                PyProtocol.SetAttr(self, key, ClrConverter.FromObject(args[0]));
                return null;
        }
        return PyProtocol.CallBound(found, self, args.Select(ClrConverter.FromObject).ToArray());
    }
}
