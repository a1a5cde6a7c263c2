using System;
using System.Collections.Generic;
using System.Text;
using PyNet.Runtime;

namespace PyNet.Compiler.Syntax;

/// <summary>
/// Adjacent string literals and f-strings, following CPython 3.11's Parser/string_parser.c: literals are
/// concatenated, each f-string expression is cut out of the token text and parsed by a sub-parser over "(expr)"
/// whose positions are shifted onto the token, and nodes get the same (sometimes surprising) spans CPython gives.
/// </summary>
internal sealed partial class Parser
{
    /// <summary>Where an f-string sub-parser's text sits in the file, to undo the shift in error locations.</summary>
    private sealed record FStringContext(int LineDelta, int ColDelta);

    /// <summary>CPython's FstringParser: the pending literal and the values gathered so far.</summary>
    private sealed class FStringState
    {
        public StringBuilder? LastStr;
        public readonly List<ExprNode> Values = new();
        public bool IsFormatted;

        public void AppendLiteral(string text)
        {
            if (text.Length == 0)
            {
                return;
            }
            (LastStr ??= new StringBuilder()).Append(text);
        }
    }

    private ExprNode ParseStrings()
    {
        var firstIndex = _pos;
        while (At(TokenKind.String))
        {
            _pos++;
        }
        var lastIndex = _pos - 1;
        var text = _source.Text;
        var first = _tokens[firstIndex];
        var last = _tokens[lastIndex];
        var isBytes = false;
        List<byte>? bytes = null;
        FStringState? state = null;
        StringBuilder? plain = null;
        var surrogatesAreCodePoints = false;
        for (var i = firstIndex; i <= lastIndex; i++)
        {
            var token = _tokens[i];
            var parts = StringParts.Of(text, token.Start, token.End);
            if (i != firstIndex && isBytes != parts.IsBytes)
            {
                throw SyntaxErrors.CannotMixBytesAndNonbytes(LocLast());
            }
            isBytes = parts.IsBytes;
            if (parts.IsBytes)
            {
                for (var k = parts.ContentStart; k < token.End; k++)
                {
                    if (text[k] >= 0x80)
                    {
                        throw SyntaxErrors.BytesCanOnlyContainAscii(LocAt(token));
                    }
                }
                string? error = null;
                var value = parts.IsRaw
                    ? text.AsSpan(parts.ContentStart, parts.ContentEnd - parts.ContentStart).ToArray()
                    : StringLiteral.DecodeBytesEscapes(text, parts.ContentStart, parts.ContentEnd, out error);
                if (value == null)
                {
                    throw SyntaxErrors.LiteralDecodeError(LocLast(), error!);
                }
                (bytes ??= new List<byte>()).AddRange(value);
            }
            else if (parts.IsFormatted)
            {
                state ??= new FStringState();
                if (plain != null)
                {
                    state.AppendLiteral(plain.ToString());
                    plain = null;
                }
                var at = parts.ContentStart;
                ConcatFString(state, ref at, parts.ContentEnd, parts.IsRaw, 0, firstIndex, i, lastIndex);
            }
            else
            {
                var value = DecodeStr(parts, out var separate);
                if (state != null)
                {
                    state.AppendLiteral(value);
                }
                else
                {
                    plain ??= new StringBuilder();
                    // 'a\ud800' '\udc00': an escaped high surrogate meets an escaped low one across the pieces.
                    surrogatesAreCodePoints |= separate
                        || (value.Length > 0 && char.IsLowSurrogate(value[0]) && plain.Length > 0 && char.IsHighSurrogate(plain[^1]));
                    plain.Append(value);
                }
            }
        }
        if (isBytes)
        {
            return SpanTokens(new Constant(bytes!.ToArray(), null), firstIndex, lastIndex);
        }
        if (state == null)
        {
            return MakeStringConstant(plain?.ToString() ?? string.Empty, surrogatesAreCodePoints, firstIndex, lastIndex);
        }
        return FinishFString(state, firstIndex, lastIndex);
    }

