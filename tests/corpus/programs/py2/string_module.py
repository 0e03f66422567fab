# versions: 2.7
import string
import sys
print string.letters[:10], len(string.letters)
print string.lowercase[:5], string.uppercase[-3:]
print string.digits, string.hexdigits
print repr(string.whitespace)
print string.upper("abc"), string.lower("ABC")
print string.join(["a", "b"], "-")
print string.split("a b c")
print string.replace("aaa", "a", "b", 2)
print string.atoi("42") + 1
print string.capwords("hello big world")
print string.zfill("7", 3)
print string.maketrans("abc", "xyz")[97:100]
print "abcabc".translate(string.maketrans("ab", "AB"))
print "hello".translate(None, "l")
print sys.maxint
print sys.maxint + 1
print type(sys.maxint).__name__, type(sys.maxint + 1).__name__
print sys.version_info[:2]
print sys.hexversion >> 16
print "%s" % sys.py3kwarning
print string.Template("$who likes $what").substitute(who="tim", what="pie")
print "{0:>5}".format("fmt")
print "abc".encode("hex"), "616263".decode("hex")
print "hello".encode("rot13")
print "a b".encode("base64").strip()
