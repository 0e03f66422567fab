# versions: 2.7
# traceback's functions in 2.7's format: no chains, entries as tuples, bare class names.
import traceback, sys
def g():
    try:
        {}['x']
    except KeyError:
        raise IOError(2, 'nope')
try:
    g()
except Exception:
    traceback.print_exc(file=sys.stdout)
    s = traceback.format_exc()
    print s.splitlines()[-1]
try:
    open('/nonexistent/x')
except IOError as e:
    print traceback.format_exception_only(type(e), e)
print traceback.extract_tb(sys.exc_info()[2])[-1][1:3]
class MyErr(Exception):
    pass
def h():
    raise MyErr('boom')
try:
    h()
except MyErr:
    lines = traceback.format_exc().splitlines()
    print len(lines), lines[0], lines[-1]
print traceback.format_exception_only(ValueError, ValueError(u'x'))
def show():
    return traceback.extract_stack()[-1][2]
print show()
import os
try:
    os.listdir('/nonexistent')
except OSError as e:
    print type(e).__name__, e.errno, e.filename
open('/nonexistent/file')
