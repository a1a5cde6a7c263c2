s = 'h€llo ‚ƒ é ÿ'
b = s.encode('cp1252'); print(b, b.decode('cp1252') == s, b.decode('windows-1252'))
print(b'\x81\x80'.decode('cp1252', 'replace'), 'a😀😀b'.encode('cp1252', 'replace'), 'a😀b'.encode('cp1252', 'xmlcharrefreplace'))
try: b'\x81'.decode('cp1252')
except UnicodeDecodeError as e: print(e)
try: 'a😀😀'.encode('cp1252')
except UnicodeEncodeError as e: print(e)
