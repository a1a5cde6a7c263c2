# while/for with break, continue and else; nested loops; conditional expressions.
total = 0
i = 0
while i < 20:
    i += 1
    if i % 3 == 0:
        continue
    if i > 15:
        break
    total += i
else:
    print("not reached")
print("total", total, "i", i)
for n in range(2, 30):
    for d in range(2, n):
        if n % d == 0:
            break
    else:
        print(n, end=" ")
print()
for x in []:
    print("never")
else:
    print("empty loop else")
print("even" if total % 2 == 0 else "odd", [k for k in range(10) if k % 4 == 1])
print(not None, None or "default", 0 and "x", "a" and "b", [] or [1])
