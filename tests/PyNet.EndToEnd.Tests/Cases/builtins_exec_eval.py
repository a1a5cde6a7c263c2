# exec, eval and compile with explicit and implicit namespaces; globals() and locals().
counter = 5
print(eval("counter * 2"), eval("a + b", {"a": 1, "b": 2}), eval("x", {}, {"x": "local"}))
namespace = {}
exec("def square(n):\n    return n * n\nresult = square(7)", namespace)
print(namespace["result"], namespace["square"](3))
code = compile("value = 40 + 2", "<generated>", "exec")
exec(code)
print(value, code.co_filename)


def inspect_locals(p, q=2):
    inner = p + q
    return sorted(locals())


print(inspect_locals(1), "counter" in globals())
try:
    eval("1 +* 2")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
