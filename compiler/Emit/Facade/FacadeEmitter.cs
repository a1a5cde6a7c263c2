using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using Mono.Cecil;
using Mono.Cecil.Rocks;
using PyNet.Runtime;
using FieldAttributes = Mono.Cecil.FieldAttributes;
using MethodAttributes = Mono.Cecil.MethodAttributes;
using ParameterAttributes = Mono.Cecil.ParameterAttributes;
using PropertyAttributes = Mono.Cecil.PropertyAttributes;
using TypeAttributes = Mono.Cecil.TypeAttributes;

namespace PyNet.Compiler.Emit.Facade;

/// <summary>
/// Emits the typed module class for C# consumers into a compiled module's assembly (docs/design.md, "C# consumers"):
/// <code>
/// public static class lib                       // global namespace, or the namespace given
/// {
///     public static long add(long a, long b)     // def add(a: int, b: int) -> int
///         => ToClr&lt;long&gt;(Check(PyOps.Call2(Check(site.Load(Globals())), ToPython(a), ToPython(b))));
///     public static string VERSION { get; set; } // VERSION = "1.0"
///     public class Point : PyInstance            // class Point: (instances are Point objects on both sides)
///     {
///         public Point(double x, double y)       // def __init__(self, x: float, y: float)
///         public double norm()                   // def norm(self) -> float
///         public double x { get; set; }          // self.x = x
///     }
///     private static PyModule s_module;          // the module, created and run by PyFacade.InitModule on first use
/// }
/// </code>
/// Each member converts its .NET arguments with ClrConversion.ToPython&lt;T&gt;, calls the Python object through the
/// runtime's entries and the inline caches compiled code uses (GlobalSite, MethodCallSite, GetAttrSite, SetAttrSite:
/// one per name, in static fields), and converts the result with ClrConversion.ToClr&lt;T&gt; (checked); Python errors are thrown by
/// PyFacade.Check as PythonException.
/// </summary>
internal sealed class FacadeEmitter
{
    private readonly ModuleEmitter _emitter;
    private readonly ModuleDefinition _module;
    private readonly TypeDefinition _facade;
    private readonly ILBuilder _cctor;
    private readonly FieldDefinition _moduleField;
    private readonly Dictionary<string, FieldDefinition> _names = new();
    private readonly Dictionary<(Type, string), FieldDefinition> _sites = new();
    private readonly Dictionary<string, TypeDefinition> _classes = new();
    private readonly Dictionary<string, MethodDefinition> _typeConstructors = new();
    private readonly Dictionary<string, MethodDefinition> _factories = new();
    private MethodDefinition _globals = null!;

    private FacadeEmitter(ModuleEmitter emitter, string className, string? ns)
    {
        _emitter = emitter;
        _module = emitter.Module;
        _facade = new TypeDefinition(ns ?? string.Empty, className,
            TypeAttributes.Public | TypeAttributes.Abstract | TypeAttributes.Sealed | TypeAttributes.Class | TypeAttributes.BeforeFieldInit, _module.TypeSystem.Object);
        _module.Types.Add(_facade);
        var cctor = new MethodDefinition(".cctor", MethodAttributes.Static | MethodAttributes.Private | MethodAttributes.SpecialName | MethodAttributes.RTSpecialName | MethodAttributes.HideBySig, _module.TypeSystem.Void);
        _facade.Methods.Add(cctor);
        _cctor = new ILBuilder(cctor);
        _moduleField = new FieldDefinition("<module>", FieldAttributes.Private | FieldAttributes.Static, Import(typeof(PyModule)));
        _facade.Fields.Add(_moduleField);
    }

