namespace PyNet.Runtime;

/// <summary>Messages of the object model: classes, slots, descriptors, methods, generic aliases and unions.</summary>
public static partial class PyErrors
{
    /// <summary>type.__call__ when __init__ returned something other than None.</summary>
    public static PyBaseException InitReturnedValue(object? result) =>
        TypeError($"__init__() should return None, not '{TypeName(result)}'");

    public static PyBaseException SlotsMustBeStrings(object? item) =>
        TypeError($"__slots__ items must be strings, not '{TypeName(item)}'");

    public static PyBaseException SlotsMustBeIdentifiers() => TypeError("__slots__ must be identifiers");

    public static PyBaseException SlotConflictsWithClassVariable(string name) =>
        ValueError($"'{name}' in __slots__ conflicts with class variable");

    public static PyBaseException DictSlotDisallowed() => TypeError("__dict__ slot disallowed: we already got one");

    public static PyBaseException NonemptySlotsNotSupported(PyType solid) =>
        TypeError($"nonempty __slots__ not supported for subtype of '{solid.Name}'");

    public static PyBaseException ClassMustBeSetToClass(object? value) =>
        TypeError($"__class__ must be set to a class, not '{TypeName(value)}' object");

    /// <summary>Assigning a non-dict to a function's (or an instance's) __dict__.</summary>
    public static PyBaseException DictMustBeSetToDict(object? value) =>
        TypeError($"__dict__ must be set to a dictionary, not a '{TypeName(value)}'");

    public static PyBaseException CannotDeleteDict() => TypeError("cannot delete __dict__");

    public static PyBaseException ClassAssignmentOnlyMutable() =>
        TypeError("__class__ assignment only supported for mutable types or ModuleType subclasses");

    public static PyBaseException ClassAssignmentLayoutDiffers(PyType from, PyType to) =>
        TypeError($"__class__ assignment: '{to.Name}' object layout differs from '{from.Name}'");

    public static PyBaseException CellIsEmpty() => New(PyExc.ValueError, "Cell is empty");

    public static PyBaseException ParameterizedGeneric(string function) =>
        TypeError($"{function}() argument 2 cannot be a parameterized generic");

    public static PyBaseException NotAMapping(object? value) => TypeError($"'{TypeName(value)}' object is not a mapping");

    public static PyBaseException ArgumentAfterStarStar(string function, object? value) =>
        TypeError($"{function} argument after ** must be a mapping, not {TypeName(value)}");

    public static PyBaseException ArgumentAfterStar(string function, object? value) =>
        TypeError($"{function} argument after * must be an iterable, not {TypeName(value)}");

    public static PyBaseException KeywordsMustBeStrings() => TypeError("keywords must be strings");

    public static PyBaseException MultipleValuesForKeyword(string function, string name) =>
        TypeError($"{function} got multiple values for keyword argument '{name}'");

    /// <summary>How CPython names a callable in call errors (_PyObject_FunctionStr): <c>module.qualname()</c>.</summary>
    public static string FunctionDisplayName(object? function)
    {
        string? qualname = null;
        if (PyProtocol.TryGetAttr(function, PyStr.Intern("__qualname__"), out var q) && q is PyStr qs)
        {
            qualname = qs.Value;
        }
        if (qualname == null)
        {
            return TypeName(function) + " object";
        }
        if (PyProtocol.TryGetAttr(function, PyStr.Intern("__module__"), out var m) && m is PyStr ms && ms.Value != "builtins")
        {
            return ms.Value + "." + qualname + "()";
        }
        return qualname + "()";
    }

    /// <summary>An OSError for a system error number, as the subclass CPython picks (2 gives FileNotFoundError).</summary>
    public static PyBaseException OSErrorFromErrno(long errno, string strerror, object? filename = null)
    {
        var type = ExceptionMembers.OSErrorSubclassFor(errno) ?? PyExc.OSError;
        var e = new PyBaseException(type);
        ExceptionMembers.InitOSErrorFields(e, filename == null
            ? new object?[] { PyInt.Box(errno), new PyStr(strerror) }
            : new object?[] { PyInt.Box(errno), new PyStr(strerror), filename });
        return e;
    }

    public static PyBaseException FsPathExpected(object? path) =>
        TypeError($"expected str, bytes or os.PathLike object, not {TypeName(path)}");

    public static PyBaseException FsPathReturned(object? path, object? result) =>
        TypeError($"expected {TypeName(path)}.__fspath__() to return str or bytes, not {TypeName(result)}");

