using PyNet.Compiler.Syntax;

namespace PyNet.Compiler.Tests.Syntax;

/// <summary>
/// One test per construct of the grammar: the tree PyNet builds, with positions, must dump exactly as
/// CPython 3.11's ast.dump(ast.parse(source), include_attributes=True) (expected values recorded from python3).
/// </summary>
public class ParserGrammarTests
{
    [Fact]
    public void AssignmentChainsShareTheValue()
    {
        const string Source = "a = b = 1";
        const string Expected = "Module(body=[Assign(targets=[Name(id='a', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1), Name(id='b', ctx=Store(), lineno=1, col_offset=4, end_lineno=1, end_col_offset=5)], value=Constant(value=1, lineno=1, col_offset=8, end_lineno=1, end_col_offset=9), lineno=1, col_offset=0, end_lineno=1, end_col_offset=9)], type_ignores=[])";
        Xunit.Assert.Equal(Expected, AstDumper.Dump(PythonParser.ParseModule(Source, "<test>"), includeAttributes: true));
    }

    [Fact]
    public void AnnotatedNameIsSimple()
    {
        const string Source = "x: int = 5";
        const string Expected = "Module(body=[AnnAssign(target=Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1), annotation=Name(id='int', ctx=Load(), lineno=1, col_offset=3, end_lineno=1, end_col_offset=6), value=Constant(value=5, lineno=1, col_offset=9, end_lineno=1, end_col_offset=10), simple=1, lineno=1, col_offset=0, end_lineno=1, end_col_offset=10)], type_ignores=[])";
        Xunit.Assert.Equal(Expected, AstDumper.Dump(PythonParser.ParseModule(Source, "<test>"), includeAttributes: true));
    }

    [Fact]
    public void ParenthesizedAnnotatedNameIsNotSimple()
    {
        const string Source = "(x): int";
        const string Expected = "Module(body=[AnnAssign(target=Name(id='x', ctx=Store(), lineno=1, col_offset=1, end_lineno=1, end_col_offset=2), annotation=Name(id='int', ctx=Load(), lineno=1, col_offset=5, end_lineno=1, end_col_offset=8), simple=0, lineno=1, col_offset=0, end_lineno=1, end_col_offset=8)], type_ignores=[])";
        Xunit.Assert.Equal(Expected, AstDumper.Dump(PythonParser.ParseModule(Source, "<test>"), includeAttributes: true));
    }

    [Fact]
    public void AugmentedAssignmentStoresTarget()
    {
        const string Source = "a.b += 1";
        const string Expected = "Module(body=[AugAssign(target=Attribute(value=Name(id='a', ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1), attr='b', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=3), op=Add(), value=Constant(value=1, lineno=1, col_offset=7, end_lineno=1, end_col_offset=8), lineno=1, col_offset=0, end_lineno=1, end_col_offset=8)], type_ignores=[])";
        Xunit.Assert.Equal(Expected, AstDumper.Dump(PythonParser.ParseModule(Source, "<test>"), includeAttributes: true));
    }

    [Fact]
    public void StarredAssignmentTarget()
    {
        const string Source = "a, *b = c";
        const string Expected = "Module(body=[Assign(targets=[Tuple(elts=[Name(id='a', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1), Starred(value=Name(id='b', ctx=Store(), lineno=1, col_offset=4, end_lineno=1, end_col_offset=5), ctx=Store(), lineno=1, col_offset=3, end_lineno=1, end_col_offset=5)], ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=5)], value=Name(id='c', ctx=Load(), lineno=1, col_offset=8, end_lineno=1, end_col_offset=9), lineno=1, col_offset=0, end_lineno=1, end_col_offset=9)], type_ignores=[])";
        Xunit.Assert.Equal(Expected, AstDumper.Dump(PythonParser.ParseModule(Source, "<test>"), includeAttributes: true));
    }

    [Fact]
    public void DeleteTargetsUseDelContext()
    {
        const string Source = "del a, b[0], c.d";
        const string Expected = "Module(body=[Delete(targets=[Name(id='a', ctx=Del(), lineno=1, col_offset=4, end_lineno=1, end_col_offset=5), Subscript(value=Name(id='b', ctx=Load(), lineno=1, col_offset=7, end_lineno=1, end_col_offset=8), slice=Constant(value=0, lineno=1, col_offset=9, end_lineno=1, end_col_offset=10), ctx=Del(), lineno=1, col_offset=7, end_lineno=1, end_col_offset=11), Attribute(value=Name(id='c', ctx=Load(), lineno=1, col_offset=13, end_lineno=1, end_col_offset=14), attr='d', ctx=Del(), lineno=1, col_offset=13, end_lineno=1, end_col_offset=16)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=16)], type_ignores=[])";
        Xunit.Assert.Equal(Expected, AstDumper.Dump(PythonParser.ParseModule(Source, "<test>"), includeAttributes: true));
    }

    [Fact]
    public void ImportWithAliases()
    {
        const string Source = "import a.b as c, d";
        const string Expected = "Module(body=[Import(names=[alias(name='a.b', asname='c', lineno=1, col_offset=7, end_lineno=1, end_col_offset=15), alias(name='d', lineno=1, col_offset=17, end_lineno=1, end_col_offset=18)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=18)], type_ignores=[])";
        Xunit.Assert.Equal(Expected, AstDumper.Dump(PythonParser.ParseModule(Source, "<test>"), includeAttributes: true));
    }

    [Fact]
    public void RelativeImportCountsDots()
    {
        const string Source = "from ...x import (a as b, c,)";
        const string Expected = "Module(body=[ImportFrom(module='x', names=[alias(name='a', asname='b', lineno=1, col_offset=18, end_lineno=1, end_col_offset=24), alias(name='c', lineno=1, col_offset=26, end_lineno=1, end_col_offset=27)], level=3, lineno=1, col_offset=0, end_lineno=1, end_col_offset=29)], type_ignores=[])";
        Xunit.Assert.Equal(Expected, AstDumper.Dump(PythonParser.ParseModule(Source, "<test>"), includeAttributes: true));
    }

    [Fact]
    public void ImportStarAlias()
    {
        const string Source = "from x import *";
        const string Expected = "Module(body=[ImportFrom(module='x', names=[alias(name='*', lineno=1, col_offset=14, end_lineno=1, end_col_offset=15)], level=0, lineno=1, col_offset=0, end_lineno=1, end_col_offset=15)], type_ignores=[])";
        Xunit.Assert.Equal(Expected, AstDumper.Dump(PythonParser.ParseModule(Source, "<test>"), includeAttributes: true));
    }

    [Fact]
    public void GlobalAndNonlocalNames()
    {
        const string Source = "def f():\n    global a, b\n    def g():\n        nonlocal c";
        const string Expected = "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Global(names=['a', 'b'], lineno=2, col_offset=4, end_lineno=2, end_col_offset=15), FunctionDef(name='g', args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Nonlocal(names=['c'], lineno=4, col_offset=8, end_lineno=4, end_col_offset=18)], decorator_list=[], lineno=3, col_offset=4, end_lineno=4, end_col_offset=18)], decorator_list=[], lineno=1, col_offset=0, end_lineno=4, end_col_offset=18)], type_ignores=[])";
        Xunit.Assert.Equal(Expected, AstDumper.Dump(PythonParser.ParseModule(Source, "<test>"), includeAttributes: true));
    }

