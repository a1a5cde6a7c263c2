namespace PyNet.Compiler.Syntax;

/// <summary>String tokens: the prefix, the quotes and the extent. The parser decodes the contents.</summary>
internal sealed partial class Tokenizer
{
    /// <summary>
    /// Checks for a legal string prefix (b, r, u, f and the combinations CPython accepts, any case) directly followed
    /// by a quote, without consuming anything.
    /// </summary>
    private bool TryReadStringPrefix(out int quoteAt)
    {
        bool sawB = false, sawR = false, sawU = false, sawF = false;
        var at = _pos;
        while (at < _buf.Length)
        {
            var c = _buf[at];
            if (!(sawB || sawU || sawF) && c is (byte)'b' or (byte)'B')
            {
                sawB = true;
            }
            else if (!(sawB || sawU || sawR || sawF) && c is (byte)'u' or (byte)'U')
            {
                sawU = true;
            }
            else if (!(sawR || sawU) && c is (byte)'r' or (byte)'R')
            {
                sawR = true;
            }
            else if (!(sawF || sawB || sawU) && c is (byte)'f' or (byte)'F')
            {
                sawF = true;
            }
            else
            {
                break;
            }
            at++;
            if (at < _buf.Length && _buf[at] is (byte)'\'' or (byte)'"')
            {
                quoteAt = at;
                return true;
            }
        }
        quoteAt = 0;
        return false;
    }

    private void ReadString(ref Token token, int start, int quoteAt)
    {
        var startLine = _line;
        var startLineStart = _lineStart;
        var quote = _buf[quoteAt];
        _pos = quoteAt + 1;
        var quoteSize = 1;
        var endQuoteSize = 0;
        if (Peek() == quote)
        {
            if (Peek(1) == quote)
            {
                quoteSize = 3;
                _pos += 2;
            }
            else
            {
                _pos++;
                endQuoteSize = 1;
            }
        }
        while (endQuoteSize != quoteSize)
        {
            var c = NextChar();
            if (c == -1 || (quoteSize == 1 && c == '\n'))
            {
                var detectedAt = _line + _lineDelta;
                var at = ErrorLocation.Tokenizer(_source, startLine + _lineDelta, start + 1 - startLineStart);
                throw quoteSize == 3
                    ? SyntaxErrors.UnterminatedTripleQuotedString(at, detectedAt)
                    : SyntaxErrors.UnterminatedString(at, detectedAt);
            }
            if (c == quote)
            {
                endQuoteSize++;
            }
            else
            {
                endQuoteSize = 0;
                if (c == '\\')
                {
                    c = NextChar();
                }
                if (c == '\n')
                {
                    NewLine();
                }
            }
        }
        token.Kind = TokenKind.String;
        token.Start = start;
        token.End = _pos;
        token.Line = startLine;
        token.Col = start - startLineStart;
        token.EndLine = _line;
        token.EndCol = _pos - _lineStart;
    }
}
