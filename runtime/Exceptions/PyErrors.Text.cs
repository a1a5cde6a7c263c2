using System.Globalization;

namespace PyNet.Runtime;

/// <summary>Messages of the text and number parts: format specs, %-formatting, str.format, str/bytes methods, codecs.</summary>
public static partial class PyErrors
{
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

    public static PyBaseException StarWantsInt() => TypeError("* wants int");

    public static PyBaseException PercentNeedsReal(char conversion, object? value) =>
        TypeError($"%{conversion} format: a real number is required, not {TypeName(value)}");

    public static PyBaseException PercentNeedsInteger(char conversion, object? value) =>
        TypeError($"%{conversion} format: an integer is required, not {TypeName(value)}");

    public static PyBaseException PercentCharNeedsIntOrChar() => TypeError("%c requires int or char");

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

    public static PyBaseException MaketransSecondArgStr() =>
        TypeError("maketrans() argument 2 must be str, not ");

    public static PyBaseException CharacterMappingMustReturn() =>
        TypeError("character mapping must return integer, None or str");

    public static PyBaseException CharacterMappingRange() =>
        ValueError("character mapping must be in range(0x110000)");

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

    public static PyBaseException ComplexMalformed() => ValueError("complex() arg is a malformed string");

    public static PyBaseException ComplexSecondArgString() =>
        TypeError("complex() second arg can't be a string");

    public static PyBaseException ComplexStringWithSecondArg() =>
        TypeError("complex() can't take second arg if first is a string");

    public static PyBaseException ComplexFirstArgType(object? value) =>
        TypeError($"complex() first argument must be a string or a number, not '{TypeName(value)}'");

    public static PyBaseException ComplexSecondArgType(object? value) =>
        TypeError($"complex() second argument must be a number, not '{TypeName(value)}'");

    public static PyBaseException BitCountInvalid() => ValueError("negative shift count");

    public static PyBaseException ToBytesLengthNegative() => ValueError("length argument must be non-negative");

    internal static string Hex(int value) => value.ToString("x", CultureInfo.InvariantCulture);
}
