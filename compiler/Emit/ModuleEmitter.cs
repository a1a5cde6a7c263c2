using System;
using System.Collections.Generic;
using System.IO;
using System.Numerics;
using System.Reflection;
using Mono.Cecil;
using Mono.Cecil.Cil;
using PyNet.Runtime;
using FieldAttributes = Mono.Cecil.FieldAttributes;
using MethodAttributes = Mono.Cecil.MethodAttributes;
using TypeAttributes = Mono.Cecil.TypeAttributes;

namespace PyNet.Compiler.Emit;

/// <summary>
/// The metadata side of one compiled Python module (a Cecil assembly): the module class, its constant fields
/// initialised by the static constructor, imported runtime members, and the final bytes with an embedded portable PDB.
/// Method bodies are written by <see cref="CodeGen.CodeGenerator"/>.
/// </summary>
internal sealed class ModuleEmitter
{
    public const string BodyMethodName = "Body";

    private readonly AssemblyDefinition _assembly;
    private readonly ModuleDefinition _module;
    private readonly TypeDefinition _type;
    private readonly MethodDefinition _cctor;
    private readonly ILBuilder _init;
    private readonly Dictionary<MemberInfo, MemberReference> _imports = new();
    private readonly Dictionary<(Type, string), FieldReference> _constants = new();
    private int _fieldCounter;
    private int _methodCounter;

    public ModuleEmitter(string assemblyName, string typeName, string filename, bool isExecutable = false)
    {
        Filename = filename;
        _assembly = AssemblyDefinition.CreateAssembly(new AssemblyNameDefinition(assemblyName, new Version(1, 0, 0, 0)), assemblyName, isExecutable ? ModuleKind.Console : ModuleKind.Dll);
        _module = _assembly.MainModule;
        _type = new TypeDefinition(string.Empty, typeName, TypeAttributes.Public | TypeAttributes.Abstract | TypeAttributes.Sealed | TypeAttributes.Class | TypeAttributes.BeforeFieldInit, _module.TypeSystem.Object);
        _module.Types.Add(_type);
        _cctor = new MethodDefinition(".cctor", MethodAttributes.Static | MethodAttributes.Private | MethodAttributes.SpecialName | MethodAttributes.RTSpecialName | MethodAttributes.HideBySig, _module.TypeSystem.Void);
        _type.Methods.Add(_cctor);
        _init = new ILBuilder(_cctor);
        Document = new Document(Path.GetFullPath(filename))
        {
            Language = DocumentLanguage.Other,
            LanguageGuid = new Guid("1d3a4e50-6f2b-4b5e-9c6a-7079746e6574"),
        };
    }

    public string Filename { get; }

    public ModuleDefinition Module => _module;

    public TypeDefinition Type => _type;

    public Document Document { get; }

    public TypeReference ObjectType => _module.TypeSystem.Object;

    /// <summary>The module's reference to a runtime type, made once (Cecil's import computes the assembly's full name,
    /// public key token included, on every call).</summary>
    public TypeReference Import(Type type)
    {
        if (!_imports.TryGetValue(type, out var r))
        {
            r = _module.ImportReference(type);
            _imports[type] = r;
        }
        return (TypeReference)r;
    }

    public MethodReference Import(MethodBase method)
    {
        if (!_imports.TryGetValue(method, out var r))
        {
            r = _module.ImportReference(method);
            _imports[method] = r;
        }
        return (MethodReference)r;
    }

    public FieldReference Import(FieldInfo field)
    {
        if (!_imports.TryGetValue(field, out var r))
        {
            r = _module.ImportReference(field);
            _imports[field] = r;
        }
        return (FieldReference)r;
    }

    /// <summary>A new static method on the module class.</summary>
    public MethodDefinition DefineMethod(string name, TypeReference returnType, params (string Name, TypeReference Type)[] parameters)
    {
        var method = new MethodDefinition($"{name}${_methodCounter++}", MethodAttributes.Public | MethodAttributes.Static | MethodAttributes.HideBySig, returnType);
        foreach (var (pname, ptype) in parameters)
        {
            method.Parameters.Add(new ParameterDefinition(pname, Mono.Cecil.ParameterAttributes.None, ptype));
        }
        method.ImplAttributes |= Mono.Cecil.MethodImplAttributes.NoInlining;
        _type.Methods.Add(method);
        return method;
    }