    [Fact]
    public void FunctionWithEveryParameterKind()
    {
        const string Source = "def f(a, /, b=1, *c, d, e=2, **g) -> int: pass";
        const string Expected = "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[arg(arg='a', lineno=1, col_offset=6, end_lineno=1, end_col_offset=7)], args=[arg(arg='b', lineno=1, col_offset=12, end_lineno=1, end_col_offset=13)], vararg=arg(arg='c', lineno=1, col_offset=18, end_lineno=1, end_col_offset=19), kwonlyargs=[arg(arg='d', lineno=1, col_offset=21, end_lineno=1, end_col_offset=22), arg(arg='e', lineno=1, col_offset=24, end_lineno=1, end_col_offset=25)], kw_defaults=[None, Constant(value=2, lineno=1, col_offset=26, end_lineno=1, end_col_offset=27)], kwarg=arg(arg='g', lineno=1, col_offset=31, end_lineno=1, end_col_offset=32), defaults=[Constant(value=1, lineno=1, col_offset=14, end_lineno=1, end_col_offset=15)]), body=[Pass(lineno=1, col_offset=42, end_lineno=1, end_col_offset=46)], decorator_list=[], returns=Name(id='int', ctx=Load(), lineno=1, col_offset=37, end_lineno=1, end_col_offset=40), lineno=1, col_offset=0, end_lineno=1, end_col_offset=46)], type_ignores=[])";
        Xunit.Assert.Equal(Expected, AstDumper.Dump(PythonParser.ParseModule(Source, "<test>"), includeAttributes: true));
    }

    [Fact]
    public void StarArgsAnnotatedWithStarredExpression()
    {
        const string Source = "def f(*args: *Ts): pass";
        const string Expected = "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[], vararg=arg(arg='args', annotation=Starred(value=Name(id='Ts', ctx=Load(), lineno=1, col_offset=14, end_lineno=1, end_col_offset=16), ctx=Load(), lineno=1, col_offset=13, end_lineno=1, end_col_offset=16), lineno=1, col_offset=7, end_lineno=1, end_col_offset=16), kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Pass(lineno=1, col_offset=19, end_lineno=1, end_col_offset=23)], decorator_list=[], lineno=1, col_offset=0, end_lineno=1, end_col_offset=23)], type_ignores=[])";
        Xunit.Assert.Equal(Expected, AstDumper.Dump(PythonParser.ParseModule(Source, "<test>"), includeAttributes: true));
    }

    [Fact]
    public void DecoratedAsyncFunctionStartsAtAsync()
    {
        const string Source = "@dec\n@other(1)\nasync def f(): await x";
        const string Expected = "Module(body=[AsyncFunctionDef(name='f', args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Expr(value=Await(value=Name(id='x', ctx=Load(), lineno=3, col_offset=21, end_lineno=3, end_col_offset=22), lineno=3, col_offset=15, end_lineno=3, end_col_offset=22), lineno=3, col_offset=15, end_lineno=3, end_col_offset=22)], decorator_list=[Name(id='dec', ctx=Load(), lineno=1, col_offset=1, end_lineno=1, end_col_offset=4), Call(func=Name(id='other', ctx=Load(), lineno=2, col_offset=1, end_lineno=2, end_col_offset=6), args=[Constant(value=1, lineno=2, col_offset=7, end_lineno=2, end_col_offset=8)], keywords=[], lineno=2, col_offset=1, end_lineno=2, end_col_offset=9)], lineno=3, col_offset=0, end_lineno=3, end_col_offset=22)], type_ignores=[])";
        Xunit.Assert.Equal(Expected, AstDumper.Dump(PythonParser.ParseModule(Source, "<test>"), includeAttributes: true));
    }

    [Fact]
    public void ClassWithBasesAndKeywords()
    {
        const string Source = "class A(B, *c, metaclass=M, **k): pass";
        const string Expected = "Module(body=[ClassDef(name='A', bases=[Name(id='B', ctx=Load(), lineno=1, col_offset=8, end_lineno=1, end_col_offset=9), Starred(value=Name(id='c', ctx=Load(), lineno=1, col_offset=12, end_lineno=1, end_col_offset=13), ctx=Load(), lineno=1, col_offset=11, end_lineno=1, end_col_offset=13)], keywords=[keyword(arg='metaclass', value=Name(id='M', ctx=Load(), lineno=1, col_offset=25, end_lineno=1, end_col_offset=26), lineno=1, col_offset=15, end_lineno=1, end_col_offset=26), keyword(value=Name(id='k', ctx=Load(), lineno=1, col_offset=30, end_lineno=1, end_col_offset=31), lineno=1, col_offset=28, end_lineno=1, end_col_offset=31)], body=[Pass(lineno=1, col_offset=34, end_lineno=1, end_col_offset=38)], decorator_list=[], lineno=1, col_offset=0, end_lineno=1, end_col_offset=38)], type_ignores=[])";
        Xunit.Assert.Equal(Expected, AstDumper.Dump(PythonParser.ParseModule(Source, "<test>"), includeAttributes: true));
    }

    [Fact]
    public void IfElifElseNestsInOrelse()
    {
        const string Source = "if a:\n    pass\nelif b:\n    pass\nelse:\n    pass";
        const string Expected = "Module(body=[If(test=Name(id='a', ctx=Load(), lineno=1, col_offset=3, end_lineno=1, end_col_offset=4), body=[Pass(lineno=2, col_offset=4, end_lineno=2, end_col_offset=8)], orelse=[If(test=Name(id='b', ctx=Load(), lineno=3, col_offset=5, end_lineno=3, end_col_offset=6), body=[Pass(lineno=4, col_offset=4, end_lineno=4, end_col_offset=8)], orelse=[Pass(lineno=6, col_offset=4, end_lineno=6, end_col_offset=8)], lineno=3, col_offset=0, end_lineno=6, end_col_offset=8)], lineno=1, col_offset=0, end_lineno=6, end_col_offset=8)], type_ignores=[])";
        Xunit.Assert.Equal(Expected, AstDumper.Dump(PythonParser.ParseModule(Source, "<test>"), includeAttributes: true));
    }

    [Fact]
    public void WhileElse()
    {
        const string Source = "while x:\n    break\nelse:\n    continue";
        const string Expected = "Module(body=[While(test=Name(id='x', ctx=Load(), lineno=1, col_offset=6, end_lineno=1, end_col_offset=7), body=[Break(lineno=2, col_offset=4, end_lineno=2, end_col_offset=9)], orelse=[Continue(lineno=4, col_offset=4, end_lineno=4, end_col_offset=12)], lineno=1, col_offset=0, end_lineno=4, end_col_offset=12)], type_ignores=[])";
        Xunit.Assert.Equal(Expected, AstDumper.Dump(PythonParser.ParseModule(Source, "<test>"), includeAttributes: true));
    }

    [Fact]
    public void AsyncForAndWith()
    {
        const string Source = "async def f():\n    async for x in y: pass\n    async with a as b: pass";
        const string Expected = "Module(body=[AsyncFunctionDef(name='f', args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[AsyncFor(target=Name(id='x', ctx=Store(), lineno=2, col_offset=14, end_lineno=2, end_col_offset=15), iter=Name(id='y', ctx=Load(), lineno=2, col_offset=19, end_lineno=2, end_col_offset=20), body=[Pass(lineno=2, col_offset=22, end_lineno=2, end_col_offset=26)], orelse=[], lineno=2, col_offset=4, end_lineno=2, end_col_offset=26), AsyncWith(items=[withitem(context_expr=Name(id='a', ctx=Load(), lineno=3, col_offset=15, end_lineno=3, end_col_offset=16), optional_vars=Name(id='b', ctx=Store(), lineno=3, col_offset=20, end_lineno=3, end_col_offset=21))], body=[Pass(lineno=3, col_offset=23, end_lineno=3, end_col_offset=27)], lineno=3, col_offset=4, end_lineno=3, end_col_offset=27)], decorator_list=[], lineno=1, col_offset=0, end_lineno=3, end_col_offset=27)], type_ignores=[])";
        Xunit.Assert.Equal(Expected, AstDumper.Dump(PythonParser.ParseModule(Source, "<test>"), includeAttributes: true));
    }

    [Fact]
    public void ParenthesizedWithItems()
    {
        const string Source = "with (a as b, c):\n    pass";
        const string Expected = "Module(body=[With(items=[withitem(context_expr=Name(id='a', ctx=Load(), lineno=1, col_offset=6, end_lineno=1, end_col_offset=7), optional_vars=Name(id='b', ctx=Store(), lineno=1, col_offset=11, end_lineno=1, end_col_offset=12)), withitem(context_expr=Name(id='c', ctx=Load(), lineno=1, col_offset=14, end_lineno=1, end_col_offset=15))], body=[Pass(lineno=2, col_offset=4, end_lineno=2, end_col_offset=8)], lineno=1, col_offset=0, end_lineno=2, end_col_offset=8)], type_ignores=[])";
        Xunit.Assert.Equal(Expected, AstDumper.Dump(PythonParser.ParseModule(Source, "<test>"), includeAttributes: true));
    }

