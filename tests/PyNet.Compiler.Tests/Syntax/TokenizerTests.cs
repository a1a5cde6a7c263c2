using System.Collections.Generic;
using System.Linq;
using System.Text;
using PyNet.Compiler.Syntax;
using Assert = Xunit.Assert;

namespace PyNet.Compiler.Tests.Syntax;

public class TokenizerTests
{
    private static List<Token> Tokens(string source)
    {
        var tokenizer = new Tokenizer(new SourceFile(Encoding.UTF8.GetBytes(source), "<test>"));
        var tokens = new List<Token>();
        var token = default(Token);
        do
        {
            tokenizer.Next(ref token);
            tokens.Add(token);
        }
        while (token.Kind != TokenKind.EndMarker);
        return tokens;
    }

    private static TokenKind[] Kinds(string source) => Tokens(source).Select(t => t.Kind).ToArray();

    [Fact]
    public void OperatorsTakeTheLongestMatch()
    {
        Assert.Equal(
            new[] { TokenKind.DoubleStarEqual, TokenKind.DoubleSlashEqual, TokenKind.RightShiftEqual, TokenKind.ColonEqual, TokenKind.RArrow, TokenKind.Ellipsis, TokenKind.NotEqual, TokenKind.AtEqual, TokenKind.Newline, TokenKind.EndMarker },
            Kinds("**= //= >>= := -> ... != @="));
    }

    [Fact]
    public void KeywordsGetKindsButSoftKeywordsStayNames()
    {
        Assert.Equal(
            new[] { TokenKind.If, TokenKind.Name, TokenKind.Name, TokenKind.Name, TokenKind.Await, TokenKind.Async, TokenKind.Newline, TokenKind.EndMarker },
            Kinds("if match case _ await async"));
    }

    [Fact]
    public void IndentationProducesIndentAndDedentAndIgnoresBlankAndCommentLines()
    {
        Assert.Equal(
            new[]
            {
                TokenKind.If, TokenKind.Name, TokenKind.Colon, TokenKind.Newline, TokenKind.Indent, TokenKind.Pass, TokenKind.Newline,
                TokenKind.Dedent, TokenKind.Pass, TokenKind.Newline, TokenKind.EndMarker,
            },
            Kinds("if x:\n\n    # comment\n    pass\n  # dedented comment\npass\n"));
    }

    [Fact]
    public void BracketsJoinLinesAndBackslashContinues()
    {
        Assert.Equal(
            new[] { TokenKind.Name, TokenKind.Equal, TokenKind.LPar, TokenKind.Number, TokenKind.Comma, TokenKind.Number, TokenKind.RPar, TokenKind.Plus, TokenKind.Number, TokenKind.Newline, TokenKind.EndMarker },
            Kinds("x = (1,\n   2) + \\\n 3\n"));
    }

    [Fact]
    public void ColumnsAreUtf8ByteOffsets()
    {
        var tokens = Tokens("é = 'ü'\n");
        Assert.Equal((0, 2), (tokens[0].Col, tokens[0].EndCol));
        Assert.Equal((5, 9), (tokens[2].Col, tokens[2].EndCol));
    }

    [Fact]
    public void StringPrefixesInAnyCaseStartStrings()
    {
        Assert.All(new[] { "rb''", "Br''", "fR''", "Rf''", "U''", "b''", "F''" }, s => Assert.Equal(TokenKind.String, Kinds(s)[0]));
        Assert.Equal(new[] { TokenKind.Name, TokenKind.String }, Kinds("ur''").Take(2));
    }

    [Fact]
    public void TripleQuotedStringsSpanLines()
    {
        var token = Tokens("x = '''a\nb'''\n")[2];
        Assert.Equal((1, 4, 2, 4), (token.Line, token.Col, token.EndLine, token.EndCol));
    }

    [Fact]
    public void NumberFollowedByKeywordIsAllowed()
    {
        Assert.Equal(new[] { TokenKind.Number, TokenKind.If, TokenKind.Number, TokenKind.Else, TokenKind.Number }, Kinds("1if 1else 2").Take(5));
    }

    [Theory]
    [InlineData("0x", "invalid hexadecimal literal")]
    [InlineData("1_", "invalid decimal literal")]
    [InlineData("0b12", "invalid digit '2' in binary literal")]
    [InlineData("012", "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers")]
    [InlineData("'abc", "unterminated string literal (detected at line 1)")]
    [InlineData("x = $\u20ac", "invalid character '\u20ac' (U+20AC)")]
    public void MalformedTokensRaiseCPythonMessages(string source, string message)
    {
        var error = Assert.Throws<PythonSyntaxError>(() => Tokens(source));
        Assert.Equal(message, error.Message);
    }

    [Fact]
    public void MixedTabsAndSpacesRaiseTabError()
    {
        var error = Assert.Throws<PythonSyntaxError>(() => Tokens("if x:\n\ty\n        z\n"));
        Assert.Equal(SyntaxErrorKind.TabError, error.Kind);
    }

    [Fact]
    public void MoreThan200NestedBracketsAreRejected()
    {
        var error = Assert.Throws<PythonSyntaxError>(() => PythonParser.ParseModule(new string('(', 201), "<test>"));
        Assert.Equal("too many nested parentheses", error.Message);
    }
}
