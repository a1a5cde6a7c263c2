# tuple() and list() of lists and tuples copy (or share an immutable tuple) as CPython does.
a = [1, 2, 3]
t = tuple(a)
a.append(4)
print(t, tuple(t) is t, list(t), list(a) is a, list(a) == a, tuple([]) == (), list(()), type(list(t)).__name__)
b = list(a)
b.append(5)
print(a, b)
class L(list): pass
print(tuple(L([1, 2])), list(L([3])), type(list(L([3]))).__name__)