    /// <summary>Adds the class <paramref name="className"/> for <paramref name="model"/>, whose module body is <paramref name="body"/>.</summary>
    public static void Emit(ModuleEmitter emitter, FacadeModel model, string moduleName, string className, string? ns, MethodDefinition body)
    {
        var e = new FacadeEmitter(emitter, className, ns);
        e.DeclareClasses(model);
        e.EmitModuleAccess(moduleName, body, model);
        foreach (var function in model.Functions.Where(f => !e._classes.ContainsKey(f.Name)))
        {
            e.EmitFunction(function);
        }
        foreach (var global in model.Globals)
        {
            e.EmitGlobal(global);
        }
        foreach (var c in model.Classes)
        {
            e.EmitClassMembers(c);
        }
        e._cctor.Return();
        e._cctor.Finish();
    }

    private TypeReference Import(Type type) => _emitter.Import(type);

    private MethodReference Import(MethodBase method) => _emitter.Import(method);

    private TypeReference TypeOf(FacadeType t)
    {
        if (t.ClassName != null)
        {
            return _classes[t.ClassName];
        }
        if (t.Arguments.Length == 0)
        {
            return Import(t.Clr);
        }
        var generic = new GenericInstanceType(Import(t.Clr));
        foreach (var argument in t.Arguments)
        {
            generic.GenericArguments.Add(TypeOf(argument));
        }
        return generic;
    }

    /// <summary>A static field of the module class holding an interned str.</summary>
    private FieldDefinition Name(string name)
    {
        if (!_names.TryGetValue(name, out var field))
        {
            field = new FieldDefinition("<name>" + name, FieldAttributes.Private | FieldAttributes.Static | FieldAttributes.InitOnly, Import(typeof(PyStr)));
            _facade.Fields.Add(field);
            _cctor.LoadString(name);
            _cctor.Call(Import(RuntimeMembers.PyStr_Intern));
            _cctor.StoreStaticField(field);
            _names[name] = field;
        }
        return field;
    }

    /// <summary>A static field of the module class holding the inline cache (GlobalSite, MethodCallSite, ...) for one name.</summary>
    private FieldDefinition Site(ConstructorInfo constructor, string name)
    {
        var type = constructor.DeclaringType!;
        if (!_sites.TryGetValue((type, name), out var field))
        {
            field = new FieldDefinition($"<{type.Name}>{name}", FieldAttributes.Private | FieldAttributes.Static | FieldAttributes.InitOnly, Import(type));
            _facade.Fields.Add(field);
            _cctor.LoadString(name);
            _cctor.Call(Import(RuntimeMembers.PyStr_Intern));
            _cctor.NewObject(Import(constructor));
            _cctor.StoreStaticField(field);
            _sites[(type, name)] = field;
        }
        return field;
    }

    // --- the module -----------------------------------------------------------------------------------------

    private void DeclareClasses(FacadeModel model)
    {
        foreach (var c in model.Classes)
        {
            var type = new TypeDefinition(string.Empty, c.Name, TypeAttributes.NestedPublic | TypeAttributes.Class | TypeAttributes.BeforeFieldInit);
            _facade.NestedTypes.Add(type);
            _classes[c.Name] = type;
        }
        foreach (var c in model.Classes)
        {
            var type = _classes[c.Name];
            type.BaseType = c.BaseName == null ? Import(typeof(PyInstance)) : _classes[c.BaseName];
            // internal Point(PyType type) : base(type) { }   -- every constructor ends here
            var ctor = NewConstructor(type, MethodAttributes.Assembly, ("type", Import(typeof(PyType))));
            var il = new ILBuilder(ctor);
            il.LoadThis();
            il.LoadParameter(ctor.Parameters[0]);
            il.Call(c.BaseName == null ? Import(RuntimeMembers.PyInstance_New) : _typeConstructors[c.BaseName]);
            il.Return();
            il.Finish();
            _typeConstructors[c.Name] = ctor;
            // internal static object <New>(PyType type) => new Point(type);   -- the Python class's instance factory
            var factory = new MethodDefinition("<New>", MethodAttributes.Assembly | MethodAttributes.Static | MethodAttributes.HideBySig, _module.TypeSystem.Object);
            factory.Parameters.Add(new ParameterDefinition("type", ParameterAttributes.None, Import(typeof(PyType))));
            type.Methods.Add(factory);
            il = new ILBuilder(factory);
            il.LoadParameter(factory.Parameters[0]);
            il.NewObject(ctor);
            il.Return();
            il.Finish();
            _factories[c.Name] = factory;
        }
    }

