# versions: 2.7
# Everyday host library modules as a 2.7 program uses them: difflib, textwrap, csv, Template, array, ...
import difflib, textwrap, string, collections, itertools, functools, operator, heapq, bisect, csv, StringIO, datetime, decimal, fractions
a = ['one\n', 'two\n', 'three\n']
b = ['one\n', 'too\n', 'three\n', 'four\n']
print ''.join(difflib.unified_diff(a, b, 'a.txt', 'b.txt'))
print difflib.SequenceMatcher(None, 'abcd', 'bcde').ratio(), difflib.get_close_matches('appel', ['ape', 'apple', 'peach'])
print ''.join(difflib.ndiff(['a\n'], ['b\n']))
print textwrap.fill('The quick brown fox jumps over the lazy dog ' * 2, 30)
print repr(textwrap.dedent('  x\n  y'))
f = StringIO.StringIO('a,b\n1,"x,y"\n')
print list(csv.reader(f))
o = StringIO.StringIO(); w = csv.writer(o); w.writerow(['a', 1, 'b c']); print repr(o.getvalue())
print repr(string.Template('$x-$y').substitute(x='1', y=u'2'))
print repr('%s' % u'a'), repr('a' + u'b'), repr(str(u'abc')), repr(u'%d' % 3)
print datetime.date(2020, 1, 2).strftime('%Y-%m-%d'), repr(datetime.date(2020, 1, 2).isoformat())
print decimal.Decimal('1.1') + decimal.Decimal('2.2'), fractions.Fraction(1, 3) * 3
c = collections.Counter('abracadabra'); print c.most_common(1), sorted(c.items())
dd = collections.defaultdict(list); dd['a'].append(1); print dd
print collections.deque([1, 2], maxlen=3)
import StringIO as S2
print repr(u'caf\xe9'.encode('utf-8')), repr('caf\xc3\xa9'.decode('utf-8'))
import os
print repr(os.path.join(u'x', 'y')), repr(os.getcwd()[:1]), type(os.environ.get('HOME')).__name__
import sys
print repr(sys.version_info[:2])
import locale, codecs
print repr(codecs.encode('abc', 'rot13')) if hasattr(codecs, 'encode') else ''
print repr(codecs.open.__name__)
import struct
print struct.unpack('>4sH', 'abcd\x00\x05'), struct.calcsize('i')
import array
ar = array.array('B', 'abc'); print ar.tostring() if hasattr(ar, 'tostring') else '', list(ar)
