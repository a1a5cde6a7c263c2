m = memoryview(bytearray(b'hello'))
print(len(m), m.format, m.itemsize, m.nbytes, m.readonly, m.ndim, m.shape, m.strides, list(m), m[-1], m[1:4].tolist())
with memoryview(b'abc') as v:
    print(v.tobytes())
try:
    len(v)
except ValueError as e: print(e)
print(memoryview(b'ab') == memoryview(b'ab'), hash(memoryview(b'ab')) == hash(b'ab'), m[::2].tobytes(), bytes(m[::-1]))
try: memoryview('x')
except TypeError as e: print(e)
try: m[0:2] = b'xyz'
except ValueError as e: print(e)
try: m[10]
except IndexError as e: print(e)
