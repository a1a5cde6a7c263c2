namespace PyNet.Compiler.Syntax;

/// <summary>Numeric literals, with CPython's checks for underscores, digits and what may follow a number.</summary>
internal sealed partial class Tokenizer
{
    private static bool IsDigit(int c) => c is >= '0' and <= '9';

    private static bool IsHexDigit(int c) => c is >= '0' and <= '9' or >= 'a' and <= 'f' or >= 'A' and <= 'F';

    private int NextChar() => _pos < _buf.Length ? _buf[_pos++] : -1;

    /// <summary>Steps back over the character just read (a no-op at end of input, as CPython's tok_backup of EOF).</summary>
    private void Backup(int c)
    {
        if (c != -1)
        {
            _pos--;
        }
    }

    private PythonSyntaxError NumberError(System.Func<ErrorLocation, PythonSyntaxError> factory) =>
        factory(ErrorLocation.Tokenizer(_source, _line + _lineDelta, _pos - _lineStart));

    private void ReadNumber(ref Token token, int start)
    {
        var c = NextChar();
        if (c == '0')
        {
            c = NextChar();
            if (c is 'x' or 'X')
            {
                c = NextChar();
                do
                {
                    if (c == '_')
                    {
                        c = NextChar();
                    }
                    if (!IsHexDigit(c))
                    {
                        Backup(c);
                        throw NumberError(at => SyntaxErrors.InvalidNumberLiteral(at, "hexadecimal"));
                    }
                    do
                    {
                        c = NextChar();
                    }
                    while (IsHexDigit(c));
                }
                while (c == '_');
                VerifyEndOfNumber(c, "hexadecimal");
            }
            else if (c is 'o' or 'O' or 'b' or 'B')
            {
                var isOctal = c is 'o' or 'O';
                var kind = isOctal ? "octal" : "binary";
                var maxDigit = isOctal ? '7' : '1';
                c = NextChar();
                do
                {
                    if (c == '_')
                    {
                        c = NextChar();
                    }
                    if (c < '0' || c > maxDigit)
                    {
                        if (IsDigit(c))
                        {
                            throw NumberError(at => SyntaxErrors.InvalidDigitInLiteral(at, (char)c, kind));
                        }
                        Backup(c);
                        throw NumberError(at => SyntaxErrors.InvalidNumberLiteral(at, kind));
                    }
                    do
                    {
                        c = NextChar();
                    }
                    while (c >= '0' && c <= maxDigit);
                }
                while (c == '_');
                if (IsDigit(c))
                {
                    throw NumberError(at => SyntaxErrors.InvalidDigitInLiteral(at, (char)c, kind));
                }
                VerifyEndOfNumber(c, kind);
            }
            else
            {
                var nonZero = false;
                while (true)
                {
                    if (c == '_')
                    {
                        c = NextChar();
                        if (!IsDigit(c))
                        {
                            Backup(c);
                            throw NumberError(at => SyntaxErrors.InvalidNumberLiteral(at, "decimal"));
                        }
                    }
                    if (c != '0')
                    {
                        break;
                    }
                    c = NextChar();
                }
                var zerosEnd = _pos;
                if (IsDigit(c))
                {
                    nonZero = true;
                    c = DecimalTail();
                }
                if (c == '.')
                {
                    c = NextChar();
                    ReadFraction(ref c);
                }
                else if (c is 'e' or 'E')
                {
                    if (ReadExponent(ref c))
                    {
                        FinishNumber(ref token, start);
                        return;
                    }
                    ReadImaginaryOrEnd(c);
                }
                else if (c is 'j' or 'J')
                {
                    ReadImaginaryOrEnd(c);
                }
                else if (nonZero)
                {
                    Backup(c);
                    throw SyntaxErrors.LeadingZeros(ErrorLocation.Tokenizer(_source, _line + _lineDelta, start + 1 - _lineStart, zerosEnd - _lineStart));
                }
                else
                {
                    VerifyEndOfNumber(c, "decimal");
                }
            }
        }
        else
        {
            if (c != '.')
            {
                c = DecimalTail();
            }
            if (c == '.')
            {
                c = NextChar();
                ReadFraction(ref c);
            }
            else if (c is 'e' or 'E')
            {
                if (ReadExponent(ref c))
                {
                    FinishNumber(ref token, start);
                    return;
                }
                ReadImaginaryOrEnd(c);
            }
            else
            {
                ReadImaginaryOrEnd(c);
            }
        }
        FinishNumber(ref token, start);
    }

    private void FinishNumber(ref Token token, int start) => SetToken(ref token, TokenKind.Number, start, _pos);

    /// <summary>After the '.', reads the fraction, exponent and imaginary suffix; leaves the position after the number.</summary>
    private void ReadFraction(ref int c)
    {
        if (IsDigit(c))
        {
            c = DecimalTail();
        }
        if (c is 'e' or 'E')
        {
            if (ReadExponent(ref c))
            {
                return;
            }
        }
        ReadImaginaryOrEnd(c);
    }

    /// <summary>Reads an exponent; returns true when the 'e' turned out not to belong to the number.</summary>
    private bool ReadExponent(ref int c)
    {
        var e = c;
        c = NextChar();
        if (c is '+' or '-')
        {
            c = NextChar();
            if (!IsDigit(c))
            {
                Backup(c);
                throw NumberError(at => SyntaxErrors.InvalidNumberLiteral(at, "decimal"));
            }
        }
        else if (!IsDigit(c))
        {
            Backup(c);
            VerifyEndOfNumber(e, "decimal");
            return true;
        }
        c = DecimalTail();
        return false;
    }

    private void ReadImaginaryOrEnd(int c)
    {
        if (c is 'j' or 'J')
        {
            c = NextChar();
            VerifyEndOfNumber(c, "imaginary");
        }
        else
        {
            VerifyEndOfNumber(c, "decimal");
        }
    }

    private int DecimalTail()
    {
        int c;
        while (true)
        {
            do
            {
                c = NextChar();
            }
            while (IsDigit(c));
            if (c != '_')
            {
                break;
            }
            c = NextChar();
            if (!IsDigit(c))
            {
                Backup(c);
                throw NumberError(at => SyntaxErrors.InvalidNumberLiteral(at, "decimal"));
            }
        }
        return c;
    }

    /// <summary>
    /// CPython accepts a number directly followed by a keyword that may follow one (1if x else y: only a warning);
    /// any other identifier character right after a number is an error. Leaves the position after the number.
    /// </summary>
    private void VerifyEndOfNumber(int c, string kind)
    {
        var followedByKeyword = c switch
        {
            'a' => LookaheadIs("nd"),
            'e' => LookaheadIs("lse"),
            'f' => LookaheadIs("or"),
            'i' => Peek() is 'f' or 'n' or 's',
            'o' => LookaheadIs("r"),
            'n' => LookaheadIs("ot"),
            _ => false,
        };
        if (!followedByKeyword && c != -1 && IsPotentialIdentifierChar(c))
        {
            Backup(c);
            throw NumberError(at => SyntaxErrors.InvalidNumberLiteral(at, kind));
        }
        Backup(c);
    }

    private bool LookaheadIs(string rest)
    {
        for (var i = 0; i < rest.Length; i++)
        {
            if (Peek(i) != rest[i])
            {
                return false;
            }
        }
        return true;
    }
}