    /// <summary>
    /// <c>PyDict &lt;Globals&gt;() => s_module?.Dict ?? &lt;Init&gt;()</c>, and <c>&lt;Init&gt;</c>, which runs the module
    /// body through PyFacade.InitModule (once, thread-safe) with the instance factories of its classes.
    /// </summary>
    private void EmitModuleAccess(string moduleName, MethodDefinition body, FacadeModel model)
    {
        var dict = Import(typeof(PyDict));
        var init = new MethodDefinition("<Init>", MethodAttributes.Private | MethodAttributes.Static | MethodAttributes.HideBySig, dict);
        init.ImplAttributes |= Mono.Cecil.MethodImplAttributes.NoInlining;
        _facade.Methods.Add(init);
        var il = new ILBuilder(init);
        il.LoadStaticFieldAddress(_moduleField);
        il.LoadString(moduleName);
        il.LoadNull();
        il.LoadFunctionPointer(body);
        il.NewObject(Import(RuntimeMembers.PyModuleCode_New));
        il.LoadToken(_facade);
        il.Call(Import(RuntimeMembers.Type_GetTypeFromHandle));
        il.LoadInt(model.Classes.Count);
        il.NewArray(_module.TypeSystem.String);
        for (var i = 0; i < model.Classes.Count; i++)
        {
            il.Dup();
            il.LoadInt(i);
            il.LoadString(model.Classes[i].Name);
            il.StoreElementRef();
        }
        il.LoadInt(model.Classes.Count);
        il.NewArray(Import(typeof(Func<PyType, object>)));
        for (var i = 0; i < model.Classes.Count; i++)
        {
            il.Dup();
            il.LoadInt(i);
            il.LoadNull();
            il.LoadFunctionPointer(_factories[model.Classes[i].Name]);
            il.NewObject(Import(RuntimeMembers.InstanceFactory_New));
            il.StoreElementRef();
        }
        il.Call(Import(RuntimeMembers.PyFacade_InitModule));
        il.Return();
        il.Finish();

        _globals = new MethodDefinition("<Globals>", MethodAttributes.Private | MethodAttributes.Static | MethodAttributes.HideBySig, dict);
        _facade.Methods.Add(_globals);
        il = new ILBuilder(_globals);
        var slow = il.DefineLabel("init");
        il.LoadStaticField(_moduleField);
        il.Dup();
        il.BranchIfFalse(slow);
        il.Call(Import(RuntimeMembers.PyModule_Dict));
        il.Return();
        il.Mark(slow);
        il.Pop();
        il.Call(init);
        il.Return();
        il.Finish();
    }

    // --- members --------------------------------------------------------------------------------------------

    /// <summary><c>public static R f(T1 a, ...)</c> for each arity the function's defaults allow.</summary>
    private void EmitFunction(FacadeFunction function)
    {
        foreach (var parameters in function.Signature.Overloads())
        {
            var (method, il) = NewMethod(_facade, function.Name, MethodAttributes.Static, function.Signature.Return, parameters);
            EmitCall(il, () => LoadGlobal(il, function.Name), method, parameters, function.Signature.KeywordOnly.Count);
            EmitReturn(il, function.Signature.Return);
        }
    }

