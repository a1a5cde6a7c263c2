using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace PyNet.Compiler.Syntax;

/// <summary>
/// A hand-written recursive-descent parser for Python 3.11, producing the same trees as CPython's PEG parser
/// (Grammar/python.gram). Tokens are read lazily into a buffer so that a speculative parse can rewind (used only for
/// `with (`, `match` and a few error checks). The grammar is split by construct: statements, expressions, arguments
/// and parameters, patterns, strings, and assignment targets each have their own file.
/// </summary>
internal sealed partial class Parser
{
    /// <summary>How deep the parser may recurse before it reports the input as too complex, as CPython's MAXSTACK.</summary>
    private const int MaxDepth = 3000;

    private readonly Tokenizer _tokenizer;
    private readonly SourceFile _source;
    private readonly FStringContext? _fstring;
    private Token[] _tokens = new Token[64];
    private int _fill;
    private int _pos;
    private int _depth;
    private bool _tokenizerFailed;

    private Parser(Tokenizer tokenizer, FStringContext? fstring = null)
    {
        _tokenizer = tokenizer;
        _source = tokenizer.Source;
        _fstring = fstring;
    }

    public static Module ParseFile(SourceFile source)
    {
        var parser = new Parser(new Tokenizer(source));
        return parser.Run(parser.ParseFileInput);
    }

    public static Expression ParseEval(SourceFile source)
    {
        var parser = new Parser(new Tokenizer(source));
        return parser.Run(parser.ParseEvalInput);
    }

    public static Interactive ParseSingle(SourceFile source)
    {
        var parser = new Parser(new Tokenizer(source));
        return parser.Run(parser.ParseInteractiveInput);
    }

    private T Run<T>(Func<T> parse)
    {
        try
        {
            return parse();
        }
        catch (PythonSyntaxError error) when (!_tokenizerFailed && _fstring == null)
        {
            throw PreferLaterTokenizerError(error);
        }
        catch (InsufficientExecutionStackException)
        {
            throw new ParserRecursionError();
        }
    }

    // ---- token buffer -------------------------------------------------------------------------------------------

    private ref Token Cur
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get
        {
            if (_pos >= _fill)
            {
                Fill();
            }
            return ref _tokens[_pos];
        }
    }

    private TokenKind Kind
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => Cur.Kind;
    }

    private ref Token Prev => ref _tokens[_pos - 1];

    private ref Token PeekAt(int offset)
    {
        while (_pos + offset >= _fill)
        {
            Fill();
        }
        return ref _tokens[_pos + offset];
    }

    private TokenKind KindAt(int offset) => PeekAt(offset).Kind;

    private void Fill()
    {
        if (_fill > 0 && _tokens[_fill - 1].Kind is TokenKind.EndMarker || (_fill > 0 && _tokens[_fill - 1].Kind == TokenKind.ErrorToken && _tokenizer.IsAtEof))
        {
            // Past the end: repeat the last token rather than reading on.
            if (_pos >= _fill)
            {
                EnsureCapacity();
                _tokens[_fill] = _tokens[_fill - 1];
                _fill++;
            }
            return;
        }
        EnsureCapacity();
        try
        {
            _tokenizer.Next(ref _tokens[_fill]);
        }
        catch (PythonSyntaxError)
        {
            _tokenizerFailed = true;
            throw;
        }
        _fill++;
    }

    private void EnsureCapacity()
    {
        if (_fill == _tokens.Length)
        {
            Array.Resize(ref _tokens, _tokens.Length * 2);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool At(TokenKind kind) => Cur.Kind == kind;

    private bool AtSoftKeyword(string keyword) => Cur.Kind == TokenKind.Name && (object)Cur.Text! == keyword
        || Cur.Kind == TokenKind.Name && Cur.Text == keyword;

    private Token Advance()
    {
        var token = Cur;
        _pos++;
        return token;
    }

    private bool Accept(TokenKind kind)
    {
        if (Cur.Kind == kind)
        {
            _pos++;
            return true;
        }
        return false;
    }

    private Token Expect(TokenKind kind)
    {
        if (Cur.Kind != kind)
        {
            throw InvalidSyntax();
        }
        return Advance();
    }

    private string ExpectName()
    {
        if (Cur.Kind != TokenKind.Name)
        {
            throw InvalidSyntax();
        }
        return Advance().Text!;
    }

    // ---- positions ----------------------------------------------------------------------------------------------

    /// <summary>Gives <paramref name="node"/> the span from <paramref name="start"/> to the end of the last consumed token.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private T Span<T>(T node, in Token start)
        where T : Node
    {
        node.Lineno = start.Line;
        node.ColOffset = start.Col;
        ref var prev = ref _tokens[_pos - 1];
        node.EndLineno = prev.EndLine;
        node.EndColOffset = prev.EndCol;
        return node;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private T Span<T>(T node, Node start)
        where T : Node
    {
        node.Lineno = start.Lineno;
        node.ColOffset = start.ColOffset;
        ref var prev = ref _tokens[_pos - 1];
        node.EndLineno = prev.EndLine;
        node.EndColOffset = prev.EndCol;
        return node;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static T Span<T>(T node, Node start, Node end)
        where T : Node
    {
        node.Lineno = start.Lineno;
        node.ColOffset = start.ColOffset;
        node.EndLineno = end.EndLineno;
        node.EndColOffset = end.EndColOffset;
        return node;
    }

    private static T Span<T>(T node, in Token start, Node end)
        where T : Node
    {
        node.Lineno = start.Line;
        node.ColOffset = start.Col;
        node.EndLineno = end.EndLineno;
        node.EndColOffset = end.EndColOffset;
        return node;
    }

    // ---- recursion ----------------------------------------------------------------------------------------------

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Enter()
    {
        if (++_depth > MaxDepth)
        {
            throw new ParserRecursionError();
        }
        RuntimeHelpers.EnsureSufficientExecutionStack();
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Leave() => _depth--;

    /// <summary>Left-nested chains (a.b.c, a+b+c) build deep trees without recursing; CPython rejects the deep ones later.</summary>
    private void CheckChainDepth(int length)
    {
        if (length + _depth > MaxDepth)
        {
            throw new ParserRecursionError();
        }
    }
}
