# versions: 2.7
from __future__ import division
print 7 / 2
print -7 / 2
print 7 // 2
print 8 / 2
print type(8 / 2).__name__
print 2 ** 70 / 2 ** 69
x = 9
x /= 2
print x
print (1 / 3) * 3