    /// <summary><c>public static T name { get; set; }</c> over the module global.</summary>
    private void EmitGlobal(FacadeProperty global)
    {
        var type = TypeOf(global.Type);
        var property = new PropertyDefinition(global.Name, PropertyAttributes.None, type);
        _facade.Properties.Add(property);
        var (getter, il) = NewMethod(_facade, "get_" + global.Name, MethodAttributes.Static | MethodAttributes.SpecialName, global.Type, Array.Empty<FacadeParameter>());
        LoadGlobal(il, global.Name);
        EmitReturn(il, global.Type);
        property.GetMethod = getter;
        if (global.CanWrite)
        {
            var (setter, sil) = NewMethod(_facade, "set_" + global.Name, MethodAttributes.Static | MethodAttributes.SpecialName, FacadeType.Void, new[] { new FacadeParameter("value", global.Type) });
            sil.Call(_globals);
            sil.LoadStaticField(Name(global.Name));
            EmitToPython(sil, setter.Parameters[0], global.Type);
            sil.Call(Import(RuntimeMembers.PyFacade_SetGlobal));
            sil.Return();
            sil.Finish();
            property.SetMethod = setter;
        }
    }

    private void EmitClassMembers(FacadeClass c)
    {
        var type = _classes[c.Name];
        foreach (var parameters in c.Constructor.Overloads())
        {
            EmitConstructor(c, type, parameters, c.Constructor.KeywordOnly.Count);
        }
        foreach (var method in c.Methods)
        {
            foreach (var parameters in method.Signature.Overloads())
            {
                EmitMethod(c, type, method, parameters);
            }
        }
        foreach (var p in c.Properties)
        {
            EmitProperty(type, p);
        }
        if (c.BaseName == null)
        {
            // public override string ToString() => str(self)
            var toString = new MethodDefinition("ToString", MethodAttributes.Public | MethodAttributes.Virtual | MethodAttributes.HideBySig, _module.TypeSystem.String);
            type.Methods.Add(toString);
            var il = new ILBuilder(toString);
            il.LoadThis();
            il.Call(Import(RuntimeMembers.PyFacade_Str));
            il.Return();
            il.Finish();
        }
    }

    /// <summary><c>public Point(T1 a, ...) : this(ClassOf(globals, "Point")) { PyFacade.Initialize(this, [a, ...], kw); }</c></summary>
    private void EmitConstructor(FacadeClass c, TypeDefinition type, IReadOnlyList<FacadeParameter> parameters, int keywordCount)
    {
        var ctor = NewConstructor(type, MethodAttributes.Public, parameters.Select(p => (p.Name, TypeOf(p.Type))).ToArray());
        var il = new ILBuilder(ctor);
        il.LoadThis();
        LoadClass(il, c.Name);
        il.Call(_typeConstructors[c.Name]);
        il.LoadThis();
        EmitArgumentArray(il, ctor, parameters);
        EmitKeywordNames(il, parameters, keywordCount);
        il.Call(Import(RuntimeMembers.PyFacade_Initialize));
        il.Return();
        il.Finish();
    }

    private void EmitMethod(FacadeClass c, TypeDefinition type, FacadeFunction function, IReadOnlyList<FacadeParameter> parameters)
    {
        var keywordCount = function.Signature.KeywordOnly.Count;
        if (function.Kind != FacadeMethodKind.Instance)
        {
            // public static R f(...) => Point.f(...)   (staticmethod, classmethod)
            var (method, il) = NewMethod(type, function.Name, MethodAttributes.Static, function.Signature.Return, parameters);
            EmitCall(il, () =>
            {
                LoadClass(il, c.Name);
                il.LoadStaticField(Name(function.Name));
                il.Call(Import(RuntimeMembers.PyFacade_GetAttr));
            }, method, parameters, keywordCount);
            EmitReturn(il, function.Signature.Return);
            return;
        }
        var (instance, iil) = NewMethod(type, function.Name, 0, function.Signature.Return, parameters);
        if (keywordCount > 0)
        {
            EmitCall(iil, () =>
            {
                iil.LoadThis();
                iil.LoadStaticField(Name(function.Name));
                iil.Call(Import(RuntimeMembers.PyFacade_GetAttr));
            }, instance, parameters, keywordCount);
        }
        else
        {
            // self.name(args): the method-call inline cache compiled code uses, for up to three arguments
            if (parameters.Count <= 3)
            {
                iil.LoadStaticField(Site(RuntimeMembers.MethodCallSite_New, function.Name));
                iil.LoadThis();
                for (var i = 0; i < parameters.Count; i++)
                {
                    EmitToPython(iil, instance.Parameters[i], parameters[i].Type);
                }
                iil.Call(Import(parameters.Count switch
                {
                    0 => RuntimeMembers.MethodCallSite_Call0,
                    1 => RuntimeMembers.MethodCallSite_Call1,
                    2 => RuntimeMembers.MethodCallSite_Call2,
                    _ => RuntimeMembers.MethodCallSite_Call3,
                }));
                iil.Call(Import(RuntimeMembers.PyFacade_Check));
            }
            else
            {
                iil.LoadThis();
                iil.LoadStaticField(Name(function.Name));
                EmitArgumentArray(iil, instance, parameters);
                iil.Call(Import(RuntimeMembers.PyFacade_CallMethod));
            }
        }
        EmitReturn(iil, function.Signature.Return);
    }

