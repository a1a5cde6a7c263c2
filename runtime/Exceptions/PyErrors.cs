using System.Collections.Generic;
using System.Linq;

namespace PyNet.Runtime;

/// <summary>
/// The one place where runtime error messages are written, word for word as CPython 3.11 writes them. Each factory
/// returns the exception object; callers write <c>throw new PyException(PyErrors.X(...))</c> or, on fast paths,
/// <c>return PyOps.SetPending(PyErrors.X(...))</c>. Values shown in messages use type names or reprs of builtin
/// values only; user <c>__repr__</c> methods are never run to build a message unless CPython runs them.
/// </summary>
public static partial class PyErrors
{
    public static PyBaseException New(PyType type, string message) => new(type, new PyStr(message));

    public static PyBaseException TypeError(string message) => New(PyExc.TypeError, message);

    public static PyBaseException ValueError(string message) => New(PyExc.ValueError, message);

    public static PyBaseException RuntimeError(string message) => New(PyExc.RuntimeError, message);

    public static PyBaseException OverflowError(string message) => New(PyExc.OverflowError, message);

    public static PyBaseException ZeroDivisionError(string message) => New(PyExc.ZeroDivisionError, message);

    public static PyBaseException SystemError(string message) => New(PyExc.SystemError, message);

    public static PyBaseException MemoryError() => new(PyExc.MemoryError);

    public static PyBaseException IndexError(string message) => New(PyExc.IndexError, message);

    public static PyBaseException DivisionByZero() => ZeroDivisionError("division by zero");

    /// <summary>The ZeroDivisionError of <c>/</c>, <c>//</c> or <c>%</c> by a zero int or float, with CPython's message.</summary>
    public static PyBaseException DivisionByZero(BinaryOperator op, bool floatOperands) => op switch
    {
        BinaryOperator.FloorDiv => floatOperands ? FloatFloorDivisionByZero() : IntegerModuloByZero(),
        BinaryOperator.Mod => floatOperands ? FloatModuloByZero() : IntegerModuloOnlyByZero(),
        _ => floatOperands ? FloatDivisionByZero() : DivisionByZero(),
    };

    public static PyBaseException IntegerModuloByZero() => ZeroDivisionError("integer division or modulo by zero");

    public static PyBaseException FloatDivisionByZero() => ZeroDivisionError("float division by zero");

    public static PyBaseException SystemExit(object? code)
    {
        var e = code == null ? new PyBaseException(PyExc.SystemExit) : new PyBaseException(PyExc.SystemExit, code);
        e.SetField("code", code);
        return e;
    }

    /// <summary>Ctrl-C's exception: no arguments, so it prints as a bare "KeyboardInterrupt".</summary>
    public static PyBaseException KeyboardInterrupt() => new(PyExc.KeyboardInterrupt);

    public static PyBaseException KeyError(object? key) => new(PyExc.KeyError, key);

    public static PyBaseException StopIteration(object? value = null)
    {
        // An exhausted iterator's StopIteration (value None) gets no instance dict: the value getter reads None from
        // an absent field, and the exception stays one object as its __dict__ stays empty, as CPython's.
        if (value == null)
        {
            return new PyBaseException(PyExc.StopIteration);
        }
        var e = new PyBaseException(PyExc.StopIteration, value);
        e.SetField("value", value);
        return e;
    }

    public static PyBaseException NameNotDefined(string name)
    {
        var e = New(PyExc.NameError, $"name '{name}' is not defined");
        e.SetField("name", new PyStr(name));
        return e;
    }

    public static PyBaseException UnboundLocal(string name) =>
        New(PyExc.UnboundLocalError, $"cannot access local variable '{name}' where it is not associated with a value");

    public static PyBaseException UnboundFree(string name) =>
        New(PyExc.NameError, $"cannot access free variable '{name}' where it is not associated with a value in enclosing scope");

    public static PyBaseException NoAttribute(object? obj, string name)
    {
        var message = obj switch
        {
            PyType t => $"type object '{t.Name}' has no attribute '{name}'",
            PyModule m => $"module '{m.Name}' has no attribute '{name}'",
            _ => $"'{TypeName(obj)}' object has no attribute '{name}'",
        };
        var e = New(PyExc.AttributeError, message);
        e.SetField("name", new PyStr(name));
        e.SetField("obj", obj);
        return e;
    }

