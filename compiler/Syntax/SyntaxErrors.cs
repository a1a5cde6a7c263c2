namespace PyNet.Compiler.Syntax;

/// <summary>
/// Every syntax error the front end raises, with CPython 3.11's wording. Call sites pass a location and the
/// message's arguments; no message text is written anywhere else.
/// </summary>
internal static class SyntaxErrors
{
    private static PythonSyntaxError Syntax(in ErrorLocation at, string message) =>
        new(SyntaxErrorKind.SyntaxError, message, at.Filename, at.Line, at.Offset, at.EndLine, at.EndOffset, at.Text);

    private static PythonSyntaxError Indentation(in ErrorLocation at, string message) =>
        new(SyntaxErrorKind.IndentationError, message, at.Filename, at.Line, at.Offset, at.EndLine, at.EndOffset, at.Text);

    // ---- tokenizer ----------------------------------------------------------------------------------------------

    public static PythonSyntaxError InconsistentTabs(ErrorLocation at) =>
        new(SyntaxErrorKind.TabError, "inconsistent use of tabs and spaces in indentation", at.Filename, at.Line, at.Offset, at.EndLine, at.EndOffset, at.Text);

    public static PythonSyntaxError TooDeeplyIndented(ErrorLocation at) => Indentation(at, "too many levels of indentation");

    public static PythonSyntaxError UnindentMismatch(ErrorLocation at) => Indentation(at, "unindent does not match any outer indentation level");

    public static PythonSyntaxError UnexpectedCharacterAfterLineContinuation(ErrorLocation at) =>
        Syntax(at, "unexpected character after line continuation character");

    public static PythonSyntaxError InvalidCharacter(ErrorLocation at, string character, int codePoint) =>
        Syntax(at, $"invalid character '{character}' (U+{codePoint:X4})");

    public static PythonSyntaxError InvalidNonPrintableCharacter(ErrorLocation at, int codePoint) =>
        Syntax(at, $"invalid non-printable character U+{codePoint:X4}");

    public static PythonSyntaxError TooManyNestedParens(ErrorLocation at) => Syntax(at, "too many nested parentheses");

    public static PythonSyntaxError UnmatchedBracket(ErrorLocation at, char bracket) => Syntax(at, $"unmatched '{bracket}'");

    public static PythonSyntaxError MismatchedBracket(ErrorLocation at, char closing, char opening) =>
        Syntax(at, $"closing parenthesis '{closing}' does not match opening parenthesis '{opening}'");

    public static PythonSyntaxError MismatchedBracketOnLine(ErrorLocation at, char closing, char opening, int line) =>
        Syntax(at, $"closing parenthesis '{closing}' does not match opening parenthesis '{opening}' on line {line}");

    public static PythonSyntaxError InvalidNumberLiteral(ErrorLocation at, string kind) => Syntax(at, $"invalid {kind} literal");

    public static PythonSyntaxError InvalidDigitInLiteral(ErrorLocation at, char digit, string kind) =>
        Syntax(at, $"invalid digit '{digit}' in {kind} literal");

    public static PythonSyntaxError LeadingZeros(ErrorLocation at) =>
        Syntax(at, "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers");

    public static PythonSyntaxError UnterminatedString(ErrorLocation at, int detectedAtLine) =>
        Syntax(at, $"unterminated string literal (detected at line {detectedAtLine})");

    public static PythonSyntaxError UnterminatedTripleQuotedString(ErrorLocation at, int detectedAtLine) =>
        Syntax(at, $"unterminated triple-quoted string literal (detected at line {detectedAtLine})");

    // ---- source decoding ----------------------------------------------------------------------------------------

    public static PythonSyntaxError NullBytes(string filename) =>
        new(SyntaxErrorKind.SyntaxError, "source code string cannot contain null bytes", filename, 0, 0, 0, 0, null);

    public static PythonSyntaxError UnknownEncoding(string filename, string encoding) =>
        new(SyntaxErrorKind.SyntaxError, $"unknown encoding: {encoding}", filename, 0, -1, 0, 0, null);