    [Fact]
    public void ParenthesizedContextExpression()
    {
        const string Source = "with (a, b) as c:\n    pass";
        const string Expected = "Module(body=[With(items=[withitem(context_expr=Tuple(elts=[Name(id='a', ctx=Load(), lineno=1, col_offset=6, end_lineno=1, end_col_offset=7), Name(id='b', ctx=Load(), lineno=1, col_offset=9, end_lineno=1, end_col_offset=10)], ctx=Load(), lineno=1, col_offset=5, end_lineno=1, end_col_offset=11), optional_vars=Name(id='c', ctx=Store(), lineno=1, col_offset=15, end_lineno=1, end_col_offset=16))], body=[Pass(lineno=2, col_offset=4, end_lineno=2, end_col_offset=8)], lineno=1, col_offset=0, end_lineno=2, end_col_offset=8)], type_ignores=[])";
        Xunit.Assert.Equal(Expected, AstDumper.Dump(PythonParser.ParseModule(Source, "<test>"), includeAttributes: true));
    }

    [Fact]
    public void TryExceptElseFinally()
    {
        const string Source = "try:\n    pass\nexcept (A, B) as e:\n    raise X from e\nexcept:\n    pass\nelse:\n    pass\nfinally:\n    pass";
        const string Expected = "Module(body=[Try(body=[Pass(lineno=2, col_offset=4, end_lineno=2, end_col_offset=8)], handlers=[ExceptHandler(type=Tuple(elts=[Name(id='A', ctx=Load(), lineno=3, col_offset=8, end_lineno=3, end_col_offset=9), Name(id='B', ctx=Load(), lineno=3, col_offset=11, end_lineno=3, end_col_offset=12)], ctx=Load(), lineno=3, col_offset=7, end_lineno=3, end_col_offset=13), name='e', body=[Raise(exc=Name(id='X', ctx=Load(), lineno=4, col_offset=10, end_lineno=4, end_col_offset=11), cause=Name(id='e', ctx=Load(), lineno=4, col_offset=17, end_lineno=4, end_col_offset=18), lineno=4, col_offset=4, end_lineno=4, end_col_offset=18)], lineno=3, col_offset=0, end_lineno=4, end_col_offset=18), ExceptHandler(body=[Pass(lineno=6, col_offset=4, end_lineno=6, end_col_offset=8)], lineno=5, col_offset=0, end_lineno=6, end_col_offset=8)], orelse=[Pass(lineno=8, col_offset=4, end_lineno=8, end_col_offset=8)], finalbody=[Pass(lineno=10, col_offset=4, end_lineno=10, end_col_offset=8)], lineno=1, col_offset=0, end_lineno=10, end_col_offset=8)], type_ignores=[])";
        Xunit.Assert.Equal(Expected, AstDumper.Dump(PythonParser.ParseModule(Source, "<test>"), includeAttributes: true));
    }

    [Fact]
    public void TryStarHandlers()
    {
        const string Source = "try:\n    pass\nexcept* ValueError:\n    pass";
        const string Expected = "Module(body=[TryStar(body=[Pass(lineno=2, col_offset=4, end_lineno=2, end_col_offset=8)], handlers=[ExceptHandler(type=Name(id='ValueError', ctx=Load(), lineno=3, col_offset=8, end_lineno=3, end_col_offset=18), body=[Pass(lineno=4, col_offset=4, end_lineno=4, end_col_offset=8)], lineno=3, col_offset=0, end_lineno=4, end_col_offset=8)], orelse=[], finalbody=[], lineno=1, col_offset=0, end_lineno=4, end_col_offset=8)], type_ignores=[])";
        Xunit.Assert.Equal(Expected, AstDumper.Dump(PythonParser.ParseModule(Source, "<test>"), includeAttributes: true));
    }

    [Fact]
    public void AssertWithMessage()
    {
        const string Source = "assert x, 'msg'";
        const string Expected = "Module(body=[Assert(test=Name(id='x', ctx=Load(), lineno=1, col_offset=7, end_lineno=1, end_col_offset=8), msg=Constant(value='msg', lineno=1, col_offset=10, end_lineno=1, end_col_offset=15), lineno=1, col_offset=0, end_lineno=1, end_col_offset=15)], type_ignores=[])";
        Xunit.Assert.Equal(Expected, AstDumper.Dump(PythonParser.ParseModule(Source, "<test>"), includeAttributes: true));
    }

    [Fact]
    public void ReturnTupleAndBareReturn()
    {
        const string Source = "def f():\n    return 1, 2\n    return";
        const string Expected = "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Return(value=Tuple(elts=[Constant(value=1, lineno=2, col_offset=11, end_lineno=2, end_col_offset=12), Constant(value=2, lineno=2, col_offset=14, end_lineno=2, end_col_offset=15)], ctx=Load(), lineno=2, col_offset=11, end_lineno=2, end_col_offset=15), lineno=2, col_offset=4, end_lineno=2, end_col_offset=15), Return(lineno=3, col_offset=4, end_lineno=3, end_col_offset=10)], decorator_list=[], lineno=1, col_offset=0, end_lineno=3, end_col_offset=10)], type_ignores=[])";
        Xunit.Assert.Equal(Expected, AstDumper.Dump(PythonParser.ParseModule(Source, "<test>"), includeAttributes: true));
    }

    [Fact]
    public void YieldForms()
    {
        const string Source = "def f():\n    yield\n    yield 1, 2\n    x = yield from g()";
        const string Expected = "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Expr(value=Yield(lineno=2, col_offset=4, end_lineno=2, end_col_offset=9), lineno=2, col_offset=4, end_lineno=2, end_col_offset=9), Expr(value=Yield(value=Tuple(elts=[Constant(value=1, lineno=3, col_offset=10, end_lineno=3, end_col_offset=11), Constant(value=2, lineno=3, col_offset=13, end_lineno=3, end_col_offset=14)], ctx=Load(), lineno=3, col_offset=10, end_lineno=3, end_col_offset=14), lineno=3, col_offset=4, end_lineno=3, end_col_offset=14), lineno=3, col_offset=4, end_lineno=3, end_col_offset=14), Assign(targets=[Name(id='x', ctx=Store(), lineno=4, col_offset=4, end_lineno=4, end_col_offset=5)], value=YieldFrom(value=Call(func=Name(id='g', ctx=Load(), lineno=4, col_offset=19, end_lineno=4, end_col_offset=20), args=[], keywords=[], lineno=4, col_offset=19, end_lineno=4, end_col_offset=22), lineno=4, col_offset=8, end_lineno=4, end_col_offset=22), lineno=4, col_offset=4, end_lineno=4, end_col_offset=22)], decorator_list=[], lineno=1, col_offset=0, end_lineno=4, end_col_offset=22)], type_ignores=[])";
        Xunit.Assert.Equal(Expected, AstDumper.Dump(PythonParser.ParseModule(Source, "<test>"), includeAttributes: true));
    }

    [Fact]
    public void SemicolonSeparatedStatements()
    {
        const string Source = "a; b; c;";
        const string Expected = "Module(body=[Expr(value=Name(id='a', ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1), Expr(value=Name(id='b', ctx=Load(), lineno=1, col_offset=3, end_lineno=1, end_col_offset=4), lineno=1, col_offset=3, end_lineno=1, end_col_offset=4), Expr(value=Name(id='c', ctx=Load(), lineno=1, col_offset=6, end_lineno=1, end_col_offset=7), lineno=1, col_offset=6, end_lineno=1, end_col_offset=7)], type_ignores=[])";
        Xunit.Assert.Equal(Expected, AstDumper.Dump(PythonParser.ParseModule(Source, "<test>"), includeAttributes: true));
    }