    /// <summary><c>public T name { get => getattr(self, name); set => setattr(self, name, value); }</c></summary>
    private void EmitProperty(TypeDefinition type, FacadeProperty p)
    {
        var property = new PropertyDefinition(p.Name, PropertyAttributes.None, TypeOf(p.Type));
        type.Properties.Add(property);
        var (getter, il) = NewMethod(type, "get_" + p.Name, MethodAttributes.SpecialName, p.Type, Array.Empty<FacadeParameter>());
        il.LoadStaticField(Site(RuntimeMembers.GetAttrSite_New, p.Name));
        il.LoadThis();
        il.Call(Import(RuntimeMembers.GetAttrSite_Get));
        il.Call(Import(RuntimeMembers.PyFacade_Check));
        EmitReturn(il, p.Type);
        property.GetMethod = getter;
        if (p.CanWrite)
        {
            var (setter, sil) = NewMethod(type, "set_" + p.Name, MethodAttributes.SpecialName, FacadeType.Void, new[] { new FacadeParameter("value", p.Type) });
            sil.LoadStaticField(Site(RuntimeMembers.SetAttrSite_New, p.Name));
            sil.LoadThis();
            EmitToPython(sil, setter.Parameters[0], p.Type);
            sil.Call(Import(RuntimeMembers.SetAttrSite_Set));
            sil.Call(Import(RuntimeMembers.PyFacade_Check));
            sil.Pop();
            sil.Return();
            sil.Finish();
            property.SetMethod = setter;
        }
    }

    // --- calls and conversions ------------------------------------------------------------------------------

    /// <summary>callable(args) --> result (checked): typed call entries for up to three positional arguments.</summary>
    private void EmitCall(ILBuilder il, Action loadCallable, MethodDefinition method, IReadOnlyList<FacadeParameter> parameters, int keywordCount)
    {
        loadCallable();
        if (keywordCount > 0)
        {
            EmitArgumentArray(il, method, parameters);
            EmitKeywordNames(il, parameters, keywordCount);
            il.Call(Import(RuntimeMembers.PyFacade_CallWithKeywords));
            return;
        }
        if (parameters.Count <= 3)
        {
            for (var i = 0; i < parameters.Count; i++)
            {
                EmitToPython(il, method.Parameters[i], parameters[i].Type);
            }
            il.Call(Import(parameters.Count switch
            {
                0 => RuntimeMembers.PyOps_Call0,
                1 => RuntimeMembers.PyOps_Call1,
                2 => RuntimeMembers.PyOps_Call2,
                _ => RuntimeMembers.PyOps_Call3,
            }));
        }
        else
        {
            EmitArgumentArray(il, method, parameters);
            il.Call(Import(RuntimeMembers.PyOps_CallN));
        }
        il.Call(Import(RuntimeMembers.PyFacade_Check));
    }