    /// <summary>The method the loader calls: <c>object Body(PyDict globals, PyDict locals)</c>.</summary>
    public MethodDefinition DefineBodyMethod()
    {
        var dict = Import(typeof(PyDict));
        var method = new MethodDefinition(BodyMethodName, MethodAttributes.Public | MethodAttributes.Static | MethodAttributes.HideBySig, ObjectType);
        method.Parameters.Add(new ParameterDefinition("globals", Mono.Cecil.ParameterAttributes.None, dict));
        method.Parameters.Add(new ParameterDefinition("locals", Mono.Cecil.ParameterAttributes.None, dict));
        _type.Methods.Add(method);
        return method;
    }

    /// <summary>
    /// The assembly's entry point, for `pynet build`: <c>static int Main(string[] args)</c> hands the module body and
    /// the script's file name to the runtime, which runs it as __main__ (see BuiltProgram in the runtime).
    /// </summary>
    public void DefineEntryPoint(MethodDefinition body)
    {
        var main = new MethodDefinition("Main", MethodAttributes.Public | MethodAttributes.Static | MethodAttributes.HideBySig, _module.TypeSystem.Int32);
        main.Parameters.Add(new ParameterDefinition("args", Mono.Cecil.ParameterAttributes.None, Import(typeof(string[]))));
        _type.Methods.Add(main);
        var il = new ILBuilder(main);
        il.LoadArg(0);
        il.LoadNull();
        il.LoadFunctionPointer(body);
        il.NewObject(Import(RuntimeMembers.PyModuleCode_New));
        il.LoadString(Path.GetFileName(Filename));
        il.Call(Import(RuntimeMembers.BuiltProgram_Main));
        il.Return();
        il.Finish();
        _module.EntryPoint = main;
    }

    /// <summary>
    /// Keeps the module's source (UTF-8) in the assembly twice: as the manifest resource <paramref name="resourceName"/>,
    /// which the runtime reads for tracebacks, and as the portable PDB's embedded source of the document, which
    /// debuggers show when the .py file is not there.
    /// </summary>
    public void EmbedSource(string resourceName, byte[] source)
    {
        AddResource(resourceName, source);
        Document.CustomDebugInformations.Add(new EmbeddedSourceDebugInformation(source, compress: true));
    }

    /// <summary>A manifest resource of the assembly (a frozen module's image, the embedded source).</summary>
    public void AddResource(string name, byte[] data) =>
        _module.Resources.Add(new EmbeddedResource(name, Mono.Cecil.ManifestResourceAttributes.Public, data));

    private FieldDefinition NewField(string prefix, TypeReference type)
    {
        var f = new FieldDefinition($"{prefix}${_fieldCounter++}", FieldAttributes.Static | FieldAttributes.Public | FieldAttributes.InitOnly, type);
        _type.Fields.Add(f);
        return f;
    }

    /// <summary>A static field holding an interned str (identifiers, attribute names).</summary>
    public FieldReference Name(string name) => Constant(typeof(PyStr), "n:" + name, () =>
    {
        _init.LoadString(name);
        _init.Call(Import(RuntimeMembers.PyStr_Intern));
    });

    /// <summary>A static field holding a constant value of the Python program.</summary>
    public FieldReference Constant(object value)
    {
        switch (value)
        {
            case string s:
                return Constant(typeof(PyStr), "s:" + s, () =>
                {
                    _init.LoadString(s);
                    _init.Call(Import(RuntimeMembers.PyStr_Intern));
                });
            case PyStr units:
                return Constant(typeof(PyStr), "u:" + units.Value, () =>
                {
                    _init.LoadString(units.Value);
                    _init.Call(Import(RuntimeMembers.PyStr_FromSurrogateUnits));
                });
            case long l:
                return Constant(typeof(object), "i:" + l, () =>
                {
                    _init.LoadLong(l);
                    _init.Call(Import(RuntimeMembers.PyInt_Box));
                });
            case BigInteger b:
                return Constant(typeof(object), "I:" + b, () =>
                {
                    _init.LoadString(b.ToString(System.Globalization.CultureInfo.InvariantCulture));
                    _init.Call(Import(RuntimeMembers.PyInt_Parse));
                });
            case double d:
                return Constant(typeof(object), "f:" + BitConverter.DoubleToInt64Bits(d), () =>
                {
                    _init.LoadDouble(d);
                    _init.Box(_module.TypeSystem.Double);
                });
            case Complex c:
                return Constant(typeof(object), "j:" + BitConverter.DoubleToInt64Bits(c.Imaginary), () =>
                {
                    _init.LoadDouble(c.Imaginary);
                    _init.Call(Import(RuntimeMembers.PyOps_MakeComplex));
                });
            case byte[] bytes:
                var latin1 = new string(Array.ConvertAll(bytes, b => (char)b));
                return Constant(typeof(PyBytes), "b:" + latin1, () =>
                {
                    _init.LoadString(latin1);
                    _init.Call(Import(RuntimeMembers.PyBytes_FromLatin1));
                });
            default:
                throw new NotSupportedException("constant of type " + value.GetType().Name);
        }
    }

