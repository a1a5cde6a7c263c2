# ast.parse (compile with PyCF_ONLY_AST): trees with positions as CPython builds them, unparse, literal_eval, walk,
# get_docstring, and SyntaxError for bad source.
import ast
src = '''
def f(a, *, b=2) -> int:
    """doc"""
    x = [i ** 2 for i in range(a) if i % 2]
    return f"{a!r:>10} {b}" + b'\\x00'.decode() + str(1j + 1.5 + ...)
class C(Base, metaclass=M):
    async def g(self):
        async with a as b:
            await z
    match p:
        case [1, *rest] | {"k": _}:
            pass
'''
tree = ast.parse(src)
print(ast.dump(tree, include_attributes=True))
print(ast.unparse(tree))
print(ast.dump(ast.parse("x + 1", mode="eval")))
print(ast.literal_eval("{'a': [1, 2.5, -3, (True, None)], 'b': b'x'}"))
print([type(n).__name__ for n in ast.walk(ast.parse("a.b(c)[d]"))])
try:
    ast.parse("x = (")
except SyntaxError as e:
    print("SyntaxError", e.msg, e.lineno)
print(ast.get_docstring(tree.body[0]), tree.body[0].returns.id, tree.body[0].lineno, tree.body[1].end_lineno)
