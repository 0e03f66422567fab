# versions: 2.7
# os and os.path with 2.7 str and unicode: walk, listdir, read/write of fds, errors.
import os, tempfile
d = tempfile.mkdtemp()
os.makedirs(os.path.join(d, 'a', 'b'))
open(os.path.join(d, 'a', 'f.txt'), 'w').write('x')
for root, dirs, files in os.walk(d):
    print repr(os.path.relpath(root, d)), sorted(dirs), files
print sorted(os.listdir(unicode(d)))
print os.system('exit 2')
fd = os.open(os.path.join(d, 'g'), os.O_WRONLY | os.O_CREAT); os.write(fd, 'ab\xff'); os.close(fd)
fd = os.open(os.path.join(d, 'g'), os.O_RDONLY); print repr(os.read(fd, 10)); os.close(fd)
print repr(os.urandom(0)), os.path.isdir(d), repr(os.path.expanduser('~')[:1]), repr(os.path.abspath(u'x')[-1:])
try:
    os.rmdir(os.path.join(d, 'nope'))
except OSError as e:
    print type(e).__name__, e.errno, e.strerror, e.filename == os.path.join(d, 'nope')
import shutil; shutil.rmtree(d)
