import _thread, time
class P:
    def __init__(self, x): self.x = x
    def get(self): return self.x
class Q(P):
    def get(self): return self.x * 2
errors = []
done = []
def work(k):
    try:
        acc = 0
        objs = [P(1), Q(2), P(3)]
        for i in range(100000):
            o = objs[i % 3]
            acc += o.get() + o.x
            l = [i]
            l.append(i)
            d = {"a": i}
            acc += d.get("a") + len(l)
        done.append(acc)
    except Exception as e:
        errors.append(repr(e))
        done.append(None)
for i in range(4):
    _thread.start_new_thread(work, (i,))
while len(done) < 4:
    time.sleep(0.01)
print(errors[:3], sorted(set(done)))
