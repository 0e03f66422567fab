# versions: 3.13
# str.replace's count as a keyword (3.13), on hosts whose str.replace takes none.
print("aaaa".replace("a", "b", count=2), str.replace("aaaa", "a", "c", count=1), "aaaa".replace("a", "d", -1))
replace = "abab".replace
print(replace("b", "", count=1))
try:
    "abc".replace("a", "b", cnt=1)
except TypeError as e:
    print("TypeError:", e)
