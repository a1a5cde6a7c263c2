# binascii: hex and base64 (lenient and strict decoding, CPython's errors), crc32 and crc_hqx; base64 on top of it.
import binascii, base64, random
random.seed(7)
for f in [lambda: binascii.unhexlify(b'abc'), lambda: binascii.unhexlify(b'zz'), lambda: binascii.unhexlify('é'), lambda: binascii.a2b_base64(b'abcde'), lambda: binascii.a2b_base64(b'abc'), lambda: binascii.a2b_base64(b'ab=c', strict_mode=True), lambda: binascii.a2b_base64(b'=abc', strict_mode=True), lambda: binascii.a2b_base64(b'ab!c', strict_mode=True), lambda: binascii.a2b_base64(b'abcd=', strict_mode=True), lambda: binascii.a2b_base64(b'ab==cd', strict_mode=True), lambda: binascii.a2b_base64('é'), lambda: binascii.hexlify('ab'), lambda: binascii.b2a_base64('x'), lambda: binascii.crc32('x'), lambda: binascii.hexlify(b'ab', 'xy')]:
    try: print(repr(f()))
    except Exception as e: print(type(e).__module__, type(e).__name__, e)
print([c.__name__ for c in binascii.Error.__mro__], [c.__name__ for c in binascii.Incomplete.__mro__], binascii.Error.__module__)
print(binascii.hexlify(b'\x01\xff\x10', '-'), binascii.hexlify(b'\x01\xff\x10\x20\x30', b':', 2), binascii.hexlify(b'\x01\xff\x10\x20\x30', ':', -2), binascii.hexlify(b''), binascii.b2a_hex(b'\x00\x7f', ' ', 5))
print(binascii.a2b_base64(b'YW Jj\nZA=='), binascii.a2b_base64(b'YWJjZA==YQ=='), binascii.a2b_base64(b'YWJjZA=YQ=='), binascii.a2b_base64(b'YQ==='), binascii.a2b_base64(b''))
alphabet = b'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=\n !'
outs = []
for n in range(3000):
    data = bytes(random.randrange(256) for _ in range(random.randrange(0, 40)))
    assert binascii.a2b_base64(binascii.b2a_base64(data)) == data
    assert binascii.unhexlify(binascii.hexlify(data)) == data
    outs.append((binascii.b2a_base64(data, newline=n % 2 == 0), binascii.crc32(data), binascii.crc32(data, n * 7919), binascii.crc_hqx(data, n)))
    junk = bytes(random.choice(alphabet) for _ in range(random.randrange(0, 12)))
    for strict in (False, True):
        try:
            outs.append(binascii.a2b_base64(junk, strict_mode=strict))
        except binascii.Error as e:
            outs.append(str(e))
print(hash(str(outs)) == hash(str(outs)), len(outs))
print(str(outs)[:300])
print(sum(len(str(o)) for o in outs), outs[-6:])
print(base64.b64encode(b"hello"), base64.b64decode("aGVsbG8="), base64.urlsafe_b64encode(b"\xff\xfe"), base64.b16encode(b"\x01"), base64.b32encode(b"ab"))