    public static PyBaseException NoteMustBeStr(object? note) => TypeError($"note must be a str, not '{TypeName(note)}'");

    public static PyBaseException NotesNotAList() => TypeError("Cannot add note: __notes__ is not a list");

    public static PyBaseException ExceptionGroupNeedsSequence() => TypeError("second argument (exceptions) must be a sequence");

    public static PyBaseException ExceptionGroupNeedsNonEmptySequence() =>
        ValueError("second argument (exceptions) must be a non-empty sequence");

    public static PyBaseException ExceptionGroupItemNotException(int index) =>
        ValueError($"Item {index} of second argument (exceptions) is not an exception");

    public static PyBaseException CannotNestInExceptionGroup() => TypeError("Cannot nest BaseExceptions in an ExceptionGroup");

    public static PyBaseException CannotNestIn(PyType type) => TypeError($"Cannot nest BaseExceptions in '{type.Name}'");

    public static PyBaseException DeriveMustReturnGroup() =>
        TypeError("derive must return an instance of BaseExceptionGroup");

    public static PyBaseException BadSplitCondition() =>
        TypeError("expected a function, exception type or tuple of exception types");

    public static PyBaseException FloatDivmodByZero() => ZeroDivisionError("float divmod()");

    public static PyBaseException MappingProxyArgument(object? value) =>
        TypeError($"mappingproxy() argument must be a mapping, not {TypeName(value)}");

    public static PyBaseException MemoryViewNeedsBuffer(object? value) =>
        TypeError($"memoryview: a bytes-like object is required, not '{TypeName(value)}'");

    public static PyBaseException ReleasedMemoryView() => ValueError("operation forbidden on released memoryview object");

    public static PyBaseException ReadOnlyMemory() => TypeError("cannot modify read-only memory");

    public static PyBaseException MemoryViewInvalidIndex() => TypeError("memoryview: invalid slice key");

    public static PyBaseException MemoryViewInvalidType() => TypeError("memoryview: invalid type for format 'B'");

    public static PyBaseException MemoryViewIndexOutOfBounds() => IndexError("index out of bounds on dimension 1");

    public static PyBaseException MemoryViewInvalidValue() => ValueError("memoryview: invalid value for format 'B'");

    public static PyBaseException MemoryViewStructureMismatch() =>
        ValueError("memoryview assignment: lvalue and rvalue have different structures");

    public static PyBaseException UnhashableWritableMemoryView() => ValueError("cannot hash writable memoryview object");

    public static PyBaseException SyntaxErrorLocationLength(int given) => given < 4
        ? TypeError($"function takes at least 4 arguments ({given} given)")
        : TypeError($"function takes at most 6 arguments ({given} given)");

    public static PyBaseException FunctionTakesExactly(int count, int given) =>
        TypeError($"function takes exactly {count} arguments ({given} given)");

    public static PyBaseException ObjectNewTakesOneArgument() =>
        TypeError("object.__new__() takes exactly one argument (the type to instantiate)");

    public static PyBaseException ObjectInitTakesOneArgument() =>
        TypeError("object.__init__() takes exactly one argument (the instance to initialize)");

    public static PyBaseException InitTakesOneArgument(PyType type) =>
        TypeError($"{type.Name}.__init__() takes exactly one argument (the instance to initialize)");

    public static PyBaseException TakesNoArguments(PyType type) => TypeError($"{type.Name}() takes no arguments");

    public static PyBaseException TypeInitArguments() => TypeError("type.__init__() takes 1 or 3 arguments");

    public static PyBaseException BasesNotTuple(PyType type, object? value) =>
        TypeError($"can only assign tuple to {type.Name}.__bases__, not {TypeName(value)}");

    public static PyBaseException BasesEmpty(PyType type) => TypeError($"can only assign non-empty tuple to {type.Name}.__bases__, not ()");

    public static PyBaseException BasesNotClasses(PyType type, object? item) =>
        TypeError($"{type.Name}.__bases__ must be tuple of classes, not '{TypeName(item)}'");

    public static PyBaseException BasesCycle() => TypeError("a __bases__ item causes an inheritance cycle");

    public static PyBaseException BasesLayoutDiffers(PyType newBase, PyType oldBase) =>
        TypeError($"__bases__ assignment: '{newBase.Name}' object layout differs from '{oldBase.Name}'");
}
