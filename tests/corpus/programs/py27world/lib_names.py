# versions: 2.7
# The 2.7 standard-library names a 2.7 program uses, over the host's modules.
import time, os, inspect, string, itertools, sys
print type(time.clock()).__name__
print type(os.getcwdu()).__name__
def f(a, b=2, *args, **kw): pass
print inspect.getargspec(f)
from UserDict import UserDict, IterableUserDict, DictMixin
u = UserDict({'a': 1}); u['b'] = 2
print sorted(u.keys()), u.has_key('a'), len(u), sorted(u.items())
class M(DictMixin):
    def __init__(self): self.d = {}
    def __getitem__(self, k): return self.d[k]
    def __setitem__(self, k, v): self.d[k] = v
    def __delitem__(self, k): del self.d[k]
    def keys(self): return self.d.keys()
m = M(); m['x'] = 1; m.update({'y': 2})
print sorted(m.items()), m.get('z', 9), 'x' in m, m.pop('x'), m
print string.join(['a', 'b'], '-'), string.letters[:5], string.maketrans('ab', 'xy')[97:99], string.upper('q')
print list(itertools.izip('ab', 'cd')), list(itertools.imap(len, ['ab'])), list(itertools.ifilter(None, [0, 1])), list(itertools.izip_longest('a', 'bc'))
it = iter({'k': 1}); print it.next()
print iter([1, 2]).next(), iter((3,)).next(), enumerate('x').next(), reversed([4]).next(), xrange(3).__iter__().next()
class N(object):
    def __nonzero__(self): return 1
print bool(N()), not N()
import sets
s = sets.Set([3]); print s, sets.ImmutableSet([1])
import md5, sha
print md5.new('a').hexdigest(), sha.new('a').hexdigest(), md5.md5('a').digest_size
import commands
print commands.getstatusoutput('echo hi; exit 3'), commands.getoutput('echo x')
import urlparse
print urlparse.urlparse('http://a/b?c=d'), urlparse.urljoin('http://a/b/c', 'd'), urlparse.parse_qs('a=1&b=2')
import urllib
print urllib.quote('a b/\xe9'), urllib.unquote('%e9%20'), urllib.urlencode([('a', 'b c')])
from HTMLParser import HTMLParser
class P(HTMLParser):
    def handle_starttag(self, t, a): print 'start', t, a
    def handle_data(self, d): print 'data', repr(d)
    def handle_entityref(self, n): print 'ent', n
P().feed('<p class="x">hi &amp; bye</p>')
import htmlentitydefs
print repr(htmlentitydefs.entitydefs['eacute']), htmlentitydefs.name2codepoint['amp'], repr(htmlentitydefs.entitydefs['euro'])
import cStringIO, StringIO
c = cStringIO.StringIO(); c.write('ab'); print repr(c.getvalue())
import copy_reg, thread, dummy_thread, Queue, ConfigParser, cPickle
print thread.get_ident() > 0, dummy_thread.get_ident()
q = Queue.Queue(); q.put(1); print q.get()
cp = ConfigParser.ConfigParser()
import StringIO as S
cp.readfp(S.StringIO('[s]\na = 1\nb = %(a)s2\n'))
print cp.sections(), cp.get('s', 'b'), cp.items('s')
print repr(cPickle.loads(cPickle.dumps({'a': [1, 2L, 'x']})))
import anydbm, tempfile
d = tempfile.mkdtemp()
db = anydbm.open(os.path.join(d, 'db'), 'c'); db['k'] = 'v'; print repr(db['k']), db.keys(); db.close()

print os.path.join('a', 'b'), repr(os.path.join(u'a', 'b')), os.path.basename('/x/y.py'), repr(os.path.splitext(u'a.b'))
import shutil; shutil.rmtree(d)