    /// <summary>--> object[] of the converted arguments</summary>
    private void EmitArgumentArray(ILBuilder il, MethodDefinition method, IReadOnlyList<FacadeParameter> parameters)
    {
        il.LoadInt(parameters.Count);
        il.NewArray(_module.TypeSystem.Object);
        for (var i = 0; i < parameters.Count; i++)
        {
            il.Dup();
            il.LoadInt(i);
            EmitToPython(il, method.Parameters[i], parameters[i].Type);
            il.StoreElementRef();
        }
    }

    /// <summary>--> string[] naming the last <paramref name="count"/> arguments (keyword-only parameters)</summary>
    private void EmitKeywordNames(ILBuilder il, IReadOnlyList<FacadeParameter> parameters, int count)
    {
        il.LoadInt(count);
        il.NewArray(_module.TypeSystem.String);
        for (var i = 0; i < count; i++)
        {
            il.Dup();
            il.LoadInt(i);
            il.LoadString(parameters[parameters.Count - count + i].Name);
            il.StoreElementRef();
        }
    }

    /// <summary>--> the parameter's value as a Python value (ClrConversion.ToPython&lt;T&gt;)</summary>
    private void EmitToPython(ILBuilder il, ParameterDefinition parameter, FacadeType type)
    {
        il.LoadParameter(parameter);
        var convert = new GenericInstanceMethod(Import(RuntimeMembers.ClrConversion_ToPython));
        convert.GenericArguments.Add(TypeOf(type));
        il.Call(convert);
    }

    /// <summary>Python value --> (return) the declared .NET type (ClrConversion.ToClr&lt;T&gt;), or nothing for void.</summary>
    private void EmitReturn(ILBuilder il, FacadeType type)
    {
        if (type.IsVoid)
        {
            il.Pop();
        }
        else if (!type.IsObject)
        {
            var convert = new GenericInstanceMethod(Import(RuntimeMembers.ClrConversion_ToClr));
            convert.GenericArguments.Add(TypeOf(type));
            il.Call(convert);
        }
        il.Return();
        il.Finish();
    }

    /// <summary>--> the module global <paramref name="name"/> (through the global-load inline cache compiled code uses)</summary>
    private void LoadGlobal(ILBuilder il, string name)
    {
        il.LoadStaticField(Site(RuntimeMembers.GlobalSite_New, name));
        il.Call(_globals);
        il.Call(Import(RuntimeMembers.GlobalSite_Load));
        il.Call(Import(RuntimeMembers.PyFacade_Check));
    }

    /// <summary>--> the Python class <paramref name="name"/> (a PyType)</summary>
    private void LoadClass(ILBuilder il, string name)
    {
        il.Call(_globals);
        il.LoadStaticField(Name(name));
        il.Call(Import(RuntimeMembers.PyFacade_ClassOf));
    }

    private (MethodDefinition, ILBuilder) NewMethod(TypeDefinition type, string name, MethodAttributes attributes, FacadeType returns, IReadOnlyList<FacadeParameter> parameters)
    {
        var method = new MethodDefinition(name, MethodAttributes.Public | MethodAttributes.HideBySig | attributes, returns.IsVoid ? _module.TypeSystem.Void : TypeOf(returns));
        foreach (var p in parameters)
        {
            method.Parameters.Add(new ParameterDefinition(p.Name, ParameterAttributes.None, TypeOf(p.Type)));
        }
        type.Methods.Add(method);
        return (method, new ILBuilder(method));
    }

    private MethodDefinition NewConstructor(TypeDefinition type, MethodAttributes access, params (string Name, TypeReference Type)[] parameters)
    {
        var ctor = new MethodDefinition(".ctor", access | MethodAttributes.HideBySig | MethodAttributes.SpecialName | MethodAttributes.RTSpecialName, _module.TypeSystem.Void);
        foreach (var (name, parameterType) in parameters)
        {
            ctor.Parameters.Add(new ParameterDefinition(name, ParameterAttributes.None, parameterType));
        }
        type.Methods.Add(ctor);
        return ctor;
    }
}
