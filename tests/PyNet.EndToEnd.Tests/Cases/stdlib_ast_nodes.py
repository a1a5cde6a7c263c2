# The _ast node classes: fields, attributes, constructors, class defaults, the ast module's helpers over hand-built
# trees, and the modules that import ast (inspect, dataclasses).
import ast
import copy
import _ast

print(ast.Name, ast.Name.__module__, ast.Name._fields, ast.Name._attributes, ast.Name.__match_args__)
n = ast.Name('x', ast.Load(), lineno=3)
print(n.id, type(n.ctx).__name__, n.lineno, n.end_lineno, isinstance(n, ast.expr), isinstance(n, ast.AST))
print(ast.Constant(5).kind, ast.Constant(5).value, ast.Num(5).n, isinstance(ast.Constant(5), ast.Num))
for make in (lambda: ast.Name(1, 2, 3), lambda: ast.Add(1), lambda: ast.arguments(*range(8))):
    try:
        make()
    except TypeError as e:
        print("TypeError", e)
try:
    n.col_offset
except AttributeError as e:
    print("AttributeError", e)
tree = ast.BinOp(ast.Constant(1), ast.Add(), ast.Name('y', ast.Load()))
print(ast.dump(tree))
print(ast.unparse(tree))
print(_ast.PyCF_ONLY_AST, _ast.PyCF_TYPE_COMMENTS, issubclass(ast.FunctionDef, ast.stmt), ast.FunctionDef.returns)
print(ast.arguments._fields, ast.comprehension._fields, ast.ExceptHandler.__mro__[1].__name__)
print(sorted(name for name in dir(_ast) if isinstance(getattr(_ast, name), type))[:12])


class Names(ast.NodeVisitor):
    def visit_Name(self, node):
        print("visit", node.id)


Names().visit(ast.Expr(ast.BinOp(ast.Name('a', ast.Load()), ast.Mult(), ast.Name('b', ast.Load()))))
clone = copy.deepcopy(tree)
print(ast.dump(clone), clone is not tree, clone.right is not tree.right)
match tree:
    case ast.BinOp(ast.Constant(value), ast.Add(), ast.Name(name)):
        print("matched", value, name)

import dataclasses
import inspect


@dataclasses.dataclass(frozen=True)
class Point:
    x: int
    tags: list = dataclasses.field(default_factory=list)


print(Point(1), dataclasses.asdict(Point(2, [3])), inspect.signature(Point))
try:
    Point(1).x = 2
except dataclasses.FrozenInstanceError as e:
    print("FrozenInstanceError", e)