    private string DecodeStr(StringParts parts, out bool surrogatesAreCodePoints)
    {
        var text = _source.Text;
        surrogatesAreCodePoints = false;
        if (parts.IsRaw || text.AsSpan(parts.ContentStart, parts.ContentEnd - parts.ContentStart).IndexOf((byte)'\\') < 0)
        {
            return StringLiteral.DecodeUtf8(text, parts.ContentStart, parts.ContentEnd);
        }
        return StringLiteral.DecodeEscapes(text, parts.ContentStart, parts.ContentEnd, out var error, out surrogatesAreCodePoints)
            ?? throw SyntaxErrors.LiteralDecodeError(LocLast(), error!);
    }

    private T SpanTokens<T>(T node, int firstIndex, int lastIndex)
        where T : Node
    {
        ref var first = ref _tokens[firstIndex];
        ref var last = ref _tokens[lastIndex];
        node.Lineno = first.Line;
        node.ColOffset = first.Col;
        node.EndLineno = last.EndLine;
        node.EndColOffset = last.EndCol;
        return node;
    }

    /// <summary>CPython's make_str_node_and_del: kind "u" when the first token starts with a lowercase u.</summary>
    /// <remarks>A str whose surrogates are separate code points is a <see cref="PyStr"/> constant, other strs strings.</remarks>
    private Constant MakeStringConstant(string value, bool surrogatesAreCodePoints, int firstIndex, int lastIndex)
    {
        var kind = _source.Text[_tokens[firstIndex].Start] == 'u' ? "u" : null;
        object constant = surrogatesAreCodePoints ? PyStr.FromSurrogateUnits(value) : value;
        return SpanTokens(new Constant(constant, kind), firstIndex, lastIndex);
    }

    private ExprNode FinishFString(FStringState state, int firstIndex, int lastIndex)
    {
        if (!state.IsFormatted)
        {
            return MakeStringConstant(state.LastStr?.ToString() ?? string.Empty, false, firstIndex, lastIndex);
        }
        if (state.LastStr != null)
        {
            state.Values.Add(MakeStringConstant(state.LastStr.ToString(), false, firstIndex, lastIndex));
            state.LastStr = null;
        }
        return SpanTokens(new JoinedStr(state.Values), firstIndex, lastIndex);
    }

    /// <summary>
    /// Parses the f-string body from <paramref name="at"/> (token <paramref name="tokenIndex"/>) into the state:
    /// literals, doubled braces and replacement fields; a nested format spec (level &gt; 0) stops at its '}'.
    /// </summary>
    private void ConcatFString(FStringState state, ref int at, int end, bool raw, int level, int firstIndex, int tokenIndex, int lastIndex)
    {
        state.IsFormatted = true;
        var text = _source.Text;
        while (true)
        {
            var result = FindLiteral(ref at, end, raw, level, out var literal);
            if (literal != null)
            {
                state.AppendLiteral(literal);
            }
            if (result == 1)
            {
                continue;
            }
            if (at >= end || text[at] == '}')
            {
                break;
            }
            var expression = ParseReplacementField(ref at, end, raw, level, firstIndex, tokenIndex, lastIndex, out var exprText);
            if (exprText != null)
            {
                state.AppendLiteral(exprText);
            }
            if (state.LastStr != null)
            {
                state.Values.Add(MakeStringConstant(state.LastStr.ToString(), false, firstIndex, lastIndex));
                state.LastStr = null;
            }
            state.Values.Add(expression);
        }
        if (level != 0 && (at >= end || text[at] != '}'))
        {
            throw SyntaxErrors.FStringExpectingBrace(LocLast());
        }
    }

