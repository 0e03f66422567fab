# versions: 2.7
print 7 / 2
print -7 / 2
print 7 / -2
print 7.0 / 2
print 7 / 2.0
print 7 // 2
print -7 // 2
print 7 % -2
print 1 / 3
print 2 ** 70 / 3
print -(2 ** 70) / 7
print divmod(-7, 2)
x = 10
x /= 4
print x
y = 10.0
y /= 4
print y
print type(7 / 2).__name__
print type(2 ** 70 / 2).__name__
print 10 / 5
print round(7 / 2.0)
print int(-3.5), long(-3.5)
print 0 / 5
try:
    print 1 / 0
except ZeroDivisionError, e:
    print "ZeroDivisionError:", e
try:
    print 1 / 0.0
except ZeroDivisionError, e:
    print "ZeroDivisionError:", e
