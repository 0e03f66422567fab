# versions: 2.7
# urllib/urllib2 on file URLs, subprocess output and BytesIO lines as 2.7 strings.
import urllib2, urllib, os, tempfile, subprocess, io
d = tempfile.mkdtemp(); p = os.path.join(d, 'page.txt')
open(p, 'wb').write('line one\nline \xe9 two\n')
r = urllib2.urlopen('file://' + p)
print repr(r.read()), r.geturl() == 'file://' + p
print [repr(l) for l in urllib.urlopen('file://' + p)]
req = urllib2.Request('http://example.com/x', data='a=1')
print req.get_full_url(), req.get_method(), repr(req.get_data()), req.has_data()
try:
    urllib2.urlopen('file:///nonexistent/zzz')
except urllib2.URLError as e:
    print 'URLError', type(e.reason).__name__
print repr(subprocess.check_output(['echo', 'hi']))
pr = subprocess.Popen(['cat'], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
out, err = pr.communicate('data\xff')
print repr(out), err, pr.returncode
pr = subprocess.Popen(['echo', 'x'], stdout=subprocess.PIPE); print repr(pr.stdout.read()); pr.wait()
for line in io.BytesIO('a\nb\n'):
    print repr(line),
print
os.remove(p); os.rmdir(d)
