# versions: 2.7
import sys
print "hello", "world"
print 1, 2.5, None, [1, 2], (3,)
print
print "no newline:",
print "continued"
print "a",
print "b",
print
for i in range(3):
    print i,
print
print >>sys.stderr, "to stderr", 42
print >>sys.stdout, "explicit stdout"
print >>sys.stderr, "partial",
print >>sys.stderr, "line"
print "tab\t",
print "after tab"
print "newline\n",
print "softspace reset"
x = "val"
print "%s=%r" % ("x", x)
print ("tuple", "print")
print("parenthesised single")
sys.stdout.write("write ")
print "then print"
class W(object):
    def __init__(self):
        self.parts = []
        self.softspace = 0
    def write(self, s):
        self.parts.append(s)
w = W()
print >>w, "into", "object",
print >>w, "more"
print repr(w.parts)
print u"unicode", "bytes"
print 1L, 2 ** 70