    /// <summary>
    /// CPython's fstring_find_literal: reads literal text up to an undoubled '{' (or, in a format spec, a '}').
    /// Returns 1 when it stopped after a doubled brace and the caller should keep scanning.
    /// </summary>
    private int FindLiteral(ref int at, int end, bool raw, int level, out string? literal)
    {
        var text = _source.Text;
        var s = at;
        var literalStart = s;
        var result = 0;
        literal = null;
        while (s < end)
        {
            var ch = text[s++];
            if (!raw && ch == '\\' && s < end)
            {
                ch = text[s++];
                if (ch == 'N')
                {
                    if (s < end && text[s++] == '{')
                    {
                        while (s < end && text[s++] != '}')
                        {
                        }
                    }
                    continue;
                }
            }
            if (ch is (byte)'{' or (byte)'}')
            {
                if (level == 0)
                {
                    if (s < end && text[s] == ch)
                    {
                        at = s + 1;
                        result = 1;
                        goto done;
                    }
                    if (ch == '}')
                    {
                        at = s - 1;
                        throw SyntaxErrors.FStringSingleCloseBrace(LocLast());
                    }
                }
                s--;
                break;
            }
        }
        at = s;
    done:
        var literalEnd = result == 1 ? at - 1 : s;
        if (literalStart != literalEnd)
        {
            if (raw)
            {
                literal = StringLiteral.DecodeUtf8(text, literalStart, literalEnd);
            }
            else
            {
                literal = StringLiteral.DecodeEscapes(text, literalStart, literalEnd, out var error)
                    ?? throw SyntaxErrors.LiteralDecodeError(LocLast(), error!);
            }
        }
        return result;
    }

    /// <summary>CPython's fstring_find_expr: one {expression[=][!conversion][:format_spec]} field.</summary>
    private FormattedValue ParseReplacementField(ref int at, int end, bool raw, int level, int firstIndex, int tokenIndex, int lastIndex, out string? exprText)
    {
        var text = _source.Text;
        exprText = null;
        if (level >= 2)
        {
            throw SyntaxErrors.FStringNestedTooDeeply(LocLast());
        }
        at++;
        var exprStart = at;
        byte quoteChar = 0;
        var stringType = 0;
        var depth = 0;
        var parens = new Stack<byte>();
        for (; at < end; at++)
        {
            var ch = text[at];
            if (ch == '\\')
            {
                throw SyntaxErrors.FStringBackslash(LocLast());
            }
            if (quoteChar != 0)
            {
                if (ch == quoteChar)
                {
                    if (stringType == 3)
                    {
                        if (at + 2 < end && text[at + 1] == ch && text[at + 2] == ch)
                        {
                            at += 2;
                            stringType = 0;
                            quoteChar = 0;
                        }
                    }
                    else
                    {
                        stringType = 0;
                        quoteChar = 0;
                    }
                }
                continue;
            }
            if (ch is (byte)'\'' or (byte)'"')
            {
                if (at + 2 < end && text[at + 1] == ch && text[at + 2] == ch)
                {
                    stringType = 3;
                    at += 2;
                }
                else
                {
                    stringType = 1;
                }
                quoteChar = ch;
            }
            else if (ch is (byte)'[' or (byte)'{' or (byte)'(')
            {
                if (depth >= 200)
                {
                    throw SyntaxErrors.FStringTooManyNestedParens(LocLast());
                }
                parens.Push(ch);
                depth++;
            }
            else if (ch == '#')
            {
                throw SyntaxErrors.FStringHash(LocLast());
            }
            else if (depth == 0 && ch is (byte)'!' or (byte)':' or (byte)'}' or (byte)'=' or (byte)'>' or (byte)'<')
            {
                if (at + 1 < end)
                {
                    var next = text[at + 1];
                    if ((ch == '!' && next == '=') || (ch == '=' && next == '=') || (ch == '<' && next == '=') || (ch == '>' && next == '='))
                    {
                        at++;
                        continue;
                    }
                }
                if (ch is (byte)'>' or (byte)'<')
                {
                    continue;
                }
                break;
            }
            else if (ch is (byte)']' or (byte)'}' or (byte)')')
            {
                if (depth == 0)
                {
                    throw SyntaxErrors.FStringUnmatched(LocLast(), (char)ch);
                }
                depth--;
                var opening = parens.Pop();
                if (!((opening == '(' && ch == ')') || (opening == '[' && ch == ']') || (opening == '{' && ch == '}')))
                {
                    throw SyntaxErrors.FStringMismatchedParen(LocLast(), (char)ch, (char)opening);
                }
            }
        }
        var exprEnd = at;
        if (quoteChar != 0)
        {
            throw SyntaxErrors.FStringUnterminatedString(LocLast());
        }
        if (depth != 0)
        {
            throw SyntaxErrors.FStringUnmatched(LocLast(), (char)parens.Peek());
        }
        if (at >= end)
        {
            throw SyntaxErrors.FStringExpectingBrace(LocLast());
        }
        var expression = CompileFStringExpression(exprStart, exprEnd, tokenIndex);
        if (text[at] == '=')
        {
            at++;
            while (at < end && text[at] is (byte)' ' or (byte)'\t' or (byte)'\n' or (byte)'\r' or (byte)'\f' or (byte)'\v')
            {
                at++;
            }
            if (at >= end)
            {
                throw SyntaxErrors.FStringExpectingBrace(LocLast());
            }
            exprText = StringLiteral.DecodeUtf8(text, exprStart, at);
        }
        var conversion = -1;
        if (text[at] == '!')
        {
            at++;
            if (at >= end)
            {
                throw SyntaxErrors.FStringExpectingBrace(LocLast());
            }
            conversion = text[at];
            at++;
            if (conversion is not ('s' or 'r' or 'a'))
            {
                throw SyntaxErrors.FStringInvalidConversion(LocLast());
            }
        }
        ExprNode? formatSpec = null;
        if (at < end && text[at] == ':')
        {
            at++;
            if (at >= end)
            {
                throw SyntaxErrors.FStringExpectingBrace(LocLast());
            }
            var specState = new FStringState();
            ConcatFString(specState, ref at, end, raw, level + 1, firstIndex, tokenIndex, lastIndex);
            formatSpec = FinishFString(specState, tokenIndex, tokenIndex);
        }
        if (at >= end || text[at] != '}')
        {
            throw SyntaxErrors.FStringExpectingBrace(LocLast());
        }
        at++;
        if (exprText != null && formatSpec == null && conversion == -1)
        {
            conversion = 'r';
        }
        return SpanTokens(new FormattedValue(expression, conversion, formatSpec), firstIndex, lastIndex);
    }