    [Fact]
    public void BooleanOperatorsFlatten()
    {
        const string Source = "a or b or c and d and not e";
        const string Expected = "Module(body=[Expr(value=BoolOp(op=Or(), values=[Name(id='a', ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1), Name(id='b', ctx=Load(), lineno=1, col_offset=5, end_lineno=1, end_col_offset=6), BoolOp(op=And(), values=[Name(id='c', ctx=Load(), lineno=1, col_offset=10, end_lineno=1, end_col_offset=11), Name(id='d', ctx=Load(), lineno=1, col_offset=16, end_lineno=1, end_col_offset=17), UnaryOp(op=Not(), operand=Name(id='e', ctx=Load(), lineno=1, col_offset=26, end_lineno=1, end_col_offset=27), lineno=1, col_offset=22, end_lineno=1, end_col_offset=27)], lineno=1, col_offset=10, end_lineno=1, end_col_offset=27)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=27), lineno=1, col_offset=0, end_lineno=1, end_col_offset=27)], type_ignores=[])";
        Xunit.Assert.Equal(Expected, AstDumper.Dump(PythonParser.ParseModule(Source, "<test>"), includeAttributes: true));
    }

    [Fact]
    public void ChainedComparison()
    {
        const string Source = "a < b <= c != d is not e not in f";
        const string Expected = "Module(body=[Expr(value=Compare(left=Name(id='a', ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1), ops=[Lt(), LtE(), NotEq(), IsNot(), NotIn()], comparators=[Name(id='b', ctx=Load(), lineno=1, col_offset=4, end_lineno=1, end_col_offset=5), Name(id='c', ctx=Load(), lineno=1, col_offset=9, end_lineno=1, end_col_offset=10), Name(id='d', ctx=Load(), lineno=1, col_offset=14, end_lineno=1, end_col_offset=15), Name(id='e', ctx=Load(), lineno=1, col_offset=23, end_lineno=1, end_col_offset=24), Name(id='f', ctx=Load(), lineno=1, col_offset=32, end_lineno=1, end_col_offset=33)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=33), lineno=1, col_offset=0, end_lineno=1, end_col_offset=33)], type_ignores=[])";
        Xunit.Assert.Equal(Expected, AstDumper.Dump(PythonParser.ParseModule(Source, "<test>"), includeAttributes: true));
    }

    [Fact]
    public void BinaryPrecedence()
    {
        const string Source = "a | b ^ c & d << e + f * g ** -h";
        const string Expected = "Module(body=[Expr(value=BinOp(left=Name(id='a', ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1), op=BitOr(), right=BinOp(left=Name(id='b', ctx=Load(), lineno=1, col_offset=4, end_lineno=1, end_col_offset=5), op=BitXor(), right=BinOp(left=Name(id='c', ctx=Load(), lineno=1, col_offset=8, end_lineno=1, end_col_offset=9), op=BitAnd(), right=BinOp(left=Name(id='d', ctx=Load(), lineno=1, col_offset=12, end_lineno=1, end_col_offset=13), op=LShift(), right=BinOp(left=Name(id='e', ctx=Load(), lineno=1, col_offset=17, end_lineno=1, end_col_offset=18), op=Add(), right=BinOp(left=Name(id='f', ctx=Load(), lineno=1, col_offset=21, end_lineno=1, end_col_offset=22), op=Mult(), right=BinOp(left=Name(id='g', ctx=Load(), lineno=1, col_offset=25, end_lineno=1, end_col_offset=26), op=Pow(), right=UnaryOp(op=USub(), operand=Name(id='h', ctx=Load(), lineno=1, col_offset=31, end_lineno=1, end_col_offset=32), lineno=1, col_offset=30, end_lineno=1, end_col_offset=32), lineno=1, col_offset=25, end_lineno=1, end_col_offset=32), lineno=1, col_offset=21, end_lineno=1, end_col_offset=32), lineno=1, col_offset=17, end_lineno=1, end_col_offset=32), lineno=1, col_offset=12, end_lineno=1, end_col_offset=32), lineno=1, col_offset=8, end_lineno=1, end_col_offset=32), lineno=1, col_offset=4, end_lineno=1, end_col_offset=32), lineno=1, col_offset=0, end_lineno=1, end_col_offset=32), lineno=1, col_offset=0, end_lineno=1, end_col_offset=32)], type_ignores=[])";
        Xunit.Assert.Equal(Expected, AstDumper.Dump(PythonParser.ParseModule(Source, "<test>"), includeAttributes: true));
    }

    [Fact]
    public void PowerIsRightAssociative()
    {
        const string Source = "a ** b ** c";
        const string Expected = "Module(body=[Expr(value=BinOp(left=Name(id='a', ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1), op=Pow(), right=BinOp(left=Name(id='b', ctx=Load(), lineno=1, col_offset=5, end_lineno=1, end_col_offset=6), op=Pow(), right=Name(id='c', ctx=Load(), lineno=1, col_offset=10, end_lineno=1, end_col_offset=11), lineno=1, col_offset=5, end_lineno=1, end_col_offset=11), lineno=1, col_offset=0, end_lineno=1, end_col_offset=11), lineno=1, col_offset=0, end_lineno=1, end_col_offset=11)], type_ignores=[])";
        Xunit.Assert.Equal(Expected, AstDumper.Dump(PythonParser.ParseModule(Source, "<test>"), includeAttributes: true));
    }

    [Fact]
    public void ParenthesizedOperandWidensBinOp()
    {
        const string Source = "(a + b) * c";
        const string Expected = "Module(body=[Expr(value=BinOp(left=BinOp(left=Name(id='a', ctx=Load(), lineno=1, col_offset=1, end_lineno=1, end_col_offset=2), op=Add(), right=Name(id='b', ctx=Load(), lineno=1, col_offset=5, end_lineno=1, end_col_offset=6), lineno=1, col_offset=1, end_lineno=1, end_col_offset=6), op=Mult(), right=Name(id='c', ctx=Load(), lineno=1, col_offset=10, end_lineno=1, end_col_offset=11), lineno=1, col_offset=0, end_lineno=1, end_col_offset=11), lineno=1, col_offset=0, end_lineno=1, end_col_offset=11)], type_ignores=[])";
        Xunit.Assert.Equal(Expected, AstDumper.Dump(PythonParser.ParseModule(Source, "<test>"), includeAttributes: true));
    }

    [Fact]
    public void ConditionalExpressionAndLambda()
    {
        const string Source = "x = lambda a, *, b=1: a if b else None";
        const string Expected = "Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1)], value=Lambda(args=arguments(posonlyargs=[], args=[arg(arg='a', lineno=1, col_offset=11, end_lineno=1, end_col_offset=12)], kwonlyargs=[arg(arg='b', lineno=1, col_offset=17, end_lineno=1, end_col_offset=18)], kw_defaults=[Constant(value=1, lineno=1, col_offset=19, end_lineno=1, end_col_offset=20)], defaults=[]), body=IfExp(test=Name(id='b', ctx=Load(), lineno=1, col_offset=27, end_lineno=1, end_col_offset=28), body=Name(id='a', ctx=Load(), lineno=1, col_offset=22, end_lineno=1, end_col_offset=23), orelse=Constant(value=None, lineno=1, col_offset=34, end_lineno=1, end_col_offset=38), lineno=1, col_offset=22, end_lineno=1, end_col_offset=38), lineno=1, col_offset=4, end_lineno=1, end_col_offset=38), lineno=1, col_offset=0, end_lineno=1, end_col_offset=38)], type_ignores=[])";
        Xunit.Assert.Equal(Expected, AstDumper.Dump(PythonParser.ParseModule(Source, "<test>"), includeAttributes: true));
    }

