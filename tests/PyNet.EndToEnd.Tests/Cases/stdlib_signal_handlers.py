# _signal: handlers run at the next safe point (here before os.kill/raise_signal return), SIG_IGN, default_int_handler, errors; unittest imports.
import os, signal, time, threading
print(signal.getsignal(signal.SIGINT) is signal.default_int_handler, signal.getsignal(signal.SIGTERM), signal.getsignal(signal.SIGPIPE))
print(signal.SIGTERM, repr(signal.SIGTERM), signal.Signals(2).name, signal.NSIG, signal.SIG_DFL, signal.SIG_IGN)
got = []
def handler(signum, frame):
    got.append(signum)
old = signal.signal(signal.SIGUSR1, handler)
print(old, signal.getsignal(signal.SIGUSR1) is handler)
os.kill(os.getpid(), signal.SIGUSR1)
print("after kill", got)
signal.raise_signal(signal.SIGUSR1)
print("after raise", got)
signal.signal(signal.SIGTERM, handler)
os.kill(os.getpid(), signal.SIGTERM)
print("term", got)
def interrupt(signum, frame):
    raise RuntimeError("from handler %d" % signum)
signal.signal(signal.SIGINT, interrupt)
try:
    os.kill(os.getpid(), signal.SIGINT)
except RuntimeError as e:
    print("caught", e)
signal.signal(signal.SIGINT, signal.default_int_handler)
try:
    signal.raise_signal(signal.SIGINT)
except KeyboardInterrupt:
    print("KeyboardInterrupt")
signal.signal(signal.SIGUSR1, signal.SIG_IGN)
os.kill(os.getpid(), signal.SIGUSR1)
print("ignored", signal.getsignal(signal.SIGUSR1))
for bad in [lambda: signal.signal(0, handler), lambda: signal.signal(99, handler), lambda: signal.signal(signal.SIGTERM, 5), lambda: signal.signal(signal.SIGKILL, handler), lambda: signal.getsignal(70)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
r = []
t = threading.Thread(target=lambda: r.append(signal.signal(signal.SIGUSR2, handler) if False else 0))
def in_thread():
    try:
        signal.signal(signal.SIGUSR2, handler)
    except ValueError as e:
        r.append(str(e))
t = threading.Thread(target=in_thread); t.start(); t.join()
print(r)
print(signal.strsignal(signal.SIGTERM), len(signal.valid_signals()), 32 in signal.valid_signals())
import unittest
print(unittest.TestCase.__name__)
signal.signal(signal.SIGTERM, signal.SIG_DFL)
last = []
signal.signal(signal.SIGRTMAX, lambda n, f: last.append(n))
os.kill(os.getpid(), signal.SIGRTMAX)
print("highest signal", last)
signal.signal(signal.SIGRTMAX, signal.SIG_DFL)
