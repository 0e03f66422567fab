# versions: 2.7
# chardet 3.0.4 (vendored unmodified): detecting the encoding of 2.7 byte strings.
import chardet
from chardet.universaldetector import UniversalDetector
samples = [
    ('ascii', 'Plain ASCII text, nothing more.'),
    ('utf-8', u'Gr\xfc\xdfe aus K\xf6ln, \u00e7a va tr\xe8s bien, \u65e5\u672c\u8a9e\u306e\u30c6\u30ad\u30b9\u30c8'.encode('utf-8')),
    ('bom', '\xef\xbb\xbfwith a BOM'),
    ('latin-1', u'Le c\u0153ur d\xe9\xe7u mais l\'\xe2me plut\xf4t na\xefve, Lou\xffs r\xeava d\'\xeatre'.encode('latin-1', 'replace') * 3),
    ('shift_jis', u'\u3053\u3093\u306b\u3061\u306f\u4e16\u754c\u3001\u65e5\u672c\u8a9e\u306e\u6587\u7ae0\u3067\u3059\u3002'.encode('shift_jis') * 4),
    ('koi8-r', u'\u041f\u0440\u0438\u0432\u0435\u0442 \u043c\u0438\u0440, \u044d\u0442\u043e \u0440\u0443\u0441\u0441\u043a\u0438\u0439 \u0442\u0435\u043a\u0441\u0442 \u0434\u043b\u044f \u043f\u0440\u043e\u0432\u0435\u0440\u043a\u0438'.encode('koi8-r') * 3),
]
for name, data in samples:
    r = chardet.detect(data)
    print name, r['encoding'], round(r['confidence'], 2), r.get('language')
d = UniversalDetector()
for line in ['abc\n', u'\xe9t\xe9 \u2603\n'.encode('utf-8')] * 3:
    d.feed(line)
d.close()
print d.result['encoding'], round(d.result['confidence'], 2)
