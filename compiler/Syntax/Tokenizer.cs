using System;
using System.Collections.Generic;
using System.Text;
using PyNet.Compiler.Syntax.Unicode;
using PyNet.Runtime;

namespace PyNet.Compiler.Syntax;

/// <summary>
/// Python 3.11's lexical analysis, one token at a time, following CPython's Parser/tokenizer.c: indentation with
/// tabs (tab size 8, checked against tab size 1 for TabError), implicit joining inside brackets, backslash
/// continuation, numbers, strings (a whole f-string is one token; the parser looks inside), names and operators.
/// Errors that CPython raises from the tokenizer are thrown at once as <see cref="PythonSyntaxError"/>.
/// </summary>
internal sealed partial class Tokenizer
{
    private const int TabSize = 8;
    private const int MaxIndent = 100;
    private const int MaxParenLevel = 200;

    private readonly SourceFile _source;
    private readonly byte[] _buf;
    private readonly int _lineDelta;
    private readonly int _firstLineColDelta;
    private readonly Dictionary<string, string> _names;
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _nameLookup;
    private readonly int[] _indents = new int[MaxIndent + 1];
    private readonly int[] _altIndents = new int[MaxIndent + 1];
    private readonly byte[] _parenChars = new byte[MaxParenLevel];
    private readonly int[] _parenLines = new int[MaxParenLevel];
    private readonly int[] _parenCols = new int[MaxParenLevel];

    private int _pos;
    private int _line = 1;
    private int _lineStart;
    private bool _atLineStart = true;
    private int _indentTop;
    private int _pendingIndents;
    private int _parenLevel;