    [Fact]
    public void WalrusInComprehensionCondition()
    {
        const string Source = "[y for x in z if (y := f(x))]";
        const string Expected = "Module(body=[Expr(value=ListComp(elt=Name(id='y', ctx=Load(), lineno=1, col_offset=1, end_lineno=1, end_col_offset=2), generators=[comprehension(target=Name(id='x', ctx=Store(), lineno=1, col_offset=7, end_lineno=1, end_col_offset=8), iter=Name(id='z', ctx=Load(), lineno=1, col_offset=12, end_lineno=1, end_col_offset=13), ifs=[NamedExpr(target=Name(id='y', ctx=Store(), lineno=1, col_offset=18, end_lineno=1, end_col_offset=19), value=Call(func=Name(id='f', ctx=Load(), lineno=1, col_offset=23, end_lineno=1, end_col_offset=24), args=[Name(id='x', ctx=Load(), lineno=1, col_offset=25, end_lineno=1, end_col_offset=26)], keywords=[], lineno=1, col_offset=23, end_lineno=1, end_col_offset=27), lineno=1, col_offset=18, end_lineno=1, end_col_offset=27)], is_async=0)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=29), lineno=1, col_offset=0, end_lineno=1, end_col_offset=29)], type_ignores=[])";
        Xunit.Assert.Equal(Expected, AstDumper.Dump(PythonParser.ParseModule(Source, "<test>"), includeAttributes: true));
    }

    [Fact]
    public void ComprehensionsOfEveryKind()
    {
        const string Source = "[x for x in y], {x for x in y}, {k: v for k, v in y if k}, (x async for x in y)";
        const string Expected = "Module(body=[Expr(value=Tuple(elts=[ListComp(elt=Name(id='x', ctx=Load(), lineno=1, col_offset=1, end_lineno=1, end_col_offset=2), generators=[comprehension(target=Name(id='x', ctx=Store(), lineno=1, col_offset=7, end_lineno=1, end_col_offset=8), iter=Name(id='y', ctx=Load(), lineno=1, col_offset=12, end_lineno=1, end_col_offset=13), ifs=[], is_async=0)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=14), SetComp(elt=Name(id='x', ctx=Load(), lineno=1, col_offset=17, end_lineno=1, end_col_offset=18), generators=[comprehension(target=Name(id='x', ctx=Store(), lineno=1, col_offset=23, end_lineno=1, end_col_offset=24), iter=Name(id='y', ctx=Load(), lineno=1, col_offset=28, end_lineno=1, end_col_offset=29), ifs=[], is_async=0)], lineno=1, col_offset=16, end_lineno=1, end_col_offset=30), DictComp(key=Name(id='k', ctx=Load(), lineno=1, col_offset=33, end_lineno=1, end_col_offset=34), value=Name(id='v', ctx=Load(), lineno=1, col_offset=36, end_lineno=1, end_col_offset=37), generators=[comprehension(target=Tuple(elts=[Name(id='k', ctx=Store(), lineno=1, col_offset=42, end_lineno=1, end_col_offset=43), Name(id='v', ctx=Store(), lineno=1, col_offset=45, end_lineno=1, end_col_offset=46)], ctx=Store(), lineno=1, col_offset=42, end_lineno=1, end_col_offset=46), iter=Name(id='y', ctx=Load(), lineno=1, col_offset=50, end_lineno=1, end_col_offset=51), ifs=[Name(id='k', ctx=Load(), lineno=1, col_offset=55, end_lineno=1, end_col_offset=56)], is_async=0)], lineno=1, col_offset=32, end_lineno=1, end_col_offset=57), GeneratorExp(elt=Name(id='x', ctx=Load(), lineno=1, col_offset=60, end_lineno=1, end_col_offset=61), generators=[comprehension(target=Name(id='x', ctx=Store(), lineno=1, col_offset=72, end_lineno=1, end_col_offset=73), iter=Name(id='y', ctx=Load(), lineno=1, col_offset=77, end_lineno=1, end_col_offset=78), ifs=[], is_async=1)], lineno=1, col_offset=59, end_lineno=1, end_col_offset=79)], ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=79), lineno=1, col_offset=0, end_lineno=1, end_col_offset=79)], type_ignores=[])";
        Xunit.Assert.Equal(Expected, AstDumper.Dump(PythonParser.ParseModule(Source, "<test>"), includeAttributes: true));
    }

    [Fact]
    public void GeneratorArgumentSpansCallParentheses()
    {
        const string Source = "f(x for x in y)";
        const string Expected = "Module(body=[Expr(value=Call(func=Name(id='f', ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1), args=[GeneratorExp(elt=Name(id='x', ctx=Load(), lineno=1, col_offset=2, end_lineno=1, end_col_offset=3), generators=[comprehension(target=Name(id='x', ctx=Store(), lineno=1, col_offset=8, end_lineno=1, end_col_offset=9), iter=Name(id='y', ctx=Load(), lineno=1, col_offset=13, end_lineno=1, end_col_offset=14), ifs=[], is_async=0)], lineno=1, col_offset=1, end_lineno=1, end_col_offset=15)], keywords=[], lineno=1, col_offset=0, end_lineno=1, end_col_offset=15), lineno=1, col_offset=0, end_lineno=1, end_col_offset=15)], type_ignores=[])";
        Xunit.Assert.Equal(Expected, AstDumper.Dump(PythonParser.ParseModule(Source, "<test>"), includeAttributes: true));
    }

    [Fact]
    public void CallWithStarsAndKeywords()
    {
        const string Source = "f(a, *b, c=1, **d)";
        const string Expected = "Module(body=[Expr(value=Call(func=Name(id='f', ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1), args=[Name(id='a', ctx=Load(), lineno=1, col_offset=2, end_lineno=1, end_col_offset=3), Starred(value=Name(id='b', ctx=Load(), lineno=1, col_offset=6, end_lineno=1, end_col_offset=7), ctx=Load(), lineno=1, col_offset=5, end_lineno=1, end_col_offset=7)], keywords=[keyword(arg='c', value=Constant(value=1, lineno=1, col_offset=11, end_lineno=1, end_col_offset=12), lineno=1, col_offset=9, end_lineno=1, end_col_offset=12), keyword(value=Name(id='d', ctx=Load(), lineno=1, col_offset=16, end_lineno=1, end_col_offset=17), lineno=1, col_offset=14, end_lineno=1, end_col_offset=17)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=18), lineno=1, col_offset=0, end_lineno=1, end_col_offset=18)], type_ignores=[])";
        Xunit.Assert.Equal(Expected, AstDumper.Dump(PythonParser.ParseModule(Source, "<test>"), includeAttributes: true));
    }

    [Fact]
    public void SlicesAndExtendedSubscripts()
    {
        const string Source = "a[1:2, ::3, x:y:z, ...]";
        const string Expected = "Module(body=[Expr(value=Subscript(value=Name(id='a', ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1), slice=Tuple(elts=[Slice(lower=Constant(value=1, lineno=1, col_offset=2, end_lineno=1, end_col_offset=3), upper=Constant(value=2, lineno=1, col_offset=4, end_lineno=1, end_col_offset=5), lineno=1, col_offset=2, end_lineno=1, end_col_offset=5), Slice(step=Constant(value=3, lineno=1, col_offset=9, end_lineno=1, end_col_offset=10), lineno=1, col_offset=7, end_lineno=1, end_col_offset=10), Slice(lower=Name(id='x', ctx=Load(), lineno=1, col_offset=12, end_lineno=1, end_col_offset=13), upper=Name(id='y', ctx=Load(), lineno=1, col_offset=14, end_lineno=1, end_col_offset=15), step=Name(id='z', ctx=Load(), lineno=1, col_offset=16, end_lineno=1, end_col_offset=17), lineno=1, col_offset=12, end_lineno=1, end_col_offset=17), Constant(value=Ellipsis, lineno=1, col_offset=19, end_lineno=1, end_col_offset=22)], ctx=Load(), lineno=1, col_offset=2, end_lineno=1, end_col_offset=22), ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=23), lineno=1, col_offset=0, end_lineno=1, end_col_offset=23)], type_ignores=[])";
        Xunit.Assert.Equal(Expected, AstDumper.Dump(PythonParser.ParseModule(Source, "<test>"), includeAttributes: true));
    }

    [Fact]
    public void StarredSubscript()
    {
        const string Source = "a[*b]";
        const string Expected = "Module(body=[Expr(value=Subscript(value=Name(id='a', ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1), slice=Tuple(elts=[Starred(value=Name(id='b', ctx=Load(), lineno=1, col_offset=3, end_lineno=1, end_col_offset=4), ctx=Load(), lineno=1, col_offset=2, end_lineno=1, end_col_offset=4)], ctx=Load(), lineno=1, col_offset=2, end_lineno=1, end_col_offset=4), ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=5), lineno=1, col_offset=0, end_lineno=1, end_col_offset=5)], type_ignores=[])";
        Xunit.Assert.Equal(Expected, AstDumper.Dump(PythonParser.ParseModule(Source, "<test>"), includeAttributes: true));
    }

