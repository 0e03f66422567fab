# versions: 2.7
import sys
a = 5L
b = 2 ** 64
c = -123456789012345678901234567890
print repr(a)
print repr(b)
print repr(c)
print a, b, c
print type(a).__name__, type(b).__name__, type(5).__name__
print repr(long(7))
print repr(int(2 ** 40))
print repr(int(2 ** 70))
print repr(sys.maxint + 1)
print repr(-sys.maxint - 1)
print repr(-sys.maxint - 2)
print sys.maxint
print repr(a + 1)
print repr(a * 3)
print repr(b - b)
print isinstance(b, long)
print isinstance(5, (int, long))
print 5L == 5
print hex(255L), oct(8L)
print repr(0L)
print repr(abs(c))
print str(10L ** 20)
print "%d" % 10L ** 20
print repr(10L ** 20)
print repr(c // 7), repr(c % 7)
