# deque and defaultdict from the native _collections module (collections itself needs bytes literals).
from _collections import deque, defaultdict

history = deque(maxlen=3)
for page in ["a", "b", "c", "d", "e"]:
    history.append(page)
print(history, history.maxlen, list(reversed(history)))
d = deque(range(7))
d.rotate(3)
print(d, d.popleft(), d.pop())
d.extendleft([100, 200])
print(d, d.index(0), d.count(1), 5 in d, len(d))
d[0] = -1
del d[1]
print(d, d == deque(list(d)), d + deque([9]), deque("ab") * 2)
q = deque()
try:
    q.popleft()
except IndexError as e:
    print("IndexError:", e)

graph = defaultdict(list)
for a, b in [(1, 2), (1, 3), (2, 3), (3, 1)]:
    graph[a].append(b)
print(graph)
print(sorted(graph.items()), graph[9], 9 in graph)
counts = defaultdict(int)
for word in "the cat and the hat and the bat".split():
    counts[word] += 1
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
nested = defaultdict(lambda: defaultdict(int))
nested["x"]["y"] += 2
print(dict(nested["x"]), type(nested["z"]).__name__)
try:
    defaultdict()["missing"]
except KeyError as e:
    print("KeyError:", e)
