using System.Globalization;

namespace PyNet.Runtime;

/// <summary>Messages of the text and number parts: format specs, %-formatting, str.format, str/bytes methods, codecs.</summary>
public static partial class PyErrors
{
    // ---- argument binding of builtin methods ----
    public static PyBaseException TakesAtLeast(string func, int min, int given) =>
        TypeError($"{func}() takes at least {min} argument{(min == 1 ? "" : "s")} ({given} given)");

    public static PyBaseException TakesAtMost(string func, int max, int given, bool positional) =>
        TypeError($"{func}() takes at most {max}{(positional ? " positional" : "")} argument{(max == 1 ? "" : "s")} ({given} given)");

    public static PyBaseException TakesFromToPositional(string func, int min, int max, int given) =>
        TypeError($"{func}() takes from {min} to {max} positional arguments but {given} were given");

    public static PyBaseException InvalidKeywordArgument(string func, string name) =>
        TypeError($"'{name}' is an invalid keyword argument for {func}()");



    // ---- format specification mini-language ----
    public static PyBaseException InvalidFormatSpecifier(string spec, string typeName) =>
        ValueError($"Invalid format specifier '{spec}' for object of type '{typeName}'");

    public static PyBaseException BothSeparators() => ValueError("Cannot specify both ',' and '_'.");

    public static PyBaseException CannotSpecifySeparator(char separator, int type) =>
        ValueError(type > 32 && type < 128
            ? $"Cannot specify '{separator}' with '{(char)type}'."
            : $"Cannot specify '{separator}' with '\\x{type:x}'.");

    public static PyBaseException FormatMissingPrecision() => ValueError("Format specifier missing precision");

    public static PyBaseException TooManyDecimalDigits() => ValueError("Too many decimal digits in format string");

    public static PyBaseException UnknownFormatCode(int type, string typeName) =>
        ValueError(type > 32 && type < 128
            ? $"Unknown format code '{(char)type}' for object of type '{typeName}'"
            : $"Unknown format code '\\x{type:x}' for object of type '{typeName}'");

    public static PyBaseException SignNotAllowedInString() => ValueError("Sign not allowed in string format specifier");

    public static PyBaseException SpaceNotAllowedInString() => ValueError("Space not allowed in string format specifier");

    public static PyBaseException AlternateNotAllowedInString() =>
        ValueError("Alternate form (#) not allowed in string format specifier");

    public static PyBaseException EqualsAlignNotAllowedInString() =>
        ValueError("'=' alignment not allowed in string format specifier");

    public static PyBaseException NegativeZeroNotAllowed(string kind) =>
        ValueError($"Negative zero coercion (z) not allowed in {kind} format specifier");

    public static PyBaseException PrecisionNotAllowedInInteger() =>
        ValueError("Precision not allowed in integer format specifier");

    public static PyBaseException SignNotAllowedWithChar() =>
        ValueError("Sign not allowed with integer format specifier 'c'");

    public static PyBaseException AlternateNotAllowedWithChar() =>
        ValueError("Alternate form (#) not allowed with integer format specifier 'c'");

    public static PyBaseException CharArgNotInRange() => OverflowError("%c arg not in range(0x110000)");

    public static PyBaseException ZeroPaddingNotAllowedInComplex() =>
        ValueError("Zero padding is not allowed in complex format specifier");

    public static PyBaseException EqualsAlignNotAllowedInComplex() =>
        ValueError("'=' alignment flag is not allowed in complex format specifier");

    public static PyBaseException IntegerModuloOnlyByZero() => ZeroDivisionError("integer modulo by zero");

    public static PyBaseException FloatFloorDivisionByZero() => ZeroDivisionError("float floor division by zero");

    public static PyBaseException FloatModuloByZero() => ZeroDivisionError("float modulo");

    public static PyBaseException ZeroToNegativePower() => ZeroDivisionError("0.0 cannot be raised to a negative power");

    public static PyBaseException NumericalResultOutOfRange() => OverflowError("(34, 'Numerical result out of range')");

    public static PyBaseException NanToInteger() => ValueError("cannot convert float NaN to integer");

    public static PyBaseException InfinityToInteger() => OverflowError("cannot convert float infinity to integer");