    [Fact]
    public void DictWithUnpacking()
    {
        const string Source = "{1: 2, **d, 'k': v}";
        const string Expected = "Module(body=[Expr(value=Dict(keys=[Constant(value=1, lineno=1, col_offset=1, end_lineno=1, end_col_offset=2), None, Constant(value='k', lineno=1, col_offset=12, end_lineno=1, end_col_offset=15)], values=[Constant(value=2, lineno=1, col_offset=4, end_lineno=1, end_col_offset=5), Name(id='d', ctx=Load(), lineno=1, col_offset=9, end_lineno=1, end_col_offset=10), Name(id='v', ctx=Load(), lineno=1, col_offset=17, end_lineno=1, end_col_offset=18)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=19), lineno=1, col_offset=0, end_lineno=1, end_col_offset=19)], type_ignores=[])";
        Xunit.Assert.Equal(Expected, AstDumper.Dump(PythonParser.ParseModule(Source, "<test>"), includeAttributes: true));
    }

    [Fact]
    public void SetAndEmptyDisplays()
    {
        const string Source = "{1, 2}, [], (), {}";
        const string Expected = "Module(body=[Expr(value=Tuple(elts=[Set(elts=[Constant(value=1, lineno=1, col_offset=1, end_lineno=1, end_col_offset=2), Constant(value=2, lineno=1, col_offset=4, end_lineno=1, end_col_offset=5)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=6), List(elts=[], ctx=Load(), lineno=1, col_offset=8, end_lineno=1, end_col_offset=10), Tuple(elts=[], ctx=Load(), lineno=1, col_offset=12, end_lineno=1, end_col_offset=14), Dict(keys=[], values=[], lineno=1, col_offset=16, end_lineno=1, end_col_offset=18)], ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=18), lineno=1, col_offset=0, end_lineno=1, end_col_offset=18)], type_ignores=[])";
        Xunit.Assert.Equal(Expected, AstDumper.Dump(PythonParser.ParseModule(Source, "<test>"), includeAttributes: true));
    }

    [Fact]
    public void NumbersOfEveryForm()
    {
        const string Source = "1_000, 0x_FF, 0o17, 0b1010, 1.5e-3, 1e16, 1e999, 3j, 1.5J, 123456789012345678901234567890, .5, 5.";
        const string Expected = "Module(body=[Expr(value=Tuple(elts=[Constant(value=1000, lineno=1, col_offset=0, end_lineno=1, end_col_offset=5), Constant(value=255, lineno=1, col_offset=7, end_lineno=1, end_col_offset=12), Constant(value=15, lineno=1, col_offset=14, end_lineno=1, end_col_offset=18), Constant(value=10, lineno=1, col_offset=20, end_lineno=1, end_col_offset=26), Constant(value=0.0015, lineno=1, col_offset=28, end_lineno=1, end_col_offset=34), Constant(value=1e+16, lineno=1, col_offset=36, end_lineno=1, end_col_offset=40), Constant(value=inf, lineno=1, col_offset=42, end_lineno=1, end_col_offset=47), Constant(value=3j, lineno=1, col_offset=49, end_lineno=1, end_col_offset=51), Constant(value=1.5j, lineno=1, col_offset=53, end_lineno=1, end_col_offset=57), Constant(value=123456789012345678901234567890, lineno=1, col_offset=59, end_lineno=1, end_col_offset=89), Constant(value=0.5, lineno=1, col_offset=91, end_lineno=1, end_col_offset=93), Constant(value=5.0, lineno=1, col_offset=95, end_lineno=1, end_col_offset=97)], ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=97), lineno=1, col_offset=0, end_lineno=1, end_col_offset=97)], type_ignores=[])";
        Xunit.Assert.Equal(Expected, AstDumper.Dump(PythonParser.ParseModule(Source, "<test>"), includeAttributes: true));
    }

    [Fact]
    public void StringPrefixesAndConcatenation()
    {
        const string Source = "u'a' 'b', b'x' rb'\\d', R'\\n', '\\N{BULLET}\\x41\\u00e9\\U0001F600\\101'";
        const string Expected = "Module(body=[Expr(value=Tuple(elts=[Constant(value='ab', kind='u', lineno=1, col_offset=0, end_lineno=1, end_col_offset=8), Constant(value=b'x\\\\d', lineno=1, col_offset=10, end_lineno=1, end_col_offset=21), Constant(value='\\\\n', lineno=1, col_offset=23, end_lineno=1, end_col_offset=28), Constant(value='•Aé😀A', lineno=1, col_offset=30, end_lineno=1, end_col_offset=66)], ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=66), lineno=1, col_offset=0, end_lineno=1, end_col_offset=66)], type_ignores=[])";
        Xunit.Assert.Equal(Expected, AstDumper.Dump(PythonParser.ParseModule(Source, "<test>"), includeAttributes: true));
    }

    [Fact]
    public void InvalidStrEscapeIsKept()
    {
        const string Source = "'\\d'";
        const string Expected = "Module(body=[Expr(value=Constant(value='\\\\d', lineno=1, col_offset=0, end_lineno=1, end_col_offset=4), lineno=1, col_offset=0, end_lineno=1, end_col_offset=4)], type_ignores=[])";
        Xunit.Assert.Equal(Expected, AstDumper.Dump(PythonParser.ParseModule(Source, "<test>"), includeAttributes: true));
    }

    [Fact]
    public void FStringWithConversionSpecAndDebug()
    {
        const string Source = "f'{x!r:>{w}} {y=} {z = !s:^3}'";
        const string Expected = "Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load(), lineno=1, col_offset=3, end_lineno=1, end_col_offset=4), conversion=114, format_spec=JoinedStr(values=[Constant(value='>', lineno=1, col_offset=0, end_lineno=1, end_col_offset=30), FormattedValue(value=Name(id='w', ctx=Load(), lineno=1, col_offset=9, end_lineno=1, end_col_offset=10), conversion=-1, lineno=1, col_offset=0, end_lineno=1, end_col_offset=30)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=30), lineno=1, col_offset=0, end_lineno=1, end_col_offset=30), Constant(value=' y=', lineno=1, col_offset=0, end_lineno=1, end_col_offset=30), FormattedValue(value=Name(id='y', ctx=Load(), lineno=1, col_offset=14, end_lineno=1, end_col_offset=15), conversion=114, lineno=1, col_offset=0, end_lineno=1, end_col_offset=30), Constant(value=' z = ', lineno=1, col_offset=0, end_lineno=1, end_col_offset=30), FormattedValue(value=Name(id='z', ctx=Load(), lineno=1, col_offset=19, end_lineno=1, end_col_offset=20), conversion=115, format_spec=JoinedStr(values=[Constant(value='^3', lineno=1, col_offset=0, end_lineno=1, end_col_offset=30)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=30), lineno=1, col_offset=0, end_lineno=1, end_col_offset=30)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=30), lineno=1, col_offset=0, end_lineno=1, end_col_offset=30)], type_ignores=[])";
        Xunit.Assert.Equal(Expected, AstDumper.Dump(PythonParser.ParseModule(Source, "<test>"), includeAttributes: true));
    }

    [Fact]
    public void NestedFStringQuotes()
    {
        const string Source = "f\"{f'{a}'}\"";
        const string Expected = "Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=JoinedStr(values=[FormattedValue(value=Name(id='a', ctx=Load(), lineno=1, col_offset=6, end_lineno=1, end_col_offset=7), conversion=-1, lineno=1, col_offset=3, end_lineno=1, end_col_offset=9)], lineno=1, col_offset=3, end_lineno=1, end_col_offset=9), conversion=-1, lineno=1, col_offset=0, end_lineno=1, end_col_offset=11)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=11), lineno=1, col_offset=0, end_lineno=1, end_col_offset=11)], type_ignores=[])";
        Xunit.Assert.Equal(Expected, AstDumper.Dump(PythonParser.ParseModule(Source, "<test>"), includeAttributes: true));
    }