    /// <summary>
    /// A static field holding a new inline-cache object for one site of the program (never shared between sites: each
    /// caches what it sees), created by <paramref name="constructor"/> over the interned <paramref name="name"/>.
    /// </summary>
    public FieldReference Site(System.Reflection.ConstructorInfo constructor, string name)
    {
        var field = NewField("site", Import(constructor.DeclaringType!));
        _init.LoadStaticField(Name(name));
        _init.NewObject(Import(constructor));
        _init.StoreStaticField(field);
        return field;
    }

    /// <summary>A static PyStr[] of keyword names for a call site.</summary>
    public FieldReference NameArray(IReadOnlyList<string> names) =>
        Constant(typeof(PyStr[]), "k:" + string.Join(",", names), () => EmitInternedArray(names));

    /// <summary>(module initialiser) --> a new PyStr[] of the interned <paramref name="names"/>.</summary>
    private void EmitInternedArray(IReadOnlyList<string> names)
    {
        _init.LoadInt(names.Count);
        _init.NewArray(Import(typeof(PyStr)));
        for (var i = 0; i < names.Count; i++)
        {
            _init.Dup();
            _init.LoadInt(i);
            _init.LoadString(names[i]);
            _init.Call(Import(RuntimeMembers.PyStr_Intern));
            _init.StoreElementRef();
        }
    }

    /// <summary>A static PyDict.SharedKeys of distinct str keys: the keys of the dicts one display builds.</summary>
    public FieldReference DictKeys(IReadOnlyList<string> keys) =>
        Constant(typeof(PyDict.SharedKeys), "d:" + string.Concat(System.Linq.Enumerable.Select(keys, k => k.Length + ":" + k)), () =>
        {
            EmitInternedArray(keys);
            _init.NewObject(Import(RuntimeMembers.PyDictSharedKeys_New));
        });

    /// <summary>A static field holding the code object of a compiled function, class body or module.</summary>
    public FieldReference Code(string name, string qualName, int firstLine, int argCount, int posOnly, int kwOnly, int flags, IEnumerable<string> varNames, IEnumerable<string> freeVars, IEnumerable<string> cellVars)
    {
        var field = NewField("code", Import(typeof(PyCode)));
        _init.LoadString(name);
        _init.LoadString(qualName);
        _init.LoadString(Filename);
        _init.LoadInt(firstLine);
        _init.LoadInt(argCount);
        _init.LoadInt(posOnly);
        _init.LoadInt(kwOnly);
        _init.LoadInt(flags);
        _init.LoadString(string.Join(",", varNames));
        _init.LoadString(string.Join(",", freeVars));
        _init.LoadString(string.Join(",", cellVars));
        _init.Call(Import(RuntimeMembers.PyCode_Create));
        _init.StoreStaticField(field);
        return field;
    }

    private FieldReference Constant(Type type, string key, Action emitValue)
    {
        if (_constants.TryGetValue((type, key), out var f))
        {
            return f;
        }
        var field = NewField("k", Import(type));
        emitValue();
        _init.StoreStaticField(field);
        _constants[(type, key)] = field;
        return field;
    }

    /// <summary>Finishes the module and writes the assembly (with its portable PDB embedded).</summary>
    public byte[] Write()
    {
        _init.Return();
        _init.Finish();
        using var stream = new MemoryStream();
        _assembly.Write(stream, new WriterParameters
        {
            WriteSymbols = true,
            DeterministicMvid = true,
            SymbolWriterProvider = new InMemoryEmbeddedPdbProvider(_module.Name),
        });
        return stream.ToArray();
    }

    /// <summary>Cecil's embedded-PDB provider wants a file name even when the assembly goes to a memory stream.</summary>
    internal sealed class InMemoryEmbeddedPdbProvider : ISymbolWriterProvider
    {
        private readonly string _name;

        public InMemoryEmbeddedPdbProvider(string name)
        {
            _name = name;
        }

        public ISymbolWriter GetSymbolWriter(ModuleDefinition module, string fileName) =>
            new EmbeddedPortablePdbWriterProvider().GetSymbolWriter(module, string.IsNullOrEmpty(fileName) ? _name : fileName);

        public ISymbolWriter GetSymbolWriter(ModuleDefinition module, Stream symbolStream) =>
            new EmbeddedPortablePdbWriterProvider().GetSymbolWriter(module, symbolStream);
    }
}
