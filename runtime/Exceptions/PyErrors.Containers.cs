namespace PyNet.Runtime;

/// <summary>Messages of the container types (set, dict, list, tuple, range, slice) and of the builtin functions.</summary>
public static partial class PyErrors
{
    public static PyBaseException PopFromEmptySet() => New(PyExc.KeyError, "pop from an empty set");

    public static PyBaseException SetChangedSize() => RuntimeError("Set changed size during iteration");

    public static PyBaseException DictChangedSize() => RuntimeError("dictionary changed size during iteration");

    public static PyBaseException DictKeysChanged() => RuntimeError("dictionary keys changed during iteration");

    public static PyBaseException DictPopItemEmpty() => New(PyExc.KeyError, "popitem(): dictionary is empty");

    public static PyBaseException DictUpdateSequenceElement(long index, long length) =>
        ValueError($"dictionary update sequence element #{index} has length {length}; 2 is required");

    public static PyBaseException DictUpdateElementNotSequence(long index, object? element) =>
        TypeError($"cannot convert dictionary update sequence element #{index} to a sequence");

    public static PyBaseException DescriptorNeedsObject(string method, string typeName, object? self) =>
        TypeError($"descriptor '{method}' for '{typeName}' objects doesn't apply to a '{TypeName(self)}' object");

    public static PyBaseException UnsupportedOperand(string op, object? a, object? b) =>
        TypeError($"unsupported operand type(s) for {op}: '{TypeName(a)}' and '{TypeName(b)}'");

    public static PyBaseException NotInList() => ValueError("list.remove(x): x not in list");

    public static PyBaseException ValueNotInList(object? x) => ValueError($"{PyProtocol.Repr(x)} is not in list");

    public static PyBaseException NotInTuple() => ValueError("tuple.index(x): x not in tuple");

    public static PyBaseException PopFromEmptyList() => IndexError("pop from empty list");

    public static PyBaseException PopIndexOutOfRange() => IndexError("pop index out of range");

    public static PyBaseException ListModifiedDuringSort() => ValueError("list modified during sort");

    public static PyBaseException SortTakesNoPositional() => TypeError("sort() takes no positional arguments");

    public static PyBaseException InvalidKeywordFor(string keyword, string function) =>
        TypeError($"'{keyword}' is an invalid keyword argument for {function}()");

    public static PyBaseException ExtendedSliceSizeMismatch(long given, long expected) =>
        ValueError($"attempt to assign sequence of size {given} to extended slice of size {expected}");

    public static PyBaseException CanOnlyAssignIterable() => TypeError("can only assign an iterable");

    public static PyBaseException MustAssignIterableToExtendedSlice() => TypeError("must assign iterable to extended slice");

    public static PyBaseException CannotFitIndex(object? o) =>
        OverflowError($"cannot fit '{TypeName(o)}' into an index-sized integer");

    public static PyBaseException SliceIndicesNoNone() =>
        TypeError("slice indices must be integers or have an __index__ method");

    public static PyBaseException CannotMultiplySequence(object? o) =>
        TypeError($"can't multiply sequence by non-int of type '{TypeName(o)}'");

    public static PyBaseException SliceStepZero() => ValueError("slice step cannot be zero");

    public static PyBaseException SliceIndicesType() =>
        TypeError("slice indices must be integers or None or have an __index__ method");

    public static PyBaseException SliceLengthNegative() => ValueError("length should not be negative");

    public static PyBaseException NotInterpretableAsInteger(object? o) =>
        TypeError($"'{TypeName(o)}' object cannot be interpreted as an integer");

    public static PyBaseException RangeStepZero() => ValueError("range() arg 3 must not be zero");

    public static PyBaseException RangeIndexOutOfRange() => IndexError("range object index out of range");

    public static PyBaseException RangeLengthOverflow() => OverflowError("Python int too large to convert to C ssize_t");

    public static PyBaseException NotInRange(object? x) => ValueError($"{PyProtocol.Repr(x)} is not in range");

    public static PyBaseException ZipShorter(int argument, int others) =>
        ValueError($"zip() argument {argument} is shorter than argument{(others > 1 ? "s 1-" + others : " 1")}");

    public static PyBaseException ZipLonger(int argument, int others) =>
        ValueError($"zip() argument {argument} is longer than argument{(others > 1 ? "s 1-" + others : " 1")}");

    public static PyBaseException MapNeedsTwoArguments() => TypeError("map() must have at least two arguments.");

    public static PyBaseException ArgIsEmptySequence(string function) => ValueError($"{function}() arg is an empty sequence");

    public static PyBaseException SumStrings() => TypeError("sum() can't sum strings [use ''.join(seq) instead]");

    public static PyBaseException SumBytes() => TypeError("sum() can't sum bytes [use b''.join(seq) instead]");

    public static PyBaseException SumByteArray() => TypeError("sum() can't sum bytearray [use b''.join(seq) instead]");

    public static PyBaseException IterSentinelNeedsCallable() => TypeError("iter(v, w): v must be callable");

    public static PyBaseException NotReversible(object? o) => TypeError($"'{TypeName(o)}' object is not reversible");

    public static PyBaseException ArgumentMustBeType(string function, string what) => TypeError($"{function}() arg 2 must be {what}");

    public static PyBaseException IsSubclassArg1() => TypeError("issubclass() arg 1 must be a class");

    public static PyBaseException AttributeNameMustBeString(object? name) =>
        TypeError($"attribute name must be string, not '{TypeName(name)}'");

    public static PyBaseException VarsNeedsDict() => TypeError("vars() argument must have __dict__ attribute");

    public static PyBaseException ChrOutOfRange() => ValueError("chr() arg not in range(0x110000)");