    public static PythonSyntaxError EncodingProblemWithBom(string filename, string encoding) =>
        new(SyntaxErrorKind.SyntaxError, $"encoding problem: {encoding} with BOM", filename, 0, -1, 0, 0, null);

    public static PythonSyntaxError Utf8DecodeError(string filename, int line, int offset, string detail) =>
        new(SyntaxErrorKind.SyntaxError, $"(unicode error) 'utf-8' codec can't decode {detail}", filename, line, offset, line, -1, null);

    // ---- parser: general ----------------------------------------------------------------------------------------

    public static PythonSyntaxError InvalidSyntax(ErrorLocation at) => Syntax(at, "invalid syntax");

    public static PythonSyntaxError UnexpectedEof(ErrorLocation at) => Syntax(at, "unexpected EOF while parsing");

    public static PythonSyntaxError UnexpectedIndent(ErrorLocation at) => Indentation(at, "unexpected indent");

    public static PythonSyntaxError UnexpectedUnindent(ErrorLocation at) => Indentation(at, "unexpected unindent");

    public static PythonSyntaxError NeverClosed(ErrorLocation at, char bracket) => Syntax(at, $"'{bracket}' was never closed");

    public static PythonSyntaxError PerhapsForgotComma(ErrorLocation at) => Syntax(at, "invalid syntax. Perhaps you forgot a comma?");

    public static PythonSyntaxError MultipleStatements(ErrorLocation at) =>
        Syntax(at, "multiple statements found while compiling a single statement");

    public static PythonSyntaxError ExpectedColon(ErrorLocation at) => Syntax(at, "expected ':'");

    /// <summary>A token the grammar forces is missing: "expected '('".</summary>
    public static PythonSyntaxError ExpectedToken(ErrorLocation at, string token) => Syntax(at, $"expected '{token}'");

    public static PythonSyntaxError MissingParenthesesInCall(ErrorLocation at, string name) =>
        Syntax(at, $"Missing parentheses in call to '{name}'. Did you mean {name}(...)?");