    public static PyBaseException TooManyDigitsInInteger() => OverflowError("too many digits in integer");

    public static PyBaseException GetFormatArgument() =>
        ValueError("__getformat__() argument 1 must be 'double' or 'float'");

    public static PyBaseException RoundedTooLarge() => OverflowError("rounded value too large to represent");

    public static PyBaseException IntTooLargeForFloat() => OverflowError("int too large to convert to float");

    // ---- printf-style formatting ----
    public static PyBaseException NotEnoughFormatArguments() => TypeError("not enough arguments for format string");

    public static PyBaseException NotAllArgumentsConverted() =>
        TypeError("not all arguments converted during string formatting");

    public static PyBaseException FormatRequiresMapping() => TypeError("format requires a mapping");

    public static PyBaseException IncompleteFormat() => ValueError("incomplete format");

    public static PyBaseException IncompleteFormatKey() => ValueError("incomplete format key");

    public static PyBaseException UnsupportedFormatCharacter(int c, int index) =>
        ValueError(c >= 32 && c < 127
            ? $"unsupported format character '{(char)c}' (0x{c:x}) at index {index}"
            : $"unsupported format character '{char.ConvertFromUtf32(c)}' (0x{c:x}) at index {index}");

    public static PyBaseException PercentWidthTooBig() => ValueError("width too big");

    public static PyBaseException PercentPrecisionTooBig() => ValueError("precision too big");

    public static PyBaseException StarWantsInt() => TypeError("* wants int");

    public static PyBaseException PercentNeedsReal(char conversion, object? value) =>
        TypeError($"%{conversion} format: a real number is required, not {TypeName(value)}");

    public static PyBaseException PercentNeedsInteger(char conversion, object? value) =>
        TypeError($"%{conversion} format: an integer is required, not {TypeName(value)}");

    public static PyBaseException PercentCharNeedsIntOrChar() => TypeError("%c requires int or char");

    public static PyBaseException PercentBytesNeedsBytesLike(object? value) =>
        TypeError($"%b requires a bytes-like object, or an object that implements __bytes__, not '{TypeName(value)}'");

    public static PyBaseException PercentByteArgNotInRange() => OverflowError("%c arg not in range(256)");

    public static PyBaseException PercentByteNeedsIntOrByte() =>
        TypeError("%c requires an integer in range(256) or a single byte");

    public static PyBaseException PercentCharArgNotInRange() => OverflowError("%c arg not in range(0x110000)");

    // ---- str.format ----
    public static PyBaseException SingleBraceEncountered(bool open) =>
        ValueError(open ? "Single '{' encountered in format string" : "Single '}' encountered in format string");

    public static PyBaseException ExpectedCloseBrace() => ValueError("expected '}' before end of string");

    public static PyBaseException UnmatchedOpenBrace() => ValueError("unmatched '{' in format spec");

    public static PyBaseException AutoToManualNumbering() =>
        ValueError("cannot switch from automatic field numbering to manual field specification");

    public static PyBaseException ManualToAutoNumbering() =>
        ValueError("cannot switch from manual field specification to automatic field numbering");

    public static PyBaseException ReplacementIndexOutOfRange(long index, int count) =>
        IndexError($"Replacement index {index} out of range for positional args tuple");

    public static PyBaseException UnknownConversion(int c) =>
        ValueError(c > 32 && c < 127
            ? $"Unknown conversion specifier {(char)c}"
            : $"Unknown conversion specifier \\x{c:x}");

    public static PyBaseException ExpectedColonAfterConversion() =>
        ValueError("expected ':' after conversion specifier");

    public static PyBaseException EndOfStringWhileLookingForConversion() =>
        ValueError("end of string while looking for conversion specifier");

    public static PyBaseException UnexpectedBraceInFieldName() => ValueError("unexpected '{' in field name");

    public static PyBaseException FormatMapPositional() => ValueError("Format string contains positional fields");

    public static PyBaseException MaxRecursionInFormat() => ValueError("Max string recursion exceeded");

    public static PyBaseException EmptyAttributeInFormat() => ValueError("Empty attribute in format string");

    public static PyBaseException MissingCloseBracketInFormat() => ValueError("Missing ']' in format string");

