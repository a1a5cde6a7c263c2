namespace PyNet.Runtime;

/// <summary>The builtin types. Their dictionaries are filled on first use by the Init method in each type's file.</summary>
public partial class PyType
{
    public static readonly PyType ObjectType;
    public static readonly PyType TypeType;
    public static readonly PyType IntType;
    public static readonly PyType BoolType;
    public static readonly PyType FloatType;
    public static readonly PyType ComplexType;
    public static readonly PyType StrType;
    public static readonly PyType BytesType;
    public static readonly PyType ByteArrayType;
    public static readonly PyType ListType;
    public static readonly PyType TupleType;
    public static readonly PyType DictType;
    public static readonly PyType SetType;
    public static readonly PyType FrozenSetType;
    public static readonly PyType RangeType;
    public static readonly PyType SliceType;
    public static readonly PyType NoneType;
    public static readonly PyType NotImplementedType;
    public static readonly PyType EllipsisType;
    public static readonly PyType FunctionType;
    public static readonly PyType BuiltinFunctionType;
    public static readonly PyType MethodDescriptorType;
    public static readonly PyType MethodType;
    public static readonly PyType WrapperDescriptorType;
    public static readonly PyType MethodWrapperType;
    public static readonly PyType GetSetDescriptorType;
    public static readonly PyType StaticMethodType;
    public static readonly PyType ClassMethodType;
    public static readonly PyType PropertyType;
    public static readonly PyType ModuleType;
    public static readonly PyType CellType;
    public static readonly PyType CodeType;
    public static readonly PyType TracebackType;
    public static readonly PyType RangeIteratorType;
    public static readonly PyType ListIteratorType;
    public static readonly PyType TupleIteratorType;
    public static readonly PyType StrIteratorType;
    public static readonly PyType DictKeyIteratorType;
    public static readonly PyType DictValueIteratorType;
    public static readonly PyType DictItemIteratorType;
    public static readonly PyType SequenceIteratorType;

    static PyType()
    {
        ObjectType = new PyType("object", null, ObjectMembers.Init) { InstanceFactory = static t => new PyInstance(t) };
        TypeType = new PyType("type", ObjectType, TypeMembers.Init);
        ObjectType._metatype = TypeType;
        ObjectType.HasInstanceDict = false;
        TypeType._metatype = TypeType;
        IntType = new PyType("int", ObjectType, IntMembers.Init);
        BoolType = new PyType("bool", IntType, BoolMembers.Init, isBaseType: false);
        FloatType = new PyType("float", ObjectType, FloatMembers.Init);
        ComplexType = new PyType("complex", ObjectType, ComplexMembers.Init);
        StrType = new PyType("str", ObjectType, StrMembers.Init);
        BytesType = new PyType("bytes", ObjectType, BytesMembers.Init);
        ByteArrayType = new PyType("bytearray", ObjectType, ByteArrayMembers.Init);
        ListType = new PyType("list", ObjectType, ListMembers.Init);
        TupleType = new PyType("tuple", ObjectType, TupleMembers.Init);
        DictType = new PyType("dict", ObjectType, DictMembers.Init);
        SetType = new PyType("set", ObjectType, SetMembers.InitSet)
        {
            New0 = static () => new PySet(),
            New1 = static iterable => PySet.Create(SetType!, iterable),
        };
        FrozenSetType = new PyType("frozenset", ObjectType, SetMembers.InitFrozenSet);
        RangeType = new PyType("range", ObjectType, RangeMembers.Init, isBaseType: false)
        {
            New1 = static stop => RangeMembers.New(0L, stop, 1L),
            New2 = static (start, stop) => RangeMembers.New(start, stop, 1L),
            New3 = RangeMembers.New,
        };
        SliceType = new PyType("slice", ObjectType, SliceMembers.Init, isBaseType: false);
        NoneType = new PyType("NoneType", ObjectType, NoneMembers.Init, isBaseType: false);
        NotImplementedType = new PyType("NotImplementedType", ObjectType, SingletonMembers.InitNotImplemented, isBaseType: false);
        EllipsisType = new PyType("ellipsis", ObjectType, SingletonMembers.InitEllipsis, isBaseType: false);
        FunctionType = new PyType("function", ObjectType, FunctionMembers.Init, isBaseType: false);
        BuiltinFunctionType = new PyType("builtin_function_or_method", ObjectType, BuiltinFunctionMembers.InitFunction, isBaseType: false);
        MethodDescriptorType = new PyType("method_descriptor", ObjectType, BuiltinFunctionMembers.InitDescriptor, isBaseType: false);
        MethodType = new PyType("method", ObjectType, MethodMembers.Init, isBaseType: false);
        WrapperDescriptorType = new PyType("wrapper_descriptor", ObjectType, BuiltinFunctionMembers.InitDescriptor, isBaseType: false);
        MethodWrapperType = new PyType("method-wrapper", ObjectType, BuiltinFunctionMembers.InitFunction, isBaseType: false);
        GetSetDescriptorType = new PyType("getset_descriptor", ObjectType, null, isBaseType: false);
        StaticMethodType = new PyType("staticmethod", ObjectType, StaticMethodMembers.Init);
        ClassMethodType = new PyType("classmethod", ObjectType, ClassMethodMembers.Init);
        PropertyType = new PyType("property", ObjectType, PropertyMembers.Init);
        ModuleType = new PyType("module", ObjectType, ModuleMembers.Init);
        CellType = new PyType("cell", ObjectType, CellMembers.Init, isBaseType: false);
        CodeType = new PyType("code", ObjectType, PyCode.Init, isBaseType: false);
        TracebackType = new PyType("traceback", ObjectType, TracebackMembers.Init, isBaseType: false);
        RangeIteratorType = new PyType("range_iterator", ObjectType, IteratorMembers.Init, isBaseType: false);
        ListIteratorType = new PyType("list_iterator", ObjectType, IteratorMembers.Init, isBaseType: false);
        TupleIteratorType = new PyType("tuple_iterator", ObjectType, IteratorMembers.Init, isBaseType: false);
        StrIteratorType = new PyType("str_ascii_iterator", ObjectType, IteratorMembers.Init, isBaseType: false);
        DictKeyIteratorType = new PyType("dict_keyiterator", ObjectType, IteratorMembers.Init, isBaseType: false);
        DictValueIteratorType = new PyType("dict_valueiterator", ObjectType, IteratorMembers.Init, isBaseType: false);
        DictItemIteratorType = new PyType("dict_itemiterator", ObjectType, IteratorMembers.Init, isBaseType: false);
        SequenceIteratorType = new PyType("iterator", ObjectType, IteratorMembers.Init, isBaseType: false);
    }
}