    public static PythonSyntaxError MaybeMeantEqualityOrWalrus(ErrorLocation at) =>
        Syntax(at, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");

    /// <summary>"expected an indented block after 'if' statement on line 3"; <paramref name="construct"/> is e.g. "'if' statement" or "function definition".</summary>
    public static PythonSyntaxError ExpectedIndentedBlock(ErrorLocation at, string construct, int line) =>
        Indentation(at, $"expected an indented block after {construct} on line {line}");

    // ---- parser: statements -------------------------------------------------------------------------------------

    public static PythonSyntaxError TrailingCommaNotAllowed(ErrorLocation at) =>
        Syntax(at, "trailing comma not allowed without surrounding parentheses");

    public static PythonSyntaxError MixedExceptAndExceptStar(ErrorLocation at) =>
        Syntax(at, "cannot have both 'except' and 'except*' on the same 'try'");

    public static PythonSyntaxError MultipleExceptionTypesMustBeParenthesized(ErrorLocation at) =>
        Syntax(at, "multiple exception types must be parenthesized");

    public static PythonSyntaxError ExpectedExceptStarType(ErrorLocation at) => Syntax(at, "expected one or more exception types");

    public static PythonSyntaxError ExpectedExceptOrFinally(ErrorLocation at) => Syntax(at, "expected 'except' or 'finally' block");

    // ---- parser: targets ----------------------------------------------------------------------------------------

    public static PythonSyntaxError CannotAssignTo(ErrorLocation at, string what) => Syntax(at, $"cannot assign to {what}");

    public static PythonSyntaxError CannotAssignToHere(ErrorLocation at, string what) =>
        Syntax(at, $"cannot assign to {what} here. Maybe you meant '==' instead of '='?");

    public static PythonSyntaxError CannotDelete(ErrorLocation at, string what) => Syntax(at, $"cannot delete {what}");

    public static PythonSyntaxError AssignmentToYieldExpression(ErrorLocation at) => Syntax(at, "assignment to yield expression not possible");

    public static PythonSyntaxError IllegalAugmentedAssignment(ErrorLocation at, string what) =>
        Syntax(at, $"'{what}' is an illegal expression for augmented assignment");

    public static PythonSyntaxError OnlySingleTargetCanBeAnnotated(ErrorLocation at, string what) =>
        Syntax(at, $"only single target (not {what}) can be annotated");

    public static PythonSyntaxError IllegalTargetForAnnotation(ErrorLocation at) => Syntax(at, "illegal target for annotation");

    public static PythonSyntaxError CannotUseAssignmentExpressionWith(ErrorLocation at, string what) =>
        Syntax(at, $"cannot use assignment expressions with {what}");

    // ---- parser: expressions ------------------------------------------------------------------------------------

    public static PythonSyntaxError ExpectedElseAfterIfExpression(ErrorLocation at) => Syntax(at, "expected 'else' after 'if' expression");

    public static PythonSyntaxError CannotUseStarredExpressionHere(ErrorLocation at) => Syntax(at, "cannot use starred expression here");

    public static PythonSyntaxError IterableUnpackingInComprehension(ErrorLocation at) =>
        Syntax(at, "iterable unpacking cannot be used in comprehension");

    public static PythonSyntaxError ForgotParenthesesAroundComprehensionTarget(ErrorLocation at) =>
        Syntax(at, "did you forget parentheses around the comprehension target?");

    public static PythonSyntaxError DictUnpackingInDictComprehension(ErrorLocation at) =>
        Syntax(at, "dict unpacking cannot be used in dict comprehension");

    public static PythonSyntaxError StarredInDictValue(ErrorLocation at) => Syntax(at, "cannot use a starred expression in a dictionary value");

    public static PythonSyntaxError ExpectedColonAfterDictKey(ErrorLocation at) => Syntax(at, "':' expected after dictionary key");

    public static PythonSyntaxError ExpressionExpectedAfterDictKeyAndColon(ErrorLocation at) =>
        Syntax(at, "expression expected after dictionary key and ':'");

    public static PythonSyntaxError GeneratorExpressionMustBeParenthesized(ErrorLocation at) =>
        Syntax(at, "Generator expression must be parenthesized");

    public static PythonSyntaxError IterableUnpackingFollowsKeywordUnpacking(ErrorLocation at) =>
        Syntax(at, "iterable argument unpacking follows keyword argument unpacking");

    public static PythonSyntaxError PositionalFollowsKeywordUnpacking(ErrorLocation at) =>
        Syntax(at, "positional argument follows keyword argument unpacking");

    public static PythonSyntaxError PositionalFollowsKeyword(ErrorLocation at) => Syntax(at, "positional argument follows keyword argument");

    public static PythonSyntaxError ExpressionCannotContainAssignment(ErrorLocation at) =>
        Syntax(at, "expression cannot contain assignment, perhaps you meant \"==\"?");

    // ---- parser: parameters -------------------------------------------------------------------------------------

    public static PythonSyntaxError ArgumentMustPrecedeSlash(ErrorLocation at) => Syntax(at, "at least one argument must precede /");

    public static PythonSyntaxError SlashMayAppearOnlyOnce(ErrorLocation at) => Syntax(at, "/ may appear only once");

    public static PythonSyntaxError SlashMustBeAheadOfStar(ErrorLocation at) => Syntax(at, "/ must be ahead of *");

    public static PythonSyntaxError StarArgumentMayAppearOnlyOnce(ErrorLocation at) => Syntax(at, "* argument may appear only once");

    public static PythonSyntaxError NamedArgumentsMustFollowBareStar(ErrorLocation at) => Syntax(at, "named arguments must follow bare *");

    public static PythonSyntaxError VarPositionalCannotHaveDefault(ErrorLocation at) =>
        Syntax(at, "var-positional argument cannot have default value");

    public static PythonSyntaxError VarKeywordCannotHaveDefault(ErrorLocation at) => Syntax(at, "var-keyword argument cannot have default value");

    public static PythonSyntaxError ArgumentsCannotFollowVarKeyword(ErrorLocation at) => Syntax(at, "arguments cannot follow var-keyword argument");

    public static PythonSyntaxError ExpectedDefaultValue(ErrorLocation at) => Syntax(at, "expected default value expression");

    public static PythonSyntaxError NonDefaultArgumentFollowsDefault(ErrorLocation at) => Syntax(at, "non-default argument follows default argument");

    public static PythonSyntaxError FunctionParametersCannotBeParenthesized(ErrorLocation at) =>
        Syntax(at, "Function parameters cannot be parenthesized");

    public static PythonSyntaxError LambdaParametersCannotBeParenthesized(ErrorLocation at) =>
        Syntax(at, "Lambda expression parameters cannot be parenthesized");

    // ---- parser: patterns ---------------------------------------------------------------------------------------

    public static PythonSyntaxError CannotUseUnderscoreAsTarget(ErrorLocation at) => Syntax(at, "cannot use '_' as a target");

    public static PythonSyntaxError InvalidPatternTarget(ErrorLocation at) => Syntax(at, "invalid pattern target");

    public static PythonSyntaxError RealNumberRequired(ErrorLocation at) => Syntax(at, "real number required in complex literal");

    public static PythonSyntaxError ImaginaryNumberRequired(ErrorLocation at) => Syntax(at, "imaginary number required in complex literal");

    public static PythonSyntaxError PositionalPatternsFollowKeywordPatterns(ErrorLocation at) =>
        Syntax(at, "positional patterns follow keyword patterns");

    // ---- parser: strings ----------------------------------------------------------------------------------------

    public static PythonSyntaxError CannotMixBytesAndNonbytes(ErrorLocation at) => Syntax(at, "cannot mix bytes and nonbytes literals");

    public static PythonSyntaxError BytesCanOnlyContainAscii(ErrorLocation at) => Syntax(at, "bytes can only contain ASCII literal characters");

    /// <summary>An escape decoding error; <paramref name="detail"/> is the codec's text, "(unicode error) ..." or "(value error) ...".</summary>
    public static PythonSyntaxError LiteralDecodeError(ErrorLocation at, string detail) => Syntax(at, detail);

    public static PythonSyntaxError FStringExpectingBrace(ErrorLocation at) => Syntax(at, "f-string: expecting '}'");

    public static PythonSyntaxError FStringSingleCloseBrace(ErrorLocation at) => Syntax(at, "f-string: single '}' is not allowed");

    public static PythonSyntaxError FStringNestedTooDeeply(ErrorLocation at) => Syntax(at, "f-string: expressions nested too deeply");

    public static PythonSyntaxError FStringBackslash(ErrorLocation at) => Syntax(at, "f-string expression part cannot include a backslash");

    public static PythonSyntaxError FStringHash(ErrorLocation at) => Syntax(at, "f-string expression part cannot include '#'");

    public static PythonSyntaxError FStringTooManyNestedParens(ErrorLocation at) => Syntax(at, "f-string: too many nested parenthesis");

    public static PythonSyntaxError FStringUnmatched(ErrorLocation at, char bracket) => Syntax(at, $"f-string: unmatched '{bracket}'");

    public static PythonSyntaxError FStringMismatchedParen(ErrorLocation at, char closing, char opening) =>
        Syntax(at, $"f-string: closing parenthesis '{closing}' does not match opening parenthesis '{opening}'");

    public static PythonSyntaxError FStringUnterminatedString(ErrorLocation at) => Syntax(at, "f-string: unterminated string");

    public static PythonSyntaxError FStringInvalidConversion(ErrorLocation at) =>
        Syntax(at, "f-string: invalid conversion character: expected 's', 'r', or 'a'");

    public static PythonSyntaxError FStringExpressionRequiredBefore(ErrorLocation at, char terminator) =>
        Syntax(at, $"f-string: expression required before '{terminator}'");

    public static PythonSyntaxError FStringEmptyExpression(ErrorLocation at) => Syntax(at, "f-string: empty expression not allowed");

    /// <summary>A parser error inside an f-string's expression: CPython prefixes the message with "f-string: ".</summary>
    public static PythonSyntaxError InFString(PythonSyntaxError inner) =>
        new(inner.Kind, "f-string: " + inner.Message, inner.Filename, inner.Lineno, inner.Offset, inner.EndLineno, inner.EndOffset, inner.Text);
}
