import io
import sys
import threading

results = []
lock = threading.Lock()


def work(n):
    for i in range(500):
        with lock:
            results.append(n)


threads = [threading.Thread(target=work, args=(k,)) for k in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(len(results), sorted(set(results)), [t.is_alive() for t in threads])

event = threading.Event()
box = []
waiter = threading.Thread(target=lambda: box.append(event.wait(5)))
waiter.start()
event.set()
waiter.join()
print(box, event.is_set())
print(threading.current_thread().name, threading.main_thread() is threading.current_thread())


def boom():
    raise ValueError("bad")


saved, sys.stderr = sys.stderr, io.StringIO()
t = threading.Thread(target=boom, name="Worker")
t.start()
t.join()
captured, sys.stderr = sys.stderr.getvalue(), saved
lines = captured.splitlines()
print(lines[0], lines[1], lines[-1])

cond = threading.Condition()
items = []


def consumer():
    with cond:
        cond.wait_for(lambda: items)
        items.append("consumed")


c = threading.Thread(target=consumer)
c.start()
with cond:
    items.append("produced")
    cond.notify()
c.join()
print(items)
sem = threading.BoundedSemaphore(2)
with sem:
    print("in semaphore")
r = threading.RLock()
with r:
    with r:
        print("reentrant")
timer_box = []
timer = threading.Timer(0.01, lambda: timer_box.append("fired"))
timer.start()
timer.join()
print(timer_box, threading.active_count())
