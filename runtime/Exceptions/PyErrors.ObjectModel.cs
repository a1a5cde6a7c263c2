namespace PyNet.Runtime;

/// <summary>Messages of the object model: classes, slots, descriptors, methods, generic aliases and unions.</summary>
public static partial class PyErrors
{
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

    public static PyBaseException ClassAssignmentOnlyMutable() =>
        TypeError("__class__ assignment only supported for mutable types or ModuleType subclasses");

    public static PyBaseException ClassAssignmentLayoutDiffers(PyType from, PyType to) =>
        TypeError($"__class__ assignment: '{to.Name}' object layout differs from '{from.Name}'");

    public static PyBaseException CellIsEmpty() => New(PyExc.ValueError, "Cell is empty");

    public static PyBaseException ParameterizedGeneric(string function) =>
        TypeError($"{function}() argument 2 cannot be a parameterized generic");
}
