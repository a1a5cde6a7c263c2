import _sha512, random
h = _sha512.sha512(b"abc"); h2 = h.copy(); h2.update(b"d")
print(h.hexdigest()[:32], h2.hexdigest()[:32], h.digest_size, h.name, _sha512.sha384(b"x").hexdigest()[:20])
random.seed("hello"); print(random.random())
random.seed(b"hello"); print(random.randint(1, 100))
random.seed(42); print(random.random())