    public static PyBaseException OnlyDotOrBracketInFormat() =>
        ValueError("Only '.' or '[' may follow ']' in format field specifier");

    public static PyBaseException TooManyDecimalDigitsInFormatField() =>
        ValueError("Too many decimal digits in format string");

    // ---- str / bytes methods ----
    public static PyBaseException EmptySeparator() => ValueError("empty separator");

    public static PyBaseException SubstringNotFound() => ValueError("substring not found");

    public static PyBaseException SubsectionNotFound() => ValueError("subsection not found");

    public static PyBaseException MustBeStrNot(object? value) => TypeError($"must be str, not {TypeName(value)}");

    public static PyBaseException ArgMustBeStrOrNone(string func, object? value) =>
        TypeError($"{func} arg must be None or str");

    public static PyBaseException FillCharMustBeOneChar() =>
        TypeError("The fill character must be exactly one character long");

    public static PyBaseException AffixArgType(string func, string what, object? value) =>
        TypeError($"{func} first arg must be {what} or a tuple of {what}, not {TypeName(value)}");

    public static PyBaseException JoinExpectedStr(int index, object? item) =>
        TypeError($"sequence item {index}: expected str instance, {TypeName(item)} found");

    public static PyBaseException JoinExpectedBytes(int index, object? item) =>
        TypeError($"sequence item {index}: expected a bytes-like object, {TypeName(item)} found");

    public static PyBaseException MaketransOneArgDict() =>
        TypeError("if you give only one argument to maketrans it must be a dict");

    public static PyBaseException MaketransKeysLength() =>
        ValueError("string keys in translate table must be of length 1");

    public static PyBaseException MaketransKeysType() =>
        TypeError("keys in translate table must be strings or integers");

    public static PyBaseException MaketransEqualLength() =>
        ValueError("the first two maketrans arguments must have equal length");

    public static PyBaseException CharacterMappingMustReturn() =>
        TypeError("character mapping must return integer, None or str");

    public static PyBaseException CharacterMappingRange() =>
        ValueError("character mapping must be in range(0x110000)");

    public static PyBaseException NamedArgumentMustBe(string func, string name, string expected, object? value) =>
        TypeError($"{func}() argument '{name}' must be {expected}, not {TypeName(value)}");

    public static PyBaseException SingleArgumentMustBe(string func, string expected, object? value) =>
        TypeError($"{func}() argument must be {expected}, not {TypeName(value)}");

    public static PyBaseException StrIndicesMustBeIntegers(object? key) =>
        TypeError($"string indices must be integers, not '{TypeName(key)}'");

    public static PyBaseException AffixTupleItem(string func, string what, object? item) =>
        TypeError($"tuple for {func} must only contain {what}, not {TypeName(item)}");

    public static PyBaseException MustBeStrOrNone(object? value) => TypeError($"must be str or None, not {TypeName(value)}");

    public static PyBaseException CanOnlyJoinIterable() => TypeError("can only join an iterable");

    public static PyBaseException FillCharMustBeUnicode(object? value) =>
        TypeError($"The fill character must be a unicode character, not {TypeName(value)}");

    public static PyBaseException ArgumentMustBe(string func, int position, string expected, object? value) =>
        TypeError($"{func}() argument {position} must be {expected}, not {TypeName(value)}");

    public static PyBaseException DecodingStrNotSupported() => TypeError("decoding str is not supported");

    public static PyBaseException ExpectedBytesLike(object? value) =>
        TypeError($"a bytes-like object is required, not '{TypeName(value)}'");

    public static PyBaseException SliceIndicesMustBeIntegers() =>
        TypeError("slice indices must be integers or None or have an __index__ method");

    public static PyBaseException StrConstructorArgs(object? value) =>
        TypeError($"decoding to str: need a bytes-like object, {TypeName(value)} found");

    // ---- numbers ----

    public static PyBaseException CannotInterpretAsInteger(object? value) =>
        TypeError($"'{TypeName(value)}' object cannot be interpreted as an integer");



    public static PyBaseException FloatArgumentType(object? value) =>
        TypeError($"float() argument must be a string or a real number, not '{TypeName(value)}'");

