# Dicts small (no index table) and large, through growth, deletion, popitem, clear and user keys with colliding hashes:
# order, lookups and iteration errors as in CPython.
_st = [5]
def rnd():
    _st[0] = (_st[0] * 1103515245 + 12345) & 0x7FFFFFFF
    return _st[0] / 0x80000000
def rr(n): return int(rnd() * n)
d = {}
for step in range(20000):
    op = rnd()
    k = rr(300) if rnd() < 0.7 else str(rr(300))
    if op < 0.6:
        d[k] = step
    elif op < 0.9:
        d.pop(k, None)
    elif op < 0.95 and d:
        d.popitem()
    else:
        pass
    if step % 997 == 0:
        print(len(d), list(d.items())[:5], list(reversed(d))[:3])
print(sum(d.values()), len(d))
e = dict(d); e.clear(); e['a'] = 1; print(e)
class K:
    def __init__(self, v): self.v = v
    def __hash__(self): return self.v % 3
    def __eq__(self, o): return isinstance(o, K) and o.v == self.v
kd = {K(i): i for i in range(50)}
print(sum(kd[K(i)] for i in range(50)), K(51) in kd)
for i in range(0, 50, 2): del kd[K(i)]
print(len(kd), [k.v for k in kd][:5])
nan = float('nan'); nd = {nan: 1}; print(nd[nan], float('nan') in nd)
x = {1: 'a', 1.0: 'b', True: 'c'}; print(x)
print({**{'a': 1}, **{'b': 2, 'a': 3}})
def f(**kw): return kw
print(f(a=1, b=2), f())
s = {}
for i in range(100): s[i] = i
for i in range(95): del s[i]
print(s, list(s.keys()), s.popitem(), s)
big = {str(i): i for i in range(10000)}
print(sum(big[str(i)] for i in range(0, 10000, 7)))
it = iter(big)
try:
    for k in it:
        big['new'] = 1
except RuntimeError as e: print(e)
