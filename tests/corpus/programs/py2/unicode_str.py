# -*- coding: utf-8 -*-
# versions: 2.7
s = "bytes"
u = u"unicode"
print type(s).__name__, type(u).__name__
print repr(s), repr(u)
print repr(s + u)
print isinstance(s, basestring), isinstance(u, basestring)
e = "é"
ue = u"é"
print repr(e), len(e)
print repr(ue), len(ue)
print repr(e.decode("utf-8"))
print repr(ue.encode("utf-8"))
print e.decode("utf-8") == ue
print repr(unicode("abc"))
print repr(str(u"abc"))
try:
    str(ue)
except UnicodeEncodeError, err:
    print "UnicodeEncodeError", err.start
try:
    e + ue
except UnicodeDecodeError, err:
    print "UnicodeDecodeError", err.encoding
print repr(u"%s-%s" % ("a", u"b"))
print repr("%s" % u"mixed")
print repr(unichr(955)), repr(chr(65))
print ord(u"λ"), ord("A")
print repr(u"abc".upper()), repr("abc".upper())
print repr([u"x", "y"])
print repr({u"k": "v"})
print repr(u"\u00e9\U0001F600")
print repr(b"bytes literal"), type(b"x").__name__
print repr(bytearray("ab"))
print repr(buffer("abc")[1:])
print u"join".join([u"a", "b"])
print repr(unicode(5)), repr(str(5))