    public static PyBaseException InvalidFloatLiteralRepr(string repr) => ValueError($"could not convert string to float: {repr}");

    public static PyBaseException InvalidIntLiteralRepr(int @base, string repr) =>
        ValueError($"invalid literal for int() with base {@base}: {repr}");

    public static PyBaseException IntMissingString() => TypeError("int() missing string argument");

    public static PyBaseException IntNonStringWithBase() => TypeError("int() can't convert non-string with explicit base");

    public static PyBaseException IntBaseRange() => ValueError("int() base must be >= 2 and <= 36, or 0");

    public static PyBaseException IntStringTooLong(int digits) =>
        ValueError($"Exceeds the limit (4300 digits) for integer string conversion: value has {digits} digits; use sys.set_int_max_str_digits() to increase the limit");

    public static PyBaseException IntToStringTooLong() =>
        ValueError("Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit");

    public static PyBaseException IntReturnedNonInt(object? value) =>
        TypeError($"__int__ returned non-int (type {TypeName(value)})");

    public static PyBaseException IntArgumentType(object? value) =>
        TypeError($"int() argument must be a string, a bytes-like object or a real number, not '{TypeName(value)}'");

    public static PyBaseException ByteOrderMustBe() => ValueError("byteorder must be either 'little' or 'big'");

    public static PyBaseException IntTooBigToConvert() => OverflowError("int too big to convert");

    public static PyBaseException NegativeToUnsigned() => OverflowError("can't convert negative int to unsigned");

    public static PyBaseException CannotConvertInfinityToRatio() =>
        OverflowError("cannot convert Infinity to integer ratio");

    public static PyBaseException CannotConvertNanToRatio() => ValueError("cannot convert NaN to integer ratio");

    public static PyBaseException InvalidHexFloat() =>
        ValueError("invalid hexadecimal floating-point string");

    public static PyBaseException HexFloatTooLarge() =>
        OverflowError("hexadecimal value too large to represent as a float");

    public static PyBaseException ComplexCouldNotConvert(string text) =>
        ValueError($"could not convert string to complex: {PyStr.Repr(text)}");

    public static PyBaseException ComplexMalformed() => ValueError("complex() arg is a malformed string");

    public static PyBaseException ComplexSecondArgString() =>
        TypeError("complex() second arg can't be a string");

    public static PyBaseException ComplexStringWithSecondArg() =>
        TypeError("complex() can't take second arg if first is a string");

    public static PyBaseException ComplexFirstArgType(object? value) =>
        TypeError($"complex() first argument must be a string or a number, not '{TypeName(value)}'");

    public static PyBaseException ComplexSecondArgType(object? value) =>
        TypeError($"complex() second argument must be a number, not '{TypeName(value)}'");

    public static PyBaseException ComplexReturnedNonComplex(object? value) =>
        TypeError($"__complex__ returned non-complex (type {TypeName(value)})");

    public static PyBaseException ComplexZeroToNegativePower() => ZeroDivisionError("0.0 to a negative or complex power");

    public static PyBaseException ComplexExponentiationOverflow() => OverflowError("complex exponentiation");

    public static PyBaseException ToBytesLengthNegative() => ValueError("length argument must be non-negative");

    // ---- bytes and codecs ----
    public static PyBaseException BytesReturnedNonBytes(object? value) =>
        TypeError($"__bytes__ returned non-bytes (type {TypeName(value)})");

    public static PyBaseException CannotConvertToBytes(object? value) =>
        TypeError($"cannot convert '{TypeName(value)}' object to bytes");

    public static PyBaseException ByteMustBeInRange() => ValueError("byte must be in range(0, 256)");

    public static PyBaseException CannotConcatBytes(object? other, string typeName) =>
        TypeError($"can't concat {TypeName(other)} to {typeName}");

    public static PyBaseException IntegerOrBytesLike(object? value) =>
        TypeError($"argument should be integer or bytes-like object, not '{TypeName(value)}'");

    public static PyBaseException ByteIndicesMustBeIntegers(object? key) =>
        TypeError($"byte indices must be integers or slices, not {TypeName(key)}");

    public static PyBaseException BytesIndexOutOfRange() => IndexError("index out of range");

