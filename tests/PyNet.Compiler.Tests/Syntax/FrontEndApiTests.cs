using System.Text;
using PyNet.Compiler.Syntax;
using Assert = Xunit.Assert;

namespace PyNet.Compiler.Tests.Syntax;

public class FrontEndApiTests
{
    [Fact]
    public void EvalModeProducesExpression()
    {
        var tree = PythonParser.ParseExpression("1 + x", "<test>");
        Assert.Equal("Expression(body=BinOp(left=Constant(value=1), op=Add(), right=Name(id='x', ctx=Load())))", AstDumper.Dump(tree, false));
    }

    [Fact]
    public void SingleModeProducesInteractive()
    {
        var tree = PythonParser.ParseInteractive("x = 1\n", "<test>");
        Assert.Equal("Interactive(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1))])", AstDumper.Dump(tree, false));
    }

    [Fact]
    public void CodingCookieSelectsTheSourceEncoding()
    {
        var source = Encoding.Latin1.GetBytes("# -*- coding: latin-1 -*-\nx = '\u00e9'\n");
        Assert.Contains("value='\u00e9'", AstDumper.Dump(PythonParser.ParseModule(source, "<test>"), false));
    }

    [Fact]
    public void Utf8BomIsSkipped()
    {
        var source = new byte[] { 0xEF, 0xBB, 0xBF, (byte)'x', (byte)'\n' };
        Assert.Equal("Module(body=[Expr(value=Name(id='x', ctx=Load()))], type_ignores=[])", AstDumper.Dump(PythonParser.ParseModule(source, "<test>"), false));
    }

    [Fact]
    public void NullBytesAreRejected()
    {
        var error = Assert.Throws<PythonSyntaxError>(() => PythonParser.ParseModule("x\0", "<test>"));
        Assert.Equal("source code string cannot contain null bytes", error.Message);
    }

    [Theory]
    [InlineData("1e16", "1e+16")]
    [InlineData("1e999", "inf")]
    [InlineData("0.1", "0.1")]
    [InlineData("1e-5", "1e-05")]
    [InlineData("123456789012345678.0", "1.2345678901234568e+17")]
    [InlineData("2j", "2j")]
    [InlineData("1.5j", "1.5j")]
    [InlineData("'it\\'s'", "\"it's\"")]
    [InlineData("\"it's\"", "\"it's\"")]
    [InlineData("'\\'\"'", "'\\'\"'")]
    [InlineData("'\\x00\\x7f\\xa0\\u200b\\U0001F600'", "'\\x00\\x7f\\xa0\\u200b\U0001F600'")]
    [InlineData("b'\\x00\\'a\\xff'", "b\"\\x00'a\\xff\"")]
    public void ConstantsDumpWithPythonRepr(string literal, string repr)
    {
        var tree = (Expression)PythonParser.ParseExpression(literal, "<test>");
        Assert.Equal($"Constant(value={repr})", AstDumper.Dump(tree.Body, false));
    }

    [Fact]
    public void DeepUnaryChainsRaiseRecursionErrorInsteadOfOverflowing()
    {
        Assert.Throws<ParserRecursionError>(() => PythonParser.ParseModule(new string('-', 100_000) + "x", "<test>"));
    }

    [Fact]
    public void LongLeftAssociativeChainsRaiseRecursionError()
    {
        Assert.Throws<ParserRecursionError>(() => PythonParser.ParseModule("x" + string.Concat(System.Linq.Enumerable.Repeat("+x", 100_000)), "<test>"));
    }

    [Fact]
    public void ModeratelyDeepExpressionsParse()
    {
        PythonParser.ParseModule(new string('-', 1000) + "x", "<test>");
        PythonParser.ParseModule(new string('(', 200) + new string(')', 200), "<test>");
    }
}