    [Fact]
    public void FStringDoubledBraces()
    {
        const string Source = "f'{{x}} {x:{{}}}'";
        const string Expected = "Module(body=[Expr(value=JoinedStr(values=[Constant(value='{x} ', lineno=1, col_offset=0, end_lineno=1, end_col_offset=17), FormattedValue(value=Name(id='x', ctx=Load(), lineno=1, col_offset=9, end_lineno=1, end_col_offset=10), conversion=-1, format_spec=JoinedStr(values=[FormattedValue(value=Dict(keys=[], values=[], lineno=1, col_offset=12, end_lineno=1, end_col_offset=14), conversion=-1, lineno=1, col_offset=0, end_lineno=1, end_col_offset=17)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=17), lineno=1, col_offset=0, end_lineno=1, end_col_offset=17)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=17), lineno=1, col_offset=0, end_lineno=1, end_col_offset=17)], type_ignores=[])";
        Xunit.Assert.Equal(Expected, AstDumper.Dump(PythonParser.ParseModule(Source, "<test>"), includeAttributes: true));
    }

    [Fact]
    public void MultilineFStringPositions()
    {
        const string Source = "x = f'''a\n{b}\n{\nc}'''";
        const string Expected = "Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1)], value=JoinedStr(values=[Constant(value='a\\n', lineno=1, col_offset=4, end_lineno=4, end_col_offset=5), FormattedValue(value=Name(id='b', ctx=Load(), lineno=2, col_offset=1, end_lineno=2, end_col_offset=2), conversion=-1, lineno=1, col_offset=4, end_lineno=4, end_col_offset=5), Constant(value='\\n', lineno=1, col_offset=4, end_lineno=4, end_col_offset=5), FormattedValue(value=Name(id='c', ctx=Load(), lineno=4, col_offset=0, end_lineno=4, end_col_offset=1), conversion=-1, lineno=1, col_offset=4, end_lineno=4, end_col_offset=5)], lineno=1, col_offset=4, end_lineno=4, end_col_offset=5), lineno=1, col_offset=0, end_lineno=4, end_col_offset=5)], type_ignores=[])";
        Xunit.Assert.Equal(Expected, AstDumper.Dump(PythonParser.ParseModule(Source, "<test>"), includeAttributes: true));
    }

    [Fact]
    public void MatchWithEveryPatternKind()
    {
        const string Source = "match p:\n    case [1, *rest] | (2, _):\n        pass\n    case {'k': v, **kw} if v:\n        pass\n    case Point(x=0, y=y) as pt:\n        pass\n    case -1 + 2j | None | True | 'a' 'b' | a.b:\n        pass\n    case {1: _, a.b: [*_]}:\n        pass\n    case ():\n        pass";
        const string Expected = "Module(body=[Match(subject=Name(id='p', ctx=Load(), lineno=1, col_offset=6, end_lineno=1, end_col_offset=7), cases=[match_case(pattern=MatchOr(patterns=[MatchSequence(patterns=[MatchValue(value=Constant(value=1, lineno=2, col_offset=10, end_lineno=2, end_col_offset=11), lineno=2, col_offset=10, end_lineno=2, end_col_offset=11), MatchStar(name='rest', lineno=2, col_offset=13, end_lineno=2, end_col_offset=18)], lineno=2, col_offset=9, end_lineno=2, end_col_offset=19), MatchSequence(patterns=[MatchValue(value=Constant(value=2, lineno=2, col_offset=23, end_lineno=2, end_col_offset=24), lineno=2, col_offset=23, end_lineno=2, end_col_offset=24), MatchAs(lineno=2, col_offset=26, end_lineno=2, end_col_offset=27)], lineno=2, col_offset=22, end_lineno=2, end_col_offset=28)], lineno=2, col_offset=9, end_lineno=2, end_col_offset=28), body=[Pass(lineno=3, col_offset=8, end_lineno=3, end_col_offset=12)]), match_case(pattern=MatchMapping(keys=[Constant(value='k', lineno=4, col_offset=10, end_lineno=4, end_col_offset=13)], patterns=[MatchAs(name='v', lineno=4, col_offset=15, end_lineno=4, end_col_offset=16)], rest='kw', lineno=4, col_offset=9, end_lineno=4, end_col_offset=23), guard=Name(id='v', ctx=Load(), lineno=4, col_offset=27, end_lineno=4, end_col_offset=28), body=[Pass(lineno=5, col_offset=8, end_lineno=5, end_col_offset=12)]), match_case(pattern=MatchAs(pattern=MatchClass(cls=Name(id='Point', ctx=Load(), lineno=6, col_offset=9, end_lineno=6, end_col_offset=14), patterns=[], kwd_attrs=['x', 'y'], kwd_patterns=[MatchValue(value=Constant(value=0, lineno=6, col_offset=17, end_lineno=6, end_col_offset=18), lineno=6, col_offset=17, end_lineno=6, end_col_offset=18), MatchAs(name='y', lineno=6, col_offset=22, end_lineno=6, end_col_offset=23)], lineno=6, col_offset=9, end_lineno=6, end_col_offset=24), name='pt', lineno=6, col_offset=9, end_lineno=6, end_col_offset=30), body=[Pass(lineno=7, col_offset=8, end_lineno=7, end_col_offset=12)]), match_case(pattern=MatchOr(patterns=[MatchValue(value=BinOp(left=UnaryOp(op=USub(), operand=Constant(value=1, lineno=8, col_offset=10, end_lineno=8, end_col_offset=11), lineno=8, col_offset=9, end_lineno=8, end_col_offset=11), op=Add(), right=Constant(value=2j, lineno=8, col_offset=14, end_lineno=8, end_col_offset=16), lineno=8, col_offset=9, end_lineno=8, end_col_offset=16), lineno=8, col_offset=9, end_lineno=8, end_col_offset=16), MatchSingleton(value=None, lineno=8, col_offset=19, end_lineno=8, end_col_offset=23), MatchSingleton(value=True, lineno=8, col_offset=26, end_lineno=8, end_col_offset=30), MatchValue(value=Constant(value='ab', lineno=8, col_offset=33, end_lineno=8, end_col_offset=40), lineno=8, col_offset=33, end_lineno=8, end_col_offset=40), MatchValue(value=Attribute(value=Name(id='a', ctx=Load(), lineno=8, col_offset=43, end_lineno=8, end_col_offset=44), attr='b', ctx=Load(), lineno=8, col_offset=43, end_lineno=8, end_col_offset=46), lineno=8, col_offset=43, end_lineno=8, end_col_offset=46)], lineno=8, col_offset=9, end_lineno=8, end_col_offset=46), body=[Pass(lineno=9, col_offset=8, end_lineno=9, end_col_offset=12)]), match_case(pattern=MatchMapping(keys=[Constant(value=1, lineno=10, col_offset=10, end_lineno=10, end_col_offset=11), Attribute(value=Name(id='a', ctx=Load(), lineno=10, col_offset=16, end_lineno=10, end_col_offset=17), attr='b', ctx=Load(), lineno=10, col_offset=16, end_lineno=10, end_col_offset=19)], patterns=[MatchAs(lineno=10, col_offset=13, end_lineno=10, end_col_offset=14), MatchSequence(patterns=[MatchStar(lineno=10, col_offset=22, end_lineno=10, end_col_offset=24)], lineno=10, col_offset=21, end_lineno=10, end_col_offset=25)], lineno=10, col_offset=9, end_lineno=10, end_col_offset=26), body=[Pass(lineno=11, col_offset=8, end_lineno=11, end_col_offset=12)]), match_case(pattern=MatchSequence(patterns=[], lineno=12, col_offset=9, end_lineno=12, end_col_offset=11), body=[Pass(lineno=13, col_offset=8, end_lineno=13, end_col_offset=12)])], lineno=1, col_offset=0, end_lineno=13, end_col_offset=12)], type_ignores=[])";
        Xunit.Assert.Equal(Expected, AstDumper.Dump(PythonParser.ParseModule(Source, "<test>"), includeAttributes: true));
    }