    public static PyBaseException BytesMaketransLength() => ValueError("maketrans arguments must have same length");

    public static PyBaseException TranslationTableLength() => ValueError("translation table must be 256 characters long");

    public static PyBaseException HexSeparatorLength() => ValueError("sep must be length 1.");

    public static PyBaseException NonHexInFromHex(int position) =>
        ValueError($"non-hexadecimal number found in fromhex() arg at position {position}");

    public static PyBaseException EncodingWithoutString(bool encoding) =>
        TypeError(encoding ? "encoding without a string argument" : "errors without a string argument");

    public static PyBaseException StringWithoutEncoding() => TypeError("string argument without an encoding");

    public static PyBaseException NegativeCount() => ValueError("negative count");

    public static PyBaseException BytesMustBeInRange() => ValueError("bytes must be in range(0, 256)");

    public static PyBaseException ByteFillCharacter(string func, object? value) =>
        TypeError($"{func}() argument 2 must be a byte string of length 1, not {TypeName(value)}");

    public static PyBaseException ExtendWithStr() => TypeError("expected iterable of integers; got: 'str'");

    public static PyBaseException SliceAssignStr() =>
        TypeError("can assign only bytes, buffers, or iterables of ints in range(0, 256)");

    public static PyBaseException PopFromEmpty(string typeName) => IndexError($"pop from empty {typeName}");


    public static PyBaseException ValueNotFoundInByteArray() => ValueError("value not found in bytearray");

    public static PyBaseException ExtendedSliceSize(int size, long count) =>
        ValueError($"attempt to assign bytes of size {size} to extended slice of size {count}");

    public static PyBaseException UnknownEncoding(string name) => New(PyExc.LookupError, $"unknown encoding: {name}");

    public static PyBaseException UnknownErrorHandler(string name) =>
        New(PyExc.LookupError, $"unknown error handler name '{name}'");

    public static PyBaseException CannotHandleDecodeErrorInCallback() =>
        TypeError("don't know how to handle UnicodeDecodeError in error callback");

    /// <summary>The error a Python-level codec reports when its error handler fails: same type, message wrapped.</summary>
    public static PyBaseException CodecFailed(string operation, string encoding, PyBaseException inner) =>
        New(inner.Type, $"{operation} with '{encoding}' codec failed ({inner.Type.Name}: {PyProtocol.Str(inner).Value})");

    public static PyBaseException UnicodeEncode(string encoding, PyStr text, int[] codePoints, int start, int end, string reason)
    {
        var message = end - start == 1
            ? $"'{encoding}' codec can't encode character '{Codecs.EscapeCodePoint(codePoints[start])}' in position {start}: {reason}"
            : $"'{encoding}' codec can't encode characters in position {start}-{end - 1}: {reason}";
        var e = New(PyExc.UnicodeEncodeError, message);
        e.Args = PyTuple.Create(new object?[] { new PyStr(encoding), text, PyInt.Box(start), PyInt.Box(end), new PyStr(reason) });
        e.SetField("encoding", new PyStr(encoding));
        e.SetField("object", text);
        e.SetField("start", PyInt.Box(start));
        e.SetField("end", PyInt.Box(end));
        e.SetField("reason", new PyStr(reason));
        return e;
    }

    public static PyBaseException UnicodeDecode(string encoding, byte[] data, int start, int end, string reason)
    {
        var message = end - start == 1
            ? $"'{encoding}' codec can't decode byte 0x{data[start]:x2} in position {start}: {reason}"
            : $"'{encoding}' codec can't decode bytes in position {start}-{end - 1}: {reason}";
        var e = New(PyExc.UnicodeDecodeError, message);
        var bytes = new PyBytes(data);
        e.Args = PyTuple.Create(new object?[] { new PyStr(encoding), bytes, PyInt.Box(start), PyInt.Box(end), new PyStr(reason) });
        e.SetField("encoding", new PyStr(encoding));
        e.SetField("object", bytes);
        e.SetField("start", PyInt.Box(start));
        e.SetField("end", PyInt.Box(end));
        e.SetField("reason", new PyStr(reason));
        return e;
    }

    internal static string Hex(int value) => value.ToString("x", CultureInfo.InvariantCulture);
}