    /// <summary>
    /// CPython's fstring_compile_expr: parses "(" + expression text + ")" with a sub-parser whose first line is
    /// shifted to where the '{' sits in the token (fstring_find_expr_location).
    /// </summary>
    private ExprNode CompileFStringExpression(int exprStart, int exprEnd, int tokenIndex)
    {
        var text = _source.Text;
        var s = exprStart;
        while (s < exprEnd && text[s] is (byte)' ' or (byte)'\t' or (byte)'\n' or (byte)'\f')
        {
            s++;
        }
        if (s == exprEnd)
        {
            var terminator = text[exprEnd];
            if (terminator is (byte)'!' or (byte)':' or (byte)'=')
            {
                throw SyntaxErrors.FStringExpressionRequiredBefore(LocLast(), (char)terminator);
            }
            throw SyntaxErrors.FStringEmptyExpression(LocLast());
        }
        var token = _tokens[tokenIndex];
        var brace = exprStart - 1;
        var lines = 0;
        var cols = 0;
        var newlineAfterBrace = true;
        for (var k = exprStart; k < text.Length && text[k] != '}' && text[k] != '\n'; k++)
        {
            if (text[k] is not ((byte)' ' or (byte)'\t' or (byte)'\f'))
            {
                newlineAfterBrace = false;
                break;
            }
        }
        if (!newlineAfterBrace)
        {
            var k = brace;
            while (k > token.Start && text[k] != '\n')
            {
                k--;
            }
            cols = brace - k;
            if (text[k] == '\n')
            {
                cols--;
            }
        }
        for (var k = token.Start; k < brace; k++)
        {
            if (text[k] == '\n')
            {
                lines++;
            }
        }
        var length = exprEnd - exprStart;
        var buffer = new byte[length + 2];
        buffer[0] = (byte)'(';
        Array.Copy(text, exprStart, buffer, 1, length);
        buffer[length + 1] = (byte)')';
        var lineDelta = token.Line + lines - 1;
        var colDelta = lines != 0 ? cols : token.Col + cols;
        var subSource = new SourceFile(buffer, _source.Filename);
        var subParser = new Parser(new Tokenizer(subSource, lineDelta, colDelta, _tokenizer.Names), new FStringContext(lineDelta, colDelta));
        subParser._depth = _depth;
        try
        {
            return subParser.ParseStarExpressions();
        }
        catch (PythonSyntaxError error) when (!subParser._tokenizerFailed && !error.Message.StartsWith("f-string", StringComparison.Ordinal))
        {
            throw SyntaxErrors.InFString(error);
        }
    }
}