    [Fact]
    public void MatchAsIdentifier()
    {
        const string Source = "match = 1\nmatch(x)\ncase = match.case";
        const string Expected = "Module(body=[Assign(targets=[Name(id='match', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=5)], value=Constant(value=1, lineno=1, col_offset=8, end_lineno=1, end_col_offset=9), lineno=1, col_offset=0, end_lineno=1, end_col_offset=9), Expr(value=Call(func=Name(id='match', ctx=Load(), lineno=2, col_offset=0, end_lineno=2, end_col_offset=5), args=[Name(id='x', ctx=Load(), lineno=2, col_offset=6, end_lineno=2, end_col_offset=7)], keywords=[], lineno=2, col_offset=0, end_lineno=2, end_col_offset=8), lineno=2, col_offset=0, end_lineno=2, end_col_offset=8), Assign(targets=[Name(id='case', ctx=Store(), lineno=3, col_offset=0, end_lineno=3, end_col_offset=4)], value=Attribute(value=Name(id='match', ctx=Load(), lineno=3, col_offset=7, end_lineno=3, end_col_offset=12), attr='case', ctx=Load(), lineno=3, col_offset=7, end_lineno=3, end_col_offset=17), lineno=3, col_offset=0, end_lineno=3, end_col_offset=17)], type_ignores=[])";
        Xunit.Assert.Equal(Expected, AstDumper.Dump(PythonParser.ParseModule(Source, "<test>"), includeAttributes: true));
    }

    [Fact]
    public void MatchTupleSubject()
    {
        const string Source = "match a, *b:\n    case _:\n        pass";
        const string Expected = "Module(body=[Match(subject=Tuple(elts=[Name(id='a', ctx=Load(), lineno=1, col_offset=6, end_lineno=1, end_col_offset=7), Starred(value=Name(id='b', ctx=Load(), lineno=1, col_offset=10, end_lineno=1, end_col_offset=11), ctx=Load(), lineno=1, col_offset=9, end_lineno=1, end_col_offset=11)], ctx=Load(), lineno=1, col_offset=6, end_lineno=1, end_col_offset=11), cases=[match_case(pattern=MatchAs(lineno=2, col_offset=9, end_lineno=2, end_col_offset=10), body=[Pass(lineno=3, col_offset=8, end_lineno=3, end_col_offset=12)])], lineno=1, col_offset=0, end_lineno=3, end_col_offset=12)], type_ignores=[])";
        Xunit.Assert.Equal(Expected, AstDumper.Dump(PythonParser.ParseModule(Source, "<test>"), includeAttributes: true));
    }

    [Fact]
    public void NonAsciiIdentifiersAreNfkcNormalized()
    {
        const string Source = "ﬁx = 1\nπ = 2";
        const string Expected = "Module(body=[Assign(targets=[Name(id='fix', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=4)], value=Constant(value=1, lineno=1, col_offset=7, end_lineno=1, end_col_offset=8), lineno=1, col_offset=0, end_lineno=1, end_col_offset=8), Assign(targets=[Name(id='π', ctx=Store(), lineno=2, col_offset=0, end_lineno=2, end_col_offset=2)], value=Constant(value=2, lineno=2, col_offset=5, end_lineno=2, end_col_offset=6), lineno=2, col_offset=0, end_lineno=2, end_col_offset=6)], type_ignores=[])";
        Xunit.Assert.Equal(Expected, AstDumper.Dump(PythonParser.ParseModule(Source, "<test>"), includeAttributes: true));
    }

    [Fact]
    public void ExplicitAndImplicitLineJoining()
    {
        const string Source = "x = (1 +\n     2) + \\\n    3";
        const string Expected = "Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1)], value=BinOp(left=BinOp(left=Constant(value=1, lineno=1, col_offset=5, end_lineno=1, end_col_offset=6), op=Add(), right=Constant(value=2, lineno=2, col_offset=5, end_lineno=2, end_col_offset=6), lineno=1, col_offset=5, end_lineno=2, end_col_offset=6), op=Add(), right=Constant(value=3, lineno=3, col_offset=4, end_lineno=3, end_col_offset=5), lineno=1, col_offset=4, end_lineno=3, end_col_offset=5), lineno=1, col_offset=0, end_lineno=3, end_col_offset=5)], type_ignores=[])";
        Xunit.Assert.Equal(Expected, AstDumper.Dump(PythonParser.ParseModule(Source, "<test>"), includeAttributes: true));
    }

    [Fact]
    public void TabIndentation()
    {
        const string Source = "if x:\n\tif y:\n\t\tpass\n\tpass";
        const string Expected = "Module(body=[If(test=Name(id='x', ctx=Load(), lineno=1, col_offset=3, end_lineno=1, end_col_offset=4), body=[If(test=Name(id='y', ctx=Load(), lineno=2, col_offset=4, end_lineno=2, end_col_offset=5), body=[Pass(lineno=3, col_offset=2, end_lineno=3, end_col_offset=6)], orelse=[], lineno=2, col_offset=1, end_lineno=3, end_col_offset=6), Pass(lineno=4, col_offset=1, end_lineno=4, end_col_offset=5)], orelse=[], lineno=1, col_offset=0, end_lineno=4, end_col_offset=5)], type_ignores=[])";
        Xunit.Assert.Equal(Expected, AstDumper.Dump(PythonParser.ParseModule(Source, "<test>"), includeAttributes: true));
    }

    [Fact]
    public void AwaitAndAsyncComprehension()
    {
        const string Source = "async def f():\n    return [await x async for x in y]";
        const string Expected = "Module(body=[AsyncFunctionDef(name='f', args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Return(value=ListComp(elt=Await(value=Name(id='x', ctx=Load(), lineno=2, col_offset=18, end_lineno=2, end_col_offset=19), lineno=2, col_offset=12, end_lineno=2, end_col_offset=19), generators=[comprehension(target=Name(id='x', ctx=Store(), lineno=2, col_offset=30, end_lineno=2, end_col_offset=31), iter=Name(id='y', ctx=Load(), lineno=2, col_offset=35, end_lineno=2, end_col_offset=36), ifs=[], is_async=1)], lineno=2, col_offset=11, end_lineno=2, end_col_offset=37), lineno=2, col_offset=4, end_lineno=2, end_col_offset=37)], decorator_list=[], lineno=1, col_offset=0, end_lineno=2, end_col_offset=37)], type_ignores=[])";
        Xunit.Assert.Equal(Expected, AstDumper.Dump(PythonParser.ParseModule(Source, "<test>"), includeAttributes: true));
    }

    [Fact]
    public void EllipsisAndSingletons()
    {
        const string Source = "..., None, True, False";
        const string Expected = "Module(body=[Expr(value=Tuple(elts=[Constant(value=Ellipsis, lineno=1, col_offset=0, end_lineno=1, end_col_offset=3), Constant(value=None, lineno=1, col_offset=5, end_lineno=1, end_col_offset=9), Constant(value=True, lineno=1, col_offset=11, end_lineno=1, end_col_offset=15), Constant(value=False, lineno=1, col_offset=17, end_lineno=1, end_col_offset=22)], ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=22), lineno=1, col_offset=0, end_lineno=1, end_col_offset=22)], type_ignores=[])";
        Xunit.Assert.Equal(Expected, AstDumper.Dump(PythonParser.ParseModule(Source, "<test>"), includeAttributes: true));
    }

    [Fact]
    public void KeywordNamedAfterSoftKeyword()
    {
        const string Source = "_ = type = 1";
        const string Expected = "Module(body=[Assign(targets=[Name(id='_', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1), Name(id='type', ctx=Store(), lineno=1, col_offset=4, end_lineno=1, end_col_offset=8)], value=Constant(value=1, lineno=1, col_offset=11, end_lineno=1, end_col_offset=12), lineno=1, col_offset=0, end_lineno=1, end_col_offset=12)], type_ignores=[])";
        Xunit.Assert.Equal(Expected, AstDumper.Dump(PythonParser.ParseModule(Source, "<test>"), includeAttributes: true));
    }
}
