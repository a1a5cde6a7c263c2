lst = [1, 2]
lst[1], lst[0] = lst
print(lst)
class C:
    def __init__(self, l): self.l = l
    def __setitem__(self, k, v):
        self.l.clear(); self.l.extend([7, 8, 9][:len(self.l) or 2])
        print("set", k, v)
l2 = [3, 4]
c = C(l2)
c[0], c[1] = l2
print(l2)
a, (b, c2), *d = [1, [2, 3], 4, 5]
print(a, b, c2, d)
try:
    x, y = [1, 2, 3]
except ValueError as e:
    print(e)