    public static PyBaseException ReadOnlyAttribute(object? obj, string name) =>
        New(PyExc.AttributeError, $"attribute '{name}' of '{TypeName(obj)}' objects is not writable");

    public static PyBaseException AstNotSupported() =>
        New(PyExc.NotImplementedError, "compile() of an AST object is not supported by PyNet yet");

    public static PyBaseException AstTooManyPositional(string type, int fields) =>
        TypeError($"{type} constructor takes at most {fields} positional argument{(fields == 1 ? "" : "s")}");

    public static PyBaseException CannotSetAttribute(PyType type, string name) =>
        TypeError($"cannot set '{name}' attribute of immutable type '{type.Name}'");

    public static PyBaseException UnsupportedBinary(string op, object? a, object? b) =>
        TypeError($"unsupported operand type(s) for {op}: '{TypeName(a)}' and '{TypeName(b)}'");

    public static PyBaseException UnsupportedPow3(object? a, object? b, object? c) =>
        TypeError($"unsupported operand type(s) for ** or pow(): '{TypeName(a)}', '{TypeName(b)}', '{TypeName(c)}'");

    public static PyBaseException BadUnary(string op, object? a) =>
        TypeError($"bad operand type for unary {op}: '{TypeName(a)}'");

    public static PyBaseException BadOperandFor(string function, object? a) =>
        TypeError($"bad operand type for {function}: '{TypeName(a)}'");

    public static PyBaseException NotSupportedCompare(string op, object? a, object? b) =>
        TypeError($"'{op}' not supported between instances of '{TypeName(a)}' and '{TypeName(b)}'");

    public static PyBaseException NotCallable(object? o) => TypeError($"'{TypeName(o)}' object is not callable");

    public static PyBaseException NotSubscriptable(object? o) =>
        TypeError(o is PyType t ? $"type '{t.Name}' is not subscriptable" : $"'{TypeName(o)}' object is not subscriptable");

    public static PyBaseException NotItemAssignable(object? o) =>
        TypeError($"'{TypeName(o)}' object does not support item assignment");

    public static PyBaseException NotItemDeletable(object? o) =>
        TypeError($"'{TypeName(o)}' object doesn't support item deletion");

    public static PyBaseException NotIterable(object? o) => TypeError($"'{TypeName(o)}' object is not iterable");

    public static PyBaseException NotAnIterator(object? o) => TypeError($"'{TypeName(o)}' object is not an iterator");

    public static PyBaseException NoLen(object? o) => TypeError($"object of type '{TypeName(o)}' has no len()");

    public static PyBaseException Unhashable(object? o) => TypeError($"unhashable type: '{TypeName(o)}'");

    public static PyBaseException IndicesMustBeIntegers(object? seq, object? index) =>
        TypeError($"{TypeName(seq)} indices must be integers or slices, not {TypeName(index)}");

    public static PyBaseException IndexOutOfRange(string typeName) => IndexError(typeName switch
    {
        // The common ones without building the message (a list index miss is often a loop's way out).
        "list" => "list index out of range",
        "tuple" => "tuple index out of range",
        "string" => "string index out of range",
        _ => $"{typeName} index out of range",
    });

    public static PyBaseException AssignmentIndexOutOfRange(string typeName) => IndexError($"{typeName} assignment index out of range");

    public static PyBaseException CannotConcatenate(object? a, object? b) =>
        TypeError($"can only concatenate {TypeName(a)} (not \"{TypeName(b)}\") to {TypeName(a)}");

    public static PyBaseException IntTooLarge(string target) => OverflowError($"Python int too large to convert to {target}");

    public static PyBaseException InvalidIntLiteral(int @base, string text) =>
        ValueError($"invalid literal for int() with base {@base}: {PyStr.Repr(text)}");

    public static PyBaseException InvalidFloatLiteral(string text) =>
        ValueError($"could not convert string to float: {PyStr.Repr(text)}");

    public static PyBaseException RecursionLimit() => New(PyExc.RecursionError, "maximum recursion depth exceeded");

