# _contextvars (PEP 567) and time.struct_time as a struct sequence.
import contextvars
from contextvars import ContextVar, copy_context, Context, Token

var = ContextVar('var', default=1)
other = ContextVar('other')
print(var.name, var.get(), other.get('fallback'))
try:
    other.get()
except LookupError as e:
    print('LookupError', type(e.args[0]).__name__)
token = var.set(2)
print(var.get(), token.var is var, token.old_value, Token.MISSING)
ctx = copy_context()
print(ctx[var], var in ctx, other in ctx, len(ctx), list(ctx.keys()) == [var])

def inside(x):
    var.set(x)
    other.set('o')
    return var.get(), other.get()

print(ctx.run(inside, 10), var.get(), ctx[var], ctx.get(other), other.get(None))
var.reset(token)
print(var.get())
try:
    var.reset(token)
except RuntimeError as e:
    print('RuntimeError', 'has already been used once' in str(e))
t2 = other.set(5)
try:
    var.reset(t2)
except ValueError as e:
    print('ValueError', 'different ContextVar' in str(e))
other.reset(t2)
print(other.get('unset'))
empty = Context()
print(len(empty), empty.get(var, 'd'))
def reenter():
    return empty.run(lambda: 1)
try:
    empty.run(reenter)
except RuntimeError as e:
    print('RuntimeError', 'is already entered' in str(e))
print(ContextVar[int])

import time
st = time.gmtime(86400 * 365)
print(st, st.tm_year, st[0], len(st), st.tm_zone, st.tm_gmtoff, tuple(st)[:3])
print(time.struct_time((2023, 3, 1, 0, 0, 0, 2, 60, 0)))
print(time.strftime('%Y/%m/%d %A %B %j', time.struct_time((2024, 2, 28, 0, 0, 0, 2, 59, 0))))
print(isinstance(st, tuple), type(st).__name__, type(st).__module__)
for bad in [(1, 2), tuple(range(12))]:
    try:
        time.struct_time(bad)
    except TypeError as e:
        print('TypeError', e)
