# _struct: formats, byte orders, native alignment, Struct objects and CPython's struct.error messages.
import struct
print(struct.calcsize('@bhiq'), struct.calcsize('<bhiq'), struct.calcsize('=l'), struct.calcsize('@l'), struct.calcsize('3s2xH'))
print(struct.pack('<hHiIqQ', -2, 65535, -7, 7, -1, 2**64 - 1), struct.pack('>d', 1.5), struct.pack('!f', -0.25), struct.pack('<e', 0.5))
print(struct.unpack('<hHiIqQ', struct.pack('<hHiIqQ', -2, 65535, -7, 7, -1, 2**64 - 1)))
print(struct.pack('@bq', 1, 2), struct.unpack('@bq', struct.pack('@bq', 1, 2)))
print(struct.pack('5s', b'ab'), struct.pack('2s', b'abcd'), struct.pack('5p', b'abc'), struct.unpack('5p', struct.pack('5p', b'abc')))
print(struct.pack('?c', 3, b'z'), struct.unpack('?c', b'\x00z'), struct.pack('>I', 0xdeadbeef).hex())
s = struct.Struct('<2i')
print(s.size, s.format, s.pack(1, 2), s.unpack(b'\x01\x00\x00\x00\x02\x00\x00\x00'), list(s.iter_unpack(bytes(16))), type(s).__name__)
print(struct.unpack_from('<h', b'\x00\x01\x02', 1))
ba = bytearray(6); struct.pack_into('<hI', ba, 0, -1, 5); print(ba)
for args in [('b', 200), ('B', -1), ('h', 40000), ('i', 2**31), ('<q', 2**63), ('q', 2**63), ('<Q', -1), ('i', 'x'), ('f', 'x'), ('c', b'ab'), ('2i', 1), ('z', 1), ('s', 'str')]:
    try:
        struct.pack(*args)
    except (struct.error, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
for fmt, data in [('<i', b'\x00'), ('<h', b'\x00\x00\x00')]:
    try:
        struct.unpack(fmt, data)
    except struct.error as e:
        print('error', e)
try:
    struct.unpack_from('<i', b'\x00\x00', 1)
except struct.error as e:
    print('error', e)
print(struct.error.__module__, issubclass(struct.error, Exception))
