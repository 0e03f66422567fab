# versions: 2.7
# 2.7 str where the host's library takes bytes, and host results as 2.7's types.
import hashlib, zlib, base64, binascii, struct, io, json, re, collections, sys
def t(label, f):
    try:
        print label, repr(f())
    except Exception as e:
        print label, 'ERR', type(e).__name__, e
t('md5', lambda: hashlib.md5('hello').hexdigest())
def upd():
    h = hashlib.sha1(); h.update('abc'); return h.digest()
t('sha1upd', upd)
t('zlib', lambda: zlib.decompress(zlib.compress('hello')))
t('crc', lambda: zlib.crc32('hello world'))
t('crcneg', lambda: zlib.crc32('hello'))
t('b64', lambda: base64.b64encode('hello'))
t('b64d', lambda: base64.b64decode('aGVsbG8='))
t('hex', lambda: binascii.hexlify('\x00\xff'))
t('unhex', lambda: binascii.unhexlify('00ff'))
t('pack', lambda: struct.pack('4s', 'ab'))
t('unpack', lambda: struct.unpack('<I', '\x01\x00\x00\x00'))
def bio():
    b = io.BytesIO('abc'); b.write('de'); return b.getvalue()
t('bytesio', bio)
t('json', lambda: json.loads('{"a": [1, 123456789012345678901234567890, "x"]}'))
t('re', lambda: re.findall(r'\w+', u'uni code'))
t('re2', lambda: re.match(r'(\w+)', u'uni').group(1))
t('nt', lambda: collections.namedtuple('P', 'x y')(1, 2)._asdict())
t('uerr', lambda: u'\xe9'.encode('ascii'))
t('jd', lambda: json.dumps({u'a': u'\xe9'}, ensure_ascii=False).encode('utf-8'))
t('ba', lambda: bytearray('abc').startswith('ab'))
def sock():
    import socket
    a, b = socket.socketpair()
    a.sendall('ping\x00'); data = b.recv(10); a.close(); b.close(); return data
t('socket', sock)
import os, tempfile
d = tempfile.mkdtemp()
p = os.path.join(d, 'f.bin')
f = open(p, 'wb'); f.write('\x00\xffab\n'); f.close()
print repr(open(p, 'rb').read()), repr(open(p).readline()), os.path.getsize(p)
print repr(os.path.basename(p)), repr(os.path.basename(unicode(p))), os.path.exists(p)
os.remove(p); os.rmdir(d)
t('re str', lambda: re.sub(r'(\w)(\d)', r'\2\1', 'a1 b2 c\xe93'))
t('re uni', lambda: re.split(u',', u'a,b'))
t('re esc', lambda: re.escape('a-b.c d'))
t('re U', lambda: re.findall(r'\w+', u'caf\xe9 ok', re.U))
t('re ascii', lambda: re.findall(r'\w+', u'caf\xe9 ok'))
t('groupdict', lambda: re.match(r'(?P<k>\w+)=(?P<v>\w+)', u'a=b').groupdict())
t('startswith', lambda: 'abc'.startswith(('x', 'a')))
t('ba dec', lambda: bytearray('h\xc3\xa9').decode('utf-8'))
t('ba add', lambda: 'x' + bytearray('y'))
t('uerr2', lambda: unicode('\xe9'))
t('json big', lambda: json.loads('[9223372036854775807, 9223372036854775808, 1.5, true]'))
t('json dumps', lambda: json.dumps({'a': [1, 2L]}, sort_keys=True))
t('hmac', lambda: __import__('hmac').new('key', 'msg', hashlib.sha256).hexdigest())
import cPickle
t('pickle', lambda: cPickle.loads(cPickle.dumps([1, 2L, 'x', u'y', (3,)])))
t('pickle2', lambda: cPickle.loads(cPickle.dumps({'k': u'v'}, 2)))
t('hmac md5', lambda: __import__('hmac').new('key', 'msg').hexdigest())
def hm():
    import hmac
    h = hmac.new('k', digestmod=hashlib.sha1); h.update('a'); c = h.copy(); c.update('b')
    return h.digest()[:4], c.hexdigest()[:8], hmac.compare_digest('a', 'a')
t('hmac obj', hm)