    public Tokenizer(SourceFile source, int lineDelta = 0, int firstLineColDelta = 0, Dictionary<string, string>? names = null)
    {
        _source = source;
        _buf = source.Text;
        _lineDelta = lineDelta;
        _firstLineColDelta = firstLineColDelta;
        _names = names ?? new Dictionary<string, string>(StringComparer.Ordinal);
        _nameLookup = _names.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public SourceFile Source => _source;

    /// <summary>The names table, shared with f-string sub-tokenizers so identifiers are allocated once.</summary>
    public Dictionary<string, string> Names => _names;

    /// <summary>How many brackets are open; the parser reports an unclosed one at end of input.</summary>
    public int ParenLevel => _parenLevel;

    /// <summary>Set when the input ended inside a bracket or after a backslash (CPython's E_EOF).</summary>
    public bool IsAtEof { get; private set; }

    /// <summary>
    /// The last error CPython reports through the tokenizer state (indentation, continuation) rather than raising
    /// it; such errors found while scanning ahead never replace a parser error.
    /// </summary>
    public PythonSyntaxError? StateError { get; private set; }

    public (char Bracket, int Line, int Col) InnermostParen =>
        (_parenLevel == 0 ? '\0' : (char)_parenChars[_parenLevel - 1], _parenLevel == 0 ? 0 : _parenLines[_parenLevel - 1],
         _parenLevel == 0 ? 0 : _parenCols[_parenLevel - 1]);

    public void Next(ref Token token)
    {
        token.Text = null;
        NextCore(ref token);
        if (_lineDelta != 0 || _firstLineColDelta != 0)
        {
            if (token.Line == 1)
            {
                token.Col += _firstLineColDelta;
            }
            if (token.EndLine == 1)
            {
                token.EndCol += _firstLineColDelta;
            }
            token.Line += _lineDelta;
            token.EndLine += _lineDelta;
        }
    }

    private int Peek(int offset = 0) => _pos + offset < _buf.Length ? _buf[_pos + offset] : -1;

    /// <summary>Starts the next line; at the end of input CPython stays on the last line.</summary>
    private void NewLine()
    {
        if (_pos >= _buf.Length)
        {
            return;
        }
        _line++;
        _lineStart = _pos;
    }

    private void NextCore(ref Token token)
    {
        var blankLine = false;
    nextLine:
        if (_atLineStart)
        {
            _atLineStart = false;
            blankLine = MeasureIndentation();
        }
        if (_pendingIndents != 0)
        {
            var kind = _pendingIndents > 0 ? TokenKind.Indent : TokenKind.Dedent;
            _pendingIndents += _pendingIndents > 0 ? -1 : 1;
            SetToken(ref token, kind, _pos, _pos);
            return;
        }
    again:
        while (_pos < _buf.Length && _buf[_pos] is (byte)' ' or (byte)'\t' or (byte)'\f')
        {
            _pos++;
        }
        var start = _pos;
        if (_pos < _buf.Length && _buf[_pos] == '#')
        {
            var nl = _buf.AsSpan(_pos).IndexOf((byte)'\n');
            _pos = nl < 0 ? _buf.Length : _pos + nl;
        }
        if (_pos >= _buf.Length)
        {
            if (_parenLevel > 0)
            {
                IsAtEof = true;
                SetToken(ref token, TokenKind.ErrorToken, _pos, _pos);
                return;
            }
            SetToken(ref token, TokenKind.EndMarker, _pos, _pos);
            return;
        }
        int c = _buf[_pos];
        if (c == '\n')
        {
            _pos++;
            _atLineStart = true;
            if (blankLine || _parenLevel > 0)
            {
                NewLine();
                blankLine = false;
                goto nextLine;
            }
            SetToken(ref token, TokenKind.Newline, start, _pos - 1);
            NewLine();
            return;
        }
        if (IsPotentialIdentifierStart(c))
        {
            if (TryReadStringPrefix(out var quoteAt))
            {
                ReadString(ref token, start, quoteAt);
                return;
            }
            ReadName(ref token, start);
            return;
        }
        if (c is >= '0' and <= '9' || (c == '.' && Peek(1) is >= '0' and <= '9'))
        {
            ReadNumber(ref token, start);
            return;
        }
        if (c is '\'' or '"')
        {
            ReadString(ref token, start, start);
            return;
        }
        if (c == '\\')
        {
            _pos++;
            if (Peek() != '\n')
            {
                StateError = SyntaxErrors.UnexpectedCharacterAfterLineContinuation(
                    ErrorLocation.Tokenizer(_source, _line + _lineDelta, _pos - _lineStart + 1, 0));
                throw StateError;
            }
            _pos++;
            NewLine();
            if (_pos >= _buf.Length)
            {
                IsAtEof = true;
                SetToken(ref token, TokenKind.ErrorToken, _pos, _pos);
                return;
            }
            goto again;
        }
        ReadOperator(ref token, start, c);
    }

    /// <summary>Measures the indentation of a new line and queues INDENT/DEDENT tokens; returns whether the line is blank.</summary>
    private bool MeasureIndentation()
    {
        int col = 0, altCol = 0;
        while (_pos < _buf.Length)
        {
            var b = _buf[_pos];
            if (b == ' ')
            {
                col++;
                altCol++;
            }
            else if (b == '\t')
            {
                col = ((col / TabSize) + 1) * TabSize;
                altCol++;
            }
            else if (b == '\f')
            {
                col = altCol = 0;
            }
            else
            {
                break;
            }
            _pos++;
        }
        var next = Peek();
        if (next is '#' or '\n')
        {
            return true;
        }
        if (_parenLevel > 0)
        {
            return false;
        }
        if (col == _indents[_indentTop])
        {
            if (altCol != _altIndents[_indentTop])
            {
                throw TabError(SyntaxErrors.InconsistentTabs);
            }
        }
        else if (col > _indents[_indentTop])
        {
            if (_indentTop + 1 >= MaxIndent)
            {
                throw TabError(SyntaxErrors.TooDeeplyIndented);
            }
            if (altCol <= _altIndents[_indentTop])
            {
                throw TabError(SyntaxErrors.InconsistentTabs);
            }
            _pendingIndents++;
            _indentTop++;
            _indents[_indentTop] = col;
            _altIndents[_indentTop] = altCol;
        }
        else
        {
            while (_indentTop > 0 && col < _indents[_indentTop])
            {
                _pendingIndents--;
                _indentTop--;
            }
            if (col != _indents[_indentTop])
            {
                // CPython reports this one at the end of the line.
                var lineEnd = _source.LineEnd(_line) + 1 - _lineStart;
                StateError = SyntaxErrors.UnindentMismatch(ErrorLocation.Tokenizer(_source, _line + _lineDelta, lineEnd, -1));
                throw StateError;
            }
            if (altCol != _altIndents[_indentTop])
            {
                throw TabError(SyntaxErrors.InconsistentTabs);
            }
        }
        return false;
    }

    /// <summary>TabError and "too many levels of indentation" point at the start of the line.</summary>
    private PythonSyntaxError TabError(Func<ErrorLocation, PythonSyntaxError> factory)
    {
        StateError = factory(ErrorLocation.Known(_source, _line + _lineDelta, 0, _line + _lineDelta, -1));
        return StateError;
    }

    private void SetToken(ref Token token, TokenKind kind, int start, int end)
    {
        token.Kind = kind;
        token.Start = start;
        token.End = end;
        token.Line = _line;
        token.Col = start - _lineStart;
        token.EndLine = _line;
        token.EndCol = end - _lineStart;
    }

    private static bool IsPotentialIdentifierStart(int c) => c is >= 'a' and <= 'z' or >= 'A' and <= 'Z' or '_' or >= 128;

    private static bool IsPotentialIdentifierChar(int c) =>
        c is >= 'a' and <= 'z' or >= 'A' and <= 'Z' or >= '0' and <= '9' or '_' or >= 128;

    private void ReadName(ref Token token, int start)
    {
        var nonAscii = false;
        while (_pos < _buf.Length && IsPotentialIdentifierChar(_buf[_pos]))
        {
            nonAscii |= _buf[_pos] >= 128;
            _pos++;
        }
        SetToken(ref token, TokenKind.Name, start, _pos);
        var length = _pos - start;
        if (nonAscii)
        {
            var raw = DecodeIdentifier(start, _pos);
            VerifyIdentifier(raw, start);
            var normalized = UnicodeData.NormalizeNfkc(raw);
            token.Text = Intern(normalized);
            return;
        }
        Span<char> chars = length <= 256 ? stackalloc char[length] : new char[length];
        for (var i = 0; i < length; i++)
        {
            chars[i] = (char)_buf[start + i];
        }
        if (length <= 8 && length >= 2 && Keyword(chars) is { } keyword)
        {
            token.Kind = keyword;
        }
        if (!_nameLookup.TryGetValue(chars, out var name))
        {
            name = new string(chars);
            _names.Add(name, name);
        }
        token.Text = name;
    }

    private string Intern(string name)
    {
        if (!_names.TryGetValue(name, out var interned))
        {
            _names.Add(name, name);
            interned = name;
        }
        return interned;
    }

    private string DecodeIdentifier(int start, int end)
    {
        try
        {
            return new UTF8Encoding(false, true).GetString(_buf, start, end - start);
        }
        catch (DecoderFallbackException)
        {
            return Encoding.UTF8.GetString(_buf, start, end - start);
        }
    }

    private void VerifyIdentifier(string identifier, int start)
    {
        var index = 0;
        var bytes = 0;
        foreach (var rune in identifier.EnumerateRunes())
        {
            var cp = rune.Value;
            var ok = index == 0 ? cp == '_' || UnicodeTypes.IsXidStart(cp) : UnicodeTypes.IsXidContinue(cp);
            bytes += rune.Utf8SequenceLength;
            if (!ok)
            {
                _pos = start + bytes;
                var at = ErrorLocation.Tokenizer(_source, _line + _lineDelta, _pos - _lineStart);
                throw UnicodeTypes.IsPrintable(cp)
                    ? SyntaxErrors.InvalidCharacter(at, rune.ToString(), cp)
                    : SyntaxErrors.InvalidNonPrintableCharacter(at, cp);
            }
            index++;
        }
    }

    private void ReadOperator(ref Token token, int start, int c)
    {
        var c1 = Peek(1);
        var c2 = Peek(2);
        var kind = TokenKind.ErrorToken;
        var length = 1;
        switch (c)
        {
            case '(':
            case '[':
            case '{':
                if (_parenLevel >= MaxParenLevel)
                {
                    _pos++;
                    throw SyntaxErrors.TooManyNestedParens(ErrorLocation.Tokenizer(_source, _line + _lineDelta, _pos - _lineStart));
                }
                _parenChars[_parenLevel] = (byte)c;
                _parenLines[_parenLevel] = _line;
                _parenCols[_parenLevel] = start - _lineStart;
                _parenLevel++;
                kind = c == '(' ? TokenKind.LPar : c == '[' ? TokenKind.LSqb : TokenKind.LBrace;
                break;
            case ')':
            case ']':
            case '}':
                _pos++;
                if (_parenLevel == 0)
                {
                    throw SyntaxErrors.UnmatchedBracket(ErrorLocation.Tokenizer(_source, _line + _lineDelta, _pos - _lineStart), (char)c);
                }
                _parenLevel--;
                var open = _parenChars[_parenLevel];
                if (!(open == '(' && c == ')') && !(open == '[' && c == ']') && !(open == '{' && c == '}'))
                {
                    var at = ErrorLocation.Tokenizer(_source, _line + _lineDelta, _pos - _lineStart);
                    throw _parenLines[_parenLevel] != _line
                        ? SyntaxErrors.MismatchedBracketOnLine(at, (char)c, (char)open, _parenLines[_parenLevel] + _lineDelta)
                        : SyntaxErrors.MismatchedBracket(at, (char)c, (char)open);
                }
                _pos--;
                kind = c == ')' ? TokenKind.RPar : c == ']' ? TokenKind.RSqb : TokenKind.RBrace;
                break;
            case ':':
                (kind, length) = c1 == '=' ? (TokenKind.ColonEqual, 2) : (TokenKind.Colon, 1);
                break;
            case ',':
                kind = TokenKind.Comma;
                break;
            case ';':
                kind = TokenKind.Semi;
                break;
            case '+':
                (kind, length) = c1 == '=' ? (TokenKind.PlusEqual, 2) : (TokenKind.Plus, 1);
                break;
            case '-':
                (kind, length) = c1 == '=' ? (TokenKind.MinEqual, 2) : c1 == '>' ? (TokenKind.RArrow, 2) : (TokenKind.Minus, 1);
                break;
            case '*':
                (kind, length) = c1 == '*'
                    ? (c2 == '=' ? (TokenKind.DoubleStarEqual, 3) : (TokenKind.DoubleStar, 2))
                    : c1 == '=' ? (TokenKind.StarEqual, 2) : (TokenKind.Star, 1);
                break;
            case '/':
                (kind, length) = c1 == '/'
                    ? (c2 == '=' ? (TokenKind.DoubleSlashEqual, 3) : (TokenKind.DoubleSlash, 2))
                    : c1 == '=' ? (TokenKind.SlashEqual, 2) : (TokenKind.Slash, 1);
                break;
            case '|':
                (kind, length) = c1 == '=' ? (TokenKind.VBarEqual, 2) : (TokenKind.VBar, 1);
                break;
            case '&':
                (kind, length) = c1 == '=' ? (TokenKind.AmperEqual, 2) : (TokenKind.Amper, 1);
                break;
            case '<':
                (kind, length) = c1 == '<'
                    ? (c2 == '=' ? (TokenKind.LeftShiftEqual, 3) : (TokenKind.LeftShift, 2))
                    : c1 == '=' ? (TokenKind.LessEqual, 2) : c1 == '>' ? (TokenKind.NotEqual, 2) : (TokenKind.Less, 1);
                break;
            case '>':
                (kind, length) = c1 == '>'
                    ? (c2 == '=' ? (TokenKind.RightShiftEqual, 3) : (TokenKind.RightShift, 2))
                    : c1 == '=' ? (TokenKind.GreaterEqual, 2) : (TokenKind.Greater, 1);
                break;
            case '=':
                (kind, length) = c1 == '=' ? (TokenKind.EqEqual, 2) : (TokenKind.Equal, 1);
                break;
            case '!':
                (kind, length) = c1 == '=' ? (TokenKind.NotEqual, 2) : (TokenKind.ErrorToken, 1);
                break;
            case '.':
                (kind, length) = c1 == '.' && c2 == '.' ? (TokenKind.Ellipsis, 3) : (TokenKind.Dot, 1);
                break;
            case '%':
                (kind, length) = c1 == '=' ? (TokenKind.PercentEqual, 2) : (TokenKind.Percent, 1);
                break;
            case '~':
                kind = TokenKind.Tilde;
                break;
            case '^':
                (kind, length) = c1 == '=' ? (TokenKind.CircumFlexEqual, 2) : (TokenKind.CircumFlex, 1);
                break;
            case '@':
                (kind, length) = c1 == '=' ? (TokenKind.AtEqual, 2) : (TokenKind.At, 1);
                break;
            default:
                if (c < ' ' && c != '\t')
                {
                    _pos++;
                    throw SyntaxErrors.InvalidNonPrintableCharacter(ErrorLocation.Tokenizer(_source, _line + _lineDelta, _pos - _lineStart), c);
                }
                break;
        }
        _pos += length;
        SetToken(ref token, kind, start, _pos);
    }

    /// <summary>
    /// The keyword a name spells, if any. A switch rather than a frozen dictionary: the dictionary's generic code over
    /// the enum is not in the framework's precompiled code, and jit-compiling it cost every compilation milliseconds.
    /// </summary>
    private static TokenKind? Keyword(ReadOnlySpan<char> name) => name switch
    {
        "False" => TokenKind.False,
        "None" => TokenKind.None,
        "True" => TokenKind.True,
        "and" => TokenKind.And,
        "as" => TokenKind.As,
        "assert" => TokenKind.Assert,
        "async" => TokenKind.Async,
        "await" => TokenKind.Await,
        "break" => TokenKind.Break,
        "class" => TokenKind.Class,
        "continue" => TokenKind.Continue,
        "def" => TokenKind.Def,
        "del" => TokenKind.Del,
        "elif" => TokenKind.Elif,
        "else" => TokenKind.Else,
        "except" => TokenKind.Except,
        "finally" => TokenKind.Finally,
        "for" => TokenKind.For,
        "from" => TokenKind.From,
        "global" => TokenKind.Global,
        "if" => TokenKind.If,
        "import" => TokenKind.Import,
        "in" => TokenKind.In,
        "is" => TokenKind.Is,
        "lambda" => TokenKind.Lambda,
        "nonlocal" => TokenKind.Nonlocal,
        "not" => TokenKind.Not,
        "or" => TokenKind.Or,
        "pass" => TokenKind.Pass,
        "raise" => TokenKind.Raise,
        "return" => TokenKind.Return,
        "try" => TokenKind.Try,
        "while" => TokenKind.While,
        "with" => TokenKind.With,
        "yield" => TokenKind.Yield,
        _ => null,
    };
}