    public static PyBaseException OrdExpectedCharacter(long length) =>
        TypeError($"ord() expected a character, but string of length {length} found");

    public static PyBaseException OrdExpectedString(object? o) =>
        TypeError($"ord() expected string of length 1, but {TypeName(o)} found");

    public static PyBaseException PowThirdArgNotAllowed() =>
        TypeError("pow() 3rd argument not allowed unless all arguments are integers");

    public static PyBaseException PowThirdArgZero() => ValueError("pow() 3rd argument cannot be 0");

    public static PyBaseException PowBaseNotInvertible() => ValueError("base is not invertible for the given modulus");

    public static PyBaseException MissingRequiredArgument(string function, string name, int position = 0) =>
        TypeError($"{function}() missing required argument '{name}'{(position > 0 ? $" (pos {position})" : "")}");

    public static PyBaseException GivenByNameAndPosition(string function, string name, int position) =>
        TypeError($"argument for {function}() given by name ('{name}') and position ({position})");

    public static PyBaseException IndexReturnedNonInt(object? result) =>
        TypeError($"__index__ returned non-int (type {TypeName(result)})");

    public static PyBaseException ExpectedArguments(string function, int count, int given) =>
        TypeError($"{function} expected {count} argument{(count == 1 ? "" : "s")}, got {given}");

    public static PyBaseException TakesAtMostKeywordArguments(string function, int max, int given) =>
        TypeError($"{function}() takes at most {max} keyword argument{(max == 1 ? "" : "s")} ({given} given)");

    public static PyBaseException TakesAtLeastPositional(string function, int min, int given) =>
        TypeError($"{function}() takes at least {min} positional argument{(min == 1 ? "" : "s")} ({given} given)");

    public static PyBaseException DefaultWithMultiplePositional(string function) =>
        TypeError($"Cannot specify a default for {function}() with multiple positional arguments");

    public static PyBaseException TakesAtMostArguments(string function, int max, int given) =>
        TypeError($"{function}() takes at most {max} argument{(max == 1 ? "" : "s")} ({given} given)");

    public static PyBaseException TakesExactlyArguments(string function, int count, int given) =>
        TypeError($"{function}() takes exactly {count} argument{(count == 1 ? "" : "s")} ({given} given)");

    public static PyBaseException TakesAtLeastArguments(string function, int min, int given) =>
        TypeError($"{function}() takes at least {min} argument{(min == 1 ? "" : "s")} ({given} given)");

    public static PyBaseException PropertyNoGetter(string? name, PyType owner) =>
        New(PyExc.AttributeError, $"property {(name != null ? $"'{name}' " : "")}of '{owner.Name}' object has no getter");

    public static PyBaseException PropertyNoSetter(string? name, PyType owner, bool delete) =>
        New(PyExc.AttributeError, $"property {(name != null ? $"'{name}' " : "")}of '{owner.Name}' object has no {(delete ? "deleter" : "setter")}");

    public static PyBaseException UncallableStaticMethod(object? o) => TypeError($"'{TypeName(o)}' object is not callable");

    public static PyBaseException MathDomainError() => ValueError("math domain error");

    public static PyBaseException MathRangeError() => OverflowError("math range error");

    public static PyBaseException MathIntTooLargeForFloat() => OverflowError("int too large to convert to float");

    public static PyBaseException MustBeRealNumber(object? o) => TypeError($"must be real number, not {TypeName(o)}");

    public static PyBaseException CannotConvertFloatInfinity() => OverflowError("cannot convert float infinity to integer");

    public static PyBaseException CannotConvertFloatNaN() => ValueError("cannot convert float NaN to integer");

    public static PyBaseException IsqrtNegative() => ValueError("isqrt() argument must be nonnegative");

    public static PyBaseException LdexpExpectsInt() => TypeError("Expected an int as second argument to ldexp.");

    public static PyBaseException FsumOverflow() => OverflowError("intermediate overflow in fsum");

    public static PyBaseException FsumInfMinusInf() => ValueError("-inf + inf in fsum");

    public static PyBaseException TolerancesNegative() => ValueError("tolerances must be non-negative");

    public static PyBaseException FactorialNegative() => ValueError("factorial() not defined for negative values");

    public static PyBaseException FactorialTooLarge() => OverflowError("factorial() argument should not exceed 9223372036854775807");

    public static PyBaseException MustBeNonNegativeInteger(string name) => ValueError($"{name} must be a non-negative integer");

    public static PyBaseException DistDimensionsDiffer() => ValueError("both points must have the same number of dimensions");

    public static PyBaseException FloatReturnedNonFloat(object? o, object? result) =>
        TypeError($"{TypeName(o)}.__float__ returned non-float (type {TypeName(result)})");

    public static PyBaseException NoTruncMethod(object? o) => TypeError($"type {TypeName(o)} doesn't define __trunc__ method");

    public static PyBaseException StructTimeSequenceLength() => TypeError("time.struct_time() takes a sequence of length 9");

    /// <summary>CPython's structseq_new: a struct sequence built from a sequence of the wrong length.</summary>
    public static PyBaseException StructSequenceLength(string typeName, int min, int max, int given) => TypeError(
        min == max ? $"{typeName}() takes a {min}-sequence ({given}-sequence given)"
        : given < min ? $"{typeName}() takes an at least {min}-sequence ({given}-sequence given)"
        : $"{typeName}() takes an at most {max}-sequence ({given}-sequence given)");

    public static PyBaseException StrftimeFormatType(object? o) => TypeError($"strftime() argument 1 must be str, not {TypeName(o)}");

    public static PyBaseException SleepLengthNegative() => ValueError("sleep length must be non-negative");
}