    public static PyBaseException TooManyPositional(string func, int argCount, int defaults, int given, int kwOnlyGiven)
    {
        var takes = defaults > 0 && defaults <= argCount
            ? $"from {argCount - defaults} to {argCount} positional arguments"
            : $"{argCount} positional argument{(argCount == 1 ? "" : "s")}";
        var gave = kwOnlyGiven > 0
            ? $"{given} positional argument{(given == 1 ? "" : "s")} (and {kwOnlyGiven} keyword-only argument{(kwOnlyGiven == 1 ? "" : "s")}) were given"
            : $"{given} {(given == 1 ? "was" : "were")} given";
        return TypeError($"{func}() takes {takes} but {gave}");
    }

    public static PyBaseException MultipleValues(string func, string name) =>
        TypeError($"{func}() got multiple values for argument '{name}'");

    public static PyBaseException UnexpectedKeyword(string func, string name) =>
        TypeError($"{func}() got an unexpected keyword argument '{name}'");

    public static PyBaseException PositionalOnlyAsKeyword(string func, List<string> names) =>
        TypeError($"{func}() got some positional-only arguments passed as keyword arguments: '{string.Join(", ", names)}'");

    public static PyBaseException MissingArguments(string func, List<string> names, string kind)
    {
        var quoted = names.Select(n => $"'{n}'").ToList();
        string list;
        if (quoted.Count == 1)
        {
            list = quoted[0];
        }
        else if (quoted.Count == 2)
        {
            list = quoted[0] + " and " + quoted[1];
        }
        else
        {
            list = string.Join(", ", quoted.Take(quoted.Count - 1)) + ", and " + quoted[^1];
        }
        return TypeError($"{func}() missing {names.Count} required {kind} argument{(names.Count == 1 ? "" : "s")}: {list}");
    }

    public static PyBaseException NoKeywordArguments(string func) => TypeError($"{func}() takes no keyword arguments");

    public static PyBaseException BuiltinArgCount(string func, int expected, int given) => expected switch
    {
        0 => TypeError($"{func}() takes no arguments ({given} given)"),
        1 => TypeError($"{func}() takes exactly one argument ({given} given)"),
        _ => TypeError($"{func} expected {expected} arguments, got {given}"),
    };

    public static PyBaseException ExpectedAtMost(string func, int max, int given) =>
        TypeError($"{func} expected at most {max} argument{(max == 1 ? "" : "s")}, got {given}");

    public static PyBaseException ExpectedAtLeast(string func, int min, int given) =>
        TypeError($"{func} expected at least {min} argument{(min == 1 ? "" : "s")}, got {given}");

    public static PyBaseException LayoutConflict() => TypeError("multiple bases have instance lay-out conflict");

    public static PyBaseException InconsistentMro(IEnumerable<string> names) =>
        TypeError("Cannot create a consistent method resolution\norder (MRO) for bases " + string.Join(", ", names));

    public static PyBaseException ExceptionsMustDerive() => TypeError("exceptions must derive from BaseException");

    public static PyBaseException CatchingNonException() =>
        TypeError("catching classes that do not inherit from BaseException is not allowed");

    public static PyBaseException NoActiveException() => RuntimeError("No active exception to reraise");

    public static PyBaseException CauseMustDerive() => TypeError("exception causes must derive from BaseException");

    public static PyBaseException TooManyToUnpack(int expected) =>
        ValueError($"too many values to unpack (expected {expected})");

    public static PyBaseException NotEnoughToUnpack(int expected, int got) =>
        ValueError($"not enough values to unpack (expected {expected}, got {got})");

    public static PyBaseException NotEnoughToUnpackStar(int expected, int got) =>
        ValueError($"not enough values to unpack (expected at least {expected}, got {got})");

    public static PyBaseException CannotUnpackNonIterable(object? o) =>
        TypeError($"cannot unpack non-iterable {TypeName(o)} object");

    public static PyBaseException BoolReturnedNonBool(object? result) =>
        TypeError($"__bool__ should return bool, returned {TypeName(result)}");

    public static PyBaseException StrReturnedNonStr(string method, object? result) =>
        TypeError($"{method} returned non-string (type {TypeName(result)})");

    /// <summary>The type name used in messages: type(o).__name__.</summary>
    public static string TypeName(object? o) => PyType.Of(o).Name;
}
